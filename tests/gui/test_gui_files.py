"""The File menu: export and import of a reviewer's JSON, new / open / recent files,
the window's layout kept across a restart, and two windows on one file.

Dialogs are monkeypatched where window/files.py and window/transfers.py look them up; the work may run
in a worker thread, so each test waits (qtbot.waitUntil) for the effect.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from annotator.gui import app, state
from annotator.gui.window import transfers
from annotator.project import Project

from tests.gui import language
from tests.gui.file_menu import alice_json, dialogs, idle, no_blocking_boxes, trigger  # noqa: F401 - fixtures

CTRL = Qt.KeyboardModifier.ControlModifier


def recent_files(window) -> QMenu:
    """File > Recent files, filled as when it opens."""
    menu = window.findChild(QMenu, "menu-recent_files")
    menu.aboutToShow.emit()
    return menu


def _tag_three(window, press) -> list[int]:
    """Tag the first three sentences of the open article claim / quote / statistic."""
    view = window.main_pane.view
    ids = []
    for key in "123":
        ids.append(view.current_sentence().id)
        press(window, key)
        press(window, "j")
    return ids


# -- export ----------------------------------------------------------------------------------


def test_export_json_writes_my_work(seeded, make_window, press, dialogs, qtbot, tmp_path):
    window = make_window(seeded.path)
    article = window.main_pane.view.article()
    ids = _tag_three(window, press)
    out = tmp_path / "mine.json"
    dialogs.answer(out)
    press(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: out.exists() and idle(window), timeout=20000)
    assert dialogs.warnings == []
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "annotator" and document["reviewer"] == "newbie"
    assert len(document["articles"]) == 5
    exported = next(a for a in document["articles"] if a["id"] == article.id)
    sentences = {s.id: s for s in seeded.sentences(article.id)}
    labelled = {(s["start"], s["end"]): s["labels"] for s in exported["sentences"] if s["labels"]}
    expected = {(sentences[i].start, sentences[i].end): [label]
                for i, label in zip(ids, ("claim", "quote", "statistic"))}
    assert labelled == expected
    assert window.statusBar().currentMessage() == language.shown(
        "window.transfers", "Exported {reviewer}'s annotations to {file}", reviewer="newbie", file=out)
    assert not list(tmp_path.glob(".mine.json.*"))  # no temporary file left behind


def test_export_cancelled_writes_nothing(seeded, make_window, dialogs, tmp_path):
    window = make_window(seeded.path)
    window.editing.toggle_label("claim")
    trigger(window, "export_json")  # the dialog answers "" (cancel)
    assert idle(window) and not list(tmp_path.glob("*.json")) and dialogs.warnings == []


@pytest.mark.parametrize("action", ["export_json", "export_as"])
def test_export_before_any_work_says_so(seeded, make_window, dialogs, monkeypatch, tmp_path, action):
    told = []
    monkeypatch.setattr(transfers.MessageBox, "information",
                        staticmethod(lambda _parent, title, text: told.append(text)))
    window = make_window(seeded.path)
    dialogs.answer(tmp_path / "empty.json")
    trigger(window, action)
    assert told[0] == language.shown(
        "window.transfers", "{reviewer} has not tagged, noted or linked anything in this file yet.", reviewer="newbie")
    assert dialogs.files  # the file dialog was never shown
    assert idle(window) and dialogs.warnings == []


# -- import of a reviewer's JSON -----------------------------------------------------------


def _snapshot(project: Project) -> tuple:
    return (project.stats(), project.reviewers(),
            [(a.id, a.tagged, a.status) for a in project.articles("alice")])


def test_import_reviewer_json(seeded, make_window, dialogs, alice_json, qtbot, by_source):
    window = make_window(seeded.path)
    assert "alice" not in seeded.reviewers()
    dialogs.answer(alice_json)
    trigger(window, "import_json")
    qtbot.waitUntil(lambda: idle(window) and "alice" in window.statusBar().currentMessage(), timeout=20000)
    assert dialogs.warnings == []
    article = by_source(seeded, "003_")
    sentences = seeded.sentences(article.id)
    assert "alice" in seeded.reviewers()
    assert seeded.labels("alice", article.id) == {sentences[0].id: {"claim"}, sentences[1].id: {"quote"}}
    assert seeded.status("alice", article.id) == "done"
    assert seeded.find_link("alice", sentences[0].id, sentences[1].id).relation == "agrees"
    assert seeded.labels("newbie", article.id) == {}  # my layer untouched
    # Working as alice, the window shows her work.
    window.files.switch_reviewer("alice")
    assert window.listing.summary(article.id).tagged == 2 and window.listing.summary(article.id).status == "done"


def test_import_of_malformed_json_names_the_file_and_the_place(seeded, make_window, dialogs, tmp_path, qtbot):
    window = make_window(seeded.path)
    bad = tmp_path / "broken.json"
    bad.write_text('{\n  "format": "annotator",\n  "version": 1,\n  "reviewer": "bob"\n  "labels": []\n}\n',
                   encoding="utf-8")
    before = _snapshot(seeded)
    dialogs.answer(bad)
    trigger(window, "import_json")
    qtbot.waitUntil(lambda: idle(window) and bool(dialogs.warnings), timeout=20000)
    title, text = dialogs.warnings[0]
    assert "broken.json" in text and "line 5" in text
    assert _snapshot(seeded) == before
    assert window.list_model.rowCount() == 5


def test_import_refused_midway_changes_nothing(seeded, make_window, dialogs, alice_json, tmp_path, qtbot):
    """A valid document whose labelled sentence is not one of this file's: refused as a whole,
    the articles it would have added included."""
    document = json.loads(alice_json.read_text(encoding="utf-8"))
    extra = dict(document["articles"][0])
    extra["text"] = "Un article de plus. Il a deux phrases."
    import hashlib

    extra["id"] = hashlib.sha256(extra["text"].encode("utf-8")).hexdigest()[:16]
    extra["sentences"] = [{"start": 0, "end": 19, "labels": [], "note": ""},
                          {"start": 20, "end": 38, "labels": [], "note": ""}]
    document["articles"].insert(0, extra)
    target = next(a for a in document["articles"] if any(s["labels"] for s in a["sentences"]))
    labelled = next(s for s in target["sentences"] if s["labels"])
    labelled["end"] -= 1  # no longer a sentence as this release segments it
    document["links"] = []
    bad = tmp_path / "shifted.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    before = _snapshot(seeded)
    dialogs.answer(bad)
    trigger(window := make_window(seeded.path), "import_json")
    qtbot.waitUntil(lambda: idle(window) and bool(dialogs.warnings), timeout=20000)
    assert "shifted.json" in dialogs.warnings[0][1]
    assert _snapshot(seeded) == before
    assert window.list_model.rowCount() == 5


# -- new, open and recent files ----------------------------------------------------------------


def test_new_open_and_recent_files(seeded, dialogs, settings, tmp_path, qtbot):
    window = app.start(seeded.path, settings)  # as ``annotator gui seeded.db`` does
    qtbot.addWidget(window)
    window.show()
    seeded_path = str(seeded.path.resolve())
    fresh = tmp_path / "fresh.db"
    dialogs.answer(fresh)
    trigger(window, "new_database")
    assert window.project.path == fresh and fresh.exists()
    assert window.list_model.rowCount() == 0 and window.main_pane.view.article() is None
    assert "fresh.db" in window.windowTitle() and str(fresh) in window.file_label.text()
    assert state.recent_files(settings)[:2] == [str(fresh.resolve()), seeded_path]

    dialogs.answer(seeded.path)
    trigger(window, "open_database")
    assert window.project.path.resolve() == seeded.path.resolve()
    assert window.list_model.rowCount() == 5 and window.main_pane.view.article() is not None
    assert state.recent_files(settings)[:2] == [seeded_path, str(fresh.resolve())]
    assert state.get_text(settings, state.LAST_FILE) == seeded_path

    # File > Recent files lists both, most recent first; choosing one opens it.
    actions = recent_files(window).actions()
    assert [a.text().split(" ", 1)[1] for a in actions[:2]] == [seeded_path, str(fresh.resolve())]
    actions[1].trigger()
    assert window.project.path.resolve() == fresh.resolve() and window.list_model.rowCount() == 0
    assert state.recent_files(settings)[0] == str(fresh.resolve())
    window.close()
    window.project.close()


def test_open_cancelled_keeps_the_file(seeded, make_window, dialogs):
    window = make_window(seeded.path)
    project = window.project
    trigger(window, "open_database")  # the dialog answers "" (cancel)
    assert window.project is project and window.list_model.rowCount() == 5


# -- layout across a restart -------------------------------------------------------------------


def test_geometry_splitter_and_columns_restored_on_restart(seeded, make_window, qtbot):
    from annotator.gui.models.articles import SOURCE

    window = make_window(seeded.path)
    window.resize(760, 700)  # within the offscreen screen (800x800): restoring clamps to the screen
    qtbot.waitUntil(lambda: window.width() == 760)
    sizes = window.splitter.sizes()
    sizes = [sizes[0] + 60, sizes[1] - 60, sizes[2], sizes[3]]
    window.splitter.setSizes(sizes)
    sizes = window.splitter.sizes()
    window.table.horizontalHeader().setSectionHidden(SOURCE, False)
    window.close()
    window.project.close()

    again = make_window(seeded.path)
    assert (again.width(), again.height()) == (760, 700)
    assert again.splitter.sizes() == sizes
    assert not again.table.horizontalHeader().isSectionHidden(SOURCE)


# -- two windows on one file -------------------------------------------------------------------


def test_an_edit_in_one_window_shows_in_the_other(seeded, make_window, qtbot):
    a = make_window(seeded.path)
    b = make_window(seeded.path)
    article = a.main_pane.view.article()
    assert b.main_pane.view.article().id == article.id
    sentence = a.main_pane.view.current_sentence()
    a.editing.toggle_label("claim")
    a.editing.set_status("done")
    assert b.listing.summary(article.id).tagged == 0  # not yet: B has not looked
    b.refresh.check_external_changes()
    assert b.listing.summary(article.id).tagged == 1 and b.listing.summary(article.id).status == "done"
    assert "claim" in b.main_pane.view.labels_of_index(b.main_pane.view.index_of_id(sentence.id))
    assert b.inspector.status.currentText() == language.shown("names", "done")
    # The poll timer does the same on its own.
    a.undo_stack.undo()  # status back
    a.undo_stack.undo()  # tag off
    b._poll.timeout.emit()
    qtbot.waitUntil(lambda: b.listing.summary(article.id).tagged == 0 and b.listing.summary(article.id).status != "done")
    assert not b.main_pane.view.labels_of_index(b.main_pane.view.index_of_id(sentence.id))


# -- bugs these tests found ------------------------------------------------------------------


def test_a_recent_file_that_was_deleted_is_not_recreated(seeded, make_window, dialogs, settings, tmp_path):
    gone = tmp_path / "gone.db"
    with Project(gone):
        pass
    state.remember_file(settings, gone)
    gone.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{gone}{suffix}").unlink(missing_ok=True)
    window = make_window(seeded.path)
    next(a for a in recent_files(window).actions() if str(gone.resolve()) in a.text()).trigger()
    assert not gone.exists()  # opening it used to create an empty file there
    assert window.project.path == seeded.path and window.list_model.rowCount() == 5
    assert dialogs.warnings[0][1].endswith(language.shown(
        "window.files", "{path}\nno longer exists (moved or deleted?). It was removed from the recent files.", path=""))
    assert str(gone.resolve()) not in state.recent_files(settings)


def test_export_includes_a_note_still_being_typed(seeded, make_window, press, dialogs, qtbot, tmp_path):
    window = make_window(seeded.path)
    press(window, "e")
    qtbot.keyClicks(window.inspector.note, "to check")
    out = tmp_path / "note.json"
    dialogs.answer(out)
    trigger(window, "export_json")  # before the note's save delay ran out
    qtbot.waitUntil(lambda: out.exists() and idle(window), timeout=20000)
    notes = [s["note"] for a in json.loads(out.read_text(encoding="utf-8"))["articles"] for s in a["sentences"]]
    assert "to check" in notes


def test_default_export_name_is_a_plain_file_name(seeded, make_window, monkeypatch, qtbot):
    window = make_window(seeded.path, reviewer="A/B: ..")
    window.editing.toggle_label("claim")
    asked = []

    def save_as(_parent, _title, default, _filter):
        asked.append(default)
        return "", ""

    monkeypatch.setattr(transfers.QFileDialog, "getSaveFileName", staticmethod(save_as))
    trigger(window, "export_json")
    assert Path(asked[0]).parent == seeded.path.parent and "/" not in Path(asked[0]).name
