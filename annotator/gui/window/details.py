"""Edit > Article details…: the open article's title, outlet, URL and author, one undoable step."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from ...errors import AnnotatorError
from ..commands import EditCommand
from ..i18n import error_text, translate
from ..widgets.messages import MessageBox
from .panes import Panes
from .refresh import Refresh
from .session import Session

if TYPE_CHECKING:
    from ..widgets.article_details import ArticleDetailsDialog


class ArticleDetails:
    """``dialog`` is the last one opened (tests drive it)."""

    def __init__(self, session: Session, undo_stack: QUndoStack, panes: Panes, refresh: Refresh, parent: QWidget):
        self.session, self.undo_stack, self.panes, self.refresh, self.parent = session, undo_stack, panes, refresh, parent
        self.dialog: ArticleDetailsDialog | None = None

    def edit(self) -> None:
        article = self.panes.active_view().article()
        if article is None or self.session.project.readonly:
            return
        from ..widgets.article_details import ArticleDetailsDialog  # made on first use: not on the start path

        project = self.session.project
        self.dialog = ArticleDetailsDialog(project.metadata.of(article.id), self.parent)
        self.dialog.finished.connect(partial(self._finished, article.id))
        self.dialog.open()

    def _finished(self, article_id: str, result: int) -> None:
        if result != QDialog.DialogCode.Accepted or self.dialog is None:
            return
        # Edited first, pushed after: a refusal is told and leaves no empty step on the stack
        # (an exception inside a command's first redo would not reach this code).
        try:
            changes = self.session.project.metadata.set(article_id, self.dialog.meta())
        except AnnotatorError as error:
            MessageBox.warning(self.parent, translate("window.details", "Article details"),
                               translate("window.details", "Nothing was changed.\n\n{error}").format(
                                   error=error_text(error)))
            return
        if changes.changed:
            self.undo_stack.push(EditCommand(translate("window.details", "Edit article details"), lambda: changes,
                                             self.refresh.changed, self.refresh.failed))
