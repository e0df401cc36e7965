"""Claims: what a reviewer says is asserted, its verdict and sources, and the sentences stating it.

Like :mod:`annotations`, every function runs inside the caller's transaction.
Rows come back as the named tuples below, dates a reviewer gives as
``datetime.date`` and timestamps as the stored ISO text. Undo needs a deleted
claim back exactly as it was, so :func:`delete_claim` returns everything it
removed and :func:`restore_claim` writes it back with the same ids and
timestamps; an import writes through the same path (:func:`write_claims`).

A sentence is in at most one claim per reviewer: :func:`add_appearance` and
:func:`write_claims` refuse with :class:`AppearanceTaken`, which names the
claim holding the sentence so the facade can say which.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

from .database import Database


class ClaimRow(NamedTuple):
    """The claim itself; ``id`` None for one not yet written (an import)."""

    id: int | None
    reviewer_id: int
    statement: str
    verdict: str | None
    rationale: str
    checked_at: _dt.date | None
    created_at: str
    updated_at: str


class Source(NamedTuple):
    """A URL or a citation, its title and the day it was consulted; ``id`` None when new."""

    url: str
    title: str = ""
    accessed: _dt.date | None = None
    id: int | None = None


class Appearance(NamedTuple):
    """A sentence stating the claim, named both ways: by id in this file, by offsets anywhere."""

    sentence_id: int
    article_id: str
    start: int
    end: int
    added_at: str


class StoredClaim(NamedTuple):
    """A claim with its sources (in order) and appearances (by article, then offset)."""

    claim: ClaimRow
    sources: tuple[Source, ...]
    appearances: tuple[Appearance, ...]


class AppearanceTaken(Exception):
    """The sentence already states another claim of the same reviewer."""

    def __init__(self, sentence_id: int, claim_id: int):
        super().__init__(f"sentence {sentence_id} already appears in claim {claim_id}")
        self.sentence_id = sentence_id
        self.claim_id = claim_id


class UnknownClaim(LookupError):
    def __init__(self, claim_id: int):
        super().__init__(f"no claim {claim_id}")
        self.claim_id = claim_id


@lru_cache(maxsize=4096)
def parse_date(text: str | None) -> _dt.date | None:
    """A stored YYYY-MM-DD (or NULL) as a date; cached, since a list of claims repeats
    few distinct article dates."""
    return _dt.date.fromisoformat(text) if text else None


def _iso(day: _dt.date | None) -> str | None:
    return day.isoformat() if day else None


# -- one claim ---------------------------------------------------------------

_CLAIM_COLUMNS = "id, reviewer_id, statement, verdict, rationale, checked_at, created_at, updated_at"

_SOURCES = "SELECT s.claim_id, s.url, s.title, s.accessed, s.id FROM claim_sources s"
_APPEARANCES = (
    "SELECT a.claim_id, a.sentence_id, s.article_id, s.char_start, s.char_end, a.added_at"
    " FROM claim_appearances a JOIN sentences s ON s.id = a.sentence_id"
)


def _claim_row(row: tuple) -> ClaimRow:
    return ClaimRow(*row[:5], parse_date(row[5]), *row[6:])


def create_claim(
    db: Database, reviewer: int, statement: str, now: str, claim_id: int | None = None
) -> int:
    """A new claim with no verdict yet; ``claim_id`` lets redo bring back the id undo removed."""
    cursor = db.execute(
        "INSERT INTO claims (id, reviewer_id, statement, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [claim_id, reviewer, statement, now, now],
    )
    return cursor.lastrowid  # type: ignore[return-value]


def update_claim(
    db: Database, claim_id: int, *, statement: str, verdict: str | None, rationale: str,
    checked_at: _dt.date | None, now: str,
) -> bool:
    """Set all four values (undo sets the old ones back); True when the claim exists."""
    cursor = db.execute(
        "UPDATE claims SET statement = ?, verdict = ?, rationale = ?, checked_at = ?,"
        " updated_at = ? WHERE id = ?",
        [statement, verdict, rationale, _iso(checked_at), now, claim_id],
    )
    return cursor.rowcount > 0


def set_sources(db: Database, claim_id: int, sources: Iterable[Source], now: str) -> None:
    """Make the claim's sources exactly ``sources``, in that order."""
    db.execute("DELETE FROM claim_sources WHERE claim_id = ?", [claim_id])
    _insert_sources(db, ((claim_id, position, source) for position, source in enumerate(sources)))
    _touch(db, claim_id, now)


