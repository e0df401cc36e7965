"""Search results: one row per sentence found, shown in its context."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...model import SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    """Rows are ``(hit, before, after)``: the sentence with a little of its article around it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[SearchHit, str, str]] = []

    def set_hits(self, rows: list[tuple[SearchHit, str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._rows[row][0]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        hit, before, after = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.article_title}\n…{before} ▶ {hit.text} ◀ {after}…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.text
        if role == HIT_ROLE:
            return hit
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
