"""Text from the file shown as typed where Qt would guess rich text: tooltips.

Qt renders a tooltip as rich text whenever it looks like markup, so an article
titled ``<b>gold</b>`` or a reviewer called ``<h1>Alice</h1>`` would show as
formatting (and a link in it as a link). Every tooltip holding a name, title,
note, sentence or file name goes through :func:`plain_tip`.
"""

from __future__ import annotations

import html


def plain_tip(text: str) -> str:
    """A tooltip showing ``text`` as typed, line breaks kept: escaped, then given as rich text."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"
