"""Checking that a file's schema is the one its version number promises.

A file whose ``labels`` table, a trigger or an index was dropped or altered (by
hand, by another tool, by damage) still opens in SQLite, and would be read
wrongly or written into half-way. So every table, index, trigger and view that
the schema steps create up to the file's ``user_version`` must be in the file,
defined the same way. The reference is not written down twice: it is a fresh
in-memory database built by the very ``STEPS`` (so a step added later is
covered by itself), once per version and process. Objects the file holds
beyond its version's (a user's own index or view) are left alone, except those
a later step creates: then the version number itself is wrong.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache

from . import schema
from .database import Database

#: Where sqlite-utils records the steps applied (its ``Migrations.migrations_table``).
MIGRATIONS_TABLE = "_sqlite_migrations"

#: object name -> (type, table, SQL as written)
Objects = dict[str, tuple[str, str, str]]


def objects(conn: sqlite3.Connection) -> Objects:
    """The schema objects of an open connection."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {name: (kind, table, sql or "") for kind, name, table, sql in rows}


def _same(found: tuple[str, str, str], wanted: tuple[str, str, str]) -> bool:
    """Equal definitions, white space aside (SQLite keeps the text as written, so
    the exact comparison settles nearly every object at once)."""
    return found == wanted or (
        found[:2] == wanted[:2] and _words(found[2]) == _words(wanted[2])
    )


def _words(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()


def expected(version: int) -> Objects:
    """What a file at ``version`` holds: the first ``version`` steps run on an empty database."""
    return _built(tuple(schema.STEPS[:version]))


@lru_cache(maxsize=None)
def _built(steps: tuple) -> Objects:
    """Cached by the steps themselves, not their count: a release (or a test) with
    other steps gets its own reference."""
    db = Database(sqlite3.connect(":memory:"))
    try:
        for _name, step in steps:  # the steps themselves: sqlite-utils is loaded only to migrate
            step(db)
        return objects(db.conn)
    finally:
        db.close()


def differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """How the schema of ``conn`` departs from its ``version``'s, in words; empty if it does not.

    The tables a virtual table keeps its data in (FTS5's ``sentences_fts_data``...)
    and the one recording the steps applied are written by SQLite's module and by
    sqlite-utils, whose wording may change between their releases: they must be
    there, their definition is not ours to check.
    """
    found, wanted = objects(conn), expected(version)
    not_ours = (MIGRATIONS_TABLE, *(
        f"{name}_" for name, (_, _, sql) in wanted.items() if sql.upper().startswith("CREATE VIRTUAL")))
    problems = [
        f"{kind} {name} is missing" if name not in found else f"{kind} {name} is not as it should be"
        for name, (kind, _, _) in sorted(wanted.items())
        if name not in found or not (_same(found[name], wanted[name]) or name.startswith(not_ours))
    ]
    later = expected(schema.SCHEMA_VERSION)
    problems.extend(
        f"{kind} {name} belongs to a later schema" for name, (kind, _, _) in sorted(found.items())
        if name not in wanted and name in later
    )
    return problems
