"""An older file opened read-only in the window (issue 17, item 5): shown, not upgraded, not crashed."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.gui.language import shown

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_an_older_file_opened_read_only_shows_its_articles(tmp_path, make_window):
    old = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema2.db", old)
    before = old.read_bytes()
    window = make_window(old, readonly=True)
    assert window.list_model.rowCount() > 0
    assert window.banner.isVisible() and window.banner.text() == shown(
        "main_window", "READ-ONLY: this file cannot be changed; edits are off")
    window.editing.toggle_label("claim")
    assert window.undo_stack.count() == 0
    window.close()
    window.project.close()
    assert old.read_bytes() == before
    assert not list(tmp_path.glob("old.db?*"))
