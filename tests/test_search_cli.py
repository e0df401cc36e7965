"""`annotator import` indexes for search after its report; `annotator search` indexes what an
interrupted import left before answering, or says its results are partial when it cannot."""

from __future__ import annotations

import json

from annotator import cli
from annotator.errors import StoreError
from annotator.paths import seeds_dir
from annotator.project import Project, indexing


def run(capsys, *args):
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_reports_then_indexes_so_search_finds_everything(capsys, db_path):
    code, out, err = run(capsys, "import", seeds_dir(), "--db", db_path)
    assert code == 0 and out.startswith("5 imported")
    assert "indexing" in err and "sentences of 5 articles for search" in err
    with Project(db_path) as project:
        assert not project.unindexed()
    code, out, err = run(capsys, "search", "OTAN", "--db", db_path, "--limit", "3")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 3 and all("otan" in line.split("\t")[3].lower() for line in lines)


def test_search_indexes_what_an_interrupted_import_left(capsys, db_path):
    with Project(db_path) as project:
        project.import_paths([seeds_dir()])
        behind = project.unindexed()
    code, out, err = run(capsys, "search", "réseaux", "classif", "--json", "--db", db_path)
    assert code == 0
    assert f"indexing {behind.sentences:,} sentences of 5 articles for search" in err
    hits = json.loads(out)
    assert hits and all("réseaux" in hit["text"].lower() and "classif" in hit["text"].lower() for hit in hits)
    with Project(db_path) as project:
        assert not project.unindexed()


def test_search_on_a_file_it_cannot_write_says_the_results_are_partial(capsys, db_path, monkeypatch):
    with Project(db_path) as project:
        project.import_paths([seeds_dir()])
        indexing.catch_up(project.db, lambda *_: False, chunk=50)  # stopped after a chunk
        left = project.unindexed()
    assert left

    def refuse(self, *args, **kwargs):
        raise StoreError(db_path, "cannot be written", readonly_would_work=True)

    monkeypatch.setattr(Project, "index_for_search", refuse)
    code, out, err = run(capsys, "search", "le", "--db", db_path)
    assert code == 1 and out
    assert f"results are partial: {left.sentences:,} sentences of {left.articles:,} articles" in err
