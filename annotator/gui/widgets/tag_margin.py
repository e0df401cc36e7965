"""The article view's left margin: a letter chip per tag beside each tagged sentence.

Colour alone is not the signal: each tag has its letter (C / Q / S) on a
chip of its colour, so a reader who cannot tell the tints apart still can.
A sentence in one of the reviewer's claims gets one more chip after its tags:
an outlined "#" (:data:`CLAIMED`), whatever its tags; one with a note of the
reviewer's, an outlined "✎" (:data:`NOTED`). A label the rules suggest
(and the reviewer has not put on) comes last, its lower-case letter in a dashed
outline of the tag's colour (:data:`SUGGESTED`): a proposal, not a tag.
Kept apart from :mod:`article_view` because laying out and painting chips
is its own idea; the view tells it where sentences start and what they carry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from ...model import LABELS
from ..palette import CLAIM_MARK, SELECTED_BACKGROUND, TAGS, strong

if TYPE_CHECKING:
    from .article_view import ArticleView

CLAIMED = "#"  # the chip of a sentence in a claim (not a tag: drawn outlined)
SUGGESTED = "?"  # before a label: a suggestion, drawn outlined and dashed in the tag's colour
NOTED = "✎"  # the chip of a sentence with a note (drawn outlined too)
OUTLINED = (CLAIMED, NOTED)


class TagMargin(QWidget):
    """The left margin: one chip per tag (C / Q / S) beside each tagged sentence's first line.

    Its width is measured from the chips' font, never fixed in pixels, so a
    sentence's three chips always fit in a row. Sentences starting
    on one line share its row while they fit; the rest stack below, pushing
    later rows down, so no chip is ever dropped or drawn over another.
    """

    LEFT = 4  # air before the leftmost chip
    RIGHT = 10  # room for the current sentence's bar at the right edge
    GAP = 2  # between the chips of one sentence
    SENTENCE_GAP = 6  # between the chips of two sentences sharing a row
    ROW_CHIPS = len(LABELS)  # chips in one row of the margin

    def __init__(self, view: ArticleView):
        super().__init__(view)
        self.view = view
        font = QFont(view.font())
        font.setBold(True)
        font.setPointSizeF(8)
        self.setFont(font)

    def chip_size(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance("W") + 6, fm.height() + 2)

    def needed_width(self) -> int:
        """Room for :data:`ROW_CHIPS` chips side by side: a sentence with more (every tag, in a
        claim, with a note) stacks the rest below, so the text keeps the width."""
        chips = self.ROW_CHIPS
        return self.LEFT + chips * self.chip_size().width() + (chips - 1) * self.GAP + self.RIGHT

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.needed_width(), 0)

    def _group_width(self, group: list[str]) -> int:
        return len(group) * (self.chip_size().width() + self.GAP) - self.GAP

    def _rows(self, groups: list[list[str]]) -> list[list[list[str]]]:
        """One line's sentences (their tags) packed into rows as wide as the margin allows."""
        room = self.width() - self.LEFT - self.RIGHT
        rows: list[list[list[str]]] = []
        used = 0
        fits = max(1, (room + self.GAP) // (self.chip_size().width() + self.GAP))
        pieces = [group[i:i + fits] for group in groups for i in range(0, len(group), fits)]
        for group in pieces:
            width = self._group_width(group)
            if rows and used + self.SENTENCE_GAP + width <= room:
                rows[-1].append(group)
                used += self.SENTENCE_GAP + width
            else:
                rows.append([group])
                used = width
        return rows

    def chips(self, tops: list[tuple[int, int]]) -> list[tuple[QRect, str]]:
        """(rectangle, tag) of every chip for ``tops`` (``visible_sentence_tops``), right-aligned."""
        size = self.chip_size()
        lines: dict[int, list[list[str]]] = {}
        for index, y in tops:
            labels = self.view.labels_of_index(index)
            chips = [label for label in LABELS if label in labels] + ([CLAIMED] if self.view.is_claimed(index) else [])
            chips += [NOTED] if self.view.has_note(index) else []
            chips += [SUGGESTED + label for label in self.view.suggested_of_index(index) if label not in labels]
            if chips:
                lines.setdefault(y, []).append(chips)
        placed: list[tuple[QRect, str]] = []
        bottom = None  # of the last row placed: a stacked row pushes the next line's down
        for y, groups in lines.items():
            top = y + (self.view.line_height() - size.height()) // 2
            for row in self._rows(groups):
                if bottom is not None:
                    top = max(top, bottom + self.GAP)
                x = self.width() - self.RIGHT
                for group in reversed(row):
                    for label in reversed(group):
                        placed.append((QRect(x - size.width(), top, size.width(), size.height()), label))
                        x -= size.width() + self.GAP
                    x -= self.SENTENCE_GAP - self.GAP
                bottom = top + size.height()
        return placed

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Base))
        tops = list(self.view.visible_sentence_tops())
        current_y = next((y for index, y in tops if index == self.view.current_index()), None)
        if current_y is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SELECTED_BACKGROUND.darker(130))
            painter.drawRect(QRect(self.width() - 4, current_y + 2, 3, self.view.line_height() - 4))
        for rect, label in self.chips(tops):
            if label.startswith(SUGGESTED):
                self._paint_suggested(painter, rect, label[len(SUGGESTED):])
                continue
            if label in OUTLINED:
                painter.setPen(CLAIM_MARK)
                painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
                painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 3, 3)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(strong(label))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor("white"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, TAGS[label].letter)

    def _paint_suggested(self, painter: QPainter, rect: QRect, label: str) -> None:
        """A suggestion: the tag's letter in its colour, on the page's colour, in a dashed outline,
        so that it never reads as a tag (filled) or the claim mark (solid outline, "#")."""
        pen = QPen(strong(label))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 3, 3)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, TAGS[label].letter.lower())
