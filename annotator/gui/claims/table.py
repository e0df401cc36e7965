"""The claims as a table, and the filter box above it: both made for the keyboard.

The table never measures its rows' contents (at 10,000 claims that alone
would take longer than the window may take to open): every row is one line
high, the statement stretches and elides (whole in its tooltip), the other
columns are as wide as their header or their widest sample, measured in the
font. Sorting is the model's own (see models.py); no column is sorted at
first, so the claims show most recently changed first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView

from ..widgets.keys import keep_keys
from .models import APPEARANCES, ARTICLES, CONTRADICTIONS, FIRST_SEEN, LAST_SEEN, STATEMENT, VERDICT, ClaimsModel
from ..i18n import LANGUAGES, translate
from .verdicts import names

#: the widest text each compact column must show, in any language
SAMPLES = {
    VERDICT: max((n for code in LANGUAGES for n in names(code).values()), key=len),
    APPEARANCES: "0000", ARTICLES: "0000", FIRST_SEEN: "0000-00-00", LAST_SEEN: "0000-00-00", CONTRADICTIONS: "000",
}
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ClaimsTable(QTableView):
    """Enter asks for the current claim's timeline (:attr:`entered`)."""

    entered = Signal()

    def __init__(self, model: ClaimsModel, parent=None):
        super().__init__(parent)
        self.setObjectName("claims-table")
        self.setAccessibleName(translate("claims.table", "Claims"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.setModel(model)
        self._size_columns()
        header = self.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click goes back to the order loaded
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        keep_keys(self)

    def _size_columns(self) -> None:
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(STATEMENT, QHeaderView.ResizeMode.Stretch)
        cells, titles = self.fontMetrics(), header.fontMetrics()
        model = self.model()
        for column, sample in SAMPLES.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # room for the header's sort arrow beside its title
            header.resizeSection(column, max(cells.horizontalAdvance(sample) + 16,
                                             titles.horizontalAdvance(title) + 28))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in ENTER and self.currentIndex().isValid():
            self.entered.emit()
        else:
            super().keyPressEvent(event)


class FilterBox(QLineEdit):
    """The words a statement must hold; Down or Enter go on to the claims (:attr:`leave`)."""

    leave = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("claims-filter")
        self.setAccessibleName(translate("claims.table", "Filter claims by words"))
        self.setPlaceholderText(translate("claims.table", "Filter claims by their words (Ctrl+F)"))
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Down, *ENTER):
            self.leave.emit()
        else:
            super().keyPressEvent(event)
