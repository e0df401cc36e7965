"""What the formats that quote and date each piece of work read beyond the JSON export's rows:
when each sentence's work was done, and each link end or claim appearance quoted in context.

Rows, not model objects: ``project.exports`` turns them into :mod:`annotator.exchange.work`
values. Quotes are cut by SQLite's ``substr``, which counts characters (code points) as
the offsets do, so a link's far end need not have its article read in full.
"""

from __future__ import annotations

from collections.abc import Iterator

from .database import Database

#: Code points of context on each side of a quote (as exchange.work.CONTEXT_CHARS).
CONTEXT = 32

#: (article id, start, end, article url, exact, prefix, suffix)
PlaceRow = tuple[str, int, int, str, str, str, str]

_PLACE = """{s}.article_id, {s}.char_start, {s}.char_end, {a}.url, {s}.text,
    substr({a}.text, max(1, {s}.char_start - {n} + 1), {s}.char_start - max(0, {s}.char_start - {n})),
    substr({a}.text, {s}.char_end + 1, {n})"""


def sentence_stamps(db: Database, reviewer: int, article_id: str) -> dict[tuple[int, int], tuple[str, str]]:
    """(start, end) -> (first, last) time of the reviewer's labels, note and fields on that sentence.

    Range reads on each table's primary key over the article's consecutive sentence ids
    (as ``bulk.marks_of_article``): a join over the reviewer's whole layer per article
    took a minute for 1,000 articles.
    """
    low, high = db.execute(
        "SELECT min(id), max(id) FROM sentences WHERE article_id = ?", [article_id]).fetchone()
    if low is None:
        return {}
    span = "reviewer_id = :r AND sentence_id BETWEEN :low AND :high"
    rows = db.execute(
        f"""
        SELECT s.char_start, s.char_end, w.first, w.last FROM (
            SELECT sentence_id, min(at) AS first, max(at) AS last FROM (
                SELECT sentence_id, created_at AS at FROM labels WHERE {span}
                UNION ALL SELECT sentence_id, updated_at FROM notes WHERE {span}
                UNION ALL SELECT sentence_id, updated_at FROM sentence_fields WHERE {span}
            ) GROUP BY sentence_id
        ) w JOIN sentences s ON s.id = w.sentence_id
        """,
        {"r": reviewer, "low": low, "high": high},
    )
    return {(start, end): (first, last) for start, end, first, last in rows}


def links(db: Database, reviewer: int) -> Iterator[tuple]:
    """Every link of the reviewer: PlaceRow of its start, PlaceRow of its end, relation, note,
    created, updated."""
    places = _PLACE.format(s="f", a="fa", n=CONTEXT) + ", " + _PLACE.format(s="t", a="ta", n=CONTEXT)
    return db.execute(
        f"""
        SELECT {places}, l.relation, l.note, l.created_at, l.updated_at
        FROM links l
        JOIN sentences f ON f.id = l.from_sentence_id JOIN articles fa ON fa.id = f.article_id
        JOIN sentences t ON t.id = l.to_sentence_id JOIN articles ta ON ta.id = t.article_id
        WHERE l.reviewer_id = ? ORDER BY l.id
        """,
        [reviewer],
    )


def claim_places(db: Database, reviewer: int) -> dict[tuple[str, int, int], PlaceRow]:
    """(article, start, end) -> PlaceRow of every sentence stating one of the reviewer's claims."""
    rows = db.execute(
        f"""
        SELECT {_PLACE.format(s="s", a="a", n=CONTEXT)}
        FROM claim_appearances p JOIN sentences s ON s.id = p.sentence_id JOIN articles a ON a.id = s.article_id
        WHERE p.reviewer_id = ?
        """,
        [reviewer],
    )
    return {row[:3]: row for row in rows}

