"""Article metadata (title, outlet, URL, author) and the file's settings, read and written.

Both are small per-file facts a person edits by hand; the caller holds the
transaction for writes, like every store module.
"""

from __future__ import annotations

from collections.abc import Iterator

from .database import Database

from ..model import META_FIELDS, ArticleMeta

_COLUMNS = ", ".join(META_FIELDS)


def meta_of(db: Database, article_id: str) -> ArticleMeta | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM articles WHERE id = ?", [article_id]).fetchone()
    return ArticleMeta(*row) if row else None


def all_meta(db: Database) -> Iterator[tuple[str, str | None, ArticleMeta]]:
    """(id, date, metadata) of every article, without their texts."""
    rows = db.execute(f"SELECT id, date, {_COLUMNS} FROM articles ORDER BY date, source, id")
    return ((row[0], row[1], ArticleMeta(*row[2:])) for row in rows)


def set_meta(db: Database, article_id: str, meta: ArticleMeta) -> None:
    assignments = ", ".join(f"{name} = ?" for name in META_FIELDS)
    db.execute(
        f"UPDATE articles SET {assignments} WHERE id = ?",
        [*(getattr(meta, name) for name in META_FIELDS), article_id],
    )


def ids_by_source_name(db: Database) -> dict[str, list[str]]:
    """File name (the last part of ``source``) -> the ids of the articles read from such a file."""
    found: dict[str, list[str]] = {}
    for article_id, source in db.execute("SELECT id, source FROM articles ORDER BY id"):
        name = source.replace("\\", "/").rsplit("/", 1)[-1]
        found.setdefault(name, []).append(article_id)
    return found


def ids_by_url(db: Database) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for article_id, url in db.execute("SELECT id, url FROM articles WHERE url <> '' ORDER BY id"):
        found.setdefault(url, []).append(article_id)
    return found


def setting(db: Database, key: str) -> str:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else ""


def set_setting(db: Database, key: str, value: str) -> None:
    if value:
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, value])
    else:
        db.execute("DELETE FROM settings WHERE key = ?", [key])
