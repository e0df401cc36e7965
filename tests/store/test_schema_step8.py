"""Schema step 8 (one unique index on sentences): a file of schema 7 upgrades with every row
kept, the references to its sentences intact and search working. Works on a copy of
``tests/fixtures/schema7.db``."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator.project import Project
from annotator.store import schema, sentence_table
from annotator.store.database import Database

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema7.db"
TABLES = ("sentences", "labels", "notes", "links", "claim_appearances", "article_progress", "activity")


def _rows(conn) -> dict[str, list]:
    return {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in TABLES}


def test_step_8_is_the_sentence_index_step():
    assert [name for name, _ in schema.STEPS].index("0008_one_sentence_index") == 7


def test_a_schema7_file_upgrades_with_everything_kept(tmp_path):
    path = tmp_path / "schema7.db"
    shutil.copy(FIXTURE, path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        before = _rows(conn)
        word = max(conn.execute("SELECT text FROM sentences WHERE id = 1").fetchone()[0].split(), key=len)
    with Project(path) as project:
        conn = project.db.conn
        assert _rows(conn) == before
        indexes = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sentences'")
        assert [name for (name,) in indexes] == ["sqlite_autoindex_sentences_1"]
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert 1 in {hit.sentence_id for hit in project.search(word.strip(".,;:!?«»\"'()"))}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        readable = conn.execute("SELECT count(*) FROM readable_labels WHERE sentence <> ''").fetchone()[0]
        assert readable == len(before["labels"]) > 0
        article = conn.execute("SELECT article_id FROM sentences WHERE id = 1").fetchone()[0]
        labelled = conn.execute("SELECT count(*) FROM labels").fetchone()[0]
        conn.execute("DELETE FROM articles WHERE id = ?", [article])  # the cascade still reaches labels
        assert conn.execute("SELECT count(*) FROM labels").fetchone()[0] < labelled


def test_the_step_refuses_to_run_with_foreign_keys_on():
    db = Database(sqlite3.connect(":memory:", isolation_level=None))
    for _name, step in schema.STEPS[:7]:
        step(db)
    db.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(RuntimeError, match="foreign keys off"):
        sentence_table.one_unique_index(db)