def _insert_sources(db: Database, rows: Iterable[tuple[int, int, Source]]) -> None:
    db.conn.executemany(
        "INSERT INTO claim_sources (id, claim_id, position, url, title, accessed)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        ((s.id, claim_id, position, s.url, s.title, _iso(s.accessed))
         for claim_id, position, s in rows),
    )


def _touch(db: Database, claim_id: int, now: str) -> None:
    db.execute("UPDATE claims SET updated_at = ? WHERE id = ?", [now, claim_id])


def get_claim(db: Database, claim_id: int) -> StoredClaim | None:
    row = db.execute(f"SELECT {_CLAIM_COLUMNS} FROM claims WHERE id = ?", [claim_id]).fetchone()
    if row is None:
        return None
    sources = db.execute(_SOURCES + " WHERE s.claim_id = ? ORDER BY s.position", [claim_id])
    appearances = db.execute(
        _APPEARANCES + " WHERE a.claim_id = ? ORDER BY s.article_id, s.char_start", [claim_id]
    )
    return StoredClaim(
        _claim_row(row),
        tuple(_source(r[1:]) for r in sources),
        tuple(Appearance(*r[1:]) for r in appearances),
    )


def _source(row: tuple) -> Source:
    url, title, accessed, source_id = row
    return Source(url, title, parse_date(accessed), source_id)


def delete_claim(db: Database, claim_id: int) -> StoredClaim | None:
    """Remove the claim, its sources and appearances; returns them for :func:`restore_claim`."""
    stored = get_claim(db, claim_id)
    if stored is not None:
        db.execute("DELETE FROM claims WHERE id = ?", [claim_id])
    return stored


def restore_claim(db: Database, stored: StoredClaim) -> None:
    """Write back a deleted claim as it was: same ids, same timestamps."""
    write_claims(db, [stored])


# -- appearances -------------------------------------------------------------

def add_appearance(db: Database, claim_id: int, sentence_id: int, now: str) -> bool:
    """Put the sentence in the claim; False when it already is.

    The appearance takes the claim's reviewer (a trigger also refuses any
    other); a sentence in another claim of that reviewer is refused with
    :class:`AppearanceTaken`.
    """
    row = db.execute("SELECT reviewer_id FROM claims WHERE id = ?", [claim_id]).fetchone()
    if row is None:
        raise UnknownClaim(claim_id)
    holder = claim_of_sentence(db, row[0], sentence_id)
    if holder == claim_id:
        return False
    if holder is not None:
        raise AppearanceTaken(sentence_id, holder)
    db.execute(
        "INSERT INTO claim_appearances (claim_id, sentence_id, reviewer_id, added_at)"
        " VALUES (?, ?, ?, ?)",
        [claim_id, sentence_id, row[0], now],
    )
    _touch(db, claim_id, now)
    return True


def remove_appearance(db: Database, claim_id: int, sentence_id: int, now: str) -> bool:
    """Take the sentence out of the claim; True when it was in it."""
    cursor = db.execute(
        "DELETE FROM claim_appearances WHERE claim_id = ? AND sentence_id = ?",
        [claim_id, sentence_id],
    )
    if cursor.rowcount > 0:
        _touch(db, claim_id, now)
    return cursor.rowcount > 0


def claim_of_sentence(db: Database, reviewer: int, sentence_id: int) -> int | None:
    row = db.execute(
        "SELECT claim_id FROM claim_appearances WHERE reviewer_id = ? AND sentence_id = ?",
        [reviewer, sentence_id],
    ).fetchone()
    return row[0] if row else None


def claims_of_article(db: Database, reviewer: int, article_id: str) -> dict[int, int]:
    """Sentence id -> claim id, for the sentences of one article that state a claim."""
    rows = db.execute(
        "SELECT a.sentence_id, a.claim_id FROM claim_appearances a"
        " JOIN sentences s ON s.id = a.sentence_id WHERE a.reviewer_id = ? AND s.article_id = ?",
        [reviewer, article_id],
    )
    return dict(rows.fetchall())


# -- a whole reviewer's claims: export, import -------------------------------

