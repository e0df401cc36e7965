"""A new file is created without sqlite-utils, yet recorded exactly as sqlite-utils records its steps."""

from __future__ import annotations

import contextlib
import datetime
import sqlite3
import subprocess
import sys

from sqlite_utils import Database as UtilsDatabase

from annotator.store import open_database, schema, schema_check
from annotator.store.database import Database


def _by_migrations() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    schema.migrations().apply(Database(conn))
    return conn


def test_a_new_file_holds_what_migrations_would_have_written(db_path):
    open_database(db_path).close()
    created, migrated = sqlite3.connect(db_path), _by_migrations()
    assert schema_check.objects(created) == schema_check.objects(migrated)
    rows = "SELECT id, migration_set, name FROM _sqlite_migrations ORDER BY id"
    assert created.execute(rows).fetchall() == migrated.execute(rows).fetchall()
    assert created.execute("PRAGMA user_version").fetchone() == (schema.SCHEMA_VERSION,)
    created.close()


def test_each_step_is_stamped_with_the_utc_time_it_was_applied(db_path):
    """sqlite-utils stamps ``applied_at`` with an aware UTC time; the record must read the same."""
    before = datetime.datetime.now(datetime.timezone.utc)
    open_database(db_path).close()
    after = datetime.datetime.now(datetime.timezone.utc)
    with contextlib.closing(sqlite3.connect(db_path)) as created:
        stamps = [datetime.datetime.fromisoformat(at) for (at,) in created.execute(
            "SELECT applied_at FROM _sqlite_migrations ORDER BY id")]
    assert len(stamps) == schema.SCHEMA_VERSION
    assert all(stamp.utcoffset() == datetime.timedelta(0) for stamp in stamps)
    assert all(before <= stamp <= after for stamp in stamps)


def test_sqlite_utils_finds_every_step_applied(db_path):
    open_database(db_path).close()
    assert schema.migrations().pending(UtilsDatabase(db_path)) == []


def test_creating_a_file_does_not_import_sqlite_utils(tmp_path):
    code = (
        "import sys; from annotator.store import open_database; "
        f"open_database(__import__('pathlib').Path({str(tmp_path / 'new.db')!r})).close(); "
        "print(sorted(m for m in ('sqlite_utils', 'numpy', 'pandas') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
