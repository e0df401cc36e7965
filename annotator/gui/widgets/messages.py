"""Message boxes that show names, titles, notes and file names as typed.

``QMessageBox.warning`` and its siblings, like QLabel, guess rich text from the
text itself: a reviewer called ``<h1>Alice</h1>`` or an article titled
``<b>gold</b>`` would render as markup, and a link in it could be clicked.
:class:`MessageBox` is QMessageBox with every text plain, its static helpers
included (tooltips: :func:`annotator.gui.plain.plain_tip`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QWidget

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon


class MessageBox(QMessageBox):
    """A QMessageBox whose text and informative text are plain text."""

    def __init__(self, icon: Icon, title: str, text: str, buttons: Button = Button.Ok,
                 parent: QWidget | None = None):
        super().__init__(icon, title, "", buttons, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setInformativeText(self, text: str) -> None:  # noqa: N802 - Qt's name
        import html  # here, not on the window's start path: its table of entities is 2-7 ms to load

        super().setInformativeText(html.escape(text).replace("\n", "<br>"))  # Qt offers no plain format for it

    @staticmethod
    def _ask(icon: Icon, parent: QWidget | None, title: str, text: str, buttons: Button,
             default: Button) -> Button:
        box = MessageBox(icon, title, text, buttons, parent)
        if default != Button.NoButton:
            box.setDefaultButton(default)
        return Button(box.exec())

    @staticmethod
    def warning(parent, title, text, buttons=Button.Ok, default=Button.NoButton):  # noqa: D102
        return MessageBox._ask(Icon.Warning, parent, title, text, buttons, default)

    @staticmethod
    def information(parent, title, text, buttons=Button.Ok, default=Button.NoButton):  # noqa: D102
        return MessageBox._ask(Icon.Information, parent, title, text, buttons, default)

    @staticmethod
    def critical(parent, title, text, buttons=Button.Ok, default=Button.NoButton):  # noqa: D102
        return MessageBox._ask(Icon.Critical, parent, title, text, buttons, default)

    @staticmethod
    def question(parent, title, text, buttons=Button.Yes | Button.No, default=Button.NoButton):  # noqa: D102
        return MessageBox._ask(Icon.Question, parent, title, text, buttons, default)

    @staticmethod
    def about(parent, title, text):  # noqa: D102
        MessageBox._ask(Icon.Information, parent, title, text, Button.Ok, Button.NoButton)


def plain_progress(dialog: QProgressDialog) -> QProgressDialog:
    """``dialog`` with a plain-text label (it names the files it works on), its text kept."""
    text = dialog.labelText()
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    dialog.setLabel(label)
    dialog.setLabelText(text)
    return dialog
