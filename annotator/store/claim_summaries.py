"""The claims of a reviewer as the Claims view shows them: figures per claim, and a
claim's timeline. Reads only, each one query whatever the number of claims: the
figures are kept per claim by the schema's triggers, so listing 10,000 claims
reads 10,000 rows rather than joining every appearance to its article and links.
"""

from __future__ import annotations

import datetime as _dt
from typing import NamedTuple

from .database import Database

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
SELECT c.id, c.statement, c.verdict, coalesce(f.appearances, 0), coalesce(f.articles, 0),
       f.first_seen, f.last_seen, coalesce(f.contradictions, 0), c.updated_at
FROM claims c LEFT JOIN claim_figures f ON f.claim_id = c.id
WHERE c.reviewer_id = ?
ORDER BY c.updated_at DESC, c.id DESC
"""


def claim_summaries(db: Database, reviewer: int) -> list[ClaimSummary]:
    """Every claim of the reviewer with its figures, most recently changed first, in one query.

    A contradiction is a ``contradicts`` link of the reviewer whose two ends
    both state the claim; undated articles count for nothing in first/last seen.
    The figures are kept by triggers (schema step 4, ``claim_figures``).
    """
    return [
        ClaimSummary(claim_id, statement, verdict, appearances, articles,
                     parse_date(first), parse_date(last), contradictions, updated_at)
        for claim_id, statement, verdict, appearances, articles, first, last, contradictions,
        updated_at in db.execute(_SUMMARIES, [reviewer])
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
