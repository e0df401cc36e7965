"""A label's 2x2 table (A yes/no by B yes/no) as a coloured grid.

The cell "both" is green, the disagreement cells (A only, B only) orange;
the stronger the colour, the larger the cell's share of the sentences *either
reviewer tagged*. "Neither" (no tag from either, most sentences for a rare
label) is grey and smaller in print: it is agreement without effort, and
shaded by its share it would dwarf the three cells that tell how the label is
used. Colour is never the only signal: each cell prints its count and share,
and the tooltip spells the table out.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...review import LabelFigures
from .. import names
from ..i18n import translate
from ..palette import TAGS, strong

AGREE = QColor("#2e7d32")
DISAGREE = QColor("#d35400")
EMPTY = QColor("#f4f4f4")
NEITHER = QColor("#ececec")


def cell_note(share: float, tagged: int, neither: bool, room: float, metrics: QFontMetricsF) -> str:
    """A cell's second line: its share of the tagged sentences, in words when they fit in
    ``room`` (French's are longer), else the figure alone (the tooltip spells the table out)."""
    if neither:
        return translate("compare.confusion", "neither")
    if not tagged:
        return "—"
    figure = f"{100 * share:.0f}"
    note = translate("compare.confusion", "{share} % of tagged").format(share=figure)
    if metrics.horizontalAdvance(note) > room:
        return translate("compare.confusion", "{share} %").format(share=figure)
    return note


def cells(row: LabelFigures) -> tuple[tuple[int, int], tuple[int, int]]:
    """((both, A only), (B only, neither)): rows are A yes/no, columns B yes/no."""
    return (row.both, row.a_only), (row.b_only, row.neither)


def _mix(colour: QColor, share: float) -> QColor:
    """``colour`` laid over white at an opacity growing with the share (never invisible)."""
    alpha = 0.12 + 0.7 * share if share > 0 else 0.0
    if alpha == 0:
        return EMPTY
    r = round(255 + (colour.red() - 255) * alpha)
    g = round(255 + (colour.green() - 255) * alpha)
    b = round(255 + (colour.blue() - 255) * alpha)
    return QColor(r, g, b)


class ConfusionGrid(QWidget):
    """The 2x2 table of one label."""

    HEAD = 18  # the label's name
    AXIS = 16  # "B yes / B no" row
    LEFT = 34.0  # the "A yes / A no" column

    def __init__(self, label: str, parent=None):
        super().__init__(parent)
        self.label = label
        self.setObjectName(f"confusion-{label}")
        self._table: tuple[tuple[int, int], tuple[int, int]] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setToolTip(translate("compare.confusion", "{label}: no comparison yet").format(label=names.shown(label)))

    def set_figures(self, row: LabelFigures | None) -> None:
        self._table = None if row is None else cells(row)
        if row is None:
            self.setToolTip(translate("compare.confusion", "{label}: no comparison yet").format(
                label=names.shown(self.label)))
        else:
            total = row.both + row.a_only + row.b_only + row.neither
            self.setToolTip(translate(
                "compare.confusion", "{label} — rows: A, columns: B ({total} sentences)\n"
                "both gave it: {both}\nA only: {a_only}\nB only: {b_only}\nneither: {neither}").format(
                    label=names.shown(self.label), total=total, both=row.both, a_only=row.a_only,
                    b_only=row.b_only, neither=row.neither))
        self.setAccessibleName(self.toolTip())
        self.update()

    def table(self) -> tuple[tuple[int, int], tuple[int, int]] | None:
        return self._table

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(190, 150)

    def small_font(self) -> QFont:
        """The font of the axes and of each cell's share."""
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        return small

    def cell_width(self) -> float:
        return (self.width() - self.LEFT - 1) / 2

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(150, 128)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small, bold = self.small_font(), QFont(self.font())
        bold.setBold(True)

        style = TAGS[self.label]
        # The heading: the tag's letter chip and name, as in the article margin.
        painter.setFont(bold)
        chip = QRectF(0, 1, 16, self.HEAD - 3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(strong(self.label))
        painter.drawRoundedRect(chip, 3, 3)
        painter.setPen(QColor("white"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, style.letter)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(QRectF(22, 0, self.width() - 22, self.HEAD), Qt.AlignmentFlag.AlignVCenter,
                         names.shown(self.label))

        left = self.LEFT
        top = float(self.HEAD + self.AXIS)
        width = self.cell_width()
        height = (self.height() - top - 1) / 2
        painter.setFont(small)
        painter.setPen(QColor("#555555"))
        b_axis = (translate("compare.confusion", "B yes"), translate("compare.confusion", "B no"))
        for column, text in enumerate(b_axis):
            painter.drawText(QRectF(left + column * width, self.HEAD, width, self.AXIS),
                             Qt.AlignmentFlag.AlignCenter, text)
        for row, text in enumerate((translate("compare.confusion", "A yes"), translate("compare.confusion", "A no"))):
            painter.drawText(QRectF(0, top + row * height, left - 4, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)

        table = self._table
        tagged = sum(map(sum, table)) - table[1][1] if table else 0
        for row in range(2):
            for column in range(2):
                rect = QRectF(left + column * width, top + row * height, width, height)
                count = table[row][column] if table else None
                self._paint_cell(painter, rect, row, column, count, tagged, (bold, small))

    def _paint_cell(self, painter: QPainter, rect: QRectF, row: int, column: int, count: int | None,
                    tagged: int, fonts: tuple[QFont, QFont]) -> None:
        """One cell: its count, and its share of the tagged sentences ("neither": grey, no share)."""
        bold, small = fonts
        neither = row == column == 1
        share = count / tagged if tagged and count is not None and not neither else 0.0
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(NEITHER if neither and count else (_mix(AGREE if row == column else DISAGREE, share)
                                                            if count else EMPTY))
        painter.drawRect(rect)
        painter.setPen(QColor("#ffffff") if share > 0.55 else QColor("#1a1a1a"))
        upper = QRectF(rect.left(), rect.top() + 2, rect.width(), rect.height() / 2)
        lower = QRectF(rect.left(), rect.center().y(), rect.width(), rect.height() / 2 - 2)
        if count is None:
            painter.setFont(bold)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "—")
            return
        painter.setFont(small if neither else bold)
        if neither:
            painter.setPen(QColor("#666666"))
        painter.drawText(upper, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(count))
        painter.setFont(small)
        note = cell_note(share, tagged, neither, rect.width() - 4, QFontMetricsF(small))
        painter.drawText(lower, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, note)
