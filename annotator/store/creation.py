"""A new annotator file: every schema step run directly, recorded as sqlite-utils records it.

Running the steps through sqlite-utils ``Migrations`` imports sqlite-utils,
which imports NumPy and pandas when installed: 0.4-0.8 s of CPU before the
first article of ``annotator import`` into a new file, more than the import
of a thousand small files. A new file has no step applied yet, so there is
nothing for ``Migrations`` to decide: the steps run in order here, and their
record is written in the very table and rows ``Migrations`` writes, so that
the next release's upgrade (through ``Migrations``) finds them applied.
"""

from __future__ import annotations

import datetime

from . import schema
from .database import Database

#: ``_sqlite_migrations`` as sqlite-utils 4 creates it (``Migrations.ensure_migrations_table``).
MIGRATIONS_TABLE = (
    'CREATE TABLE "_sqlite_migrations" (\n   "id" INTEGER PRIMARY KEY,\n   "migration_set" TEXT,\n'
    '   "name" TEXT,\n   "applied_at" TEXT\n)',
    'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"\n'
    '    ON "_sqlite_migrations" ("migration_set", "name")',
)


def create(db: Database) -> None:
    """Bring an empty file to the current schema, in the caller's transaction."""
    for statement in MIGRATIONS_TABLE:
        db.execute(statement)
    for name, step in schema.STEPS:
        step(db)
        db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [schema.MIGRATION_SET, name, str(datetime.datetime.now(datetime.timezone.utc))],
        )
    db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
