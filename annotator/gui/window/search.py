"""Navigate > Search all articles: the dialog, and its rows read from the facade.

While the full-text index catches up after an import (:mod:`.indexing`), the
dialog says that its results are partial, and searches again when it is done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...model import SearchHit, Unindexed
from ..i18n import translate, with_counts
from .indexing import SearchIndexing
from .session import Session

if TYPE_CHECKING:
    from ..widgets.search_dialog import SearchDialog

CONTEXT_CHARS = 70  # of the article's text on each side of a hit


class Search:
    """One dialog per window, made on first use and kept (it remembers the last words)."""

    def __init__(self, session: Session, parent: QWidget, jump: Callable[[str, int, str], None],
                 indexing: SearchIndexing):
        self.session, self.parent, self.jump, self.indexing = session, parent, jump, indexing
        self.dialog: SearchDialog | None = None
        indexing.followers.append(self.index_changed)

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
        results = project.search(text)
        self._say_partial(results.unindexed)
        for hit in results:
            if hit.article_id not in texts:
                texts[hit.article_id] = project.article(hit.article_id).text
            body = texts[hit.article_id]
            before = body[max(0, hit.start - CONTEXT_CHARS):hit.start].replace("\n", " ")
            after = body[hit.end:hit.end + CONTEXT_CHARS].replace("\n", " ")
            rows.append((hit, before, after))
        return rows

    def index_changed(self) -> None:
        """The catch-up started, went on or ended: the note follows it; at its end the
        shown results are searched again, complete."""
        if self.dialog is None or not self.dialog.isVisible():
            return
        if self.indexing.running():
            self._say_partial(None)
        else:
            self.dialog.run()

    def _say_partial(self, unindexed: Unindexed | None) -> None:
        """The dialog's note: empty when the index is complete."""
        if self.dialog is None:
            return
        if self.indexing.running():
            left = self.indexing.left if unindexed is None else unindexed.sentences
            catching_up = translate("window.search", "Results are partial: indexing for search, {n} sentences left…")
            text = with_counts(catching_up, n=left)
        elif unindexed:
            behind = translate("window.search", "Results are partial: {n} sentences of {articles} articles are not "
                               "indexed for search yet.")
            text = with_counts(behind, n=unindexed.sentences, articles=unindexed.articles)
        else:
            text = ""
        self.dialog.show_partial(text)
