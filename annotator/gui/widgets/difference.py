"""Two linked sentences one above the other, with where their words differ.

The words only one side has are marked (a background), a number that differs
from the one at the same place on the other side stands out more (bold, dark
red), the shared words are not marked; the spaces and punctuation between two
marked words are marked too, so a run of differing words reads as one. The comparison is
:func:`annotator.claims.wording.difference`; this module only paints it, on a
plain-text document (formats set through cursors, never markup), so what the
sentences hold shows as typed.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QTextEdit, QVBoxLayout, QWidget

from ...claims.wording import Word, difference
from ..i18n import translate
from ..offsets import OffsetMap
from .article_format import reading_font
from .labels import plain_label, wrapped_label

ONLY_BACKGROUND = QColor("#ffe0a3")
NUMBER_FOREGROUND = QColor("#b00020")
HEADING_STYLE = "font-weight: 600; color: #333;"


class Side(NamedTuple):
    """One sentence of the two: where it is (article, sentence number) and its text."""

    where: str
    text: str


def word_formats() -> dict[str, QTextCharFormat]:
    """The format of each kind of word that is marked: ``only`` and ``number``."""
    only = QTextCharFormat()
    only.setBackground(ONLY_BACKGROUND)
    number = QTextCharFormat(only)
    number.setFontWeight(QFont.Weight.Bold)
    number.setForeground(NUMBER_FOREGROUND)
    number.setFontUnderline(True)
    return {"only": only, "number": number}


def marked_document(text: str, words: tuple[Word, ...], parent=None) -> QTextDocument:
    """``text`` as plain text with the words that differ formatted (offsets converted for Qt once)."""
    doc = QTextDocument(parent)
    doc.setUndoRedoEnabled(False)
    doc.setPlainText(text)
    offsets = OffsetMap(text)
    formats = word_formats()
    cursor = QTextCursor(doc)

    def mark(start: int, end: int, kind: str) -> None:
        cursor.setPosition(offsets.to_qt(start))
        cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(formats[kind])

    previous: Word | None = None
    for word in words:
        if word.kind in formats:
            mark(word.start, word.end, word.kind)
            if previous is not None and previous.kind in formats and "\n" not in text[previous.end:word.start]:
                mark(previous.end, word.start, "only")
        previous = word
    return doc


def _legend() -> QWidget:
    """What the marks mean, each shown as it looks (style sheets on plain labels)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    only, number = ONLY_BACKGROUND.name(), NUMBER_FOREGROUND.name()
    row.addWidget(plain_label("legend-only", translate("widgets.difference", "words only one side has"),
                              style=f"background:{only}; padding:1px 4px;"))
    row.addWidget(plain_label("legend-number", translate("widgets.difference", "a number that differs"),
                              style=f"background:{only}; color:{number}; font-weight:bold;"
                                    " text-decoration:underline; padding:1px 4px;"))
    row.addWidget(plain_label("legend-same", translate("widgets.difference", "shared words: unmarked"),
                              style="padding:1px 4px; color:#555;"))
    row.addStretch(1)
    return box


class DifferenceDialog(QDialog):
    """The two sentences and the legend; Esc (or Close) closes it."""

    def __init__(self, first: Side, second: Side, parent=None):
        super().__init__(parent)
        self.setObjectName("difference-dialog")
        self.setWindowTitle(translate("widgets.difference", "Word difference"))
        words = difference(first.text, second.text)
        layout = QVBoxLayout(self)
        self.views: list[QTextEdit] = []
        for n, (side, marked) in enumerate(zip((first, second), words)):
            layout.addWidget(wrapped_label(f"difference-where-{n}", side.where, style=HEADING_STYLE))
            view = QTextEdit()
            view.setObjectName(f"difference-text-{n}")
            view.setReadOnly(True)
            view.setAcceptRichText(False)
            view.setDocument(marked_document(side.text, marked, view))
            view.document().setDefaultFont(reading_font())
            view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays on Close: Esc or Enter closes
            layout.addWidget(view, 1)
            self.views.append(view)
        layout.addWidget(_legend())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(680, 330)

    def document(self, n: int) -> QTextDocument:
        """The first (0) or second (1) sentence's document, as shown."""
        return self.views[n].document()
