"""Guarantees that live in the file's schema or in the connection, read back from
an opened file, so that a silent change to them fails here rather than in the field.

Each one is invisible in ordinary use until the day it matters: the durability
pragma on a power cut, a CHECK constraint on a buggy writer, the tokenizer's
options on a Vietnamese name, the rollback on Ctrl+C inside a transaction.
"""

from __future__ import annotations

import sqlite3

import pytest

from annotator.model import Article
from annotator.store import annotations, articles, bulk_import, open_database, search, transaction

STAMP = "2026-03-05T10:00:00.000000Z"
# SQLite's numbers for PRAGMA synchronous: OFF 0, NORMAL 1, FULL 2, EXTRA 3.
FULL = 2


@pytest.fixture
def db(tmp_path):
    opened = open_database(tmp_path / "guarantees.db")
    yield opened
    opened.close()


def _article(db, text: str) -> list[int]:
    """Insert ``text`` as one article whose sentences are its lines; their ids."""
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    article = Article(text=text, source="a.txt", title="a")
    with transaction(db):
        articles.insert_article(db, article, spans, STAMP)
    return [sentence.id for sentence in articles.sentences_of(db, article.id)]


def _other_connection_sees(path, sql: str) -> list[tuple]:
    reader = sqlite3.connect(path)
    try:
        return reader.execute(sql).fetchall()
    finally:
        reader.close()


# -- the connection ------------------------------------------------------------


def test_edits_sync_fully_to_disk(tmp_path):
    """An edit committed is on disk even after a power cut: ``synchronous = FULL``
    on every writing connection, and again after a bulk import lowered it."""
    path = tmp_path / "sync.db"
    for _ in range(2):  # a new file, then an existing one
        db = open_database(path)
        try:
            assert db.execute("PRAGMA synchronous").fetchone()[0] == FULL
            assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            with bulk_import(db):
                assert db.execute("PRAGMA synchronous").fetchone()[0] < FULL
            assert db.execute("PRAGMA synchronous").fetchone()[0] == FULL
        finally:
            db.close()


def test_ctrl_c_inside_a_transaction_rolls_back_and_the_next_write_commits(db, tmp_path):
    """KeyboardInterrupt is no Exception: the rollback must catch BaseException, or
    the transaction stays open and every later action runs inside it, never committed."""
    with pytest.raises(KeyboardInterrupt):
        with transaction(db):
            annotations.ensure_reviewer(db, "interrupted", STAMP)
            raise KeyboardInterrupt
    assert not db.conn.in_transaction
    with transaction(db):
        annotations.ensure_reviewer(db, "after", STAMP)
    assert not db.conn.in_transaction
    seen = _other_connection_sees(tmp_path / "guarantees.db", "SELECT name FROM reviewers")
    assert seen == [("after",)]


# -- the schema's CHECK constraints --------------------------------------------


def test_a_status_outside_the_three_is_refused_by_the_file(db):
    [sid] = _article(db, "Une phrase.")
    article_id = articles.get_sentence(db, sid).article_id
    with transaction(db):
        rid = annotations.ensure_reviewer(db, "alice", STAMP)
    insert = "INSERT INTO article_status (reviewer_id, article_id, status, updated_at) VALUES (?, ?, ?, ?)"
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute(insert, [rid, article_id, "finished", STAMP])
    db.execute(insert, [rid, article_id, "in progress", STAMP])  # the same insert, a known status


def test_a_sentence_linked_to_itself_is_refused_by_the_file(db):
    first, second = _article(db, "Une phrase.\nUne autre.")
    with transaction(db):
        rid = annotations.ensure_reviewer(db, "alice", STAMP)
    insert = (
        "INSERT INTO links (reviewer_id, from_sentence_id, to_sentence_id, relation, note,"
        " created_at, updated_at) VALUES (?, ?, ?, 'agrees', '', ?, ?)"
    )
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute(insert, [rid, first, first, STAMP, STAMP])
    db.execute(insert, [rid, first, second, STAMP, STAMP])


# -- the full-text index's tokenizer ---------------------------------------------

# Letters carrying two accents in one code point. Plain ``unicode61``
# (remove_diacritics 1) folds "é" and "ç" but leaves these whole, so "Nguyen"
# would not find "Nguyễn"; remove_diacritics 2 folds them too.
TWO_ACCENTS = [
    ("Nguyễn Văn Thiệu est cité.", "nguyen"),  # ễ: e + circumflex + tilde
    ("Le Việt Nam exporte du riz.", "viet"),  # ệ: e + circumflex + dot below
    ("Il vit ở Hà Nội.", "noi"),  # ộ: o + circumflex + dot below
    ("Le pinyin lǘ se lit ainsi.", "lu"),  # ǘ: u + diaeresis + acute
    ("Le Ấn Độ est l'Inde.", "an"),  # Ấ: A + circumflex + acute
]


def test_the_index_is_built_with_remove_diacritics_2(db):
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'sentences_fts'").fetchone()[0]
    assert "tokenize='unicode61 remove_diacritics 2'" in sql


@pytest.mark.parametrize(("text", "typed"), TWO_ACCENTS)
def test_words_with_two_accents_are_found_without_them(db, text, typed):
    [sid] = _article(db, text)
    assert [hit.sentence_id for hit in search.search(db, typed)] == [sid]
