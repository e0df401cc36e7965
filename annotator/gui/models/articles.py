"""The article list: one row per article, for the current reviewer."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ...model import ArticleSummary

COLUMNS = ("Title", "Date", "Source", "Progress", "Status")
TITLE, DATE, SOURCE, PROGRESS, STATUS = range(len(COLUMNS))
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def progress_text(summary: ArticleSummary) -> str:
    return f"{summary.tagged}/{summary.sentences} tagged"


class ArticleListModel(QAbstractTableModel):
    """Summaries from ``Project.articles(reviewer)``; ``reload`` refreshes in place."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []

    # -- filling -------------------------------------------------------------

    def set_rows(self, rows: list[ArticleSummary]) -> None:
        """Replace the rows; when the same ids come back, only emit dataChanged."""
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows = list(rows)
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> ArticleSummary:
        return self._rows[row]

    def row_of(self, article_id: str) -> int:
        for row, summary in enumerate(self._rows):
            if summary.id == article_id:
                return row
        return -1

    def ids(self) -> list[str]:
        return [r.id for r in self._rows]

    # -- Qt ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(COLUMNS):
                return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return s.title or s.source or s.id
            if column == DATE:
                return s.date.isoformat() if s.date else ""
            if column == SOURCE:
                return s.source
            if column == PROGRESS:
                return progress_text(s)
            if column == STATUS:
                return s.status
        elif role == Qt.ItemDataRole.ToolTipRole:
            return f"{s.title}\n{s.source} · {s.date or 'no date'}\n{progress_text(s)} · {s.status}"
        elif role == ID_ROLE:
            return s.id
        elif role == SORT_ROLE:
            if column == PROGRESS:
                return s.tagged / s.sentences if s.sentences else 0.0
            if column == DATE:
                return s.date.isoformat() if s.date else ""
            return str(self.data(index, Qt.ItemDataRole.DisplayRole) or "").casefold()
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (DATE, PROGRESS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class ArticleFilterModel(QSortFilterProxyModel):
    """Sorting by column and the filter box: words matched in title, source, date, status."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)
