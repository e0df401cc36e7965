"""The part of a very long article the view holds: laying out only what can be on screen.

Qt lays a document out whole, a paragraph at a time: a 20 MiB article in one
paragraph took a minute and some 2 GB before anything showed. An article
longer than :data:`LIMIT` characters is therefore shown through a window of
:data:`SPAN` characters: the view's document holds that slice only, and moves
it when the selection or the scroll bar reaches past its ends. Shorter articles
(every ordinary one) are held whole, as before.

Positions: the view's ``_qt`` table holds Qt positions in the whole text;
:meth:`TextWindow.to_doc` and :meth:`TextWindow.to_text` convert between them
and positions in the document shown.
"""

from __future__ import annotations

from ..offsets import OffsetMap

LIMIT = 400_000  # characters: longer articles are shown through a window
SPAN = 120_000  # characters in the window (a few hundred screens; laid out in about 0.1 s)
SNAP = 200  # a window's ends move this far at most to fall on a space


class TextWindow:
    """Code points [lo, hi) of the article shown; ``base`` is lo as a Qt position."""

    def __init__(self) -> None:
        self.text, self.map = "", OffsetMap("")
        self.lo = self.hi = self.base = self.end = 0

    def reset(self, text: str, offsets: OffsetMap) -> None:
        self.text, self.map = text, offsets

    @property
    def partial(self) -> bool:
        return len(self.text) > LIMIT

    def around(self, offset: int, before: float = 0.5) -> tuple[int, int]:
        """The window holding code point ``offset``, ``before`` of it above, ends on spaces."""
        if not self.partial:
            return 0, len(self.text)
        lo = max(0, min(offset - int(SPAN * before), len(self.text) - SPAN))
        if lo > 0:
            space = self.text.find(" ", lo, lo + SNAP)
            lo = space + 1 if space >= 0 else lo
        hi = min(len(self.text), lo + SPAN)
        if hi < len(self.text):
            space = self.text.rfind(" ", hi - SNAP, hi)
            hi = space if space > lo else hi
        return lo, hi

    def place(self, lo: int, hi: int) -> str:
        """Make [lo, hi) the window; returns its text, for the document."""
        self.lo, self.hi = lo, hi
        self.base, self.end = self.map.to_qt(lo), self.map.to_qt(hi)
        return self.text[lo:hi]

    def holds(self, qt_position: int) -> bool:
        return self.base <= qt_position <= self.end

    def to_doc(self, qt_position: int) -> int:
        """A Qt position in the whole text -> in the document (clamped to what it holds)."""
        return min(max(qt_position - self.base, 0), self.end - self.base)

    def to_text(self, doc_position: int) -> int:
        """A position in the document -> a Qt position in the whole text."""
        return doc_position + self.base

    def note(self) -> str:
        """What the view says while it holds part of the article ("" when it holds all)."""
        if not self.partial:
            return ""
        return (f"A very long article: showing characters {self.lo:,}–{self.hi:,} of {len(self.text):,}; "
                "the view moves on as you scroll or select")
