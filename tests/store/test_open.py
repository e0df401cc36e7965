"""Opening files: new, upgraded, foreign, damaged, newer, read-only."""

from __future__ import annotations

import os
import sqlite3

import pytest

from annotator.errors import StoreError
from annotator.project import Project
from annotator.store import open_database, schema_version
from annotator.store import schema


def test_new_file_gets_the_current_schema_in_user_version(db_path):
    db = open_database(db_path)
    assert schema_version(db) == schema.SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    names = [row["name"] for row in db["_sqlite_migrations"].rows]
    assert names == [name for name, _ in schema.STEPS]
    db.close()


def test_reopening_applies_nothing_twice(db_path):
    open_database(db_path).close()
    db = open_database(db_path)
    assert db["_sqlite_migrations"].count == len(schema.STEPS)
    db.close()


def _bytes(path):
    return path.read_bytes()


def test_a_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are not the droids")
    before = _bytes(path)
    with pytest.raises(StoreError, match="not an SQLite file"):
        Project(path)
    assert _bytes(path) == before


def test_a_newer_schema_is_refused_untouched(db_path):
    db = open_database(db_path)
    db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    db.close()
    before = _bytes(db_path)
    with pytest.raises(StoreError, match="newer annotator"):
        Project(db_path)
    assert _bytes(db_path) == before


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE things (x)")
    before = _bytes(path)
    with pytest.raises(StoreError, match="another program"):
        Project(path)
    assert _bytes(path) == before


def test_a_truncated_file_is_refused(seeded, tmp_path):
    seeded.close()
    data = _bytes(seeded.path)
    broken = tmp_path / "broken.db"
    broken.write_bytes(data[: len(data) // 3])
    with pytest.raises(StoreError) as caught:
        Project(broken).search("OTAN")
    assert str(broken) in str(caught.value)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(StoreError, match="folder"):
        Project(tmp_path)


def test_missing_folder_is_named(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Project(tmp_path / "nowhere" / "a.db")


def test_read_only_mode_reads_without_writing(seeded):
    seeded.close()
    before = _bytes(seeded.path)
    with Project(seeded.path, readonly=True) as reader:
        assert len(reader.articles(None)) == 5
    assert _bytes(seeded.path) == before
