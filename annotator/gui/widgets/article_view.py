"""The article, read as an article: plain text, sentences as selectable units.

One read-only ``QTextEdit`` holding the body via ``setPlainText`` (never rich
text, so ``<b>`` shows as those characters). Sentences are ranges, not
widgets: highlights are ``ExtraSelection``s, tag letters are painted in a
left margin next to the line where each tagged sentence starts. Store
offsets (code points) become Qt positions (UTF-16) once per article through
:class:`annotator.gui.offsets.OffsetMap`.
"""

from __future__ import annotations

import bisect
import re

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor, QFont, QFontDatabase, QPainter, QPalette, QTextBlockFormat, QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from ...model import LABELS, Article, Sentence
from ..offsets import OffsetMap
from ..palette import DIMMED_TEXT, LINKED_UNDERLINE, SELECTED_BACKGROUND, TAGS, strong, tint

MARGIN_WIDTH = 64
TEXT_COLUMNS = 74  # a comfortable measure, in average characters
_HEADING_END = re.compile(r"[.!?:;,»\"”…)]\s*$")
_BULLET = re.compile(r"^\s*(?:[-•*–·]|\d+[.)])\s+")

FILTERS: tuple[str | None, ...] = (None, "claim", "quote", "statistic", "untagged")


def reading_font() -> QFont:
    families = set(QFontDatabase.families())
    for name in ("Source Serif 4", "Noto Serif", "Georgia", "Charter", "DejaVu Serif", "Liberation Serif"):
        if name in families:
            font = QFont(name)
            break
    else:
        font = QFont()
        font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(11)
    return font


