"""An edit whose transaction fails is undone on screen, kept off the undo stack, and told (issue 17, item 3)."""

from __future__ import annotations

from PySide6.QtCore import Qt

import sqlite3

from annotator.gui.widgets.messages import MessageBox
from annotator.project import Project
from annotator.store import annotations
from tests.gui import language

CTRL = Qt.KeyboardModifier.ControlModifier


def _locked(*_args, **_kwargs):
    """What SQLite says when another writer held the file past the busy timeout."""
    raise sqlite3.OperationalError("database is locked")


def _told(monkeypatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(MessageBox, "warning", staticmethod(lambda _p, title, text, *a, **k: told.append(text)))
    return told


def test_a_tag_the_file_refuses_leaves_no_phantom_step(seeded, make_window, press, monkeypatch):
    window = make_window(seeded.path)
    view = window.main_pane.view
    sid = view.current_sentence().id
    told = _told(monkeypatch)
    monkeypatch.setattr(annotations, "set_label", _locked)
    press(window, "1")
    assert told and language.shown("store.connection", "is busy in another program; try again in a moment") in told[0]
    assert window.undo_stack.count() == 0
    assert not window.actions_by_name["undo"].isEnabled()
    assert view.labels_of_index(view.current_index()) == set()
    assert not window.inspector.buttons["claim"].isChecked()
    with Project(seeded.path) as other:
        assert other.sentence_labels("newbie", sid) == set()


def test_an_undo_the_file_refuses_leaves_the_stack_and_shows_the_file(seeded, make_window, press, monkeypatch):
    window = make_window(seeded.path)
    view = window.main_pane.view
    sid = view.current_sentence().id
    press(window, "1")
    assert window.undo_stack.count() == 1
    told = _told(monkeypatch)
    monkeypatch.setattr(annotations, "set_label", _locked)
    press(window, Qt.Key.Key_Z, CTRL)
    assert told
    assert window.undo_stack.count() == 0
    assert seeded.sentence_labels("newbie", sid) == {"claim"}
    assert view.labels_of_index(view.current_index()) == {"claim"}
    assert window.inspector.buttons["claim"].isChecked()