def iter_claims(db: Database, reviewer: int) -> Iterator[StoredClaim]:
    """Every claim of the reviewer by id, read lazily in three ordered passes (not one
    query per claim); run it inside :func:`connection.snapshot` for a consistent export."""
    params = {"reviewer": reviewer}
    owned = " JOIN claims c ON c.id = {}.claim_id WHERE c.reviewer_id = :reviewer"
    sources = _by_claim(db.execute(
        _SOURCES + owned.format("s") + " ORDER BY s.claim_id, s.position", params))
    appearances = _by_claim(db.execute(
        _APPEARANCES + owned.format("a") + " ORDER BY a.claim_id, s.article_id, s.char_start",
        params))
    rows = db.execute(
        f"SELECT {_CLAIM_COLUMNS} FROM claims WHERE reviewer_id = :reviewer ORDER BY id", params)
    for row in rows:
        yield StoredClaim(
            _claim_row(row),
            tuple(_source(r) for r in sources(row[0])),
            tuple(Appearance(*r) for r in appearances(row[0])),
        )


def _by_claim(rows: Iterable[tuple]) -> Callable[[int], list[tuple]]:
    """For rows ordered by claim id (first column): a function giving the rest of
    each claim's rows, to be called with ascending claim ids."""
    groups = groupby(rows, key=itemgetter(0))
    pending = next(groups, None)

    def take(claim_id: int) -> list[tuple]:
        nonlocal pending
        if pending is None or pending[0] != claim_id:
            return []
        found = [row[1:] for row in pending[1]]
        pending = next(groups, None)
        return found

    return take


def clear_claims(db: Database, reviewer: int, article_ids: Iterable[str] | None = None) -> None:
    """Remove the reviewer's claims: all, or those stating anything in these articles.

    A claim with no appearance belongs to no article, and an import brings the
    reviewer's such claims again: clearing any articles clears them too, so
    that importing twice does not double them.
    """
    if article_ids is None:
        db.execute("DELETE FROM claims WHERE reviewer_id = ?", [reviewer])
        return
    db.execute(
        """
        DELETE FROM claims WHERE reviewer_id = :reviewer AND (
            id IN (SELECT a.claim_id FROM claim_appearances a
                   JOIN sentences s ON s.id = a.sentence_id
                   WHERE a.reviewer_id = :reviewer
                     AND s.article_id IN (SELECT value FROM json_each(:articles)))
            OR id NOT IN (SELECT claim_id FROM claim_appearances WHERE reviewer_id = :reviewer))
        """,
        {"reviewer": reviewer, "articles": json.dumps(list(article_ids))},
    )


def ids_taken(db: Database, claim_ids: Iterable[int]) -> set[int]:
    """Which of these ids some claim (of any reviewer) already has."""
    rows = db.execute(
        "SELECT id FROM claims WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(list(claim_ids))]
    )
    return {row[0] for row in rows}


def write_claims(db: Database, claims: Iterable[StoredClaim]) -> list[int]:
    """Write claims with their sources and appearances, keeping the ids given and
    numbering the others after the highest; returns the ids in order.

    A sentence stated twice in the batch (even by one claim), or already in a
    claim of the same reviewer, is refused with :class:`AppearanceTaken` before anything is written.
    """
    next_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM claims").fetchone()[0]
    heads, sources, appearances, ids = [], [], [], []
    for stored in claims:
        claim = stored.claim
        claim_id = next_id if claim.id is None else claim.id
        next_id = max(next_id, claim_id + 1)
        ids.append(claim_id)
        heads.append((claim_id, *claim[1:5], _iso(claim.checked_at), *claim[6:]))
        sources.extend((claim_id, n, source) for n, source in enumerate(stored.sources))
        appearances.extend(
            (claim_id, a.sentence_id, claim.reviewer_id, a.added_at) for a in stored.appearances
        )
    _refuse_taken(db, appearances)
    db.conn.executemany(f"INSERT INTO claims ({_CLAIM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", heads)
    _insert_sources(db, sources)
    db.conn.executemany(
        "INSERT INTO claim_appearances (claim_id, sentence_id, reviewer_id, added_at)"
        " VALUES (?, ?, ?, ?)",
        appearances,
    )
    return ids


def _refuse_taken(db: Database, appearances: list[tuple[int, int, int, str]]) -> None:
    held: dict[tuple[int, int], int] = {}
    for claim_id, sentence_id, reviewer, _ in appearances:
        if (reviewer, sentence_id) in held:
            raise AppearanceTaken(sentence_id, held[reviewer, sentence_id])
        held[reviewer, sentence_id] = claim_id
    row = db.execute(
        "SELECT a.sentence_id, a.claim_id FROM json_each(?) j JOIN claim_appearances a"
        " ON a.reviewer_id = json_extract(j.value, '$[0]')"
        " AND a.sentence_id = json_extract(j.value, '$[1]') LIMIT 1",
        [json.dumps(list(held))],
    ).fetchone()
    if row is not None:
        raise AppearanceTaken(*row)
