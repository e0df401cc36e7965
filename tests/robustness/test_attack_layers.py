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
