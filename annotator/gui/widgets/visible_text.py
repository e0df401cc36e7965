"""Which part of a laid-out document is on screen, found without laying out the rest.

The positions come from the layout's block and line rectangles, not from
hit-testing the viewport's corners, which lands anywhere while a long document
is still being laid out lazily. The first block on screen is searched by
galloping from a hint (the last one found), so only blocks near what is shown
are laid out.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextDocument


def visible_positions(doc: QTextDocument, top: float, bottom: float, hint: int) -> tuple[int, int, int]:
    """Qt positions of the first and last characters between ``top`` and ``bottom``
    (document coordinates), and the number of the first block there (the next hint)."""
    first = block_at(doc, top, hint)
    last = block_at(doc, bottom, first)
    return (line_position(doc.findBlockByNumber(first), top, False),
            line_position(doc.findBlockByNumber(last), bottom, True), first)


def _block_top(doc: QTextDocument, number: int) -> float:
    return doc.documentLayout().blockBoundingRect(doc.findBlockByNumber(number)).top()


def block_at(doc: QTextDocument, y: float, hint: int) -> int:
    """The number of the last block whose top is at or above ``y``."""
    count = doc.blockCount()
    lo = max(0, min(hint, count - 1))
    if _block_top(doc, lo) > y:  # look upwards: find lo with top <= y
        step, hi = 1, lo
        while True:
            lo = max(0, hi - step)
            if lo == 0 or _block_top(doc, lo) <= y:
                break
            hi, step = lo, step * 2
    else:  # look downwards: find hi with top > y
        step, hi = 1, lo + 1
        while hi < count and _block_top(doc, hi) <= y:
            lo, hi, step = hi, min(count, hi + step * 2), step * 2
    while hi - lo > 1:  # top(lo) <= y < top(hi) (or hi == count)
        mid = (lo + hi) // 2
        if _block_top(doc, mid) <= y:
            lo = mid
        else:
            hi = mid
    return lo


def line_position(block: QTextBlock, y: float, end: bool) -> int:
    """The position where the line of ``block`` at ``y`` starts (or, with ``end``, ends)."""
    layout = block.layout()
    count = layout.lineCount() if layout is not None else 0
    if count == 0:
        return block.position() + (block.length() - 1 if end else 0)
    base = layout.position().y()
    lo, hi = 0, count  # the last line whose top is at or above y
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if base + layout.lineAt(mid).y() <= y:
            lo = mid
        else:
            hi = mid
    line = layout.lineAt(lo)
    return block.position() + line.textStart() + (line.textLength() if end else 0)

