"""Fact-check fields of tagged sentences, per reviewer: a statistic's value, unit,
period and source; a quote's speaker.

Every function runs inside the caller's transaction. An empty value removes
the row, so "no value" has one representation (the schema refuses ``''``);
which (label, field) pairs exist is the schema's CHECK, not repeated here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from .database import Database


class FieldRow(NamedTuple):
    """One field of one sentence, the sentence named by article and offsets."""

    article_id: str
    start: int
    end: int
    label: str
    field: str
    value: str


def fields_of_sentence(db: Database, reviewer: int, sentence_id: int) -> dict[str, dict[str, str]]:
    """Label -> field -> value, for the fields the reviewer filled in on the sentence."""
    result: dict[str, dict[str, str]] = {}
    rows = db.execute(
        "SELECT label, field, value FROM sentence_fields WHERE reviewer_id = ? AND sentence_id = ?",
        [reviewer, sentence_id],
    )
    for label, field, value in rows:
        result.setdefault(label, {})[field] = value
    return result


def set_field(
    db: Database, reviewer: int, sentence_id: int, label: str, field: str, value: str, now: str
) -> bool:
    """Set (or, with ``''``, clear) one field; True when the file changed."""
    if value:
        cursor = db.execute(
            "INSERT INTO sentence_fields (reviewer_id, sentence_id, label, field, value, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (reviewer_id, sentence_id, label, field)"
            " DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"
            " WHERE value IS NOT excluded.value",
            [reviewer, sentence_id, label, field, value, now],
        )
    else:
        cursor = db.execute(
            "DELETE FROM sentence_fields WHERE reviewer_id = ? AND sentence_id = ? AND label = ?"
            " AND field = ?",
            [reviewer, sentence_id, label, field],
        )
    return cursor.rowcount > 0


def iter_fields(db: Database, reviewer: int) -> Iterator[FieldRow]:
    """Every field of the reviewer, by article, offset, label and field, read lazily."""
    rows = db.execute(
        "SELECT s.article_id, s.char_start, s.char_end, f.label, f.field, f.value"
        " FROM sentence_fields f JOIN sentences s ON s.id = f.sentence_id"
        " WHERE f.reviewer_id = ? ORDER BY s.article_id, s.char_start, f.label, f.field",
        [reviewer],
    )
    return (FieldRow(*row) for row in rows)


def clear_fields(db: Database, reviewer: int, article_ids: Iterable[str] | None = None) -> None:
    """Remove the reviewer's fields: all, or those on sentences of these articles."""
    if article_ids is None:
        db.execute("DELETE FROM sentence_fields WHERE reviewer_id = ?", [reviewer])
        return
    db.execute(
        "DELETE FROM sentence_fields WHERE reviewer_id = :reviewer AND sentence_id IN"
        " (SELECT id FROM sentences WHERE article_id IN (SELECT value FROM json_each(:articles)))",
        {"reviewer": reviewer, "articles": json.dumps(list(article_ids))},
    )


def write_fields(
    db: Database, reviewer: int, rows: Iterable[tuple[int, str, str, str]], now: str
) -> None:
    """Write (sentence id, label, field, value) rows, replacing any value there; empty ones skipped."""
    db.conn.executemany(
        "INSERT OR REPLACE INTO sentence_fields"
        " (reviewer_id, sentence_id, label, field, value, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        ((reviewer, sid, label, field, value, now) for sid, label, field, value in rows if value),
    )
