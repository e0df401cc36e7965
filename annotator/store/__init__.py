"""The SQLite file: schema and migrations, opening it safely, and the queries.

Only this package speaks SQL. Its functions take an open ``Database`` and run
inside the caller's transaction (see :func:`connection.transaction`). The
error it raises for an unusable file is :class:`annotator.errors.StoreError`.
"""

from .connection import (
    bulk_import,
    data_version,
    open_database,
    refusal,
    schema_version,
    snapshot,
    transaction,
)

__all__ = ["bulk_import", "data_version", "open_database", "refusal", "schema_version", "snapshot", "transaction"]
