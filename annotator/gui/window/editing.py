"""Edits of the reviewer's layer: tags, notes, the article's status and links, each undoable.

Every edit is a facade call wrapped in an :class:`EditCommand` pushed on the
window's one undo stack; the record it returns goes to :meth:`Refresh.changed`,
which redraws what it names. The edit is bound to the file and reviewer of the
moment it is made. Nothing is pushed on a read-only file. Linking two sentences
as agreeing may also put them in one claim (:meth:`Claiming.join`), the link and
the claim one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ...project.changes import Changes
from .. import names
from ..commands import EditCommand
from ..i18n import translate
from ..models.links import LinkRow
from ..widgets.inspector import Inspector
from .claiming import Claiming
from .navigation import Navigation, Say
from .panes import Panes
from .refresh import Refresh
from .session import Session

if TYPE_CHECKING:
    from ..widgets.link_dialog import LinkDialog


class Editing:
    """``parent`` owns the link dialog; ``link_dialog`` is the last one opened (tests drive it)."""

    def __init__(self, session: Session, undo_stack: QUndoStack, panes: Panes,
                 inspector: Inspector, navigation: Navigation, refresh: Refresh, parent: QWidget, say: Say,
                 claims: Claiming):
        self.session, self.undo_stack = session, undo_stack
        self.panes, self.inspector, self.navigation, self.refresh = panes, inspector, navigation, refresh
        self.parent, self.say, self.claims = parent, say, claims
        self.link_dialog: LinkDialog | None = None

    @property
    def _readonly(self) -> bool:
        return self.session.project.readonly

    def _push(self, text: str, edit: Callable[..., Changes], *args: object) -> None:
        """Push ``edit(reviewer, *args)``, a facade edit, as one undoable step."""
        bound = partial(edit, self.session.reviewer, *args)
        self.undo_stack.push(EditCommand(text, bound, self.refresh.changed, self.refresh.failed))

    def undo(self) -> None:
        self.inspector.commit_note()  # a note being typed becomes its edit first, so Undo takes it back
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def toggle_label(self, label: str) -> None:
        view = self.panes.active_view()
        sentence = view.current_sentence()
        if sentence is None or self._readonly:
            self.refresh.update_inspector()  # the toggle button pressed goes back as it was
            return
        project = self.session.project
        on = label not in project.sentence_labels(self.session.reviewer, sentence.id)
        self._push((translate("window.editing", "Tag {label}") if on else translate("window.editing", "Untag {label}"))
                   .format(label=names.shown(label)), project.set_label, sentence.id, label, on)

    def edit_note(self) -> None:
        if self.panes.active_view().current_sentence() is not None:
            self.inspector.note.setFocus()

    def note_edited(self, sentence_id: int, text: str) -> None:
        if self._readonly:
            return
        project = self.session.project
        if project.note(self.session.reviewer, sentence_id) != text:
            self._push(translate("window.editing", "Edit note"), project.set_note, sentence_id, text)

    def set_status(self, status: str) -> None:
        article = self.panes.active_view().article()
        if article is None or self._readonly:
            return
        project = self.session.project
        if project.status(self.session.reviewer, article.id) != status:
            self._push(translate("window.editing", "Mark article {status}").format(status=names.shown(status)),
                       project.set_status, article.id, status)

    def mark_done(self) -> None:
        """Done, or back to in progress when it was done."""
        article = self.panes.active_view().article()
        if article is not None:
            done = self.session.project.status(self.session.reviewer, article.id) == "done"
            self.set_status("in progress" if done else "done")

    def remove_link(self, row: LinkRow) -> None:
        if self._readonly:
            return
        self._push(translate("window.editing", "Remove link ({relation})").format(
            relation=names.shown(row.link.relation)), self.session.project.remove_link, row.link.id)

    def link(self) -> None:
        """Link the main pane's sentence with the side pane's; without a side sentence, open one to pick."""
        first, second = self.panes.main.view, self.panes.side.view
        a, b = first.current_sentence(), second.current_sentence()
        if not self.panes.side.isVisible() or b is None:
            main_article = first.article()
            if main_article is None or a is None:
                return
            self.navigation.open_article(main_article.id, "side", index=first.current_index() + 1)
            second.setFocus()
            self.say(translate("window.editing", "Select the other sentence in the side pane, then press L again"),
                     6000)
            return
        if a is None or a.id == b.id:
            self.say(translate("window.editing", "Select two different sentences: one in each pane"), 4000)
            return
        existing = self.session.project.find_link(self.session.reviewer, a.id, b.id)
        where = lambda view: translate("window.editing", "{title} — sentence {n}").format(  # noqa: E731
            title=view.article().title, n=view.current_index() + 1)
        from ..widgets.link_dialog import LinkDialog  # made on first use: not on the start path

        self.link_dialog = LinkDialog(
            first.article().text[a.start:a.end], where(first), second.article().text[b.start:b.end], where(second),
            existing.relation if existing else "contradicts", existing.note if existing else "",
            self.claims.offer(a.id, b.id), self.parent)
        self.link_dialog.accepted.connect(lambda: self._link_chosen(a.id, b.id))
        self.link_dialog.open()

    def _link_chosen(self, source: int, target: int) -> None:
        """Link them, or update the link between them (its undo puts back the old relation and note);
        with "same claim" asked for, put them in one claim too, link and claim one undo step."""
        relation, note = self.link_dialog.relation(), self.link_dialog.note_text()
        join = self.link_dialog.same_claim()
        if join:
            self.undo_stack.beginMacro(translate("window.editing", "Link: {relation}, same claim").format(
                relation=names.shown(relation)))
        self._push(translate("window.editing", "Link: {relation}").format(relation=names.shown(relation)),
                   self.session.project.add_link, source, target, relation, note)
        if join:
            self.claims.join(source, target)
            self.undo_stack.endMacro()
        self.panes.active_view().setFocus()
