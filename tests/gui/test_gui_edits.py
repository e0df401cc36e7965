"""Undo / redo of every kind of edit, checked in the file through another connection."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.project import Project
from tests.gui import language

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _file(path):
    return Project(path)


def test_tag_undo_redo_reaches_the_file(seeded, make_window, press):
    window = make_window(seeded.path)
    view = window.main_pane.view
    sid, aid = view.current_sentence().id, view.article().id
    press(window, "1")
    press(window, "3")
    with _file(seeded.path) as other:
        assert other.sentence_labels("newbie", sid) == {"claim", "statistic"}
    assert window.inspector.buttons["claim"].isChecked()
    press(window, Qt.Key.Key_Z, CTRL)
    with _file(seeded.path) as other:
        assert other.sentence_labels("newbie", sid) == {"claim"}
    press(window, Qt.Key.Key_Z, CTRL)
    with _file(seeded.path) as other:
        assert other.sentence_labels("newbie", sid) == set()
    assert window.listing.summary(aid).tagged == 0
    assert not window.inspector.buttons["claim"].isChecked()
    press(window, Qt.Key.Key_Z, CTRL | SHIFT)
    press(window, Qt.Key.Key_Y, CTRL)
    with _file(seeded.path) as other:
        assert other.sentence_labels("newbie", sid) == {"claim", "statistic"}
    assert window.listing.summary(aid).tagged == 1
    # Toggling again removes the tag; undo puts it back.
    press(window, "1")
    assert seeded.sentence_labels("newbie", sid) == {"statistic"}
    press(window, Qt.Key.Key_Z, CTRL)
    assert seeded.sentence_labels("newbie", sid) == {"claim", "statistic"}


def test_note_edits_merge_into_one_undo_step(seeded, make_window, press, qtbot):
    window = make_window(seeded.path)
    sid = window.main_pane.view.current_sentence().id
    press(window, "e")
    assert window.focusWidget() is window.inspector.note
    qtbot.keyClicks(window.inspector.note, "dubious")
    window.inspector.commit_note()
    qtbot.keyClicks(window.inspector.note, " figure")
    press(window, Qt.Key.Key_Escape)  # commits and returns to the article
    assert window.focusWidget() is window.main_pane.view
    assert seeded.note("newbie", sid) == "dubious figure"
    assert window.undo_stack.count() == 1
    press(window, Qt.Key.Key_Z, CTRL)
    assert seeded.note("newbie", sid) == ""
    assert window.inspector.note.toPlainText() == ""
    press(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert seeded.note("newbie", sid) == "dubious figure"
    assert window.inspector.note.toPlainText() == "dubious figure"


def test_note_typed_then_moving_on_saves_it_on_the_right_sentence(seeded, make_window, press, qtbot):
    window = make_window(seeded.path)
    view = window.main_pane.view
    first = view.current_sentence().id
    press(window, "e")
    qtbot.keyClicks(window.inspector.note, "check this")
    press(window, Qt.Key.Key_Escape)
    press(window, "j")
    assert seeded.note("newbie", first) == "check this"
    assert seeded.note("newbie", view.current_sentence().id) == ""


def test_status_done_and_undo(seeded, make_window, press):
    window = make_window(seeded.path)
    aid = window.main_pane.view.article().id
    press(window, Qt.Key.Key_D, CTRL)
    assert seeded.status("newbie", aid) == "done"
    assert window.listing.summary(aid).status == "done"
    assert window.inspector.status.currentText() == language.shown("names", "done")
    press(window, Qt.Key.Key_D, CTRL)
    assert seeded.status("newbie", aid) == "in progress"
    press(window, Qt.Key.Key_Z, CTRL)
    press(window, Qt.Key.Key_Z, CTRL)
    assert seeded.status("newbie", aid) == "todo"


def test_link_undo_redo_keeps_its_id_and_remove_is_undoable(seeded, make_window, press, qtbot):
    window = make_window(seeded.path)
    press(window, "l")  # no side pane yet: opens it on the next sentence
    assert window.side_pane.isVisible()
    a = window.main_pane.view.current_sentence().id
    b = window.side_pane.view.current_sentence().id
    assert a != b
    press(window, "l")
    qtbot.keyClick(window.editing.link_dialog.focusWidget(), "a")
    qtbot.keyClick(window.editing.link_dialog.focusWidget(), Qt.Key.Key_Return)
    link = seeded.find_link("newbie", a, b)
    assert link.relation == "agrees"
    press(window, Qt.Key.Key_Z, CTRL)
    assert seeded.find_link("newbie", a, b) is None
    press(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert seeded.find_link("newbie", a, b).id == link.id
    # Change it to contradicts with a note: undo brings back "agrees".
    press(window, "l")
    dialog = window.editing.link_dialog
    qtbot.keyClick(dialog.focusWidget(), "c")
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "acd")  # letters typed in the note stay in the note
    assert dialog.relation() == "contradicts"
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    changed = seeded.find_link("newbie", a, b)
    assert (changed.relation, changed.note, changed.id) == ("contradicts", "acd", link.id)
    press(window, Qt.Key.Key_Z, CTRL)
    restored = seeded.find_link("newbie", a, b)
    assert (restored.relation, restored.note, restored.id) == ("agrees", "", link.id)
    assert window.inspector.first_link().link == restored
    press(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert seeded.find_link("newbie", a, b) == changed
    # Remove from the links list with Delete; undo restores the same id, relation and note.
    window.inspector.focus_links()
    press(window, Qt.Key.Key_Delete)
    assert seeded.find_link("newbie", a, b) is None
    assert window.inspector.first_link() is None
    press(window, Qt.Key.Key_Z, CTRL)
    assert seeded.find_link("newbie", a, b) == changed
    assert window.inspector.first_link().link == changed
    press(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert seeded.find_link("newbie", a, b) is None


def test_an_edit_undone_after_a_reviewer_switch_is_gone_with_the_stack(seeded, make_window, press):
    """Each step is bound to the reviewer who made it; a switch clears the stack, so
    Undo cannot reach into the previous reviewer's layer."""
    window = make_window(seeded.path)
    sid = window.main_pane.view.current_sentence().id
    press(window, "1")
    window.files.switch_reviewer("other")
    press(window, "2")
    press(window, Qt.Key.Key_Z, CTRL)
    press(window, Qt.Key.Key_Z, CTRL)
    assert seeded.sentence_labels("other", sid) == set()
    assert seeded.sentence_labels("newbie", sid) == {"claim"}


def test_each_reviewer_sees_only_their_layer(seeded, make_window, press, monkeypatch):
    window = make_window(seeded.path)
    sid = window.main_pane.view.current_sentence().id
    press(window, "2")
    window.files.switch_reviewer("other")
    assert window.reviewer_label.text() == language.shown("main_window", "Reviewer: {reviewer}", reviewer="other")
    assert not window.inspector.buttons["quote"].isChecked()
    assert window.undo_stack.count() == 0
    press(window, "1")
    assert seeded.sentence_labels("other", sid) == {"claim"}
    assert seeded.sentence_labels("newbie", sid) == {"quote"}
