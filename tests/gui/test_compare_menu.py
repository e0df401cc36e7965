"""The main window opens Compare reviewers… from the Review menu with Ctrl+Shift+C."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from annotator.gui.compare.dialog import CompareDialog
from tests.gui import language


def test_ctrl_shift_c_opens_the_compare_window(qtbot, seeded, make_window, press):
    for reviewer in ("alice", "bob"):
        seeded.set_label(reviewer, seeded.sentences(seeded.articles(None)[0].id)[0].id, "claim", True)
    window = make_window(seeded.path)
    action = window.actions_by_name["compare_reviewers"]
    assert action.text() == language.shown("shortcuts", "&Compare reviewers…")
    review = language.shown("shortcuts", "&Review")
    assert any(m.title() == review and action in m.actions() for m in window.menuBar().findChildren(QMenu))
    press(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.compare_dialog
    assert isinstance(dialog, CompareDialog) and dialog.isVisible() and not dialog.isModal()
    assert dialog.project is window.project
    assert {dialog.combo_a.currentText(), dialog.combo_b.currentText()} == {"alice", "bob"}
    dialog.close()
