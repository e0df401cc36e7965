"""Navigate > Search all articles: the dialog, and its rows read from the facade."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...model import SearchHit
from .session import Session

if TYPE_CHECKING:
    from ..widgets.search_dialog import SearchDialog

CONTEXT_CHARS = 70  # of the article's text on each side of a hit


class Search:
    """One dialog per window, made on first use and kept (it remembers the last words)."""

    def __init__(self, session: Session, parent: QWidget, jump: Callable[[str, int, str], None]):
        self.session, self.parent, self.jump = session, parent, jump
        self.dialog: SearchDialog | None = None

    def open(self) -> None:
        if self.dialog is None:
            from ..widgets.search_dialog import SearchDialog  # made on first use: not on the start path

            self.dialog = SearchDialog(self.rows, self.parent)
            self.dialog.jump.connect(lambda hit: self.jump(hit.article_id, hit.sentence_id, "main"))
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.start()

    def rows(self, text: str) -> list[tuple[SearchHit, str, str]]:
        """(hit, text before, text after) for each hit of ``text``, each article read once."""
        project = self.session.project
        texts: dict[str, str] = {}
        rows = []
        for hit in project.search(text):
            if hit.article_id not in texts:
                texts[hit.article_id] = project.article(hit.article_id).text
            body = texts[hit.article_id]
            before = body[max(0, hit.start - CONTEXT_CHARS):hit.start].replace("\n", " ")
            after = body[hit.end:hit.end + CONTEXT_CHARS].replace("\n", " ")
            rows.append((hit, before, after))
        return rows
