"""A write lock held by another window is waited for a few times, and nothing else is.

The busy timeout already waits inside SQLite; these retries cover what it does
not (a lock taken between two attempts, WAL being switched on by another
opener). Driven with a fake connection that answers "locked" a set number of
times, so the count of attempts is exact.
"""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

import pytest

from annotator.store import connection


class Stubborn:
    """Raises ``error`` for the first ``refusals`` statements, then accepts them."""

    def __init__(self, refusals: int, error: str = "database is locked"):
        self.refusals, self.error, self.statements = refusals, error, []

    def execute(self, sql: str):
        self.statements.append(sql)
        if len(self.statements) <= self.refusals:
            raise sqlite3.OperationalError(self.error)


@pytest.fixture(autouse=True)
def no_sleeping(monkeypatch):
    monkeypatch.setattr(connection.time, "sleep", lambda seconds: None)


def test_begin_immediate_tries_three_times_while_locked():
    conn = Stubborn(refusals=2)
    connection._begin_immediate(SimpleNamespace(conn=conn))
    assert conn.statements == ["BEGIN IMMEDIATE"] * 3
    conn = Stubborn(refusals=3)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        connection._begin_immediate(SimpleNamespace(conn=conn))
    assert len(conn.statements) == 3


def test_begin_immediate_gives_up_at_once_on_another_error():
    conn = Stubborn(refusals=1, error="disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        connection._begin_immediate(SimpleNamespace(conn=conn))
    assert len(conn.statements) == 1


def test_switching_to_wal_waits_for_a_locked_file_then_syncs_fully():
    db = Stubborn(refusals=5)
    connection._use_wal(db)
    assert db.statements == ["PRAGMA journal_mode = WAL"] * 6 + ["PRAGMA synchronous = FULL"]
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        connection._use_wal(Stubborn(refusals=10), attempts=10)
    other = Stubborn(refusals=1, error="disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        connection._use_wal(other)
    assert len(other.statements) == 1
