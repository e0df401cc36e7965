"""The Help sheet lists the keys of every place, the compare window's from its table, and fits a laptop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from annotator.gui.models.links import LinkRow
from annotator.gui.shortcuts import (
    CLAIMS_KEYS, CLAIMS_WINDOW, COMPARE_KEYS, COMPARE_WINDOW, CONTEXT_KEYS, SHORTCUTS, context_rows, key_name,
    keys_text, sheet_rows,
)
from annotator.gui.widgets.inspector import Inspector
from annotator.gui.widgets.link_dialog import LinkDialog
from annotator.gui.widgets.shortcuts_sheet import ShortcutsSheet, balanced
from annotator.model import RELATIONS, Link
from tests.gui.language import shown as text


def sheet(qtbot) -> ShortcutsSheet:
    shown = ShortcutsSheet()
    qtbot.addWidget(shown)
    return shown


def place(english: str) -> str:
    """A heading or an action of the sheet: translated, without its & mark."""
    return text("shortcuts", english).replace("&", "")


def test_the_sheet_lists_the_compare_window_keys_from_its_table(qtbot):
    shown = sheet(qtbot)
    compare = dict(shown.groups)[place(COMPARE_WINDOW)]
    assert compare == [(place(key.text), keys_text(key.keys)) for key in COMPARE_KEYS]
    labels = [label.text() for label in shown.findChildren(QLabel)]
    for key in COMPARE_KEYS:
        assert place(key.text) in labels and keys_text(key.keys) in labels


def test_the_sheet_lists_the_claims_window_keys_from_its_table(qtbot):
    claims = dict(sheet(qtbot).groups)[place(CLAIMS_WINDOW)]
    assert claims[:len(CLAIMS_KEYS)] == [(place(key.text), keys_text(key.keys)) for key in CLAIMS_KEYS]
    assert (place("Timeline: open the sentence"), key_name("Enter")) in claims


def test_the_sheet_shows_every_row_grouped_where_the_keys_work(qtbot):
    shown = sheet(qtbot)
    places = [where for where, _ in shown.groups]
    assert places == [place(where) for where in (
        "&File", "&Edit", "&Navigate", "&View", "&Review", "&Help", "Note editor", "Links list", "Link dialog",
        "Claim picker", "Claim section", "Word difference", "Search dialog", COMPARE_WINDOW, CLAIMS_WINDOW)]
    listed = [(where, action, keys) for where, items in shown.groups for action, keys in items]
    assert listed == sheet_rows() + context_rows()
    assert len(sheet_rows()) == sum(1 for s in SHORTCUTS if s.keys)
    labels = [label.text() for label in shown.findChildren(QLabel)]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown.findChildren(QLabel))
    for where, action, keys in listed:
        assert where in labels and action in labels and keys in labels


def test_context_keys_parse_and_the_link_dialog_letters_are_the_relations():
    for key in CONTEXT_KEYS:
        assert all(not QKeySequence(k).isEmpty() for k in key.keys), key
    dialog = [key for key in CONTEXT_KEYS if key.place == "Link dialog"]
    letters = {key.keys[0]: key.text.lower() for key in dialog if key.text.lower() in RELATIONS}
    assert letters == {"A": "agrees", "C": "contradicts"}


def test_the_listed_keys_do_what_the_sheet_says(qtbot):
    inspector = Inspector()
    qtbot.addWidget(inspector)
    row = LinkRow(Link(1, 1, 2, "agrees", ""), 2, "a", "Title", "Text", True)
    inspector.show_sentence(1, "s", "Text", set(), "", [row])
    inspector.links.setCurrentIndex(inspector.links_model.index(0))
    signals = {
        ("Note editor", "Esc"): (inspector.note, inspector.escaped),
        ("Links list", "Enter"): (inspector.links, inspector.linkActivated),
        ("Links list", "Delete"): (inspector.links, inspector.linkRemoveRequested),
        ("Links list", "D"): (inspector.links, inspector.linkDifference),
        ("Links list", "Esc"): (inspector.links, inspector.escaped),
    }
    for key in CONTEXT_KEYS:
        if key.place in ("Note editor", "Links list"):
            widget, signal = signals[(key.place, key.keys[0])]
            with qtbot.waitSignal(signal, timeout=500):
                qtbot.keyClick(widget, QKeySequence(key.keys[0])[0].key())
    dialog = LinkDialog("one", "here", "two", "there")
    qtbot.addWidget(dialog)
    for key in CONTEXT_KEYS:
        if key.place == "Link dialog" and key.text.lower() in RELATIONS:
            qtbot.keyClick(dialog.focusWidget() or dialog, key.keys[0].lower())
            assert dialog.relation() == key.text.lower()


def test_columns_balance_in_order():
    assert balanced([9, 11, 12, 5, 2, 2, 2, 4, 6, 3, 11], 3) == [2, 7]
    assert balanced([3, 3], 3) == [1]


def test_the_sheet_fits_1280x800_without_scrolling(qtbot):
    shown = sheet(qtbot)
    wanted = shown.findChild(object, "sheet-scroll").widget().sizeHint()
    assert wanted.width() <= 1240 and wanted.height() <= 700
