"""Every edit as a thin QUndoCommand whose redo/undo call the facade.

One ``QUndoStack`` holds them all. Each command knows the articles it
touched and tells the window through ``Context.changed`` so the views
refresh from the facade (Anki's ``op_executed`` idea). The rules live in
the facade; these only remember what to put back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from ..model import Link
from ..project import Changes, Project

NOTE_MERGE_ID = 1001
EDIT_MERGE_ID = 1002


@dataclass
class Context:
    """What a command needs: the open file, who edits, and whom to tell.

    ``changed(articles, labels_of)``: the articles touched; ``labels_of`` is the set of
    sentence ids when only their tags changed (the views update those alone), else None.
    """

    project: Project
    reviewer: str
    changed: Callable[[set[str], set[int] | None], None]


class _Command(QUndoCommand):
    def __init__(self, ctx: Context, text: str, articles: set[str]):
        super().__init__(text)
        self.ctx = ctx
        self.reviewer = ctx.reviewer  # the layer this edit belongs to, even after a switch
        self.articles = set(articles)
        self.labels_of: set[int] | None = None  # only these sentences' tags change (ToggleLabel)

    def _done(self) -> None:
        self.ctx.changed(self.articles, self.labels_of)


class ToggleLabel(_Command):
    def __init__(self, ctx: Context, sentence_id: int, article_id: str, label: str, on: bool):
        verb = "Tag" if on else "Untag"
        super().__init__(ctx, f"{verb} {label}", {article_id})
        self.sentence_id, self.label, self.on = sentence_id, label, on
        self.labels_of = {sentence_id}

    def redo(self) -> None:
        self.ctx.project.set_label(self.reviewer, self.sentence_id, self.label, self.on)
        self._done()

    def undo(self) -> None:
        self.ctx.project.set_label(self.reviewer, self.sentence_id, self.label, not self.on)
        self._done()


class SetNote(_Command):
    """A note edit; consecutive edits of the same sentence's note merge into one step."""

    def __init__(self, ctx: Context, sentence_id: int, article_id: str, old: str, new: str):
        super().__init__(ctx, "Edit note", {article_id})
        self.sentence_id, self.old, self.new = sentence_id, old, new

    def id(self) -> int:  # noqa: A003 - Qt's name
        return NOTE_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, SetNote) or other.sentence_id != self.sentence_id:
            return False
        if other.reviewer != self.reviewer:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.ctx.project.set_note(self.reviewer, self.sentence_id, self.new)
        self._done()

    def undo(self) -> None:
        self.ctx.project.set_note(self.reviewer, self.sentence_id, self.old)
        self._done()


class SetStatus(_Command):
    def __init__(self, ctx: Context, article_id: str, old: str, new: str):
        super().__init__(ctx, f"Mark article {new}", {article_id})
        self.article_id, self.old, self.new = article_id, old, new

    def redo(self) -> None:
        self.ctx.project.set_status(self.reviewer, self.article_id, self.new)
        self._done()

    def undo(self) -> None:
        self.ctx.project.set_status(self.reviewer, self.article_id, self.old)
        self._done()


class AddLink(_Command):
    """Link two sentences, or change the link already between them; undo puts back what was."""

    def __init__(
        self, ctx: Context, source: int, target: int, relation: str, note: str,
        articles: set[str],
    ):
        super().__init__(ctx, f"Link: {relation}", articles)
        self.source, self.target, self.relation, self.note = source, target, relation, note
        self.before: Link | None = ctx.project.find_link(self.reviewer, source, target)
        self.link_id: int | None = self.before.id if self.before else None

    def redo(self) -> None:
        self.ctx.project.add_link(
            self.reviewer, self.source, self.target, self.relation, self.note, link_id=self.link_id
        )
        self.link_id = self.ctx.project.find_link(self.reviewer, self.source, self.target).id
        self._done()

    def undo(self) -> None:
        if self.before is not None:
            b = self.before
            self.ctx.project.add_link(self.reviewer, b.source, b.target, b.relation, b.note, link_id=b.id)
        elif self.link_id is not None:
            self.ctx.project.remove_link(self.reviewer, self.link_id)
        self._done()


class RemoveLink(_Command):
    def __init__(self, ctx: Context, link: Link, articles: set[str]):
        super().__init__(ctx, f"Remove link ({link.relation})", articles)
        self.link = link

    def redo(self) -> None:
        self.ctx.project.remove_link(self.reviewer, self.link.id)
        self._done()

    def undo(self) -> None:
        l = self.link  # noqa: E741
        self.ctx.project.add_link(self.reviewer, l.source, l.target, l.relation, l.note, link_id=l.id)
        self._done()


class EditCommand(QUndoCommand):
    """Any edit of the facade as one undo step: ``edit()`` makes it and returns its Changes.

    Redo and undo each run the recorded other way (``changes.undo``) and hand what
    changed to ``refresh``. Consecutive commands whose Changes share a merge key
    (typing into one field) become one step.
    """

    def __init__(self, text: str, edit: Callable[[], Changes], refresh: Callable[[Changes], None]):
        super().__init__(text)
        self._next = edit
        self._refresh = refresh
        self._changes: Changes | None = None

    def redo(self) -> None:
        self._run()

    def undo(self) -> None:
        self._run()

    def _run(self) -> None:
        changes = self._next()
        self._next, self._changes = changes.undo, changes
        self._refresh(changes)

    def id(self) -> int:  # noqa: A003 - Qt's name
        return EDIT_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, EditCommand) or self._changes is None or other._changes is None:
            return False
        key = self._changes.merge_key
        if key is None or other._changes.merge_key != key:
            return False
        self._changes = self._changes.then(other._changes)
        self._next = self._changes.undo
        return True
