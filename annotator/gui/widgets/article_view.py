"""The article, read as an article: plain text, sentences as selectable units.

One read-only ``QTextEdit`` holding the body via ``setPlainText`` (never rich
text, so ``<b>`` shows as those characters). Sentences are ranges, not
widgets: highlights are ``ExtraSelection``s, for the sentences on screen
(:mod:`visible_text`), tag letters and claim marks are painted in a left margin
(:mod:`tag_margin`) beside the line where each sentence starts. Store
offsets (code points) become Qt positions (UTF-16) once per article through
:class:`annotator.gui.offsets.OffsetMap`.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit
from shiboken6 import Shiboken

from ...model import Article, Sentence
from ..offsets import OffsetMap
from .article_format import plain_document, reading_font, selected_format, sentence_format
from .kept_in_sight import KeptInSight, show_span
from .suggested_chips import SuggestedChips, SuggestionSource
from .tag_margin import TagMargin
from .text_window import TextWindow
from .viewports import own_viewport
from .visible_text import visible_positions

TEXT_COLUMNS = 74  # a comfortable measure, in average characters
DOCUMENT_MARGIN = 8

FILTERS: tuple[str | None, ...] = (None, "claim", "quote", "statistic", "untagged")


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
        own_viewport(self).setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFont(reading_font())
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self._margin = TagMargin(self)
        self._article: Article | None = None
        self._sentences: list[Sentence] = []
        self._starts: list[int] = []
        self._qt: list[tuple[int, int]] = []
        self._map = OffsetMap("")
        self._labels: dict[int, set[str]] = {}
        self._linked: set[int] = set()
        self._claimed: set[int] = set()
        self._noted: set[int] = set()
        self._current = -1
        self._filter: str | None = None
        self._qt_starts: list[int] = []
        self._index_of: dict[int, int] = {}
        self._suggested = SuggestedChips()
        self._shown: tuple[int, int] = (0, 0)  # sentence indexes whose highlights are set: [lo, hi)
        self._top_block = 0  # where the search for the first block on screen starts
        self._window = TextWindow()  # the part of a very long article the document holds
        self._made: QTextDocument | None = None  # the document this view made last
        self._moving = False  # the window is being moved: its scrolling is not the reader's
        self._kept = KeptInSight(self)  # the selected sentence, until the reader scrolls
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

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
        self._qt_starts = self._map.to_qt_all(self._starts)
        self._qt = list(zip(self._qt_starts, self._map.to_qt_all([s.end for s in self._sentences])))
        self._index_of = {s.id: i for i, s in enumerate(self._sentences)}
        self._labels, self._linked, self._claimed, self._noted, self._current = {}, set(), set(), set(), -1
        self._window.reset(text, self._map)
        self._show_window(*self._window.around(0))
        self.verticalScrollBar().setValue(0)
        self._suggested.reset(None)
        self._apply_selections()

    def _show_window(self, lo: int, hi: int) -> None:
        """Hold code points [lo, hi) of the article in the document (all of an ordinary one)."""
        self._top_block = 0
        self._set_text(self._window.place(lo, hi))
        self.setToolTip(self._window.note())

    def _set_text(self, text: str) -> None:
        """A new document for the text, formatted before the view lays it out (once)."""
        doc = plain_document(self, self.font(), text, DOCUMENT_MARGIN, self.viewport().width())
        # The first document is Qt's control's, which deletes it (asking a document for its parent
        # to tell would cost the start 40 ms or more: PySide6 makes a wrapper for Qt's private class).
        old, self._made = self._made, doc
        self.setExtraSelections([])  # while they still point into the old document
        self.setDocument(doc)
        if old is not None:  # now, not deleteLater: until deleted, its lazy layout keeps running on timers
            Shiboken.delete(old)

    def set_reading_size(self, points: float) -> None:
        """The text in another size: laid out again, the selected sentence kept in sight."""
        if self.font().pointSizeF() == points:
            return
        font = self.font()
        font.setPointSizeF(points)
        self.setFont(font)
        self._show_window(self._window.lo, self._window.hi)
        self._layout_margins()
        self._apply_selections()
        self._keep_in_sight(True)

    def set_annotations(self, labels: dict[int, set[str]], linked: set[int], claimed: set[int],
                        noted: set[int] = frozenset()) -> None:
        """The reviewer's tags (by sentence id), the ids of sentences linked, in a claim, with a
        note. Tag sets are kept, not copied: :meth:`set_sentence_labels` replaces, never changes one."""
        self._labels = {sid: v for sid, v in labels.items() if v}
        self._linked, self._claimed, self._noted = set(linked), set(claimed), set(noted)
        self._apply_selections()

    def set_sentence_labels(self, sentence_id: int, labels: set[str]) -> None:
        """One sentence's tags changed (a keypress): no need to read the article's again."""
        if labels:
            self._labels[sentence_id] = set(labels)
        else:
            self._labels.pop(sentence_id, None)
        self._apply_selections()

    def set_suggestion_source(self, source: SuggestionSource | None) -> None:
        """Where the suggestions (outlined chips) come from; None shows none. Read for the
        sentences on screen, as they come into sight (:mod:`suggested_chips`)."""
        self._suggested.reset(source)
        self._suggested.read(self._sentences, *self._shown)
        self._margin.update()

    def set_sentence_suggested(self, sentence_id: int, labels: list[str]) -> None:
        """One sentence's suggestions read again (after a keypress on it)."""
        self._suggested.set_sentence(sentence_id, labels)
        self._margin.update()

    def suggested(self) -> dict[int, list[str]]:
        """The suggestions read so far (those of the sentences shown), by sentence id."""
        return self._suggested.by_id

    def suggested_of_index(self, index: int) -> list[str]:
        return self._suggested.by_id.get(self._sentences[index].id, []) if 0 <= index < len(self._sentences) else []

    def is_claimed(self, index: int) -> bool:
        return 0 <= index < len(self._sentences) and self._sentences[index].id in self._claimed

    def has_note(self, index: int) -> bool:
        return 0 <= index < len(self._sentences) and self._sentences[index].id in self._noted

    def labels_of_index(self, index: int) -> set[str]:
        return self._labels.get(self._sentences[index].id, set()) if 0 <= index < len(self._sentences) else set()

    # -- filter --------------------------------------------------------------

    def tag_filter(self) -> str | None:
        return self._filter

    def set_tag_filter(self, value: str | None) -> None:
        self._filter = value
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
        return self._index_of.get(sentence_id, -1)

    def select(self, index: int, *, center: bool = False) -> None:
        if not self._sentences:
            index = -1
        else:
            index = max(-1, min(index, len(self._sentences) - 1))
        changed = index != self._current
        self._current = index
        self._apply_selections()
        self._keep_in_sight(center)
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
        cursor.setPosition(self._window.to_doc(start))
        cursor.setPosition(self._window.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _visible_positions(self) -> tuple[int, int]:
        """Qt positions (in the whole text) of the first and last characters on screen."""
        top = self.verticalScrollBar().value()
        first, last, self._top_block = visible_positions(
            self.document(), top, top + self.viewport().height(), self._top_block)
        return self._window.to_text(first), self._window.to_text(last)

    def _visible_range(self) -> tuple[int, int]:
        """Indexes [lo, hi) of the sentences on screen (any part of them)."""
        if not self._sentences:
            return 0, 0
        first, last = self._visible_positions()
        lo = max(0, bisect.bisect_right(self._qt_starts, first) - 1)
        hi = bisect.bisect_right(self._qt_starts, last)
        return lo, max(hi, lo + 1)

    def _base_selection(self, i: int) -> QTextEdit.ExtraSelection | None:
        """Sentence ``i``'s tint (first tag), underline (linked) and dimming (filtered out), if any."""
        sid = self._sentences[i].id
        fmt = sentence_format(self._labels.get(sid), sid in self._linked,
                              self._filter is not None and not self.matches_filter(i))
        if fmt is None:
            return None
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self._cursor(i)
        sel.format = fmt
        return sel

    def _apply_selections(self) -> None:
        """Highlights for the sentences on screen only (again on scroll and resize), then the selected one.

        A 2,000-sentence article would otherwise build a cursor per tagged sentence
        on every open and every keypress; off-screen highlights are never seen.
        """
        lo, hi = self._shown = self._visible_range()
        self._suggested.read(self._sentences, lo, hi)
        selections = [sel for i in range(lo, hi) if (sel := self._base_selection(i)) is not None]
        if self._current >= 0:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(self._current)
            sel.format = selected_format(self.hasFocus())
            selections.append(sel)
        self.setExtraSelections(selections)
        self._margin.update()

    def _scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        if self._window.partial and not self._moving and value in (bar.minimum(), bar.maximum()):
            self._move_window(value == bar.maximum())
        if self._sentences and self._visible_range() != self._shown:
            self._apply_selections()
        else:
            self._margin.update()

    def _move_window(self, forward: bool) -> None:
        """The reader scrolled to an end of the part held: hold the text on, the line at the
        top of the screen staying where it is."""
        first, _last = self._visible_positions()
        top = self._map.to_py(first)
        lo, hi = self._window.around(top, 0.25 if forward else 0.75)
        if (lo, hi) == (self._window.lo, self._window.hi):
            return
        self._moving = True
        self._show_window(lo, hi)
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._window.to_doc(first))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top())
        self._moving = False
        self._apply_selections()

    def _reveal(self, index: int, center: bool) -> None:
        if not 0 <= index < len(self._qt):
            return
        start, end = self._qt[index]
        if not self._window.holds(start):  # a sentence past the part held: hold the text around it
            self._moving = True
            self._show_window(*self._window.around(self._sentences[index].start, 0.25))
            self._moving = False
            self._apply_selections()
        show_span(self, self._window.to_doc(start), self._window.to_doc(end), self.line_height() * 2, center)

    def _keep_in_sight(self, center: bool) -> None:
        """The selected sentence scrolled into sight, and kept there while Qt lays the text out."""
        self._kept.show(lambda: self._reveal(self._current, center))

    def line_height(self) -> int:
        return int(self.fontMetrics().height() * 1.45)

    def visible_sentence_tops(self):
        """(index, y in margin coordinates) for sentences whose start is on screen."""
        if not self._sentences:
            return
        first, last = self._visible_positions()
        lo = bisect.bisect_right(self._qt_starts, first) - 1
        cursor = QTextCursor(self.document())
        for i in range(max(0, lo), len(self._qt)):
            start = self._qt[i][0]
            if start > last:
                break
            cursor.setPosition(self._window.to_doc(start))
            rect = self.cursorRect(cursor)
            yield i, rect.top() + self.viewport().y() - self._margin.y()

    # -- events --------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802
        # Margins before Qt's resize: QTextEdit lays the text out to the viewport's width
        # there, so the viewport must already have its final width.
        self._layout_margins()
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width() and not self._kept.holding():
            self._keep_in_sight(False)  # the text reflowed: keep the selection in sight
        if self._sentences and self._visible_range() != self._shown:
            self._apply_selections()

    def _layout_margins(self) -> None:
        margin = self._margin.needed_width()
        measure = self.fontMetrics().averageCharWidth() * TEXT_COLUMNS
        spare = self.width() - margin - measure - 2 * self.frameWidth() - 24
        pad = max(0, spare // 2)
        self.setViewportMargins(margin + pad // 2, 0, pad - pad // 2, 0)
        rect = self.contentsRect()
        self._margin.setGeometry(rect.left() + pad // 2, rect.top(), margin, rect.height())

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._sentences:
            position = self.cursorForPosition(event.position().toPoint()).position()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.select(self.index_at_offset(self._map.to_py(self._window.to_text(position))))
            event.accept()
            return
        super().mousePressEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        with self._kept.quiet():  # Qt's first show scrolls to the text cursor, left at the top
            super().showEvent(event)
        self._kept.again()

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self._apply_selections()
        self.focused.emit()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._apply_selections()
