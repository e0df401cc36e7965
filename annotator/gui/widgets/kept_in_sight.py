"""Scrolling to a span so that it stays in sight once Qt has finished laying the text out.

Qt lays a long document out a step at a time, on timers, and sets the scroll range
from the part laid out so far, stretched by its share of the characters. Right
after an article opens that guess can be short of a sentence far down (a
transcript's short lines below dense paragraphs), and a scroll there was
clamped above it; the first show of a text view also scrolls to its text cursor,
which the article view never moves (the start, restoring the last sentence,
showed the article's top). So a view keeps what it was last asked to show and
shows it again whenever its scroll range changes and when it is shown, until
the reader scrolls himself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractScrollArea, QTextEdit


def scroll_to_show(top: int, bottom: int, height: int, pad: int, center: bool) -> int:
    """How far to scroll so that a span from ``top`` to ``bottom`` (viewport coordinates)
    is on screen with ``pad`` to spare, or centred: 0 when it already is."""
    if center:
        return (top + bottom) // 2 - height // 2
    if top < pad:
        return top - pad
    if bottom > height - pad:
        return min(bottom - height + pad, top - pad)
    return 0


def show_span(view: QTextEdit, start: int, end: int, pad: int, center: bool) -> None:
    """Scroll so that the span from Qt positions ``start`` to ``end`` of the view's document
    is shown. Where the range Qt guessed stops short of it, the range is stretched to show
    the span's bottom at the viewport's bottom: the text reaches at least that far."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    top = view.cursorRect(cursor).top()  # lays the text out down to the span, no further
    cursor.setPosition(end)
    bottom, height, bar = view.cursorRect(cursor).bottom(), view.viewport().height(), view.verticalScrollBar()
    target = bar.value() + scroll_to_show(top, bottom, height, pad, center)
    reach = bar.value() + bottom - height
    if target > bar.maximum() and reach > bar.maximum():
        bar.setMaximum(min(target, reach))
    bar.setValue(target)


class KeptInSight:
    """What a scroll area was last asked to show (a callable that scrolls to it), shown again
    when its vertical range changes and by :meth:`again`, until the reader scrolls."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        self._bar = view.verticalScrollBar()
        self._show: Callable[[], None] | None = None
        self._ours = False  # the scrolling under way is ours or Qt's, not the reader's
        # Connected before the view's own handlers: a reader's scroll lets go first.
        self._bar.rangeChanged.connect(self._range_changed)
        self._bar.valueChanged.connect(self._value_changed)

    def show(self, show: Callable[[], None]) -> None:
        """Scroll to something now (``show`` does it), and again until the reader scrolls."""
        self._show = show
        self.again()

    def again(self) -> None:
        if self._show is not None and not self._ours:
            with self.quiet():
                self._show()

    def holding(self) -> bool:
        return self._show is not None

    def release(self) -> None:
        """Nothing to show again (before the document is replaced: what it pointed into goes)."""
        self._show = None

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Scrolling done inside is not the reader's (Qt's own, on showing a view)."""
        ours, self._ours = self._ours, True
        try:
            yield
        finally:
            self._ours = ours

    def _range_changed(self, _low: int, _high: int) -> None:
        with self.quiet():  # the value within the new range now, before Qt bounds it
            self._bar.setValue(self._bar.value())
        self.again()

    def _value_changed(self, _value: int) -> None:
        if not self._ours:
            self._show = None
