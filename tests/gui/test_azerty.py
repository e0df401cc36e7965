"""A French AZERTY keyboard (issue 14): the digit row gives & é " without Shift, and tags must
work there; the keys are named as that keyboard labels them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.gui import layouts
from annotator.gui.shortcuts import COMPARE_KEYS, SHORTCUTS, conflicts, sheet_rows
from tests.gui.language import shown

from .compare_setup import open_dialog, two_reviewers  # noqa: F401 - fixtures

NONE, CTRL = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier
#: What the AZERTY digit row sends without Shift: Qt's key code and the text.
AMPERSAND, EACUTE, QUOTE = (Qt.Key.Key_Ampersand, "&"), (Qt.Key.Key_Eacute, "é"), (Qt.Key.Key_QuoteDbl, '"')
APOSTROPHE, PAREN, AGRAVE = (Qt.Key.Key_Apostrophe, "'"), (Qt.Key.Key_ParenLeft, "("), (Qt.Key.Key_Agrave, "à")


def azerty_key(widget, key: tuple[Qt.Key, str], modifier=NONE) -> None:
    """Press and release a key as an AZERTY keyboard sends it (shortcuts see the press first)."""
    code, text = key
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, code, text, modifier)


@pytest.fixture(autouse=True)
def guessed_layout():
    yield
    layouts.set_azerty(None)


@pytest.mark.parametrize("azerty", [True, False])
def test_the_digit_row_tags_without_shift_whatever_the_layout_is_guessed(seeded, make_window, azerty):
    layouts.set_azerty(azerty)
    window = make_window(seeded.path)
    view = window.main_pane.view
    sid = view.current_sentence().id
    azerty_key(window.focusWidget(), AMPERSAND)
    azerty_key(window.focusWidget(), EACUTE)
    azerty_key(window.focusWidget(), QUOTE)
    assert seeded.sentence_labels("newbie", sid) == {"claim", "quote", "statistic"}
    azerty_key(window.focusWidget(), EACUTE)
    assert seeded.sentence_labels("newbie", sid) == {"claim", "statistic"}
    azerty_key(window.focusWidget(), AMPERSAND, CTRL)  # Ctrl+1: the main article
    assert window.focusWidget() is view
    azerty_key(window.focusWidget(), AGRAVE, CTRL)  # Ctrl+0: the list
    assert window.focusWidget() is window.table


def test_the_edit_dialog_takes_the_digit_row(two_reviewers, open_dialog, qtbot):
    dialog = open_dialog(two_reviewers)
    row = next(r for r, item in enumerate(dialog.model.items()) if not item.is_link and not item.is_verdict)
    dialog.select_row(row)
    dialog.open_editor()
    editor = dialog.edit_dialog
    before = editor.value()
    azerty_key(editor.focusWidget() or editor, QUOTE)
    assert editor.value() == before ^ {"statistic"}


def test_the_sheet_and_menus_name_keys_as_an_azerty_keyboard_labels_them():
    layouts.set_azerty(True)
    rows = {action: keys for _menu, action, keys in sheet_rows()}
    assert rows[plain("Toggle &claim")] == "& (1)"
    assert rows[plain("Toggle &statistic")] == '" (3)'
    assert rows[plain("Focus article &list")] == "Ctrl+à (0)"
    layouts.set_azerty(False)
    rows = {action: keys for _menu, action, keys in sheet_rows()}
    assert rows[plain("Toggle &claim")] == "1"


def plain(action: str) -> str:
    """A menu action's text as the shortcuts sheet shows it: translated, without its & mark."""
    return shown("shortcuts", action).replace("&", "")


def test_no_key_clashes_with_the_azerty_twins():
    layouts.set_azerty(True)
    assert conflicts(SHORTCUTS) == {}
    assert conflicts(COMPARE_KEYS) == {}


def test_single_letter_keys_need_no_shift_on_azerty():
    """Every key of the tables is typed without Shift on AZERTY (Shift chords aside) or has a twin that is."""
    shifted_on_azerty = set("0123456789/!?.%£µ§")
    for shortcut in SHORTCUTS + COMPARE_KEYS:
        plain = [k for k in shortcut.keys if "Shift" not in k]
        for key in plain:
            last = key.rsplit("+", 1)[-1] if len(key) > 1 else key
            if last in shifted_on_azerty:
                assert layouts.azerty(key) is not None or any(
                    k.rsplit("+", 1)[-1] not in shifted_on_azerty for k in plain), (shortcut.name, key)


def test_the_tag_buttons_name_the_azerty_key_without_a_mnemonic(seeded, make_window):
    layouts.set_azerty(True)
    window = make_window(seeded.path)
    button = window.inspector.buttons["claim"]
    assert button.text().endswith("(&& (1))")  # shown as "(& (1))": && is a literal &
    assert "& (1)" in button.toolTip()
