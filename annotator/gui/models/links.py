"""The links of the selected sentence, as the inspector lists them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...model import Link

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LinkRow:
    link: Link
    other_id: int  # the sentence at the other end
    other_article: str
    other_title: str
    other_text: str
    outgoing: bool


class LinksModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[LinkRow] = []

    def set_rows(self, rows: list[LinkRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> LinkRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            arrow = "→" if r.outgoing else "←"
            note = f"\n  note: {r.link.note}" if r.link.note else ""
            text = r.other_text if len(r.other_text) < 160 else r.other_text[:157] + "…"
            return f"{arrow} {r.link.relation.upper()} · {r.other_title}\n{text}{note}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{r.link.relation}: {r.other_text}\n({r.other_title}) — Enter or G to go there, B to come back"
        if role == ROW_ROLE:
            return r
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
