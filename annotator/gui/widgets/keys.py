"""Letting a focused list or box keep keys that are also window shortcuts.

Window shortcuts such as Up/Down (next sentence) or Backspace (go back) must
not steal those keys from a list or an editor that has the focus: accepting
the ``ShortcutOverride`` event hands the key to the widget instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

NAVIGATION = {
    Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Backspace, Qt.Key.Key_Delete,
    Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End,
}


class _KeepKeys(QObject):
    def __init__(self, keys: set, parent: QWidget):
        super().__init__(parent)
        self.keys = keys

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride:
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in self.keys and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
                event.accept()
                return True
        return False


def keep_keys(widget: QWidget, keys: set | None = None) -> None:
    """Give ``widget`` its own navigation keys even when a window shortcut uses them."""
    widget.installEventFilter(_KeepKeys(keys or NAVIGATION, widget))
