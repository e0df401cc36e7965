"""Full-text search over every sentence, through the FTS5 index.

The user types words, not FTS5 syntax: each word becomes a quoted term, so
that quotes, hyphens or ``AND`` in the box never raise a syntax error. Only the
last word is a prefix, as in search-as-you-type: a short word inside the query
("de" in "surveillance de masse") taken as a prefix would match most of the
index, and the time a query takes grows with what it matches.
"""

from __future__ import annotations

import re

from .database import Database

from ..model import SearchHit

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """User words -> an FTS5 query for sentences holding all of them, the last as a prefix."""
    terms = [f'"{word}"' for word in _WORD.findall(text)]
    if terms:
        terms[-1] += "*"
    return " ".join(terms)


#: Ranking (bm25) costs time per matching sentence, so a query matching more than
#: this many sentences is ranked over its first RANK_WINDOW matches (in import
#: order) only: one that broad is refined, not read, and must answer as fast as a
#: narrow one.
RANK_WINDOW = 5_000


def search(db: Database, text: str, limit: int = 200) -> list[SearchHit]:
    query = fts_query(text)
    if not query:
        return []
    # The rowid of the RANK_WINDOW-th match, if there are that many: a cheap walk of
    # the index (no ranking, no row read), then the ranking stops at that rowid.
    last = db.execute(
        "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 1 OFFSET ?",
        [query, RANK_WINDOW - 1],
    ).fetchone()
    rows = db.execute(
        f"""
        SELECT s.id, s.article_id, a.title, s.char_start, s.char_end, s.text
        FROM sentences_fts f
        JOIN sentences s ON s.id = f.rowid
        JOIN articles a ON a.id = s.article_id
        WHERE sentences_fts MATCH :query {"AND f.rowid <= :last" if last else ""}
        ORDER BY f.rank
        LIMIT :limit
        """,
        {"query": query, "limit": limit, "last": last[0] if last else None},
    ).fetchall()
    return [SearchHit(*row) for row in rows]
