"""Articles and their sentences: writing an imported article, reading them back.

An article and all its sentences are written by one call, inside the
caller's transaction, so no article is ever found half-imported. Sentences
are only ever added: never updated or deleted (what the full-text index's
watermark relies on, see :mod:`.search_index`).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence

from . import search_index
from .database import Database

from ..model import Article, ArticleSummary, Sentence


def has_article(db: Database, article_id: str) -> bool:
    row = db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
    return row is not None


def insert_article(
    db: Database, article: Article, spans: Sequence[tuple[int, int]], now: str, *, index: bool = True
) -> None:
    """Write ``article`` and its sentence ``spans``; the caller holds the transaction.

    ``index=False`` leaves the sentences to the full-text index's catch-up
    (:mod:`.search_index`): a bulk import writes rows only, or indexes a whole
    chunk of articles at once with :func:`.search_index.index_new`.
    """
    db.execute(
        "INSERT INTO articles (id, source, title, date, text, sentence_count, imported_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            article.id,
            article.source,
            article.title,
            article.date.isoformat() if article.date else None,
            article.text,
            len(spans),
            now,
        ],
    )
    text = article.text
    first_id = next_sentence_id(db)
    db.conn.executemany(
        "INSERT INTO sentences (id, article_id, position, char_start, char_end, text)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (first_id + i, article.id, i, start, end, text[start:end])
            for i, (start, end) in enumerate(spans)
        ],
    )
    if index:
        search_index.index_new(db, first_id)


def next_sentence_id(db: Database) -> int:
    return db.execute("SELECT coalesce(max(id), 0) + 1 FROM sentences").fetchone()[0]


def _article(row: tuple) -> Article:
    article_id, source, title, date, text = row
    return Article(
        id=article_id,
        source=source,
        title=title,
        date=_dt.date.fromisoformat(date) if date else None,
        text=text,
    )


def get_article(db: Database, article_id: str) -> Article | None:
    row = db.execute(
        "SELECT id, source, title, date, text FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    return _article(row) if row else None


def iter_articles(db: Database) -> Iterable[Article]:
    """Every article, in date then source order, one row at a time."""
    cursor = db.execute(
        "SELECT id, source, title, date, text FROM articles ORDER BY date, source, id"
    )
    return (_article(row) for row in cursor)


_SENTENCE_COLUMNS = "id, article_id, position, char_start, char_end"


def sentences_of(db: Database, article_id: str) -> list[Sentence]:
    """The article's sentences in order, read from the index on (article, start, end) alone.

    A sentence's ``position`` is its rank in the article (:func:`insert_article`
    numbers the segmenter's spans in order), so it is counted here rather than read:
    reading it would visit each sentence's table row, text included, three times the
    cost for the 2,000-sentence article that the window opens.
    """
    rows = db.execute(
        "SELECT id, char_start, char_end FROM sentences WHERE article_id = ? ORDER BY char_start",
        [article_id],
    ).fetchall()
    return [Sentence(sid, article_id, position, start, end) for position, (sid, start, end) in enumerate(rows)]


def get_sentence(db: Database, sentence_id: int) -> Sentence | None:
    row = db.execute(
        f"SELECT {_SENTENCE_COLUMNS} FROM sentences WHERE id = ?", [sentence_id]
    ).fetchone()
    return Sentence(*row) if row else None


def sentence_text(db: Database, sentence_id: int) -> str:
    row = db.execute("SELECT text FROM sentences WHERE id = ?", [sentence_id]).fetchone()
    return row[0] if row else ""


# Each article's tagged count is kept by triggers in ``article_progress`` (see
# the schema), so the list of 10,000 articles is one indexed join.
_SUMMARY = """
    SELECT a.id, a.title, a.source, a.date, a.sentence_count, coalesce(p.tagged, 0),
           coalesce(s.status, 'todo')
    FROM articles a
    LEFT JOIN article_status s ON s.article_id = a.id AND s.reviewer_id = :reviewer
    LEFT JOIN article_progress p ON p.article_id = a.id AND p.reviewer_id = :reviewer
"""

_ALL_SUMMARIES = _SUMMARY + " ORDER BY a.date, a.source, a.id"
_ONE_SUMMARY = _SUMMARY + " WHERE a.id = :article"


def _summary(row: tuple) -> ArticleSummary:
    return ArticleSummary(
        id=row[0],
        title=row[1],
        source=row[2],
        date=_dt.date.fromisoformat(row[3]) if row[3] else None,
        sentences=row[4],
        tagged=row[5],
        status=row[6],
    )


def summaries(db: Database, reviewer_id: int | None) -> list[ArticleSummary]:
    """The article list for one reviewer, with each article's progress."""
    rows = db.execute(
        _ALL_SUMMARIES, {"reviewer": reviewer_id if reviewer_id is not None else -1}
    ).fetchall()
    return [_summary(row) for row in rows]


def summary_of(db: Database, reviewer_id: int | None, article_id: str) -> ArticleSummary | None:
    """One article's row of :func:`summaries`, without computing the others."""
    row = db.execute(
        _ONE_SUMMARY,
        {"reviewer": reviewer_id if reviewer_id is not None else -1, "article": article_id},
    ).fetchone()
    return _summary(row) if row else None


def is_empty(db: Database) -> bool:
    return db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None


def counts(db: Database) -> dict[str, int]:
    """Totals for ``stats``: articles and sentences in the file."""
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    sentences = db.execute("SELECT count(*) FROM sentences").fetchone()[0]
    return {"articles": articles, "sentences": sentences}


def sources(db: Database) -> dict[str, set[str]]:
    """File name -> the ids of the articles imported from a file of that name."""
    found: dict[str, set[str]] = {}
    for source, article_id in db.execute("SELECT source, id FROM articles"):
        found.setdefault(source, set()).add(article_id)
    return found
