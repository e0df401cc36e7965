"""The open annotator file: its connection and the few helpers the store uses.

The store only ever needs ``execute``, a savepoint and the table names, while
importing sqlite-utils loads NumPy (and pandas when installed), a third of a
window's start for nothing the first screen uses. So the file is held by this
small class, and sqlite-utils' ``Database`` over the same connection is built
only when asked for: by a schema migration (sqlite-utils ``Migrations``) or by
``db["table"]`` (a sqlite-utils ``Table``, as in tests and at a Python prompt).
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

_savepoints = itertools.count()


@contextlib.contextmanager
def committed(conn: sqlite3.Connection) -> Iterator[None]:
    """End the transaction the caller began: COMMIT after the block, ROLLBACK if it
    raised anything at all (Ctrl+C included), so that no transaction stays open."""
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class Database:
    """An SQLite connection in autocommit mode (``isolation_level=None``)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None
        # As sqlite-utils sets it: a REPLACE fires the delete triggers of the
        # row it replaces, which the counts kept by triggers rely on.
        conn.execute("PRAGMA recursive_triggers = on")

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """All of the block or none of it: a transaction, or a savepoint inside one."""
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")
            with committed(self.conn):
                yield self
            return
        name = f"annotator_{next(_savepoints)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    def table_names(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()

    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils' view of the same connection, imported on first use."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._utils

    def __getitem__(self, table: str) -> Any:
        return self.utils[table]
