"""Edits of the reviewer's layer: tags, notes, the article's status and links, each undoable.

Every edit is a command of gui/commands.py pushed on the window's one undo stack;
the command tells :meth:`Refresh.changed` what it touched. Nothing is pushed on
a read-only file. Linking two sentences as agreeing may also put them in one claim
(:meth:`Claiming.join`), the link and the claim one undo step.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ..commands import AddLink, Context, RemoveLink, SetNote, SetStatus, ToggleLabel
from ..models.links import LinkRow
from ..widgets.inspector import Inspector
from ..widgets.link_dialog import LinkDialog
from .claiming import Claiming
from .navigation import Navigation, Say
from .panes import Panes
from .refresh import Refresh
from .session import Session


class Editing:
    """``parent`` owns the link dialog; ``link_dialog`` is the last one opened (tests drive it)."""

    def __init__(self, session: Session, ctx: Context, undo_stack: QUndoStack, panes: Panes,
                 inspector: Inspector, navigation: Navigation, refresh: Refresh, parent: QWidget, say: Say,
                 claims: Claiming):
        self.session, self.ctx, self.undo_stack = session, ctx, undo_stack
        self.panes, self.inspector, self.navigation, self.refresh = panes, inspector, navigation, refresh
        self.parent, self.say, self.claims = parent, say, claims
        self.link_dialog: LinkDialog | None = None

    @property
    def _readonly(self) -> bool:
        return self.session.project.readonly

    def undo(self) -> None:
        self.inspector.commit_note()  # a note being typed becomes its edit first, so Undo takes it back
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def toggle_label(self, label: str) -> None:
        view = self.panes.active_view()
        sentence, article = view.current_sentence(), view.article()
        if sentence is None or self._readonly:
            self.refresh.update_inspector()  # the toggle button pressed goes back as it was
            return
        on = label not in self.session.project.sentence_labels(self.session.reviewer, sentence.id)
        self.undo_stack.push(ToggleLabel(self.ctx, sentence.id, article.id, label, on))

    def edit_note(self) -> None:
        if self.panes.active_view().current_sentence() is not None:
            self.inspector.note.setFocus()

    def note_edited(self, sentence_id: int, text: str) -> None:
        if self._readonly:
            return
        project = self.session.project
        old = project.note(self.session.reviewer, sentence_id)
        if old != text:
            article_id = project.sentence(sentence_id).article_id
            self.undo_stack.push(SetNote(self.ctx, sentence_id, article_id, old, text))

    def set_status(self, status: str) -> None:
        article = self.panes.active_view().article()
        if article is None or self._readonly:
            return
        old = self.session.project.status(self.session.reviewer, article.id)
        if old != status:
            self.undo_stack.push(SetStatus(self.ctx, article.id, old, status))

    def mark_done(self) -> None:
        """Done, or back to in progress when it was done."""
        article = self.panes.active_view().article()
        if article is not None:
            done = self.session.project.status(self.session.reviewer, article.id) == "done"
            self.set_status("in progress" if done else "done")

    def remove_link(self, row: LinkRow) -> None:
        if self._readonly:
            return
        project = self.session.project
        articles = {project.sentence(row.link.source).article_id, project.sentence(row.link.target).article_id}
        self.undo_stack.push(RemoveLink(self.ctx, row.link, articles))

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
            self.say("Select the other sentence in the side pane, then press L again", 6000)
            return
        if a is None or a.id == b.id:
            self.say("Select two different sentences: one in each pane", 4000)
            return
        existing = self.session.project.find_link(self.session.reviewer, a.id, b.id)
        where = lambda view: f"{view.article().title} — sentence {view.current_index() + 1}"  # noqa: E731
        self.link_dialog = LinkDialog(
            first.article().text[a.start:a.end], where(first), second.article().text[b.start:b.end], where(second),
            existing.relation if existing else "contradicts", existing.note if existing else "",
            self.claims.offer(a.id, b.id), self.parent)
        self.link_dialog.accepted.connect(lambda: self._link_chosen(a.id, b.id, {a.article_id, b.article_id}))
        self.link_dialog.open()

    def _link_chosen(self, source: int, target: int, articles: set[str]) -> None:
        dialog = self.link_dialog
        join = dialog.same_claim()
        if join:  # the link and the claim edits are one undo step
            self.undo_stack.beginMacro(f"Link: {dialog.relation()}, same claim")
        self.undo_stack.push(AddLink(self.ctx, source, target, dialog.relation(), dialog.note_text(), articles))
        if join:
            self.claims.join(source, target)
            self.undo_stack.endMacro()
        self.panes.active_view().setFocus()
