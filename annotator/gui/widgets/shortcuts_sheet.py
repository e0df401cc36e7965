"""Help > Keyboard shortcuts: the tables of shortcuts.py, as a sheet to read at a glance.

Grouped by where the keys work (the window's menus, then the places with keys
of their own, then the compare window), in columns balanced so that the whole
sheet fits a 1280x800 screen without scrolling; a scroll area only for smaller.
"""

from __future__ import annotations

from itertools import combinations, groupby

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget,
)

from ..i18n import translate
from ..shortcuts import context_rows, sheet_rows

COLUMNS = 3

Group = tuple[str, list[tuple[str, str]]]  # (where, [(action, keys)])


def groups() -> list[Group]:
    rows = sheet_rows() + context_rows()
    return [(where, [(action, keys) for _, action, keys in items]) for where, items in groupby(rows, lambda r: r[0])]


def balanced(sizes: list[int], columns: int) -> list[int]:
    """Where each column after the first starts, keeping order, so the tallest column is as short as can be."""
    if len(sizes) <= columns:
        return list(range(1, len(sizes)))

    def tallest(cuts: tuple[int, ...]) -> int:
        bounds = (0, *cuts, len(sizes))
        return max(sum(sizes[a:b]) for a, b in zip(bounds, bounds[1:]))

    return list(min(combinations(range(1, len(sizes)), columns - 1), key=tallest))


def _label(text: str, *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


def _column(part: list[Group]) -> QWidget:
    column = QWidget()
    grid = QGridLayout(column)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(10)
    grid.setVerticalSpacing(3)
    row = 0
    for where, items in part:
        heading = _label(where, bold=True)
        heading.setObjectName("sheet-group")
        grid.addWidget(heading, row, 0, 1, 2)
        if row:
            heading.setContentsMargins(0, 10, 0, 0)
        row += 1
        for action, keys in items:
            # Keys to the right of their column: each next to its action, however long the longest.
            grid.addWidget(_label(keys, bold=True), row, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            grid.addWidget(_label(action), row, 1, Qt.AlignmentFlag.AlignTop)
            row += 1
    grid.setRowStretch(row, 1)
    grid.setColumnStretch(1, 1)
    return column


class ShortcutsSheet(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("widgets.shortcuts_sheet", "Keyboard shortcuts"))
        self.groups = groups()
        sizes = [1 + len(items) for _, items in self.groups]  # a heading and its rows
        bounds = [0, *balanced(sizes, COLUMNS), len(self.groups)]
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setSpacing(28)
        for a, b in zip(bounds, bounds[1:]):
            columns.addWidget(_column(self.groups[a:b]), 1)
        scroll = QScrollArea()
        scroll.setObjectName("sheet-scroll")
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        wanted = body.sizeHint()
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        margins = layout.contentsMargins()
        self.resize(min(wanted.width() + margins.left() + margins.right() + 4, screen.width()),
                    min(wanted.height() + buttons.sizeHint().height() + layout.spacing()
                        + margins.top() + margins.bottom() + 4, screen.height()))
