"""Walking every widget of a window, for checks that must hold everywhere (plain text, accessible names)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

TOOLTIP = Qt.ItemDataRole.ToolTipRole
DISPLAY = Qt.ItemDataRole.DisplayRole
MAX_ROWS = 200


def widgets(root: QWidget) -> Iterator[QWidget]:
    """``root`` and every widget under it."""
    yield root
    yield from root.findChildren(QWidget)


def cells(view: QAbstractItemView) -> Iterator:
    """The indexes an item view shows (the first MAX_ROWS rows, every column)."""
    model = view.model()
    if model is None:
        return
    for row in range(min(model.rowCount(QModelIndex()), MAX_ROWS)):
        column = 0  # a list model's columnCount is private in Qt: walk until the index is invalid
        while (index := model.index(row, column)).isValid():
            yield index
            column += 1
