"""Schema step 0008: one unique index on sentences instead of two.

A sentence row had two unique indexes, ``(article_id, position)`` and
``(article_id, char_start, char_end)``, each one more B-tree entry (the
article id repeated) for every sentence an import writes: a tenth of an
import's CPU. They order an article's sentences alike (sentences do not
overlap, so position follows ``char_start``), and the second also keeps a
span from being written twice, so the first goes, and the queries that
ordered or stepped by position use ``char_start``.

SQLite drops such an index only with its table, so the table is rebuilt as
its documentation tells (a new table, the rows copied, the old one dropped,
the new one renamed): with foreign keys off, since dropping ``sentences``
with them on would delete every label, note and link by cascade; and with
the legacy rename, which leaves alone the views and triggers naming
``sentences`` (the name they will find again) instead of refusing them while
it is missing.
"""

from __future__ import annotations

from .database import Database

_CREATE = """CREATE TABLE sentences_rebuilt (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (article_id, char_start, char_end)
)"""

_COLUMNS = "id, article_id, position, char_start, char_end, text"


def one_unique_index(db: Database) -> None:
    """Rebuild ``sentences`` with its rows, its ids and every reference to it unchanged (the
    ids are copied, so what referred to a sentence still does; not checked here, since a
    file holding a dangling reference from before would then never open)."""
    if db.execute("PRAGMA foreign_keys").fetchone()[0]:
        raise RuntimeError("rebuilding sentences needs foreign keys off: dropping it would delete the labels")
    db.execute(_CREATE)
    db.execute(f"INSERT INTO sentences_rebuilt ({_COLUMNS}) SELECT {_COLUMNS} FROM sentences ORDER BY id")
    db.execute("DROP TABLE sentences")
    db.execute("PRAGMA legacy_alter_table = ON")
    try:
        db.execute("ALTER TABLE sentences_rebuilt RENAME TO sentences")
    finally:
        db.execute("PRAGMA legacy_alter_table = OFF")
