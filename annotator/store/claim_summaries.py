"""The claims of a reviewer as the Claims view shows them: figures per claim, and a
claim's timeline. Reads only, joining appearances to their articles' dates and
to the reviewer's links; each is one query whatever the number of claims.
"""

from __future__ import annotations

import datetime as _dt
from typing import NamedTuple

from sqlite_utils import Database

from .claims import parse_date


class ClaimSummary(NamedTuple):
    """A row of the Claims view; first and last seen are article dates."""

    id: int
    statement: str
    verdict: str | None
    appearances: int
    articles: int
    first_seen: _dt.date | None
    last_seen: _dt.date | None
    contradictions: int
    updated_at: str


class TimelineEntry(NamedTuple):
    """An appearance with what the timeline shows of it: its article and its sentence."""

    article_id: str
    title: str
    date: _dt.date | None
    sentence_id: int
    start: int
    end: int
    text: str


_SUMMARIES = """
WITH seen AS (
    SELECT a.claim_id, count(*) AS appearances, count(DISTINCT s.article_id) AS articles,
           min(r.date) AS first_seen, max(r.date) AS last_seen
    FROM claim_appearances a
    JOIN sentences s ON s.id = a.sentence_id
    JOIN articles r ON r.id = s.article_id
    WHERE a.reviewer_id = :reviewer
    GROUP BY a.claim_id
), contradictions AS (
    SELECT f.claim_id, count(*) AS n
    FROM links l
    JOIN claim_appearances f ON f.reviewer_id = l.reviewer_id AND f.sentence_id = l.from_sentence_id
    JOIN claim_appearances t ON t.reviewer_id = l.reviewer_id AND t.sentence_id = l.to_sentence_id
    WHERE l.reviewer_id = :reviewer AND l.relation = 'contradicts' AND t.claim_id = f.claim_id
    GROUP BY f.claim_id
)
SELECT c.id, c.statement, c.verdict, coalesce(seen.appearances, 0), coalesce(seen.articles, 0),
       seen.first_seen, seen.last_seen, coalesce(contradictions.n, 0), c.updated_at
FROM claims c
LEFT JOIN seen ON seen.claim_id = c.id
LEFT JOIN contradictions ON contradictions.claim_id = c.id
WHERE c.reviewer_id = :reviewer
ORDER BY c.updated_at DESC, c.id DESC
"""


def claim_summaries(db: Database, reviewer: int) -> list[ClaimSummary]:
    """Every claim of the reviewer with its figures, most recently changed first, in one query.

    A contradiction is a ``contradicts`` link of the reviewer whose two ends
    both state the claim; undated articles count for nothing in first/last seen.
    """
    return [
        ClaimSummary(*row[:5], parse_date(row[5]), parse_date(row[6]), *row[7:])
        for row in db.execute(_SUMMARIES, {"reviewer": reviewer})
    ]


def timeline(db: Database, claim_id: int) -> list[TimelineEntry]:
    """The claim's appearances by article date (undated last), then article, then offset."""
    rows = db.execute(
        "SELECT s.article_id, r.title, r.date, s.id, s.char_start, s.char_end, s.text"
        " FROM claim_appearances a JOIN sentences s ON s.id = a.sentence_id"
        " JOIN articles r ON r.id = s.article_id WHERE a.claim_id = ?"
        " ORDER BY r.date IS NULL, r.date, s.article_id, s.char_start",
        [claim_id],
    )
    return [TimelineEntry(*row[:2], parse_date(row[2]), *row[3:]) for row in rows]
