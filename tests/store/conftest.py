"""A small hand-built file for the store's claims and fields tests, without the facade."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from annotator.model import Article
from annotator.store import annotations, articles, claims, open_database, transaction

STAMP = "2026-03-05T10:00:00.000000Z"


def _article(db, title: str, date: dt.date | None, n: int) -> list[int]:
    """An article of ``n`` one-word sentences; returns their ids in order."""
    words = [f"{title}{i}." for i in range(n)]
    starts = [sum(len(w) + 1 for w in words[:i]) for i in range(n)]
    article = Article(text=" ".join(words), source=f"{title}.txt", title=title, date=date)
    articles.insert_article(db, article, [(at, at + len(w)) for at, w in zip(starts, words)], STAMP)
    return [sentence.id for sentence in articles.sentences_of(db, article.id)]


@pytest.fixture
def db(tmp_path):
    opened = open_database(tmp_path / "claims.db")
    yield opened
    opened.close()


@pytest.fixture
def s(db):
    """Three articles of 5 sentences (``march`` and ``january`` dated, ``undated`` not):
    their sentence ids; reviewers ``zoe`` and ``marc``; ``claim(reviewer, sentences)``
    makes a claim stated by those sentences and returns its id."""

    def claim(reviewer: int, sentences=(), statement="the claim") -> int:
        with transaction(db):
            claim_id = claims.create_claim(db, reviewer, statement, STAMP)
            for sid in sentences:
                claims.add_appearance(db, claim_id, sid, STAMP)
        return claim_id

    with transaction(db):
        return SimpleNamespace(
            march=_article(db, "march", dt.date(2026, 3, 1), 5),
            january=_article(db, "january", dt.date(2026, 1, 15), 5),
            undated=_article(db, "undated", None, 5),
            zoe=annotations.ensure_reviewer(db, "zoe", STAMP),
            marc=annotations.ensure_reviewer(db, "marc", STAMP),
            claim=claim,
        )
