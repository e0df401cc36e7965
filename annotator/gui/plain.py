"""Text from the file shown as typed where Qt would guess rich text (tooltips), and shown
within bounds where a widget lays it all out (a label, a list row, a tooltip).

Qt renders a tooltip as rich text whenever it looks like markup, so an article
titled ``<b>gold</b>`` or a reviewer called ``<h1>Alice</h1>`` would show as
formatting (and a link in it as a link). Every tooltip holding a name, title,
note, sentence or file name goes through :func:`plain_tip`.
"""

from __future__ import annotations

from .i18n import translate

SHOWN_LIMIT = 3000  # characters of one sentence a label, row or tooltip shows (whole: ordinary ones)


def bounded(text: str, limit: int = SHOWN_LIMIT) -> str:
    """``text``, or its start and how long it is: a label wraps all it holds, and a
    20 MiB sentence took seconds to lay out in the sentence panel."""
    if len(text) <= limit:
        return text
    return text[:limit] + "… " + translate("plain", "({count} characters)").format(count=f"{len(text):,}")


def plain_tip(text: str) -> str:
    """A tooltip showing ``text`` as typed (bounded), line breaks kept: escaped, then given as rich text."""
    # As html.escape(quote=False), without importing html (and its table of entities) at start.
    escaped = bounded(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "<p style='white-space:pre-wrap'>" + escaped + "</p>"
