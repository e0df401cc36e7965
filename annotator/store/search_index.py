"""What the full-text index holds: a watermark, and catching up to it after an import.

Indexing for search was a third of an import's CPU, so an import of article
files writes the rows only, and the index catches up afterwards, in chunks.
What it holds is one number, ``search_index.last_sentence_id``: every sentence
up to that id is in ``sentences_fts``, none after it. That is enough because
sentence ids only grow (``max(id) + 1`` for each new one) and no code deletes
or updates a sentence (a test reads the source for such a statement): the
sentences not yet searchable are exactly those above the watermark.

Each chunk (:func:`index_chunk`, one transaction of the caller's: see
``project/indexing.py``) indexes the sentences above the watermark and moves
the watermark in the same transaction, read under the write lock: a process killed
mid-chunk leaves both as they were, the next run resumes there, and two
processes catching up at once never index a sentence twice (FTS5 with
external content would keep a second copy of its words and count it in every
ranking). The small writes that used to index their own sentences (one
article, a reviewer's JSON bringing its articles) still do, in their own
transaction, but only when the index was complete before them: otherwise
theirs wait behind the others, so the watermark never skips a row.
"""

from __future__ import annotations

from .database import Database

from ..model import Unindexed

_STEP = """
CREATE TABLE search_index (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_sentence_id INTEGER NOT NULL
)
"""


def create(db: Database) -> None:
    """Schema step: the watermark, at the last sentence, since a file until now was
    indexed as it was written (each import chunk, each article, in its transaction)."""
    db.execute(_STEP)
    db.execute("INSERT INTO search_index (id, last_sentence_id) SELECT 1, coalesce(max(id), 0) FROM sentences")


def watermark(db: Database) -> int:
    return db.execute("SELECT last_sentence_id FROM search_index").fetchone()[0]


def pending(db: Database) -> Unindexed:
    """What search does not find yet, from the ids alone: a few index steps, where counting
    the rows took a tenth of a second at 600,000 sentences (on every keystroke of the search
    box while the index catches up). Exact because nothing is ever deleted: sentence ids and
    article rowids are dense, in the order written, and an article's row is written just
    before its sentences (a test compares these counts with the rows counted)."""
    mark, last = watermark(db), _last_id(db)
    if last <= mark:
        return Unindexed()
    first = db.execute("SELECT a.rowid FROM sentences s JOIN articles a ON a.id = s.article_id"
                       " WHERE s.id > ? ORDER BY s.id LIMIT 1", [mark]).fetchone()[0]
    return Unindexed(last - mark, db.execute("SELECT max(rowid) FROM articles").fetchone()[0] - first + 1)


def index_new(db: Database, first_new: int) -> None:
    """Index the sentences from ``first_new`` on, written in the caller's transaction, if the
    index held every sentence before them; else they wait for the catch-up with the rest."""
    mark = watermark(db)
    behind = db.execute("SELECT 1 FROM sentences WHERE id > ? AND id < ? LIMIT 1", [mark, first_new]).fetchone()
    if behind is None:
        _index_through(db, mark, _last_id(db))


def index_chunk(db: Database, chunk: int) -> int:
    """Index the pending sentences of the next ``chunk`` ids, in the caller's transaction
    (which must hold the write lock: the watermark is read under it); the count indexed."""
    mark = watermark(db)
    return _index_through(db, mark, min(mark + chunk, _last_id(db)))


def _index_through(db: Database, mark: int, last: int) -> int:
    """Index the sentences above ``mark`` up to ``last`` and move the watermark there."""
    if last <= mark:
        return 0
    cursor = db.execute("INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences"
                        " WHERE id > ? AND id <= ?", [mark, last])
    db.execute("UPDATE search_index SET last_sentence_id = ?", [last])
    return cursor.rowcount


def _last_id(db: Database) -> int:
    return db.execute("SELECT coalesce(max(id), 0) FROM sentences").fetchone()[0]
