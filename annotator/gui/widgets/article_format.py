"""How an article's text looks: the reading font, and the formats its document gets.

Only the look: which lines read as headings or bullets is guessed from the
plain text, and the text itself is never changed (offsets stay those of the store).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QFontDatabase, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from ...model import LABELS
from ..palette import DIMMED_TEXT, LINKED_UNDERLINE, SELECTED_BACKGROUND, tint

READING_POINTS = 11.0  # the reading font's size until the reader changes it (Ctrl+= / Ctrl+-)
_HEADING_END = re.compile(r"[.!?:;,»\"”…)]\s*$")
_BULLET = re.compile(r"^\s*(?:[-•*–·]|\d+[.)])\s+")


def reading_font() -> QFont:
    """A serif for reading, the first of a few common ones installed, else the system's serif."""
    families = set(QFontDatabase.families())
    for name in ("Source Serif 4", "Noto Serif", "Georgia", "Charter", "DejaVu Serif", "Liberation Serif"):
        if name in families:
            font = QFont(name)
            break
    else:
        font = QFont()
        font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(READING_POINTS)
    return font


def format_document(doc: QTextDocument, point_size: float) -> None:
    """Paragraph spacing for the body, bold for heading-like lines, hanging indents for bullets.

    Call it on a document no view shows yet: a shown document is laid out again
    for each format applied, this one once, with its final formats. Headings are
    selected by position, since moving a cursor to the end of a block asks the layout.
    """
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    body = QTextBlockFormat()
    body.setBottomMargin(10)
    body.setLineHeight(145, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor.mergeBlockFormat(body)
    heading = QTextCharFormat()
    heading.setFontWeight(QFont.Weight.Bold)
    heading.setFontPointSize(point_size + 2)
    top = QTextBlockFormat()
    top.setTopMargin(8)
    bullet = QTextBlockFormat()
    bullet.setLeftMargin(18)
    bullet.setTextIndent(-14)
    bullet.setBottomMargin(4)
    block = doc.begin()
    while block.isValid():
        line = block.text()
        if line.strip() and len(line) < 110 and not _HEADING_END.search(line) and not _BULLET.match(line):
            c = QTextCursor(doc)
            c.setPosition(block.position())
            c.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            c.mergeCharFormat(heading)
            c.mergeBlockFormat(top)
        elif _BULLET.match(line):
            c = QTextCursor(doc)
            c.setPosition(block.position())
            c.mergeBlockFormat(bullet)
        block = block.next()
    cursor.endEditBlock()


def plain_document(parent, font: QFont, text: str, margin: int, width: int) -> QTextDocument:
    """A document holding ``text`` as plain text (markup shows as typed), formatted
    before any view lays it out, and already as wide as the view that will show it
    (``width``, its viewport's), so that the view does not lay it out again."""
    doc = QTextDocument(parent)
    doc.setUndoRedoEnabled(False)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(margin)
    doc.setTextWidth(width)
    doc.setPlainText(text)
    format_document(doc, font.pointSizeF())
    return doc


def sentence_format(labels: set[str] | None, linked: bool, dim: bool) -> QTextCharFormat | None:
    """A sentence's highlight: the tint of its first tag, a dashed underline when linked,
    grey when the tag filter leaves it out; None when it has none of these."""
    if not labels and not linked and not dim:
        return None
    fmt = QTextCharFormat()
    if labels:
        fmt.setBackground(tint(next(label for label in LABELS if label in labels)))
    if linked:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(LINKED_UNDERLINE)
    if dim:
        fmt.setForeground(DIMMED_TEXT)
    return fmt


def selected_format(focused: bool) -> QTextCharFormat:
    """The selected sentence: black on the selection's colour, lighter when the view has no focus."""
    fmt = QTextCharFormat()
    fmt.setBackground(SELECTED_BACKGROUND if focused else SELECTED_BACKGROUND.lighter(112))
    fmt.setForeground(QColor("#000000"))
    return fmt
