"""Starting up: first run on the seeds, the reviewer asked once, files that cannot be opened."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from annotator.gui import app, opening, state
from annotator.errors import StoreError
from tests.gui.language import shown


@pytest.fixture
def blank_settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)


def _start(qtbot, path, settings):
    window = app.start(path, settings)
    assert window is not None
    qtbot.addWidget(window)
    return window


def test_first_run_imports_the_seeds_and_asks_the_name_once(qtbot, tmp_path, blank_settings, monkeypatch):
    asked = []

    def fake_get_text(parent, title, label, text=""):
        asked.append(text)
        return "Camille", True

    monkeypatch.setattr(app.QInputDialog, "getText", staticmethod(fake_get_text))
    path = tmp_path / "first.db"
    window = _start(qtbot, path, blank_settings)
    assert asked == [app.system_user()]  # defaulting to the system user name
    assert window.reviewer == "Camille"
    assert len(window.list_model.ids()) == 5
    assert window.main_pane.view.article() is not None
    window.close()
    window.project.close()
    # Second start: no file given -> the last one, and no question.
    again = _start(qtbot, None, blank_settings)
    assert asked == [app.system_user()]
    assert again.project.path.resolve() == path.resolve()
    assert state.recent_files(blank_settings)[0] == str(path.resolve())
    again.close()
    again.project.close()


def test_a_file_that_is_not_a_database_is_explained(qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite at all" * 10)
    told = []

    class FakeBox:
        class Icon:
            Warning = None

        ButtonRole = opening.MessageBox.ButtonRole
        StandardButton = opening.MessageBox.StandardButton

        def __init__(self, _icon, _title, text, _buttons, _parent=None):
            self.buttons = []
            told.append(text)

        def setObjectName(self, name): pass  # noqa: E301,E704,N802
        def setIcon(self, icon): pass  # noqa: E301,E704,N802
        def setWindowTitle(self, text): pass  # noqa: E301,E704,N802
        def setText(self, text): told.append(text)  # noqa: E301,E704,N802

        def addButton(self, text, role):  # noqa: N802
            self.buttons.append(text)
            return text

        def exec(self):
            return 0

        def clickedButton(self):  # noqa: N802
            return self.buttons[-1]  # Quit

    monkeypatch.setattr(opening, "MessageBox", FakeBox)
    assert opening.open_project(bad) is None
    assert told[0] == shown("errors", "{path}: {reason}", path=bad, reason=shown(
        "store.file_checks", "is not an annotator database (not an SQLite file)"))
    assert bad.read_bytes().startswith(b"this is not sqlite")


def test_read_only_file_opens_read_only_with_a_banner(qtbot, seeded, monkeypatch, settings, make_window):
    real = opening.Project

    def refusing(path, readonly=False):
        if not readonly:
            raise StoreError(path, "cannot be written (read-only file or folder)", readonly_would_work=True)
        return real(path, readonly=True)

    monkeypatch.setattr(opening, "Project", refusing)
    monkeypatch.setattr(opening.MessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(opening.MessageBox, "clickedButton",
                        lambda self: next(b for b in self.buttons() if b.text() == shown("opening", "Open read-only")))
    project = opening.open_project(seeded.path)
    assert project is not None and project.readonly
    project.close()
    window = make_window(seeded.path, readonly=True)
    assert window.banner.isVisible() and window.banner.text() == shown(
        "main_window", "READ-ONLY: this file cannot be changed; edits are off")
    assert not window.actions_by_name["toggle_claim"].isEnabled()
    window.editing.toggle_label("claim")
    assert window.undo_stack.count() == 0


def test_import_runs_in_a_thread_and_can_be_cancelled(qtbot, project, make_window, tmp_path):
    from annotator.paths import seeds_dir

    window = make_window(project.path)
    assert window.list_model.rowCount() == 0
    window.transfers.start_import([seeds_dir()])
    assert window.transfers.import_job is not None
    qtbot.waitUntil(lambda: window.transfers.import_job is None, timeout=20000)
    assert window.list_model.rowCount() == 5
    assert window.main_pane.view.article() is not None
    folder = tmp_path / "more"
    folder.mkdir()
    for i in range(30):
        (folder / f"a{i}.txt").write_text(f"Article {i}. Une phrase de plus {i}.", encoding="utf-8")
    window.transfers.start_import([folder])
    window.transfers.import_job.cancel()
    qtbot.waitUntil(lambda: window.transfers.import_job is None, timeout=20000)
    assert window.list_model.rowCount() < 35
    assert shown("window.transfers", "Import cancelled; the files read before stopping were kept.") in \
        window.transfers.last_report


def test_a_start_on_the_last_file_leaves_the_settings_file_as_it_was(tmp_path, blank_settings):
    ini = tmp_path / "fresh.ini"
    first, other = tmp_path / "first.db", tmp_path / "other.db"
    state.remember_file(blank_settings, other)
    state.remember_file(blank_settings, first)
    blank_settings.sync()
    written = ini.stat().st_mtime_ns, ini.read_bytes()
    state.remember_file(blank_settings, first)  # what every start on that file does
    blank_settings.sync()
    assert (ini.stat().st_mtime_ns, ini.read_bytes()) == written
    state.remember_file(blank_settings, other)  # another file: first among the recent ones now
    assert state.recent_files(blank_settings)[:2] == [str(other.resolve()), str(first.resolve())]
    assert state.get_text(blank_settings, state.LAST_FILE) == str(other.resolve())
