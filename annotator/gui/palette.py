"""Tag colours and letters: one place, so view, legend and inspector agree.

Colour is never the only signal: each tag also has a letter (C / Q / S)
painted in the article's margin and on the toggles. The hues are chosen to
stay apart for the common colour-vision deficiencies (blue / orange / purple).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor


@dataclass(frozen=True)
class TagStyle:
    label: str
    letter: str
    tint: str  # sentence background
    strong: str  # badge and underline


TAGS: dict[str, TagStyle] = {
    "claim": TagStyle("claim", "C", "#d6e6ff", "#1f5fbf"),
    "quote": TagStyle("quote", "Q", "#e9dcf7", "#6a3d9a"),
    "statistic": TagStyle("statistic", "S", "#ffe2c4", "#b35400"),
}

SELECTED_BACKGROUND = QColor("#ffe66d")
SELECTED_OUTLINE = QColor("#8a6d00")
LINKED_UNDERLINE = QColor("#2e7d32")
DIMMED_TEXT = QColor("#a0a0a0")
CLAIM_MARK = QColor("#37474f")  # the outlined "#" of a sentence in a claim


def tint(label: str) -> QColor:
    return QColor(TAGS[label].tint)


def strong(label: str) -> QColor:
    return QColor(TAGS[label].strong)
