"""The two action tables: checked without widgets, then bound to the real windows and run."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QWidget

from annotator.gui.compare.dialog import CompareDialog
from annotator.gui.layouts import with_azerty
from annotator.gui.widgets.messages import MessageBox
from annotator.gui.shortcuts import (
    CLAIMS_KEYS, COMPARE_KEYS, SHORTCUTS, Shortcut, bind, by_name, conflicts, hint, key_name, sheet_rows,
)
from tests.gui import language

TABLES = pytest.mark.parametrize("table", [SHORTCUTS, COMPARE_KEYS, CLAIMS_KEYS], ids=["window", "compare", "claims"])


def plain(english: str) -> str:
    """A text of the key tables as shown: translated, without its & mark."""
    return language.shown("shortcuts", english).replace("&", "")


@TABLES
def test_no_key_is_bound_twice(table):
    assert conflicts(table) == {}


def test_a_conflict_is_found():
    twice = (Shortcut("one", "One", ("Ctrl+K",), "one", print), Shortcut("two", "Two", ("ctrl+k",), "two", print))
    assert conflicts(twice) == {"ctrl+k": ["one", "two"]}


@TABLES
def test_every_action_has_a_handler_help_and_unique_name(table):
    for shortcut in table:
        assert callable(shortcut.handler), shortcut.name
        assert shortcut.help, shortcut.name
    assert len({s.name for s in table}) == len(table)


def test_every_window_action_is_in_a_menu_and_no_compare_or_claims_key_is():
    assert all(s.menu for s in SHORTCUTS)
    assert not any(s.menu or s.submenu for s in COMPARE_KEYS + CLAIMS_KEYS)


@TABLES
def test_keys_parse_as_key_sequences(table):
    for shortcut in table:
        for key in shortcut.keys:
            assert not QKeySequence(key).isEmpty(), key


def test_the_issue_asks_for_these():
    assert by_name("toggle_claim").keys == ("1",)
    assert by_name("claim").keys == ("C",) and by_name("claim").edits and by_name("detach_claim").edits
    for name in ("focus_verdict", "word_difference"):
        assert by_name(name).keys
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
    assert (plain("&Edit"), plain("Toggle &claim"), "1") in rows


def test_the_compare_hint_is_the_hinted_keys_in_order():
    hinted = (("A", "Accept A"), ("B", "Accept B"), ("E", "Edit…"), ("N", "Next undecided"), ("Ctrl+Z", "Undo"))
    for key, text in hinted:
        assert f"{key_name(key)} {plain(text).rstrip('…')}" in hint()
    assert plain("Compare") not in hint() and plain("Undecided only") not in hint()
    assert hint().index(plain("Accept A")) < hint().index(plain("Accept B")) < hint().index(plain("Redo"))


def test_bind_calls_each_handler_with_the_window(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    table = tuple(Shortcut(s.name, s.text, s.keys, s.help, lambda w, name=s.name: calls.append((name, w)))
                  for s in COMPARE_KEYS)
    actions = bind(table, widget, "x-")
    assert list(actions) == [s.name for s in table]
    for name, action in actions.items():
        assert action.objectName() == f"x-{name}" and action in widget.actions()
        action.trigger()
    assert calls == [(s.name, widget) for s in table]


def _menu_items(menu: QMenu) -> list[str]:
    return ["---" if a.isSeparator() else (a.menu().objectName() if a.menu() else a.objectName())
            for a in menu.actions()]


def test_menus_separators_and_the_recent_files_come_from_the_table(seeded, make_window):
    window = make_window(seeded.path)
    menus = [a.menu() for a in window.menuBar().actions()]
    assert [m.title() for m in menus] == [language.shown("shortcuts", title)
                                          for title in ("&File", "&Edit", "&Navigate", "&View", "&Review", "&Help")]
    assert _menu_items(menus[0]) == [
        "action-new_database", "action-open_database", "action-import_files", "action-import_folder",
        "menu-recent_files", "---", "action-export_json", "action-export_as", "action-import_json",
        "action-switch_reviewer", "---", "action-quit"]
    for menu in menus[1:]:
        expected, group = [], None
        for shortcut in (s for s in SHORTCUTS if language.shown("shortcuts", s.menu) == menu.title()):
            if group is not None and shortcut.group != group:
                expected.append("---")
            group = shortcut.group
            expected.append(f"action-{shortcut.name}")
        assert _menu_items(menu) == expected
    assert _menu_items(menus[1])[-3:] == ["---", "action-claim", "action-detach_claim"]
    for shortcut in SHORTCUTS:
        action = window.actions_by_name[shortcut.name]
        assert action.text() == language.shown("shortcuts", shortcut.text)
        assert [k.toString() for k in action.shortcuts()] == \
            [QKeySequence(k).toString() for k in with_azerty(shortcut.keys)]  # the digit row's AZERTY twins too


@pytest.fixture
def quiet_dialogs(monkeypatch):
    """Every file or name dialog is cancelled; message boxes are recorded, never shown."""
    told = []
    for name in ("getSaveFileName", "getOpenFileName", "getOpenFileNames"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))
    for name in ("about", "information", "warning", "question"):
        monkeypatch.setattr(MessageBox, name, staticmethod(lambda _parent, title, *a, **k: told.append(title)))
    return told


def test_every_window_action_runs_on_the_seeds(seeded, make_window, quiet_dialogs, qtbot):
    window = make_window(seeded.path)
    window.editing.toggle_label("claim")  # something to undo
    for shortcut in sorted(SHORTCUTS, key=lambda s: s.name == "quit"):  # Quit last
        action = window.actions_by_name[shortcut.name]
        assert action.isEnabled(), shortcut.name
        action.trigger()
        if shortcut.name == "compare_reviewers":
            window.compare_dialog.close()
    assert language.shown("main_window", "About annotator") in quiet_dialogs
    recent = window.findChild(QMenu, "menu-recent_files")
    recent.aboutToShow.emit()
    assert recent.actions()
    assert not window.isVisible()  # Quit closed it
    for dialog in window.findChildren(QDialog):
        dialog.close()


def test_edit_actions_are_off_on_a_read_only_file(seeded, make_window, press):
    article = seeded.articles(None)[0].id
    writable = make_window(seeded.path)
    readonly = make_window(seeded.path, readonly=True)
    for shortcut in SHORTCUTS:
        if shortcut.name in ("undo", "redo"):  # follow the undo stack instead
            continue
        assert writable.actions_by_name[shortcut.name].isEnabled(), shortcut.name
        assert readonly.actions_by_name[shortcut.name].isEnabled() is not shortcut.edits, shortcut.name
    assert {s.name for s in SHORTCUTS if s.edits} >= {"toggle_claim", "link", "mark_done", "import_json"}
    readonly.main_pane.view.setFocus()
    press(readonly, "1")
    assert readonly.project.labels("newbie", article) == {}


def test_every_compare_action_is_bound_and_runs(seeded, qtbot):
    article = seeded.articles(None)[0].id
    sentence = seeded.sentences(article)[0].id
    for reviewer, label in (("alice", "claim"), ("bob", "quote")):
        seeded.set_label(reviewer, sentence, label, True)
        seeded.set_status(reviewer, article, "done")
    dialog = CompareDialog(seeded, None, "alice", "bob")
    qtbot.addWidget(dialog)
    dialog.show()
    assert [a.objectName() for a in dialog.actions()] == [f"compare-action-{k.name}" for k in COMPARE_KEYS]
    assert dialog.buttons["accept_a"].text() == f"{plain('Accept A')} (A)"
    assert dialog.buttons["undo"].text() == plain("Undo")
    assert dialog.model.items() and not dialog.model.decided()
    for key in COMPARE_KEYS:
        dialog.actions_by_name[key.name].trigger()
        if key.name == "accept_a":
            assert dialog.model.decided() == 1
    assert dialog.edit_dialog is not None and not dialog.undo_stack.count()  # Edit opened; Compare began anew
    dialog.edit_dialog.close()
