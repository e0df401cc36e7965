"""Schema step 7 (suggestions): a file of schema 4 upgrades with everything kept and the
rejections table empty. Works on a copy of ``tests/fixtures/schema4.db``."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

from annotator.store import open_database, schema

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema4.db"


def test_step_7_is_the_suggestions_step():
    assert [name for name, _ in schema.STEPS].index("0007_suggestions") == 6


def test_a_schema4_file_upgrades_with_an_empty_rejections_table(tmp_path):
    path = tmp_path / "schema4.db"
    shutil.copy(FIXTURE, path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        labels = conn.execute("SELECT * FROM labels ORDER BY 1, 2, 3").fetchall()
    db = open_database(path)
    with contextlib.closing(db.conn):
        assert db.execute("SELECT count(*) FROM suggestion_rejections").fetchone()[0] == 0
        assert db.execute("SELECT * FROM labels ORDER BY 1, 2, 3").fetchall() == labels
        columns = [row[1] for row in db.execute("PRAGMA table_info(suggestion_rejections)")]
        assert columns == ["reviewer_id", "sentence_id", "label", "rejected_at"]
