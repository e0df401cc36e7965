"""What the suggestions need from the file: the rejections each reviewer made, and candidates.

A rejection is remembered per reviewer, sentence and label (``suggestion_rejections``),
so a suggestion turned down does not come back for that reviewer, whoever else
sees it. Candidates for "pairs worth checking" come from the full-text index the
search uses: an OR of the sentence's rarest words (their counts read from an
``fts5vocab`` table over that index, made in the connection's ``temp`` schema so
the file is not touched and a read-only file works too), ranked by bm25; the
rules of :mod:`annotator.suggest.pairs` then rank those few again. While the
index catches up after an import (``store/search_index.py``), candidates and
the words' counts come from the sentences it holds: a sentence not yet indexed
still gets candidates among those, and is no one's candidate until it is
indexed; nothing fails meanwhile.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from .database import Database

SCHEMA = """
CREATE TABLE suggestion_rejections (
    reviewer_id INTEGER NOT NULL REFERENCES reviewers(id),
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    label TEXT NOT NULL CHECK (label IN ('quote', 'statistic')),
    rejected_at TEXT NOT NULL,
    PRIMARY KEY (reviewer_id, sentence_id, label)
) WITHOUT ROWID;
"""

#: The most sentences the index hands over for the rules to rank again.
CANDIDATE_WINDOW = 100
#: The most sentences the query's words may match together: the rarest words are
#: taken while their counts add up to no more (at least one is), since bm25 costs
#: time per sentence matched (about 2 µs, see the benchmarks).
POSTINGS = 10_000
#: The most words of one sentence looked up, the rarest.
QUERY_WORDS = 10
_VOCAB = "temp.suggest_vocab"


def create(db: Database) -> None:
    db.execute(SCHEMA)


def rejected_in_article(db: Database, reviewer: int, article_id: str) -> set[tuple[int, str]]:
    """(sentence id, label) of the article's suggestions the reviewer rejected."""
    rows = db.execute(
        "SELECT r.sentence_id, r.label FROM suggestion_rejections r JOIN sentences s ON s.id = r.sentence_id"
        " WHERE r.reviewer_id = ? AND s.article_id = ?",
        [reviewer, article_id],
    )
    return {(sid, label) for sid, label in rows}


def spans_of(db: Database, article_id: str) -> list[tuple[int, int, int]]:
    """(sentence id, start, end) of the article's sentences in order: what the rules need, read
    without building a Sentence per row (a 2,000-sentence article is read often)."""
    return db.execute(
        "SELECT id, char_start, char_end FROM sentences WHERE article_id = ? ORDER BY char_start", [article_id]
    ).fetchall()


def labelled(db: Database, reviewer: int, sentence_ids: Iterable[int]) -> set[tuple[int, str]]:
    """(sentence id, label) of the reviewer's labels on these sentences."""
    rows = db.execute(
        "SELECT sentence_id, label FROM labels WHERE reviewer_id = ?"
        " AND sentence_id IN (SELECT value FROM json_each(?))", [reviewer, json.dumps(list(sentence_ids))])
    return {(sid, label) for sid, label in rows}


def rejected_of_sentence(db: Database, reviewer: int, sentence_id: int) -> set[str]:
    rows = db.execute("SELECT label FROM suggestion_rejections WHERE reviewer_id = ? AND sentence_id = ?",
                      [reviewer, sentence_id])
    return {label for (label,) in rows}


def text_before(db: Database, sentence_id: int) -> str:
    """The text of the sentence before this one in its article ("" for the first)."""
    row = db.execute(
        "SELECT b.text FROM sentences s JOIN sentences b ON b.article_id = s.article_id"
        " AND b.char_start < s.char_start WHERE s.id = ? ORDER BY b.char_start DESC LIMIT 1",
        [sentence_id]).fetchone()
    return row[0] if row else ""


def set_rejected(db: Database, reviewer: int, sentence_id: int, label: str, on: bool, now: str) -> bool:
    """Remember (or forget) a rejection; True when the file changed."""
    if on:
        cursor = db.execute(
            "INSERT OR IGNORE INTO suggestion_rejections (reviewer_id, sentence_id, label, rejected_at)"
            " VALUES (?, ?, ?, ?)", [reviewer, sentence_id, label, now])
    else:
        cursor = db.execute(
            "DELETE FROM suggestion_rejections WHERE reviewer_id = ? AND sentence_id = ? AND label = ?",
            [reviewer, sentence_id, label])
    return cursor.rowcount > 0


def sentence_total(db: Database) -> int:
    """About how many sentences the file holds (their highest id: one index step, where
    counting reads them all); what the words' rarity is measured against."""
    return db.execute("SELECT coalesce(max(id), 0) FROM sentences").fetchone()[0]


def frequencies(db: Database, words: Iterable[str]) -> dict[str, int]:
    """How many sentences hold each word (as the index folds it); absent words are left out."""
    _vocabulary(db)
    rows = db.execute(
        f"SELECT term, doc FROM {_VOCAB} WHERE term IN (SELECT value FROM json_each(?))",
        [json.dumps(list(words))],
    )
    return dict(rows.fetchall())


def _vocabulary(db: Database) -> None:
    """The word counts table, in this connection's own ``temp`` schema. A read-only
    opening refuses every write (``query_only``), this private one too, so it is
    lifted for the one statement: the file itself is never written."""
    create = f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCAB} USING fts5vocab(main, sentences_fts, row)"
    if not db.execute("PRAGMA query_only").fetchone()[0]:
        db.execute(create)
        return
    db.execute("PRAGMA query_only = OFF")
    try:
        db.execute(create)
    finally:
        db.execute("PRAGMA query_only = ON")


def candidates(db: Database, words: list[str], exclude: int,
               counts: dict[str, int]) -> list[tuple[int, str, int, int, str]]:
    """(sentence id, article id, start, end, text) of the sentences sharing the rarest of ``words``
    (``counts``: their :func:`frequencies`), best bm25 first, at most :data:`CANDIDATE_WINDOW`,
    the sentence ``exclude`` left out."""
    chosen, matched = [], 0
    # A word only this sentence holds (a count of 1) finds nothing else.
    for word in sorted((w for w in words if counts.get(w, 0) > 1), key=counts.__getitem__):
        if chosen and (matched + counts[word] > POSTINGS or len(chosen) == QUERY_WORDS):
            break
        chosen.append(word)
        matched += counts[word]
    if not chosen:
        return []
    # A single word matching more than POSTINGS sentences: rank only its first POSTINGS.
    last = db.execute("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 1 OFFSET ?",
                      [f'"{chosen[0]}"', POSTINGS - 1]).fetchone() if matched > POSTINGS else None
    query = " OR ".join(f'"{word}"' for word in chosen)
    return db.execute(
        f"""
        SELECT s.id, s.article_id, s.char_start, s.char_end, s.text
        FROM sentences_fts f JOIN sentences s ON s.id = f.rowid
        WHERE sentences_fts MATCH :query AND f.rowid != :exclude {"AND f.rowid <= :last" if last else ""}
        ORDER BY f.rank LIMIT :limit
        """,
        {"query": query, "exclude": exclude, "limit": CANDIDATE_WINDOW, "last": last[0] if last else None},
    ).fetchall()
