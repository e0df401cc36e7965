"""Reading side by side at 1280x800 (issue 14, bug 8): room for the text, compact headers,
a list that steps aside and comes back, splitter sizes remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier
COMFORTABLE = 45  # characters a line, at least: the low end of the 45-75 measure typographers call comfortable


def characters_a_line(view) -> float:
    width = view.viewport().width() - 2 * view.document().documentMargin()
    return width / QFontMetrics(view.font()).averageCharWidth()


def test_two_articles_side_by_side_at_1280_each_get_a_comfortable_line(seeded, make_window, press, qtbot):
    window = make_window(seeded.path)
    press(window, Qt.Key.Key_O, SHIFT)
    qtbot.waitUntil(lambda: window.side_pane.isVisible())
    qtbot.wait(20)
    for pane in (window.main_pane, window.side_pane):
        assert characters_a_line(pane.view) >= COMFORTABLE, (pane.objectName(), window.splitter.sizes())
        header = pane.view.geometry().top()
        assert header <= 90, pane.objectName()  # title, facts and legend: about three short lines
    assert window.splitter.sizes()[0] == 0  # the list stepped aside
    window.actions_by_name["toggle_list"].trigger()
    assert window.splitter.sizes()[0] >= 200
    window.actions_by_name["toggle_list"].trigger()
    assert window.splitter.sizes()[0] == 0
    press(window, Qt.Key.Key_W, CTRL)  # the side pane closed: the list is back
    assert window.splitter.sizes()[0] >= 200


def test_going_to_a_folded_list_unfolds_it(seeded, make_window, press):
    window = make_window(seeded.path)
    window.actions_by_name["toggle_list"].trigger()
    assert window.splitter.sizes()[0] == 0
    press(window, Qt.Key.Key_0, CTRL)
    assert window.splitter.sizes()[0] >= 200 and window.focusWidget() is window.table


def test_the_side_by_side_sizes_are_remembered(seeded, make_window, press, qtbot):
    window = make_window(seeded.path)
    press(window, Qt.Key.Key_O, SHIFT)
    listed, main, side, inspector = window.splitter.sizes()
    window.splitter.moveSplitter(window.splitter.sizes()[1] + 120 + listed, 2)  # main wider
    moved = window.splitter.sizes()
    assert moved[1] > main
    press(window, Qt.Key.Key_W, CTRL)
    window.main_pane.view.setFocus()
    press(window, Qt.Key.Key_O, SHIFT)
    assert window.splitter.sizes() == moved
    press(window, Qt.Key.Key_W, CTRL)  # the next run starts with one article
    window.close()
    window.project.close()
    again = make_window(seeded.path)
    again.resize(1280, 800)  # restoring the geometry clamps it to the offscreen screen (800 px)
    qtbot.waitUntil(lambda: again.width() == 1280)
    assert again.panes.side_sizes == moved
    press(again, Qt.Key.Key_O, SHIFT)
    assert again.splitter.sizes() == moved


def test_the_side_pane_is_made_on_first_use_and_its_keys_work_at_once(seeded, make_window, press, qtbot):
    window = make_window(seeded.path)
    assert window.panes.made() == (window.main_pane,)  # the start did without it
    assert window.findChild(type(window.main_pane), "side") is None
    press(window, Qt.Key.Key_2, CTRL)  # Focus side article: it opens, on the main article, keyboard there
    side = window.findChild(type(window.main_pane), "side")
    assert side is not None and side.isVisible() and window.panes.made() == (window.main_pane, side)
    assert side.view.hasFocus() and side.view.article().id == window.main_pane.view.article().id
    assert window.splitter.indexOf(side) == 2 and window.splitter.sizes()[2] > 200
    press(window, Qt.Key.Key_W, CTRL)
    assert not side.isVisible()
    window.main_pane.view.setFocus()
    press(window, Qt.Key.Key_O, SHIFT | CTRL)  # Choose side-pane article: the same pane, its list open
    qtbot.waitUntil(lambda: side.chooser.view().isVisible())
    assert window.findChildren(type(window.main_pane), "side") == [side]
    side.chooser.hidePopup()
