"""The article list: one row per article, for the current reviewer.

Made to be read in a narrow column (~310 px at 1280x800): the title elides,
with the whole of it in the row's tooltip; date, tagged count and a status
mark are short; the source is a column too, hidden by default (the header's
context menu shows it) and always in the tooltip and the filter.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from ...model import STATUSES, ArticleSummary
from .. import names
from ..i18n import QT_TRANSLATE_NOOP, shown_date, translate
from ..plain import plain_tip
from .roles import ALIGNMENT, DISPLAY, FOREGROUND, TOOLTIP, Role
from .rows import CENTER, LEFT, Column, RowsTableModel

COLUMNS = (QT_TRANSLATE_NOOP("models.articles", "Title"), QT_TRANSLATE_NOOP("models.articles", "Date"),
           QT_TRANSLATE_NOOP("models.articles", "Source"), QT_TRANSLATE_NOOP("models.articles", "Tagged"),
           QT_TRANSLATE_NOOP("models.articles", "Status"))
TITLE, DATE, SOURCE, PROGRESS, STATUS = range(len(COLUMNS))

#: status -> (mark shown in the list, its colour); the word is in the tooltip and the filter.
STATUS_MARKS: dict[str, tuple[str, str]] = {
    "todo": ("○", "#9e9e9e"),
    "in progress": ("◐", "#b35400"),
    "done": ("✓", "#2e7d32"),
}
HEADERS = (
    Column(COLUMNS[TITLE],
           QT_TRANSLATE_NOOP("models.articles", "The article's title (the whole title is in each row's tooltip)")),
    Column(COLUMNS[DATE], QT_TRANSLATE_NOOP("models.articles", "Publication date")),
    Column(COLUMNS[SOURCE], QT_TRANSLATE_NOOP("models.articles", "The file the article came from")),
    Column(COLUMNS[PROGRESS], QT_TRANSLATE_NOOP("models.articles", "Sentences you tagged / sentences in the article"),
           CENTER),
    Column("✓",  # narrow: named in the tip
           QT_TRANSLATE_NOOP("models.articles", "Your status for the article: ○ todo, ◐ in progress, ✓ done"),
           CENTER),
)


def progress_text(summary: ArticleSummary) -> str:
    return translate("models.articles", "{tagged}/{sentences} tagged").format(tagged=summary.tagged,
                                                                           sentences=summary.sentences)


def tooltip(s: ArticleSummary) -> str:
    day = shown_date(s.date) if s.date else translate("models.articles", "no date")
    return plain_tip(f"{s.title or s.source or s.id}\n{day} · {s.source}\n{progress_text(s)} · {names.shown(s.status)}")


def sort_key(summary: ArticleSummary, column: int):
    """What the list sorts a column by (the same order the cells read in)."""
    s = summary
    if column == PROGRESS:
        return s.tagged / s.sentences if s.sentences else 0.0
    if column == DATE:
        return s.date.isoformat() if s.date else ""
    if column == STATUS:
        return STATUSES.index(s.status) if s.status in STATUSES else -1
    if column == SOURCE:
        return s.source.casefold()
    return (s.title or s.source or s.id).casefold()


#: the roles :meth:`ArticleListModel.cell_data` answers
_ANSWERED = frozenset(int(role) for role in (DISPLAY, TOOLTIP, FOREGROUND, ALIGNMENT, Role.ID, Role.FILTER, Role.SORT))


class ArticleListModel(RowsTableModel):
    """Summaries from ``Project.articles(reviewer)``, sorted here (not in the proxy).

    The rows are kept in the order of the sort column with a key computed once
    per row in Python, so sorting 10,000 rows never asks ``data()`` per row;
    ``update_summary`` refreshes one row after an edit (one ``dataChanged``,
    and a move only when the row's sort key changed). ``row_of`` finds an id.
    """

    columns = HEADERS
    context = "models.articles"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loaded: list[ArticleSummary] = []  # as the file gave them (date order): ties keep it
        self._loaded_pos: dict[str, int] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def key_of(self, row: ArticleSummary) -> str:
        return row.id

    # -- filling -------------------------------------------------------------

    def set_rows(self, rows: list[ArticleSummary]) -> None:
        """Replace the rows; when the same ids come back, only emit dataChanged (and re-sort)."""
        rows = list(rows)
        same = len(rows) == len(self._loaded) and all(a.id == b.id for a, b in zip(rows, self._loaded))
        if not same:
            self._load(rows)
            super().set_rows(self._sorted(rows))
            return
        self._load(rows)
        if self._sort_column in (PROGRESS, STATUS):  # the new figures may reorder the rows
            self._resort()
        else:
            self._rows = [rows[self._loaded_pos[s.id]] for s in self._rows]
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))

    def _load(self, rows: list[ArticleSummary]) -> None:
        self._loaded = rows
        self._loaded_pos = {s.id: i for i, s in enumerate(rows)}

    def update_summary(self, summary: ArticleSummary) -> None:
        """One article's figures changed: refresh its row (and move it if the sort needs)."""
        row = self.row_of(summary.id)
        if row < 0:
            return
        before = self._rows[row]
        self._rows[row] = summary
        self._loaded[self._loaded_pos[summary.id]] = summary
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        if self._sort_column >= 0 and sort_key(before, self._sort_column) != sort_key(summary, self._sort_column):
            self._resort()

    def _sorted(self, rows: list[ArticleSummary]) -> list[ArticleSummary]:
        if self._sort_column < 0:
            return list(rows)
        column = self._sort_column
        keys = [sort_key(r, column) for r in rows]
        order = sorted(range(len(rows)), key=keys.__getitem__,
                       reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return [rows[i] for i in order]

    def _resort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self._rows[i.row()].id, i.column()) for i in old]
        self._rows = self._sorted(self._loaded)
        self._reindex()
        self.changePersistentIndexList(old, [self.index(self.row_of(a), c) for a, c in old_ids])
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (Python keys computed once per row); ties keep the file's order."""
        if column == self._sort_column and order == self._sort_order:
            return
        self._sort_column, self._sort_order = column, order
        if self._rows:
            self._resort()

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    summary = RowsTableModel.row  # the window's name for it

    def ids(self) -> list[str]:
        return [r.id for r in self._rows]

    # -- Qt ------------------------------------------------------------------

    def data(self, index, role: int = DISPLAY):
        """The base's, but a role no cell answers returns None before the index is looked
        at: the table asks seven roles of each cell it paints, three of them answered."""
        if role not in _ANSWERED:
            return None
        row = index.row()  # -1 for an invalid index
        return self.cell_data(self._rows[row], index.column(), role) if 0 <= row < len(self._rows) else None

    def cell_data(self, s: ArticleSummary, column: int, role: int):
        if role == DISPLAY:
            return _display(s, column)
        if role == TOOLTIP:
            return tooltip(s)
        if role == FOREGROUND:
            return _foreground(s, column)
        if role == Role.ID:
            return s.id
        if role == Role.FILTER:
            return " ".join((s.title, s.source, s.date.isoformat() if s.date else "", s.status,
                             shown_date(s.date) if s.date else "", names.shown(s.status), progress_text(s)))
        if role == Role.SORT:
            return sort_key(s, column)
        if role == ALIGNMENT:
            return CENTER if column in (PROGRESS, STATUS) else LEFT
        return None


