"""What the formats that quote and date each piece of work read beyond the JSON export's rows:
when each sentence's fields were changed (its labels' and note's times come with them, from
``bulk.marks_of_article``), and each link end or claim appearance quoted in context.

Rows, not model objects: ``project.exports`` turns them into :mod:`annotator.exchange.work`
values. Quotes are cut by SQLite's ``substr``, which counts characters (code points) as
the offsets do, so a link's far end need not have its article read in full.
"""

from __future__ import annotations

from collections.abc import Iterator

from .bulk import Stamps
from .database import Database

#: Code points of context on each side of a quote (as exchange.work.CONTEXT_CHARS).
CONTEXT = 32

#: (article id, start, end, article url, exact, prefix, suffix)
PlaceRow = tuple[str, int, int, str, str, str, str]

_PLACE = """{s}.article_id, {s}.char_start, {s}.char_end, {a}.url, {s}.text,
    substr({a}.text, max(1, {s}.char_start - {n} + 1), {s}.char_start - max(0, {s}.char_start - {n})),
    substr({a}.text, {s}.char_end + 1, {n})"""


def add_field_stamps(db: Database, reviewer: int, article_id: str, stamps: Stamps) -> None:
    """Widen ``stamps`` ((start, end) -> (first, last) time of the reviewer's work on that
    sentence, as ``bulk.marks_of_article`` gives it for labels and notes) by the times of
    the fields of the article's sentences: a range read on the key over its consecutive ids."""
    rows = db.execute(
        """SELECT s.char_start, s.char_end, min(w.updated_at), max(w.updated_at) FROM sentence_fields w
        JOIN sentences s ON s.id = w.sentence_id WHERE w.reviewer_id = :r AND w.sentence_id
            BETWEEN (SELECT min(id) FROM sentences WHERE article_id = :a)
            AND (SELECT max(id) FROM sentences WHERE article_id = :a)
        GROUP BY w.sentence_id""",
        {"r": reviewer, "a": article_id},
    )
    for start, end, first, last in rows:
        known = stamps.get((start, end))
        if known is not None:
            first, last = min(first, known[0]), max(last, known[1])
        stamps[start, end] = (first, last)


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

