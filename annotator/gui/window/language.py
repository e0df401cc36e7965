"""View > English / Français: the interface's language, remembered for the next start.

The choice is saved in the settings at once and takes effect when annotator
starts next (said in a message, in the language chosen): the windows build
their texts once, and making each of them re-read its texts on the fly would
touch every widget for a change made once in a while.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QWidget

from .. import i18n, state
from ..i18n import QT_TRANSLATE_NOOP
from ..widgets.messages import MessageBox

#: the action names of the two menu items (gui/shortcuts.py), by language code
ACTIONS = {"en": "language_en", "fr": "language_fr"}
TITLE = QT_TRANSLATE_NOOP("window.language", "Language")
#: the message by language code: said in the language chosen (the interface still speaks the other one)
RESTART = {
    "en": QT_TRANSLATE_NOOP("window.language", "annotator will be in English the next time it starts."),
    "fr": QT_TRANSLATE_NOOP("window.language", "annotator will be in French the next time it starts."),
}


def restart_message(code: str) -> tuple[str, str]:
    """(title, text) of the message for a switch to ``code``, in that language."""
    return (i18n.translate_in(code, "window.language", TITLE),
            i18n.translate_in(code, "window.language", RESTART[code]))


class Language:
    def __init__(self, window: QWidget, settings: QSettings, actions: dict[str, QAction]):
        self.window = window
        self.settings = settings
        self.group = QActionGroup(window)
        self.actions = {code: actions[name] for code, name in ACTIONS.items()}
        chosen = i18n.chosen_language(settings)
        for code, action in self.actions.items():
            action.setCheckable(True)
            action.setChecked(code == chosen)
            self.group.addAction(action)

    def choose(self, code: str) -> None:
        """Remember ``code``; say when it applies unless the interface already speaks it."""
        previous = i18n.chosen_language(self.settings)
        self.settings.setValue(state.LANGUAGE, code)
        self.actions[code].setChecked(True)
        if code != previous and code != i18n.language():
            MessageBox.information(self.window, *restart_message(code))
