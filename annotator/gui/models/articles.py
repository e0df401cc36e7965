"""The article list: one row per article, for the current reviewer.

Made to be read in a narrow column (~310 px at 1280x800): the title elides,
with the whole of it in the row's tooltip; date, tagged count and a status
mark are short; the source is a column too, hidden by default (the header's
context menu shows it) and always in the tooltip and the filter.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from ...model import STATUSES, ArticleSummary

COLUMNS = ("Title", "Date", "Source", "Tagged", "Status")
TITLE, DATE, SOURCE, PROGRESS, STATUS = range(len(COLUMNS))
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3

#: status -> (mark shown in the list, its colour); the word is in the tooltip and the filter.
STATUS_MARKS: dict[str, tuple[str, str]] = {
    "todo": ("○", "#9e9e9e"),
    "in progress": ("◐", "#b35400"),
    "done": ("✓", "#2e7d32"),
}
HEADER_TIPS = {
    TITLE: "The article's title (the whole title is in each row's tooltip)",
    DATE: "Publication date",
    SOURCE: "The file the article came from",
    PROGRESS: "Sentences you tagged / sentences in the article",
    STATUS: "Your status for the article: ○ todo, ◐ in progress, ✓ done",
}
HEADERS = {STATUS: "✓"}  # a narrow column: its name is in the tooltip

_Index = QModelIndex | QPersistentModelIndex


def progress_text(summary: ArticleSummary) -> str:
    return f"{summary.tagged}/{summary.sentences} tagged"


def tooltip(s: ArticleSummary) -> str:
    return (f"{s.title or s.source or s.id}\n{s.date or 'no date'} · {s.source}\n"
            f"{progress_text(s)} · {s.status}")


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
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS.get(section, COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (PROGRESS, STATUS):
            return int(Qt.AlignmentFlag.AlignCenter)
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
                return f"{s.tagged}/{s.sentences}"
            if column == STATUS:
                return STATUS_MARKS.get(s.status, ("?", ""))[0]
        elif role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(s)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if column == STATUS and s.status in STATUS_MARKS:
                return QColor(STATUS_MARKS[s.status][1])
            if column == PROGRESS and s.sentences and s.tagged == s.sentences:
                return QColor(STATUS_MARKS["done"][1])
            if column == DATE:
                return QColor("#555555")
        elif role == ID_ROLE:
            return s.id
        elif role == FILTER_ROLE:
            return " ".join((s.title, s.source, s.date.isoformat() if s.date else "", s.status,
                             progress_text(s)))
        elif role == SORT_ROLE:
            if column == PROGRESS:
                return s.tagged / s.sentences if s.sentences else 0.0
            if column == DATE:
                return s.date.isoformat() if s.date else ""
            if column == STATUS:
                return STATUSES.index(s.status) if s.status in STATUSES else -1
            return str(self.data(index, Qt.ItemDataRole.DisplayRole) or "").casefold()
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (PROGRESS, STATUS):
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
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
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(TITLE)  # FILTER_ROLE holds every searchable field of the row
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)
