"""EditCommand over the facade's records: each step, its refresh, and which steps merge."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.errors import AnnotatorError
from annotator.gui.commands import MERGEABLE, UNMERGEABLE, EditCommand


@pytest.fixture
def stack(qtbot):
    return QUndoStack()


def _sentences(project, count=2):
    article = project.articles(None)[0].id
    return [s.id for s in project.sentences(article)[:count]]


def test_redo_and_undo_each_show_their_record(seeded, stack):
    sid, _ = _sentences(seeded)
    shown = []
    stack.push(EditCommand("Tag claim", partial(seeded.set_label, "alice", sid, "claim", True), shown.append, pytest.fail))
    assert seeded.sentence_labels("alice", sid) == {"claim"}
    stack.undo()
    assert seeded.sentence_labels("alice", sid) == set()
    stack.redo()
    assert seeded.sentence_labels("alice", sid) == {"claim"}
    assert [c.before for c in shown] == [frozenset(), frozenset({"claim"}), frozenset()]
    assert all(c.labels_only and c.sentences == {sid} for c in shown)


def test_notes_typed_in_steps_are_one_step_back_to_the_note_before_them(seeded, stack):
    sid, _ = _sentences(seeded)
    seeded.set_note("alice", sid, "old")
    for text in ("d", "du", "dubious"):
        stack.push(EditCommand("Edit note", partial(seeded.set_note, "alice", sid, text), lambda c: None, pytest.fail))
    assert stack.count() == 1
    stack.undo()
    assert seeded.note("alice", sid) == "old"
    stack.redo()
    assert seeded.note("alice", sid) == "dubious"


def test_only_the_same_merge_key_merges(seeded, stack):
    first, second = _sentences(seeded)
    steps = [
        partial(seeded.set_note, "alice", first, "a"),
        partial(seeded.set_note, "alice", second, "b"),  # another sentence
        partial(seeded.set_note, "bob", second, "c"),  # another reviewer
        partial(seeded.set_label, "bob", second, "claim", True),  # no merge key
        partial(seeded.set_label, "bob", second, "quote", True),
    ]
    for step in steps:
        stack.push(EditCommand("edit", step, lambda c: None, pytest.fail))
    assert stack.count() == len(steps)
    while stack.canUndo():
        stack.undo()
    assert (seeded.note("alice", first), seeded.note("alice", second), seeded.note("bob", second)) == ("", "", "")
    assert seeded.sentence_labels("bob", second) == set()


def test_a_removed_link_comes_back_with_its_id_and_note(seeded, stack):
    first, second = _sentences(seeded)
    seeded.add_link("alice", first, second, "agrees", "same figure")
    link = seeded.find_link("alice", first, second)
    stack.push(EditCommand("Remove link", partial(seeded.remove_link, "alice", link.id), lambda c: None, pytest.fail))
    assert seeded.find_link("alice", first, second) is None
    stack.undo()
    assert seeded.find_link("alice", first, second) == link
    stack.redo()
    assert seeded.find_link("alice", first, second) is None


def test_only_a_record_with_a_merge_key_asks_qt_to_try_merging(seeded, stack):
    """Qt compares ids before calling ``mergeWith``: -1 is its "never merge"."""
    sid, _ = _sentences(seeded)
    tag = EditCommand("Tag", partial(seeded.set_label, "alice", sid, "claim", True), lambda c: None, pytest.fail)
    note = EditCommand("Note", partial(seeded.set_note, "alice", sid, "x"), lambda c: None, pytest.fail)
    stack.push(tag)
    stack.push(note)
    assert (tag.id(), note.id()) == (UNMERGEABLE, MERGEABLE)


def test_a_failed_edit_or_another_kind_of_command_never_merges(seeded, stack):
    """A command whose edit the file refused has no record: it neither merges nor absorbs."""
    sid, _ = _sentences(seeded)
    note = EditCommand("Note", partial(seeded.set_note, "alice", sid, "x"), lambda c: None, pytest.fail)
    stack.push(note)

    def refused():
        raise AnnotatorError("the file is locked")

    failed = EditCommand("Note", refused, lambda c: None, lambda error: None)
    failed.redo()
    assert failed.changes is None and failed.isObsolete() and failed.id() == UNMERGEABLE
    assert not note.mergeWith(failed)
    assert not failed.mergeWith(note)
    assert not note.mergeWith(QUndoCommand("plain"))
    assert note.changes.merge_key is not None
