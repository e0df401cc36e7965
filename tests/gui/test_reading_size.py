"""Ctrl+= / Ctrl+- change the reading font size of both articles, remembered (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def sizes(window) -> set[float]:
    views = (window.main_pane.view, window.side_pane.view)
    return {v.font().pointSizeF() for v in views} | {v.document().defaultFont().pointSizeF() for v in views}


def test_larger_and_smaller_text_for_both_panes_remembered(seeded, make_window, press):
    window = make_window(seeded.path)
    press(window, Qt.Key.Key_O, SHIFT)
    (start,) = sizes(window)
    window.main_pane.view.setFocus()
    press(window, Qt.Key.Key_Equal, CTRL)
    press(window, Qt.Key.Key_Equal, CTRL)
    assert sizes(window) == {start + 2}
    press(window, Qt.Key.Key_Minus, CTRL)
    assert sizes(window) == {start + 1}
    view = window.main_pane.view
    assert view.current_sentence() is not None and view.article() is not None
    window.close()
    window.project.close()
    again = make_window(seeded.path)
    assert sizes(again) == {start + 1}


def test_the_size_stays_within_bounds(seeded, make_window, press):
    window = make_window(seeded.path)
    press(window, Qt.Key.Key_Minus, CTRL, times=30)
    assert min(sizes(window)) >= 7
    press(window, Qt.Key.Key_Equal, CTRL, times=40)
    assert max(sizes(window)) <= 32
