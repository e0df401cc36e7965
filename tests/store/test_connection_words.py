"""How the connection names what SQLite says, and when it reads a file as immutable."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from annotator.store import connection

DAMAGED = "is damaged or not an annotator database (SQLite says: {})"
READ_ONLY = "cannot be written (read-only file or folder); it can be opened read-only"


@pytest.mark.parametrize(
    ("sqlite_says", "expected"),
    [
        ("file is not a database", DAMAGED),
        ("database disk image is malformed", DAMAGED),
        ("malformed database schema (x)", DAMAGED),
        ("disk image is damaged", DAMAGED),
        ("attempt to write a readonly database", READ_ONLY),
        ("the folder is read-only", READ_ONLY),
        ("unable to open database file", READ_ONLY),
        ("database is locked", "is busy in another program; try again in a moment"),
        ("disk I/O error", "cannot be used (SQLite says: {})"),
    ],
)
def test_each_sqlite_error_is_explained_in_the_users_words(sqlite_says, expected):
    assert connection.explain(sqlite3.DatabaseError(sqlite_says)) == expected.format(sqlite_says)


def test_a_refusal_offers_read_only_only_for_a_read_only_file_opened_for_writing():
    error = sqlite3.OperationalError("attempt to write a readonly database")
    assert connection.refusal("x.db", error).readonly_would_work
    assert not connection.refusal("x.db", error, writing=False).readonly_would_work
    assert not connection.refusal("x.db", sqlite3.DatabaseError("database is locked")).readonly_would_work


@pytest.mark.parametrize("beside", [None, "-wal", "-shm"])
def test_a_file_in_a_read_only_folder_is_read_as_immutable_unless_a_wal_or_shm_is_beside(
    tmp_path, monkeypatch, beside
):
    """Faked, because root writes anywhere: the folder is taken as not writable."""
    path = tmp_path / "a.db"
    path.touch()
    if beside:
        Path(f"{path}{beside}").touch()
    monkeypatch.setattr(os, "access", lambda where, mode: Path(where) != tmp_path)
    uri = connection._read_only_uri(path)
    assert uri.startswith(path.resolve().as_uri() + "?mode=ro")
    assert uri.endswith("&immutable=1") == (beside is None)


def test_a_file_in_a_writable_folder_is_never_read_as_immutable(tmp_path):
    path = tmp_path / "a.db"
    path.touch()
    assert connection._read_only_uri(path) == path.resolve().as_uri() + "?mode=ro"
