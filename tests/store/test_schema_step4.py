"""Schema step 4 (claims): a file of schema 3 upgrades with everything kept and the new tables empty.

Works on a copy of ``tests/fixtures/schema3.db``; the committed fixture is never opened.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

from annotator.store import open_database, schema, schema_version

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema3.db"
NEW_TABLES = ("claims", "claim_sources", "claim_appearances", "sentence_fields", "claim_figures")


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name"
    )
    return [row[0] for row in rows]


def _content(path: Path, tables: list[str]) -> dict[str, list[tuple]]:
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return {table: conn.execute(f"SELECT * FROM [{table}] ORDER BY 1").fetchall() for table in tables}


def test_step_4_is_the_claims_step():
    assert schema.STEPS[3][0] == "0004_claims"
    assert schema.SCHEMA_VERSION >= 4


def test_a_schema3_file_upgrades_keeping_everything_and_adding_empty_tables(tmp_path, monkeypatch):
    # Release 4's schema: later steps change tables of their own and are tested with them.
    monkeypatch.setattr(schema, "STEPS", schema.STEPS[:4])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 4)
    path = tmp_path / "schema3.db"
    shutil.copy(FIXTURE, path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        old_tables = _tables(conn)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    # The full-text index's own pages are rebuilt by a later step (0005_fts); its
    # rows, read through sentences_fts, are compared with the rest.
    kept = [table for table in old_tables
            if table != "_sqlite_migrations" and not table.startswith("sentences_fts_")]
    before = _content(path, kept)
    assert before["labels"] and before["links"] and before["adjudications"]

    db = open_database(path)
    with contextlib.closing(db.conn):
        assert schema_version(db) == schema.SCHEMA_VERSION
        assert set(old_tables) | set(NEW_TABLES) <= set(_tables(db.conn))  # later steps add more
        for table in NEW_TABLES:
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        steps = [row[0] for row in db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert steps[3] == "0004_claims"
    assert _content(path, kept) == before
    backup = tmp_path / "schema3.db.schema3.bak"
    assert _content(backup, kept) == before
