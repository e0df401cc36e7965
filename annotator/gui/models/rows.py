"""The base of the item models that hold plain rows: one list, read by row number.

A model says what a cell holds (:meth:`cell_data`) and, if it is a table, which
columns it has (:attr:`columns`); the rest (row count, bounds checks, header
text, tooltips and alignment, a reset when the rows are replaced, finding a
row by its key) is written once here. Flags are Qt's defaults for list and
table models: enabled, selectable, never with children.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..i18n import translate
from .roles import ALIGNMENT, DISPLAY, TOOLTIP

Index = QModelIndex | QPersistentModelIndex

CENTER = int(Qt.AlignmentFlag.AlignCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class Column(NamedTuple):
    """A table column as its header shows it (title and tip translated: :attr:`RowsTableModel.context`)."""

    title: str
    tip: str = ""
    align: int | None = None  #: the header's alignment (None: Qt's)


class _Rows:
    """What list and table models of plain rows share; mixed in before the Qt class."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._row_of: dict[Hashable, int] | None = None  # built when first asked

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._reindex()
        self.endResetModel()

    def rows(self) -> list[Any]:
        return self._rows

    def row(self, row: int) -> Any:
        return self._rows[row]

    def key_of(self, row: Any) -> Hashable:
        """What :meth:`row_of` finds a row by: the row itself unless a model says otherwise."""
        return row

    def row_of(self, key: Hashable) -> int:
        """The row whose :meth:`key_of` is ``key``, or -1 (a dict, not a scan)."""
        if self._row_of is None:
            self._row_of = {self.key_of(r): n for n, r in enumerate(self._rows)}
        return self._row_of.get(key, -1)

    def _reindex(self) -> None:
        """The rows were replaced or reordered: :meth:`row_of` looks again."""
        self._row_of = None

    def cell_data(self, row: Any, column: int, role: int) -> Any:
        """What ``data()`` returns for ``row`` (one of the rows) at ``column`` under ``role``."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell_data(self._rows[index.row()], index.column(), role)


class RowsListModel(_Rows, QAbstractListModel):
    """Plain rows shown in a list (one column)."""


class RowsTableModel(_Rows, QAbstractTableModel):
    """Plain rows shown in a table whose columns are :attr:`columns`."""

    columns: tuple[Column, ...] = ()
    #: the translation context its columns' texts are marked with: the module's (gui/i18n.py)
    context: str = ""

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == DISPLAY:
            return translate(self.context, column.title)
        if role == TOOLTIP:
            return translate(self.context, column.tip) if column.tip else None
        if role == ALIGNMENT:
            return column.align
        return None
