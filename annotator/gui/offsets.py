"""Code points (the store's offsets) <-> UTF-16 units (Qt's text positions).

Python indexes a ``str`` by code point; ``QTextCursor.position()`` counts
UTF-16 code units, so every character beyond U+FFFF (most emoji) is one
Python index but two Qt positions. This module is the one place that
converts; build an :class:`OffsetMap` once per article and reuse it.
"""

from __future__ import annotations

import bisect
from itertools import accumulate


def utf16_length(text: str) -> int:
    """How many UTF-16 code units ``text`` takes (what Qt counts)."""
    return len(text.encode("utf-16-le")) // 2


class OffsetMap:
    """Converts offsets into one text both ways, in O(1) / O(log n)."""

    __slots__ = ("_to_qt", "length")

    def __init__(self, text: str):
        self.length = len(text)
        if utf16_length(text) == len(text):  # all in the BMP: the two counts agree
            self._to_qt: list[int] | None = None
        else:
            # _to_qt[i] = UTF-16 position of code point i (and of the end, at len).
            widths = (2 if ord(ch) > 0xFFFF else 1 for ch in text)
            self._to_qt = [0, *accumulate(widths)]

    def to_qt(self, offset: int) -> int:
        """A code-point offset (0..len) -> the UTF-16 position Qt uses."""
        offset = max(0, min(offset, self.length))
        return offset if self._to_qt is None else self._to_qt[offset]

    def to_qt_all(self, offsets: list[int]) -> list[int]:
        """:meth:`to_qt` of each offset; a copy when the text is all in the BMP (a long
        article's sentence bounds, converted at every open)."""
        if self._to_qt is None and (not offsets or (min(offsets) >= 0 and max(offsets) <= self.length)):
            return list(offsets)
        return [self.to_qt(offset) for offset in offsets]

    def to_py(self, position: int) -> int:
        """A UTF-16 position -> the code-point offset; inside a surrogate pair, the pair's start."""
        if self._to_qt is None:
            return max(0, min(position, self.length))
        index = bisect.bisect_right(self._to_qt, position) - 1
        return max(0, min(index, self.length))


def to_utf16(text: str, offset: int) -> int:
    """One-off conversion; prefer :class:`OffsetMap` for many offsets into one text."""
    return OffsetMap(text).to_qt(offset)


def from_utf16(text: str, position: int) -> int:
    """One-off conversion back; prefer :class:`OffsetMap`."""
    return OffsetMap(text).to_py(position)
