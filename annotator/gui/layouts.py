"""Keys on a French AZERTY keyboard: the digit row, and how keys are named to the user.

Qt matches a shortcut by the character a key gives. On AZERTY the digit row
gives & é " ' ( - è _ ç à without Shift, so a shortcut "1" never fires there
unless Shift is held. Every key of the tables that uses a digit therefore also
answers to the character of the same physical key on AZERTY (:func:`with_azerty`),
on every layout: the two never clash, and nothing depends on guessing the layout.
Letters are the same keys on both layouts as far as the tables use them (J and K
sit side by side on both; A, B, C, E... are mnemonics), so they need nothing.

What the user reads (menus, the shortcuts sheet) names the keys as their
keyboard labels them: on an AZERTY keyboard "& (1)" for the 1 key (:func:`shown`).
The layout is guessed from the keyboard's locale (French of France, Belgium,
Luxembourg or Monaco: AZERTY), which ``set_azerty`` overrides.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication

#: The character each digit key gives on a French AZERTY keyboard without Shift.
AZERTY_DIGITS = {"1": "&", "2": "é", "3": '"', "4": "'", "5": "(", "6": "-", "7": "è", "8": "_", "9": "ç",
                 "0": "à"}
#: Keys that need Shift on AZERTY, and the unshifted key in their place there.
AZERTY_OTHERS = {"/": ":"}
AZERTY_TERRITORIES = {QLocale.Country.France, QLocale.Country.Belgium, QLocale.Country.Luxembourg,
                      QLocale.Country.Monaco}

_override: bool | None = None


def set_azerty(on: bool | None) -> None:
    """Name keys for an AZERTY keyboard (True), a QWERTY one (False), or as guessed (None)."""
    global _override
    _override = on


def is_azerty() -> bool:
    if _override is not None:
        return _override
    app = QGuiApplication.instance()
    locale = app.inputMethod().locale() if app is not None else QLocale.system()
    return locale.language() == QLocale.Language.French and locale.territory() in AZERTY_TERRITORIES


def _split(key: str) -> tuple[str, str]:
    """"Ctrl+1" -> ("Ctrl+", "1"); "1" -> ("", "1"); "Ctrl++" -> ("Ctrl+", "+")."""
    if len(key) > 1 and "+" in key[:-1]:
        cut = key.rindex("+", 0, len(key) - 1) + 1
        return key[:cut], key[cut:]
    return "", key


def azerty(key: str) -> str | None:
    """The same physical key on AZERTY, where it gives another character ("Ctrl+1" -> "Ctrl+&")."""
    modifiers, last = _split(key)
    other = AZERTY_DIGITS.get(last) or AZERTY_OTHERS.get(last)
    return modifiers + other if other and "Shift" not in modifiers else None


def with_azerty(keys: tuple[str, ...]) -> tuple[str, ...]:
    """``keys`` and their AZERTY twins, the user's layout first (the menu shows the first)."""
    twins = tuple(twin for key in keys if (twin := azerty(key)) is not None and twin not in keys)
    return twins + keys if is_azerty() else keys + twins


def shown(key: str) -> str:
    """A key as the user's keyboard labels it: on AZERTY the digit row's character, the digit after."""
    twin = azerty(key) if is_azerty() else None
    if twin is None:
        return key
    _modifiers, last = _split(key)
    return f"{twin} ({last})" if last.isdigit() else twin


def digit_of(text: str) -> str:
    """The digit a key's text stands for: itself, or on AZERTY's digit row the key's digit."""
    for digit, character in AZERTY_DIGITS.items():
        if text == character:
            return digit
    return text
