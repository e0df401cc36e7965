"""The full-text index's watermark: an import leaves its sentences to a catch-up, search says
it is partial until then, and no path ever indexes a sentence twice or skips one.

A sentence indexed twice is caught by FTS5's own check against the ``sentences`` it
indexes (:func:`_agrees`), which a count of ``sentences_fts_docsize`` rows would miss.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from annotator.model import Article, Unindexed
from annotator.paths import seeds_dir
from annotator.project import Project, indexing
from annotator.store import schema, search_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PACKAGE = Path(__file__).resolve().parents[2] / "annotator"


def _agrees(project: Project) -> None:
    """The index holds each sentence's words once, and only the sentences' (raises if not)."""
    project.db.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES('integrity-check', 1)")


def _counts(project: Project) -> tuple[int, int]:
    """(sentences in the file, sentences in the index)."""
    sentences = project.db.execute("SELECT count(*) FROM sentences").fetchone()[0]
    return sentences, project.db.execute("SELECT count(*) FROM sentences_fts_docsize").fetchone()[0]


def _unindexed_counted(project: Project) -> Unindexed:
    """What :func:`search_index.pending` derives from the ids, counted from the rows."""
    sentences, articles = project.db.execute(
        "SELECT count(*), count(DISTINCT article_id) FROM sentences"
        " WHERE id > (SELECT last_sentence_id FROM search_index)").fetchone()
    return Unindexed(sentences, articles)


def test_step_9_is_the_watermark_step():
    assert [name for name, _ in schema.STEPS].index("0009_search_watermark") == 8


def test_an_import_is_searchable_once_caught_up_and_partial_before(project):
    report = project.import_paths([seeds_dir()])
    sentences, indexed = _counts(project)
    assert indexed == 0 and project.unindexed() == Unindexed(sentences, len(report.added)) and sentences > 100
    before = project.search("OTAN")
    assert before.partial and list(before) == [] and before.unindexed.articles == 5
    reports = []
    assert project.index_for_search(lambda *args: reports.append(args)) == sentences
    assert reports[-1] == (sentences, sentences, "")
    after = project.search("OTAN")
    assert not after.partial and len(after) > 0 and after.hits[0] is after[0]
    assert _counts(project) == (sentences, sentences)
    _agrees(project)
    assert project.index_for_search() == 0  # nothing left: nothing indexed again


def test_a_stopped_catch_up_keeps_its_chunks_and_the_next_resumes(project):
    project.import_paths([seeds_dir()])
    total = project.unindexed().sentences
    seen = []
    assert indexing.catch_up(project.db, lambda done, *_: seen.append(done) and False or False, chunk=50) == 50
    assert seen == [50] and search_index.watermark(project.db) == 50
    assert project.unindexed().sentences == total - 50
    assert indexing.catch_up(project.db, chunk=37) == total - 50
    _agrees(project)


def test_a_chunk_that_fails_leaves_the_index_and_its_watermark_as_they_were(project, monkeypatch):
    project.import_paths([seeds_dir()])
    indexing.catch_up(project.db, lambda *_: False, chunk=60)

    def fail(db, mark, last):
        db.execute("INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences"
                   " WHERE id > ? AND id <= ?", [mark, last])
        raise sqlite3.OperationalError("disk I/O error")  # after the rows went in, before the watermark

    monkeypatch.setattr(search_index, "_index_through", fail)
    with pytest.raises(Exception):
        project.index_for_search()
    monkeypatch.undo()
    assert search_index.watermark(project.db) == 60 and _counts(project)[1] == 60
    project.index_for_search()
    _agrees(project)


def test_one_article_is_indexed_at_once_when_the_index_is_complete(seeded):
    seeded.import_article(Article(text="Le zeppelin survole Lyon. Puis Paris.", source="z.txt"))
    assert not seeded.unindexed() and len(seeded.search("zeppelin")) == 1
    _agrees(seeded)


def test_one_article_waits_behind_an_import_not_yet_indexed(project, tmp_path):
    project.import_paths([seeds_dir()])
    behind = project.unindexed()
    project.import_article(Article(text="Le zeppelin survole Lyon. Puis Paris.", source="z.txt"))
    assert project.unindexed() == Unindexed(behind.sentences + 2, behind.articles + 1) == _unindexed_counted(project)
    assert search_index.watermark(project.db) == 0  # no row indexed out of turn
    indexing.catch_up(project.db, lambda *_: False, chunk=100)  # stopped inside an article
    assert project.unindexed() == _unindexed_counted(project) and project.unindexed().articles <= 5
    project.index_for_search()
    assert len(project.search("zeppelin")) == 1
    _agrees(project)


@pytest.mark.parametrize("caught_up_first", [True, False])
def test_an_exchange_import_and_a_later_catch_up_index_each_sentence_once(tmp_path, caught_up_first):
    source = tmp_path / "source.db"
    with Project(source) as project:
        project.import_paths([seeds_dir()])
        first = project.sentences(project.articles(None)[0].id)[0].id
        project.set_label("alice", first, "claim", True)
        project.exchange.export_json("alice", tmp_path / "alice.json")
    with Project(tmp_path / "target.db") as project:
        own = tmp_path / "own"
        own.mkdir()
        (own / "own.txt").write_text("Un article à part. Sur le zeppelin.", encoding="utf-8")
        project.import_paths([own])
        if caught_up_first:
            project.index_for_search()
        project.exchange.import_annotations(tmp_path / "alice.json")
        assert bool(project.unindexed()) is not caught_up_first  # indexed at once only in turn
        assert project.unindexed() == _unindexed_counted(project)
        project.index_for_search()
        sentences, indexed = _counts(project)
        assert indexed == sentences and project.search("OTAN") and project.search("zeppelin")
        _agrees(project)


def test_two_connections_catching_up_at_once_index_each_sentence_once(project):
    project.import_paths([seeds_dir()])
    path = project.path
    errors = []

    def catch_up() -> None:
        try:
            with Project(path) as mine:
                indexing.catch_up(mine.db, chunk=7)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=catch_up) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    sentences, indexed = _counts(project)
    assert indexed == sentences and not project.unindexed()
    _agrees(project)


@pytest.mark.parametrize("version", [1, 4, 8])
def test_an_older_file_upgrades_with_its_watermark_at_its_last_sentence(tmp_path, version):
    path = tmp_path / f"schema{version}.db"
    shutil.copy(FIXTURES / f"schema{version}.db", path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        last = conn.execute("SELECT max(id) FROM sentences").fetchone()[0]
    with Project(path) as project:
        assert last > 0 and search_index.watermark(project.db) == last
        assert not project.unindexed() and not project.search("le").partial
        _agrees(project)


def test_no_code_updates_or_deletes_a_sentence():
    """What the watermark relies on: sentence rows are only ever added."""
    writes = re.compile(r"(UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+sentences\b", re.IGNORECASE)
    found = [str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py") if writes.search(path.read_text())]
    assert found == []


def test_candidates_come_from_what_is_indexed_while_the_index_catches_up(project):
    project.import_paths([seeds_dir()])
    indexing.catch_up(project.db, lambda *_: False, chunk=120)  # the first articles only
    mark = search_index.watermark(project.db)
    for sentence_id in (5, mark + 5):  # one indexed, one not yet
        assert all(found.sentence_id <= mark for found in project.suggestions.candidates(sentence_id, limit=20))
    project.index_for_search()
    assert any(found.sentence_id > mark for sentence_id in range(1, 40)
               for found in project.suggestions.candidates(sentence_id, limit=20))
