"""Labels that show their text as typed: names and sentences are never read as rich text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from ..plain import plain_tip

ERROR_STYLE = "color: #b00020;"  # a message saying what is wrong with what was typed


def plain_label(name: str, text: str = "", *, style: str = "", wrap: bool = False,
                label_class: type[QLabel] = QLabel) -> QLabel:
    """A plain-text QLabel named ``name`` (for tests and style sheets).

    QLabel guesses rich text from a leading tag, so a reviewer called "<b>x</b>"
    or a sentence holding markup would otherwise render as formatting.
    """
    label = label_class(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if style:
        label.setStyleSheet(style)
    return label


class ElidedLabel(QLabel):
    """One line of plain text that ends in "…" when narrower than its text, the whole text
    in its tooltip. :meth:`text` is the whole text; the label shows what fits."""

    def __init__(self, name: str, style: str = ""):
        super().__init__()
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        if style:
            self.setStyleSheet(style)
        self._full = ""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self.setToolTip(plain_tip(text) if text else "")
        self.setAccessibleName(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width) if width > 0 else ""
        super().setText(shown or self._full)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()


class FittedLabel(QLabel):
    """A word-wrapped label never shorter than its text at its width.

    Qt lays a wrapped QLabel out by a minimum height guessed for some other width,
    so a layout short of room squeezes it below its text and the next widget is
    drawn over its last lines. This one raises its minimum height to its
    height-for-width whenever its width or text changes, which every layout honours.
    """

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.wordWrap():
            self.setMinimumHeight(needed_height(self))


def needed_height(label: QLabel) -> int:
    """The height ``label``'s text needs at its width: QLabel's heightForWidth is never
    below the label's minimum height, so it is asked with none (a minimum set for a
    narrower width would otherwise stick once the label widens)."""
    least = label.minimumHeight()
    label.setMinimumHeight(0)
    height = max(label.heightForWidth(label.width()), 0)  # -1: no text to fit
    label.setMinimumHeight(least)
    return height


def wrapped_label(name: str, text: str = "", *, style: str = "") -> FittedLabel:
    """A plain-text, word-wrapped :class:`FittedLabel` named ``name``."""
    return plain_label(name, text, style=style, wrap=True, label_class=FittedLabel)