def _display(s: ArticleSummary, column: int) -> str:
    if column == TITLE:
        return s.title or s.source or s.id
    if column == DATE:
        return shown_date(s.date) if s.date else ""
    if column == SOURCE:
        return s.source
    if column == PROGRESS:
        return f"{s.tagged}/{s.sentences}"
    return STATUS_MARKS.get(s.status, ("?", ""))[0]


def _foreground(s: ArticleSummary, column: int) -> QColor | None:
    if column == STATUS and s.status in STATUS_MARKS:
        return QColor(STATUS_MARKS[s.status][1])
    if column == PROGRESS and s.sentences and s.tagged == s.sentences:
        return QColor(STATUS_MARKS["done"][1])
    if column == DATE:
        return QColor("#555555")
    return None


class ArticleFilterModel(QSortFilterProxyModel):
    """The filter box (words matched in title, source, date, status); sorting is passed on.

    The proxy never sorts itself: sorting here would call Python ``data()``
    some 16 times per row, seconds on a large file. A header click reaches
    :meth:`sort`, which sorts the source model; the proxy keeps its order.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(Role.SORT)
        self.setFilterRole(Role.FILTER)
        self.setFilterKeyColumn(TITLE)  # Role.FILTER holds every searchable field of the row
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, ArticleListModel):
            source.sort(column, order)
        else:
            super().sort(column, order)
