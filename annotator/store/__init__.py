"""The SQLite file: schema and migrations, opening it safely, and the queries.

Only this package speaks SQL. Its functions take an open ``Database`` and run
inside the caller's transaction (see :func:`connection.transaction`).
"""

from .connection import (
    StoreError,
    bulk_import,
    explain,
    open_database,
    schema_version,
    snapshot,
    transaction,
)

__all__ = ["StoreError", "bulk_import", "explain", "open_database", "schema_version", "snapshot", "transaction"]
