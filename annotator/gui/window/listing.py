"""The article list as shown (sorted, filtered): its rows read from the facade, its selection, its neighbours."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelectionModel, QRect

from ...model import ArticleSummary
from ..models.articles import ArticleFilterModel, ArticleListModel
from ..models.roles import Role
from ..widgets.article_list import ArticleTable
from ..widgets.article_view import ArticleView
from .session import Session


class ArticleListing:
    """Rows are summaries; the main pane's article is the selected row, kept so across reloads."""

    def __init__(self, session: Session, model: ArticleListModel, proxy: ArticleFilterModel,
                 table: ArticleTable, main_view: ArticleView):
        self.session = session
        self.model, self.proxy, self.table = model, proxy, table
        self.main_view = main_view

    def reload(self) -> None:
        """The list read again; the open article's row selected again (a model reset clears it)."""
        self.model.set_rows(self.session.project.articles(self.session.reviewer))
        article = self.main_view.article()
        if article is not None:
            self.select(article.id)

    def refresh_rows(self, article_ids: Iterable[str]) -> None:
        """Those articles' figures changed (not the set of articles): refresh their rows only."""
        for article_id in article_ids:
            summary = self.session.project.article_summary(self.session.reviewer, article_id)
            if summary is None:  # gone from the file: the set of articles changed after all
                self.reload()
                return
            self.model.update_summary(summary)

    def summary(self, article_id: str) -> ArticleSummary | None:
        row = self.model.row_of(article_id)
        return self.model.summary(row) if row >= 0 else None

    def has(self, article_id: str) -> bool:
        return self.model.row_of(article_id) >= 0

    def first(self) -> str | None:
        """The first article as shown, if any."""
        index = self.proxy.index(0, 0)
        return index.data(Role.ID) if index.isValid() else None

    def neighbour(self, article_id: str | None, step: int) -> str | None:
        """The article ``step`` rows away from ``article_id`` in the list as shown (sorted, filtered).

        When ``article_id`` is not shown (filtered out, or none), the first row.
        """
        row = self.model.row_of(article_id) if article_id is not None else -1
        here = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        target = here.row() + step if here is not None and here.isValid() else 0
        index = self.proxy.index(target, 0) if 0 <= target < self.proxy.rowCount() else None
        return index.data(Role.ID) if index is not None and index.isValid() else None

    def ids(self) -> list[str]:
        """Every id in the shown order (tests and the benchmark; the window steps with :meth:`neighbour`)."""
        return [self.proxy.index(r, 0).data(Role.ID) for r in range(self.proxy.rowCount())]

    def select(self, article_id: str) -> None:
        """Make the article's row current without telling the list's listeners (it is open already)."""
        row = self.model.row_of(article_id)
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        previous = self.table.currentIndex().row()
        if proxy_index.isValid() and previous != proxy_index.row():
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(
                proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            selection.blockSignals(False)
            self.table.scrollTo(proxy_index)
            for changed in (previous, proxy_index.row()):  # the view was not told: the two rows repainted
                self._repaint_row(changed)

    def _repaint_row(self, row: int) -> None:
        """One row of the table painted again (the whole table is 30 rows of Python ``data()``)."""
        if row >= 0:
            viewport = self.table.viewport()
            viewport.update(QRect(0, self.table.rowViewportPosition(row), viewport.width(), self.table.rowHeight(row)))
