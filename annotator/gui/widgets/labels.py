"""Labels that show their text as typed: names and sentences are never read as rich text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_label(name: str, text: str = "", *, style: str = "", wrap: bool = False) -> QLabel:
    """A plain-text QLabel named ``name`` (for tests and style sheets).

    QLabel guesses rich text from a leading tag, so a reviewer called "<b>x</b>"
    or a sentence holding markup would otherwise render as formatting.
    """
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if style:
        label.setStyleSheet(style)
    return label
