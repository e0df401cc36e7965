"""Painting a search result so it reads at a glance.

Line 1 is the article, small and muted; below it the sentence in the normal
text colour between dimmed context, the query's words marked. It is painted
with QTextLayout and character formats, never HTML, so an article's "<b>" is
shown as the characters it is. Rows are two to four lines: a sentence too long
for :data:`MAX_LINES` drops its context first, then ends in "…".
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..models.roles import Role
from ..models.search import ResultText
from ..offsets import OffsetMap

MAX_LINES = 3  # lines of sentence and context under the title
PAD = 5
MARK_BACKGROUND = QColor("#ffd95a")
MARK_TEXT = QColor("#000000")
ELLIPSIS = "…"


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    t = share_of_a
    return QColor.fromRgbF(a.redF() * t + b.redF() * (1 - t), a.greenF() * t + b.greenF() * (1 - t),
                           a.blueF() * t + b.blueF() * (1 - t))


def _colours(palette: QPalette, selected: bool) -> tuple[QColor, QColor]:
    """(text, background) of a row, selected or not: muted tones are mixes of the two."""
    if selected:
        return palette.color(QPalette.ColorRole.HighlightedText), palette.color(QPalette.ColorRole.Highlight)
    return palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)


def _title_font(font: QFont) -> QFont:
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(font.pointSizeF() * 0.88)
    else:
        small.setPixelSize(max(1, round(font.pixelSize() * 0.88)))
    return small


class SearchResultDelegate(QStyledItemDelegate):
    """Lays out one :class:`ResultText` per row; sizes rows to the view's width."""

    def body_layout(self, shown: ResultText, font: QFont, width: float,
                    palette: QPalette | None = None, selected: bool = False) -> tuple[QTextLayout, bool]:
        """The laid-out body and whether it was cut; with context if it fits, else the sentence alone."""
        for before, after in ((shown.before, shown.after), ("", "")):
            layout = QTextLayout(before + shown.sentence + after, font)
            layout.setFormats(self._formats(shown, before, after, palette or QPalette(), selected))
            cut = self._break(layout, width, QFontMetricsF(font).horizontalAdvance(ELLIPSIS))
            if not cut:
                break
        return layout, cut

    @staticmethod
    def _formats(shown: ResultText, before: str, after: str, palette: QPalette, selected: bool):
        text, back = _colours(palette, selected)
        offsets = OffsetMap(before + shown.sentence + after)

        def span(start: int, end: int, char_format: QTextCharFormat) -> QTextLayout.FormatRange:
            found = QTextLayout.FormatRange()
            found.start = offsets.to_qt(start)
            found.length = offsets.to_qt(end) - found.start
            found.format = char_format
            return found

        dim = QTextCharFormat()
        dim.setForeground(_mix(text, back, 0.55))
        mark = QTextCharFormat()
        mark.setFontWeight(QFont.Weight.Bold)
        mark.setBackground(MARK_BACKGROUND)
        mark.setForeground(MARK_TEXT)
        sentence_end = len(before) + len(shown.sentence)
        ranges = [span(0, len(before), dim), span(sentence_end, sentence_end + len(after), dim)]
        ranges += [span(len(before) + start, len(before) + end, mark) for start, end in shown.marks]
        return ranges

    @staticmethod
    def _break(layout: QTextLayout, width: float, ellipsis: float) -> bool:
        """Lines of ``width`` at most :data:`MAX_LINES`; the last leaves room for "…" if text is left over."""
        length = len(layout.text())
        y = 0.0
        cut = False
        layout.beginLayout()
        for number in range(MAX_LINES):
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            if number == MAX_LINES - 1 and line.textStart() + line.textLength() < length:
                line.setLineWidth(width - ellipsis)
                cut = True
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return cut

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> float:
        view = option.widget
        width = view.viewport().width() if view is not None else option.rect.width()
        return max(120.0, width - 2 * PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        shown: ResultText | None = index.data(Role.TEXT)
        if shown is None:
            return super().sizeHint(option, index)
        width = self._width(option)
        layout, _ = self.body_layout(shown, option.font, width)
        title = QFontMetricsF(_title_font(option.font)).height()
        return QSize(int(width), math.ceil(PAD + title + 2 + layout.boundingRect().height() + PAD))

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        shown: ResultText | None = index.data(Role.TEXT)
        if shown is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the frame: background, selection, focus; the text is ours
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text, back = _colours(opt.palette, selected)
        width = self._width(opt)
        left, top = opt.rect.left() + PAD, opt.rect.top() + PAD

        painter.save()
        title_font = _title_font(opt.font)
        metrics = QFontMetricsF(title_font)
        painter.setFont(title_font)
        painter.setPen(_mix(text, back, 0.7))
        title = metrics.elidedText(shown.title, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRectF(left, top, width, metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)

        layout, cut = self.body_layout(shown, opt.font, width, opt.palette, selected)
        origin = QPointF(left, top + metrics.height() + 2)
        painter.setPen(text)
        layout.draw(painter, origin)
        if cut:
            last = layout.lineAt(layout.lineCount() - 1)
            painter.setFont(opt.font)
            painter.drawText(QPointF(origin.x() + last.naturalTextWidth(), origin.y() + last.y() + last.ascent()),
                             ELLIPSIS)
        painter.restore()
