"""A whole reviewer's layer at once: read for export and comparison, written for import and merge.

Per-sentence calls would be fine for one user action but far too slow for a
million labels, so these read article by article and write with
``executemany``, always inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from .database import Database

from ..model import LABELS

#: (start, end) -> (labels, note)
SentenceMarks = dict[tuple[int, int], tuple[tuple[str, ...], str]]
#: (start, end) -> (first, last) time of a sentence's work, ISO 8601
Stamps = dict[tuple[int, int], tuple[str, str]]
#: (from article, from start, from end, to article, to start, to end, relation, note)
LinkRow = tuple[str, int, int, str, int, int, str, str]


def marks_of_article(
    db: Database, reviewer: int | None, article_id: str, stamps: Stamps | None = None,
) -> SentenceMarks:
    """Offsets -> (labels in canonical order, note) for every sentence of one article.

    An article's sentence ids are consecutive (written in one insert), so its
    labels and notes are one range read each on their primary keys, rather than
    a lookup per sentence: export of a million labels about twice as fast.
    ``stamps``, when given, is filled with when each sentence's labels and note were first
    and last changed, read in the same pass: a second read of the labels for the times
    cost the W3C and CSV exports a tenth of their time.
    """
    sentences = db.execute(
        "SELECT id, char_start, char_end FROM sentences WHERE article_id = ? ORDER BY char_start",
        [article_id],
    ).fetchall()
    if not sentences:
        return {}
    span = {"reviewer": reviewer if reviewer is not None else -1,
            "first": sentences[0][0], "last": sentences[-1][0]}
    if stamps is not None:
        return _stamped_marks(db, span, sentences, stamps)
    labels = dict(db.execute(
        "SELECT sentence_id, group_concat(label) FROM labels WHERE reviewer_id = :reviewer"
        " AND sentence_id BETWEEN :first AND :last GROUP BY sentence_id", span,
    ).fetchall())
    notes = dict(db.execute(
        "SELECT sentence_id, note FROM notes WHERE reviewer_id = :reviewer"
        " AND sentence_id BETWEEN :first AND :last", span,
    ).fetchall())
    return {
        (start, end): (_canonical(labels.get(sid)), notes.get(sid, ""))
        for sid, start, end in sentences
    }


def _stamped_marks(db: Database, span: dict, sentences: list, stamps: Stamps) -> SentenceMarks:
    """:func:`marks_of_article` with the times of each sentence's labels and note put in ``stamps``."""
    labels = {sid: (names, first, last) for sid, names, first, last in db.execute(
        "SELECT sentence_id, group_concat(label), min(created_at), max(created_at) FROM labels"
        " WHERE reviewer_id = :reviewer AND sentence_id BETWEEN :first AND :last GROUP BY sentence_id", span,
    )}
    notes = {sid: (note, at) for sid, note, at in db.execute(
        "SELECT sentence_id, note, updated_at FROM notes WHERE reviewer_id = :reviewer"
        " AND sentence_id BETWEEN :first AND :last", span,
    )}
    marks: SentenceMarks = {}
    for sid, start, end in sentences:
        names, first, last = labels.get(sid, _UNMARKED)
        note, at = notes.get(sid, _NO_NOTE)
        marks[start, end] = (_canonical(names), note)
        if at:
            first, last = (min(first, at), max(last, at)) if first else (at, at)
        if first:
            stamps[start, end] = (first, last)
    return marks


_UNMARKED = (None, "", "")
_NO_NOTE = ("", "")


@lru_cache(maxsize=64)
def _canonical(labels: str | None) -> tuple[str, ...]:
    """``"quote,claim"`` -> ``("claim", "quote")``: the order of ``LABELS``, sorted once
    per distinct string (a handful) rather than by SQL for every sentence."""
    return tuple(sorted(labels.split(","), key=LABELS.index)) if labels else ()


def article_ids(db: Database) -> list[str]:
    return [row[0] for row in db.execute("SELECT id FROM articles")]


def statuses(db: Database, reviewer: int | None) -> dict[str, str]:
    rows = db.execute(
        "SELECT article_id, status FROM article_status WHERE reviewer_id = ?",
        [reviewer if reviewer is not None else -1],
    )
    return dict(rows.fetchall())