class _Margin(QWidget):
    """The left margin: one chip per tag (C / Q / S) beside each tagged sentence's first line."""

    def __init__(self, view: ArticleView):
        super().__init__(view)
        self.view = view
        font = QFont(view.font())
        font.setBold(True)
        font.setPointSizeF(8)
        self.setFont(font)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(MARGIN_WIDTH, 0)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Base))
        fm = painter.fontMetrics()
        chip_w, chip_h = fm.horizontalAdvance("W") + 6, fm.height() + 2
        rows: dict[int, list[str]] = {}
        current_y = None
        for index, y in self.view.visible_sentence_tops():
            labels = self.view.labels_of_index(index)
            if index == self.view.current_index():
                current_y = y
            if labels:
                row = rows.setdefault(y, [])
                if row:
                    row.append("|")
                row.extend(label for label in LABELS if label in labels)
        right = self.width() - 6
        if current_y is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SELECTED_BACKGROUND.darker(130))
            painter.drawRect(QRect(self.width() - 4, current_y + 2, 3, self.view.line_height() - 4))
        for y, items in rows.items():
            x = right - 4
            for item in reversed(items):
                if item == "|":
                    x -= 4
                    continue
                rect = QRect(x - chip_w, y + (self.view.line_height() - chip_h) // 2, chip_w, chip_h)
                if rect.left() < 0:
                    break
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(strong(item))
                painter.drawRoundedRect(rect, 3, 3)
                painter.setPen(QColor("white"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, TAGS[item].letter)
                x -= chip_w + 2


class ArticleView(QTextEdit):
    """Shows one article; ``current_index`` is the selected sentence's position in it."""

    sentenceChanged = Signal(int)  # index into sentences(), -1 for none
    focused = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setUndoRedoEnabled(False)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFont(reading_font())
        self.document().setDocumentMargin(12)
        self._margin = _Margin(self)
        self._article: Article | None = None
        self._sentences: list[Sentence] = []
        self._starts: list[int] = []
        self._qt: list[tuple[int, int]] = []
        self._map = OffsetMap("")
        self._labels: dict[int, set[str]] = {}
        self._linked: set[int] = set()
        self._current = -1
        self._filter: str | None = None
        self._base_selections: list[QTextEdit.ExtraSelection] = []
        self.verticalScrollBar().valueChanged.connect(lambda _: self._margin.update())

    # -- content -------------------------------------------------------------

    def article(self) -> Article | None:
        return self._article

    def sentences(self) -> list[Sentence]:
        return self._sentences

    def offset_map(self) -> OffsetMap:
        return self._map

    def set_article(self, article: Article | None, sentences: list[Sentence]) -> None:
        self._article = article
        self._sentences = list(sentences)
        self._starts = [s.start for s in self._sentences]
        text = article.text if article else ""
        self._map = OffsetMap(text)
        self._qt = [(self._map.to_qt(s.start), self._map.to_qt(s.end)) for s in self._sentences]
        self._labels, self._linked, self._current = {}, set(), -1
        self.setPlainText(text)  # plain text, always: markup shows as typed
        self._format_document()
        self._rebuild_base()
        self._apply_selections()
        self.verticalScrollBar().setValue(0)

    def _format_document(self) -> None:
        doc = self.document()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        body = QTextBlockFormat()
        body.setBottomMargin(10)
        body.setLineHeight(145, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(body)
        block = doc.begin()
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(self.font().pointSizeF() + 2)
        bullet = QTextBlockFormat()
        bullet.setLeftMargin(18)
        bullet.setTextIndent(-14)
        bullet.setBottomMargin(4)
        while block.isValid():
            line = block.text()
            if line.strip() and len(line) < 110 and not _HEADING_END.search(line) and not _BULLET.match(line):
                c = QTextCursor(block)
                c.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                c.mergeCharFormat(heading)
                top = QTextBlockFormat()
                top.setTopMargin(8)
                c.mergeBlockFormat(top)
            elif _BULLET.match(line):
                QTextCursor(block).mergeBlockFormat(bullet)
            block = block.next()
        cursor.endEditBlock()

    def set_annotations(self, labels: dict[int, set[str]], linked: set[int]) -> None:
        """The reviewer's tags (by sentence id) and the ids of linked sentences."""
        self._labels = {sid: set(v) for sid, v in labels.items() if v}
        self._linked = set(linked)
        self._rebuild_base()
        self._apply_selections()

    def labels_of_index(self, index: int) -> set[str]:
        if 0 <= index < len(self._sentences):
            return self._labels.get(self._sentences[index].id, set())
        return set()

    # -- filter --------------------------------------------------------------

    def tag_filter(self) -> str | None:
        return self._filter

    def set_tag_filter(self, value: str | None) -> None:
        self._filter = value
        self._rebuild_base()
        self._apply_selections()

    def matches_filter(self, index: int) -> bool:
        if self._filter is None:
            return True
        labels = self.labels_of_index(index)
        return not labels if self._filter == "untagged" else self._filter in labels

    # -- selection -----------------------------------------------------------

    def current_index(self) -> int:
        return self._current

    def current_sentence(self) -> Sentence | None:
        return self._sentences[self._current] if 0 <= self._current < len(self._sentences) else None

    def index_of_id(self, sentence_id: int) -> int:
        for i, s in enumerate(self._sentences):
            if s.id == sentence_id:
                return i
        return -1

    def select(self, index: int, *, center: bool = False) -> None:
        if not self._sentences:
            index = -1
        else:
            index = max(-1, min(index, len(self._sentences) - 1))
        changed = index != self._current
        self._current = index
        self._apply_selections()
        if index >= 0:
            self._reveal(index, center)
        if changed:
            self.sentenceChanged.emit(index)

    def select_id(self, sentence_id: int, *, center: bool = True) -> bool:
        index = self.index_of_id(sentence_id)
        if index >= 0:
            self.select(index, center=center)
        return index >= 0

    def move(self, step: int) -> bool:
        """Select the next (step=1) or previous (-1) sentence that passes the filter."""
        i = self._current
        while True:
            i += step
            if i < 0 or i >= len(self._sentences):
                return False
            if self.matches_filter(i):
                self.select(i)
                return True

    def next_untagged(self) -> bool:
        n = len(self._sentences)
        for k in range(1, n + 1):
            i = (self._current + k) % n
            if not self.labels_of_index(i):
                self.select(i)
                return True
        return False

    def index_at_offset(self, offset: int) -> int:
        """The sentence holding (or just before) a code-point offset."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return max(0, i) if self._sentences else -1

    # -- drawing -------------------------------------------------------------

    def _cursor(self, index: int) -> QTextCursor:
        start, end = self._qt[index]
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _rebuild_base(self) -> None:
        selections = []
        for i, s in enumerate(self._sentences):
            labels = self._labels.get(s.id)
            linked = s.id in self._linked
            dim = self._filter is not None and not self.matches_filter(i)
            if not labels and not linked and not dim:
                continue
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(i)
            fmt = QTextCharFormat()
            if labels:
                first = next(label for label in LABELS if label in labels)
                fmt.setBackground(tint(first))
            if linked:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                fmt.setUnderlineColor(LINKED_UNDERLINE)
            if dim:
                fmt.setForeground(DIMMED_TEXT)
            sel.format = fmt
            selections.append(sel)
        self._base_selections = selections

    def _apply_selections(self) -> None:
        selections = list(self._base_selections)
        if self._current >= 0:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(self._current)
            fmt = QTextCharFormat()
            fmt.setBackground(SELECTED_BACKGROUND if self.hasFocus() else SELECTED_BACKGROUND.lighter(112))
            fmt.setForeground(QColor("#000000"))
            sel.format = fmt
            selections.append(sel)
        self.setExtraSelections(selections)
        self._margin.update()

    def _reveal(self, index: int, center: bool) -> None:
        start, end = self._qt[index]
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        top = self.cursorRect(cursor)
        cursor.setPosition(end)
        bottom = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        pad = self.line_height() * 2
        if center:
            bar.setValue(bar.value() + (top.top() + bottom.bottom()) // 2 - height // 2)
        elif top.top() < pad:
            bar.setValue(bar.value() + top.top() - pad)
        elif bottom.bottom() > height - pad:
            bar.setValue(bar.value() + min(bottom.bottom() - height + pad, top.top() - pad))

    def line_height(self) -> int:
        return int(self.fontMetrics().height() * 1.45)

    def visible_sentence_tops(self):
        """(index, y in margin coordinates) for sentences whose start is on screen."""
        if not self._sentences:
            return
        first = self.cursorForPosition(QPoint(0, 0)).position()
        last = self.cursorForPosition(QPoint(self.viewport().width(), self.viewport().height())).position()
        lo = self._bisect_qt(first)
        cursor = QTextCursor(self.document())
        for i in range(max(0, lo), len(self._qt)):
            start = self._qt[i][0]
            if start > last:
                break
            cursor.setPosition(start)
            rect = self.cursorRect(cursor)
            yield i, rect.top() + self.viewport().y() - self._margin.y()

    def _bisect_qt(self, position: int) -> int:
        lo, hi = 0, len(self._qt)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._qt[mid][0] <= position:
                lo = mid + 1
            else:
                hi = mid
        return lo - 1

    # -- events --------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._layout_margins()
        if event.oldSize().width() != event.size().width() and self._current >= 0:
            self._reveal(self._current, False)  # the text reflowed: keep the selection in sight

    def _layout_margins(self) -> None:
        measure = self.fontMetrics().averageCharWidth() * TEXT_COLUMNS
        spare = self.width() - MARGIN_WIDTH - measure - 2 * self.frameWidth() - 24
        pad = max(0, spare // 2)
        self.setViewportMargins(MARGIN_WIDTH + pad // 2, 0, pad - pad // 2, 0)
        rect = self.contentsRect()
        self._margin.setGeometry(rect.left() + pad // 2, rect.top(), MARGIN_WIDTH, rect.height())

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._sentences:
            position = self.cursorForPosition(event.position().toPoint()).position()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.select(self.index_at_offset(self._map.to_py(position)))
            event.accept()
            return
        super().mousePressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self._apply_selections()
        self.focused.emit()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._apply_selections()
