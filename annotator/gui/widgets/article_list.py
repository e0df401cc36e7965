"""The article list as a table sized for a narrow column.

The title stretches and elides (the whole title is in the tooltip); date,
tagged count and status keep compact widths measured from the font; the
source column is hidden by default. Right-click on the header shows or hides
any column but the title. Sorting by any column.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from ..models.articles import COLUMNS, DATE, PROGRESS, SOURCE, STATUS, TITLE
from ..i18n import translate
from .keys import keep_keys
from .viewports import own_viewport

#: the widest text each compact column must show, measured in the table's font
SAMPLES = {DATE: "0000-00-00", PROGRESS: "000/000", STATUS: "◐", SOURCE: "000_0000000000000000.txt"}
HIDDEN_BY_DEFAULT = (SOURCE,)
LIST_WIDTH = 320  # the splitter's default share for the list, in pixels


class ArticleTable(QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        own_viewport(self)
        self.setObjectName("article-list")
        self.setAccessibleName(translate("widgets.article_list", "Articles"))
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        # Two lines per row: the title wraps once, then elides (the whole title is in the tooltip).
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        keep_keys(self)

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        self.default_columns()

    def compact_width(self, column: int) -> int:
        """What a compact column needs: its widest sample or its header, plus the cell padding."""
        metrics = self.fontMetrics()
        title = self.model().headerData(column, Qt.Orientation.Horizontal) if self.model() else ""
        header_metrics = self.horizontalHeader().fontMetrics()
        return max(metrics.horizontalAdvance(SAMPLES[column]) + 12,
                   header_metrics.horizontalAdvance(str(title or "")) + 10)

    def default_columns(self) -> None:
        """Title stretches; the others are compact and may be resized; source hidden."""
        header = self.horizontalHeader()
        if header.count() != len(COLUMNS):
            return
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(20)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (DATE, SOURCE, PROGRESS, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self.compact_width(column))
            header.setSectionHidden(column, column in HIDDEN_BY_DEFAULT)

    def _header_menu(self, point: QPoint) -> None:
        self.columns_menu().popup(self.horizontalHeader().mapToGlobal(point))

    def columns_menu(self) -> QMenu:
        """Show / hide a column (not the title), and go back to the default layout."""
        menu = QMenu(self)
        menu.setObjectName("article-columns-menu")
        header = self.horizontalHeader()
        for column in (DATE, SOURCE, PROGRESS, STATUS):
            action = menu.addAction(translate("models.articles", COLUMNS[column]))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.addSeparator()
        menu.addAction(translate("widgets.article_list", "Default columns"), self.default_columns)
        return menu
