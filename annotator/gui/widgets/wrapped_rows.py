"""Rows of a list that show their whole text, wrapped to the list's width.

QListView sizes a row from its text on one line and elides the rest, so a long
sentence in a narrow panel loses the words that matter. This delegate measures
the text wrapped at the viewport's width; the list lays its rows out again when
its width changes. The text is drawn as plain text (``QPainter.drawText``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QListView, QStyledItemDelegate

from .viewports import own_viewport

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

PAD = 6
WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class WrappedRows(QStyledItemDelegate):
    def __init__(self, view: QListView):
        super().__init__(view)
        self.view = view

    def _text_rect(self, width: int, text: str, option: QStyleOptionViewItem) -> QRect:
        return option.fontMetrics.boundingRect(QRect(0, 0, max(40, width - 2 * PAD), 100_000), WRAP, text)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = self.view.viewport().width()
        return QSize(width, self._text_rect(width, text, option).height() + 2 * PAD)

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        # Imported when a row is first painted: QStyle's Python enums take 15-20 ms to create,
        # and the window's first screen mostly shows these lists empty.
        from PySide6.QtWidgets import QStyle

        self.initStyleOption(option, index)
        text, option.text = option.text, ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = option.state & QStyle.StateFlag.State_Selected
        role = option.palette.ColorRole.HighlightedText if selected else option.palette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        painter.drawText(option.rect.adjusted(PAD, PAD, -PAD, -PAD), WRAP, text)
        painter.restore()


class WrappedList(QListView):
    """A list whose rows wrap their whole text (see :class:`WrappedRows`)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        own_viewport(self)
        self.setItemDelegate(WrappedRows(self))
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.scheduleDelayedItemsLayout()
