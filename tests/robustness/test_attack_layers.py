"""Attacks on the layers: a merge or import over work that is not labels or links.

Each test here failed before its fix: a merge into a layer holding only notes
and statuses wiped them with exit 0; a merge of two exports into a file lacking
their articles ended in a traceback; ``compare``/``merge`` ignored the default file.
"""

from __future__ import annotations

import pytest

from annotator import cli


def run(capsys, *args):
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two_done(disputed):
    """alice and bob disagree on the last seed article, both done."""
    project, article, sentences = disputed
    return project, article, sentences


def _holdings(project, name, article):
    sentences = project.sentences(article.id)
    return (
        {s.id: project.note(name, s.id) for s in sentences},
        project.status(name, article.id),
        {s.id: project.fields(name, s.id) for s in sentences},
        len(project.claims.list(name)),
    )


@pytest.mark.parametrize("kind", ["notes", "status", "fields", "claims", "link"])
def test_merge_into_a_layer_refuses_whatever_work_it_holds(capsys, two_done, kind):
    project, article, s = two_done
    target = "carol"
    if kind == "notes":
        for sentence in s[:5]:
            project.set_note(target, sentence.id, "à vérifier")
    elif kind == "status":
        project.set_status(target, article.id, "in progress")
    elif kind == "fields":
        project.set_field(target, s[0].id, "quote", "speaker", "Sam Altman")
    elif kind == "claims":
        project.claims.create(target, s[0].id)
    else:
        project.add_link(target, s[0].id, s[1].id, "agrees")
    before = _holdings(project, target, article)
    links_before = project.links(target, article.id)
    code, _, err = run(capsys, "merge", "alice", "bob", "--into", target, "--db", project.path)
    assert code == 2, err
    assert f"{target} already has" in err and "--replace" in err
    assert _holdings(project, target, article) == before
    assert project.links(target, article.id) == links_before


def test_merge_into_a_layer_holding_nothing_goes_ahead(capsys, two_done):
    project, article, _ = two_done
    code, out, err = run(capsys, "merge", "alice", "bob", "--into", "gold", "--db", project.path)
    assert code == 0, err
    assert project.status("gold", article.id) == "in progress"


@pytest.fixture
def two_exports(two_done, tmp_path):
    project, _, _ = two_done
    paths = tmp_path / "alice.json", tmp_path / "bob.json"
    for name, path in zip(("alice", "bob"), paths):
        project.exchange.export_json(name, path)
    return paths


@pytest.mark.parametrize("prefer", [[], ["--prefer", "A"]])
def test_merge_of_two_exports_into_a_file_lacking_their_articles(capsys, two_exports, tmp_path, prefer):
    target = tmp_path / "elsewhere.db"
    other = tmp_path / "other.txt"
    other.write_text("Un article sans rapport.", encoding="utf-8")
    assert run(capsys, "import", other, "--db", target)[0] == 0
    code, out, err = run(capsys, "merge", *two_exports, "--into", "gold", *prefer, "--db", target)
    assert code == 0, err
    from annotator.project import Project

    with Project(target) as project:
        assert len(project.articles(None)) == 2  # the one it had, the one both compared
        assert project.exchange.holdings("gold")["statuses"] == 1
        added = next(a.id for a in project.articles(None) if a.source != "other.txt")
        first = project.sentences(added)[0]
        text = project.article(added).text[first.start:first.end]
        word = max(text.split(), key=len).strip(".,;:«»\"'")
        assert added in {hit.article_id for hit in project.search(word)}  # searchable at once


def test_merge_from_another_file_lacking_articles_is_refused_by_name(capsys, two_done, tmp_path):
    project, article, _ = two_done
    target = tmp_path / "empty.db"
    other = tmp_path / "other.txt"
    other.write_text("Un article sans rapport.", encoding="utf-8")
    assert run(capsys, "import", other, "--db", target)[0] == 0
    alice = tmp_path / "alice.db"
    project.exchange.export_json("alice", tmp_path / "alice.json")
    assert run(capsys, "import-annotations", tmp_path / "alice.json", "--db", alice)[0] == 0
    code, _, err = run(capsys, "merge", alice, alice, "--into", "gold", "--db", target)
    assert code == 2 and "not in" in err and "Traceback" not in err


@pytest.fixture
def default_file(monkeypatch, tmp_path, two_done):
    """The disputed seeds as the default file (no --db)."""
    project, _, _ = two_done
    monkeypatch.setattr("annotator.defaults.default_db_path", lambda: project.path)
    return project


def test_compare_and_merge_without_db_use_the_default_file(capsys, default_file):
    code, out, err = run(capsys, "compare", "alice", "bob", "--json")
    assert code == 0, err
    code, out, err = run(capsys, "merge", "alice", "bob", "--into", "gold")
    assert code == 0, err
    assert default_file.exchange.holdings("gold")["statuses"] == 1


def test_a_name_that_is_neither_file_nor_reviewer_is_told(capsys, default_file):
    code, _, err = run(capsys, "compare", "nobody.json", "bob")
    assert code == 2 and "neither a file" in err and "nobody.json" in err