def link_rows(db: Database, reviewer: int | None) -> Iterator[LinkRow]:
    """Every link of the reviewer with both ends named by article and offsets."""
    return db.execute(
        """
        SELECT a.article_id, a.char_start, a.char_end, b.article_id, b.char_start, b.char_end,
               l.relation, l.note
        FROM links l
        JOIN sentences a ON a.id = l.from_sentence_id
        JOIN sentences b ON b.id = l.to_sentence_id
        WHERE l.reviewer_id = ? ORDER BY l.id
        """,
        [reviewer if reviewer is not None else -1],
    )


def sentence_ids(db: Database, article_id: str) -> dict[tuple[int, int], int]:
    rows = db.execute(
        "SELECT char_start, char_end, id FROM sentences WHERE article_id = ?", [article_id]
    )
    return {(start, end): sid for start, end, sid in rows}


def clear_articles(db: Database, reviewer: int, article_ids: Iterable[str]) -> None:
    """Remove the reviewer's labels, notes, status and links on these articles."""
    for article_id in article_ids:
        inner = "SELECT id FROM sentences WHERE article_id = :article"
        params = {"reviewer": reviewer, "article": article_id}
        db.execute(f"DELETE FROM labels WHERE reviewer_id = :reviewer AND sentence_id IN ({inner})", params)
        db.execute(f"DELETE FROM notes WHERE reviewer_id = :reviewer AND sentence_id IN ({inner})", params)
        db.execute(
            f"DELETE FROM links WHERE reviewer_id = :reviewer AND"
            f" (from_sentence_id IN ({inner}) OR to_sentence_id IN ({inner}))",
            params,
        )
        db.execute(
            "DELETE FROM article_status WHERE reviewer_id = :reviewer AND article_id = :article", params
        )


def write_labels(db: Database, reviewer: int, rows: Iterable[tuple[int, str]], now: str) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO labels (reviewer_id, sentence_id, label, created_at) VALUES (?, ?, ?, ?)",
        ((reviewer, sid, label, now) for sid, label in rows),
    )


def write_notes(db: Database, reviewer: int, rows: Iterable[tuple[int, str]], now: str) -> None:
    db.conn.executemany(
        "INSERT OR REPLACE INTO notes (reviewer_id, sentence_id, note, updated_at) VALUES (?, ?, ?, ?)",
        ((reviewer, sid, note, now) for sid, note in rows if note),
    )


def write_statuses(db: Database, reviewer: int, rows: Iterable[tuple[str, str]], now: str) -> None:
    db.conn.executemany(
        "INSERT OR REPLACE INTO article_status (reviewer_id, article_id, status, updated_at)"
        " VALUES (?, ?, ?, ?)",
        ((reviewer, article_id, status, now) for article_id, status in rows),
    )


def write_links(
    db: Database, reviewer: int, rows: Iterable[tuple[int, int, str, str]], now: str
) -> None:
    db.conn.executemany(
        "INSERT OR REPLACE INTO links (reviewer_id, from_sentence_id, to_sentence_id, relation,"
        " note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        ((reviewer, a, b, relation, note, now, now) for a, b, relation, note in rows),
    )


#: kind of work -> the SQL counting the reviewer's (``:reviewer``) rows of it
_HOLDINGS = {
    "labels": "SELECT count(*) FROM labels WHERE reviewer_id = :reviewer",
    "notes": "SELECT count(*) FROM notes WHERE reviewer_id = :reviewer",
    "links": "SELECT count(*) FROM links WHERE reviewer_id = :reviewer",
    "statuses": "SELECT count(*) FROM article_status WHERE reviewer_id = :reviewer AND status <> 'todo'",
    "claims": "SELECT count(*) FROM claims WHERE reviewer_id = :reviewer",
    "fields": "SELECT count(*) FROM sentence_fields WHERE reviewer_id = :reviewer",
}


def holdings(db: Database, reviewer: int | None) -> dict[str, int]:
    """How much work of each kind the reviewer's layer holds: whatever a whole-layer
    write would replace, so that refusing one counts it all, not only labels and links."""
    params = {"reviewer": reviewer if reviewer is not None else -1}
    return {kind: db.execute(sql, params).fetchone()[0] for kind, sql in _HOLDINGS.items()}
