"""Per article: each article's own figures in a sortable table, to find where reviewers part ways.

The figures are :attr:`annotator.review.Report.per_article` (the same per-label
figures as the pooled table, computed on one article's sentences). A click on
a header sorts by that column; undefined figures ("—") sort last. The article's
title is looked up through the facade.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableView, QVBoxLayout

from ...model import LABELS
from ...review import Report
from .. import names
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..models.roles import ALIGNMENT, DISPLAY, TOOLTIP, Role
from ..models.rows import LEFT, RIGHT, Column, RowsTableModel
from ..widgets.labels import wrapped_label
from .figure_models import UNDEFINED

#: The figures each label shows per article.
SHOWN = (QT_TRANSLATE_NOOP("compare.articles_view", "kappa"), QT_TRANSLATE_NOOP("compare.articles_view", "alpha"),
         QT_TRANSLATE_NOOP("compare.articles_view", "ac1"), QT_TRANSLATE_NOOP("compare.articles_view", "positive"))


class ArticleFiguresModel(RowsTableModel):
    """A row per article: ``(title, ArticleFigures)``; ``Role.SORT`` orders numbers, undefined last.

    Its columns are made translated (a label's name with a figure's), hence per instance."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = (
            Column(translate("compare.articles_view", "article")),
            Column(translate("compare.articles_view", "sentences")),
            Column(translate("compare.articles_view", "differing"),
                   translate("compare.articles_view", "sentences whose label sets differ")),
            *(Column(f"{names.shown(label)} {translate('compare.articles_view', name)}")
              for label in LABELS for name in SHOWN))

    def cell_data(self, row, column: int, role: int):
        title, figures = row
        if column == 0:
            if role in (DISPLAY, Role.SORT):
                return title or figures.article_id
            return figures.article_id if role == TOOLTIP else (LEFT if role == ALIGNMENT else None)
        if column <= 2:
            value = figures.units if column == 1 else figures.disagreements
        else:
            label, name = divmod(column - 3, len(SHOWN))
            value = figures.labels[LABELS[label]][SHOWN[name]]
        if role == DISPLAY:
            if value is None:
                return UNDEFINED
            return (f"{value:.2f}" if round(value, 2) else "0.00") if isinstance(value, float) else str(value)
        if role == Role.SORT:
            return float("inf") if value is None else value
        if role == Role.VALUE:
            return value
        return RIGHT if role == ALIGNMENT else None


class ArticlesDialog(QDialog):
    """The per-article table of one comparison, most disagreements first."""

    def __init__(self, report: Report, titles: dict[str, str], parent=None):
        super().__init__(parent)
        self.setObjectName("per-article")
        a, b = report.reviewers
        self.setWindowTitle(translate("compare.articles_view", "Per article: {a} and {b}").format(a=a, b=b))
        self.model = ArticleFiguresModel(self)
        self.model.set_rows([(titles.get(x.article_id, ""), x) for x in report.per_article])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Role.SORT)
        self.view = QTableView()
        self.view.setObjectName("per-article-table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 280)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label("per-article-note", translate(
            "compare.articles_view", "Each article's own figures (not a share of the pooled ones). "
            "Click a header to sort; — is undefined on that article.")))
        layout.addWidget(self.view)
        self.resize(1100, 520)
