"""The shortcut table, checked without widgets, and against the window's handlers."""

from PySide6.QtGui import QKeySequence

from annotator.gui.main_window import MainWindow
from annotator.gui.shortcuts import MENUS, SHORTCUTS, by_name, conflicts, sheet_rows


def test_no_key_is_bound_twice():
    assert conflicts() == {}


def test_every_action_has_a_handler_menu_and_help():
    for shortcut in SHORTCUTS:
        assert callable(getattr(MainWindow, f"_on_{shortcut.name}", None)), shortcut.name
        assert shortcut.menu in MENUS
        assert shortcut.help


def test_keys_parse_as_key_sequences():
    for shortcut in SHORTCUTS:
        for key in shortcut.keys:
            assert not QKeySequence(key).isEmpty(), key


def test_the_issue_asks_for_these():
    assert by_name("toggle_claim").keys == ("1",)
    assert by_name("toggle_quote").keys == ("2",)
    assert by_name("toggle_statistic").keys == ("3",)
    assert "Ctrl+F" in by_name("search").keys
    assert "Ctrl+D" in by_name("mark_done").keys
    assert "Ctrl+Z" in by_name("undo").keys
    for name in ("next_sentence", "previous_sentence", "next_untagged", "next_article",
                 "previous_article", "link", "shortcuts_sheet"):
        assert by_name(name).keys


def test_sheet_lists_every_bound_action():
    rows = sheet_rows()
    assert len(rows) == sum(1 for s in SHORTCUTS if s.keys)
    assert ("Edit", "Toggle claim", "1") in rows
