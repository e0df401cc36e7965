"""Text the reviewer types into the panel, handed on as an edit when they pause or leave.

One edit per keystroke would write the file and refresh the panel under the
cursor at every letter; one edit per pause, per Enter and per leaving the box
keeps the file current and the typing smooth (the edits of one field share a
merge key, so the undo stack holds one step for the whole typing). Esc hands
the keyboard back, keeping what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

PAUSE_MS = 800
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TypedText(QObject):
    """Watches one line or text box: ``committed(text)`` when its text differs from the one shown.

    ``pause``: also after :data:`PAUSE_MS` without a keystroke (off for a date,
    which is only checked once it is whole: Enter or leaving the box).
    ``one_line``: a text box that wraps a long line but holds one: Enter hands it on.
    """

    committed = Signal(str)
    escaped = Signal()

    def __init__(self, edit: QLineEdit | QPlainTextEdit, pause: bool = True, one_line: bool = False):
        super().__init__(edit)
        self._one_line = one_line
        self.edit = edit
        self.shown = ""
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._timer.timeout.connect(self.commit)
        self._pause = pause
        edit.textChanged.connect(self._typed)
        if isinstance(edit, QLineEdit):
            edit.returnPressed.connect(self.commit)
        edit.installEventFilter(self)

    def text(self) -> str:
        return self.edit.text() if isinstance(self.edit, QLineEdit) else self.edit.toPlainText()

    def show(self, text: str) -> None:
        """Show ``text`` (read from the file), unless the reviewer is typing something else here."""
        if self._timer.isActive() and self.text() != self.shown:
            return
        self.shown = text
        if text != self.text():
            self._loading = True
            if isinstance(self.edit, QLineEdit):
                self.edit.setText(text)
            else:
                self.edit.setPlainText(text)
                self.edit.verticalScrollBar().setValue(0)  # its first line in sight, whatever was shown before
            self._loading = False

    def commit(self) -> None:
        """Hand on what was typed, if it differs from what is shown."""
        self._timer.stop()
        text = self.text()
        if text != self.shown:
            self.shown = text
            self.committed.emit(text)

    def _typed(self, *_args) -> None:
        if not self._loading and self._pause:
            self._timer.start()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self.commit()
        elif event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.commit()
            self.escaped.emit()
            return True
        elif self._one_line and event.type() == QEvent.Type.KeyPress and event.key() in _ENTER:
            self.commit()
            return True
        return False
