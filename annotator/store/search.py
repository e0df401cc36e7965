"""Full-text search over every sentence, through the FTS5 index.

The user types words, not FTS5 syntax: each word becomes a quoted prefix term
so that quotes, hyphens or ``AND`` in the box never raise a syntax error.
"""

from __future__ import annotations

import re

from sqlite_utils import Database

from ..model import SearchHit

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """User words -> an FTS5 query matching sentences holding all of them (as prefixes)."""
    return " ".join(f'"{word}"*' for word in _WORD.findall(text))


def search(db: Database, text: str, limit: int = 200) -> list[SearchHit]:
    query = fts_query(text)
    if not query:
        return []
    rows = db.execute(
        """
        SELECT s.id, s.article_id, a.title, s.char_start, s.char_end, s.text
        FROM sentences_fts f
        JOIN sentences s ON s.id = f.rowid
        JOIN articles a ON a.id = s.article_id
        WHERE sentences_fts MATCH ?
        ORDER BY f.rank
        LIMIT ?
        """,
        [query, limit],
    ).fetchall()
    return [SearchHit(*row) for row in rows]
