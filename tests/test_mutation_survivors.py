"""Behaviours no other test pinned down: each fails if one realistic bug is planted
(a planted bug that the rest of the suite let through; tests/mutation/README.md).

An empty reviewer's file, a gold layer with an undecided link, an identical
re-import, a blank name, an edit that changes nothing, the letter form of
``--prefer``, a removed link's id, and an import over existing work.
"""

from __future__ import annotations

import io
import json
import shutil

import pytest
from hypothesis import HealthCheck, given, settings

from annotator import cli
from annotator.errors import ProjectError
from annotator.exchange import DocumentError, write_export
from annotator.model import Article
from annotator.project import Project
from annotator.review import Layer, LayerLink, merge
from tests.test_project_exchange import apply, edits, export_text

STAMP = "2026-11-23T10:00:00Z"


@pytest.fixture
def first_article(seeded):
    """The seeded project, its first article's id and that article's sentence ids."""
    article = seeded.articles(None)[0].id
    return seeded, article, [s.id for s in seeded.sentences(article)]


# -- exchange: what the writer refuses --------------------------------------------


def test_an_empty_reviewer_name_is_refused_on_export():
    """The reader refuses ``"reviewer": ""``, so the writer must never write it."""
    with pytest.raises(DocumentError) as refused:
        write_export(io.StringIO(), "", STAMP, [], [])
    assert refused.value.where == "reviewer" and "empty" in refused.value.what


# -- review: the gold layer -------------------------------------------------------


def test_an_undecided_link_keeps_both_its_articles_in_progress():
    """Labels agreed everywhere, but a link drawn differently: without a preference
    the link is pending, so neither article it joins may be "done" in the gold."""
    x1, x2, w1 = ("x", 0, 9), ("x", 10, 19), ("w", 0, 9)
    units = {x1: frozenset({"claim"}), x2: frozenset(), w1: frozenset(), ("v", 0, 9): frozenset()}
    statuses = {"x": "done", "w": "done", "v": "done"}
    a = Layer("alice", statuses, units, frozenset({LayerLink(x1, w1, "agrees")}))
    b = Layer("bob", statuses, units, frozenset({LayerLink(w1, x1, "contradicts")}))
    result = merge(a, b)
    assert result.pending_units == () and result.pending_unmatched == ()
    assert len(result.pending_links) == 1
    assert result.layer.statuses == {"x": "in progress", "w": "in progress", "v": "done"}
    assert merge(a, b, prefer="a").layer.statuses == statuses


# -- the facade: imports ------------------------------------------------------------


def test_reimporting_an_identical_export_with_notes_is_not_refused(first_article, tmp_path):
    """Notes and link notes the file holds unchanged are not work it would remove."""
    project, article, s = first_article
    project.set_label("bob", s[0], "claim", True)
    project.set_note("bob", s[0], "chiffre à vérifier")
    project.set_note("bob", s[2], "source ?")
    project.add_link("bob", s[0], s[1], "contradicts", "dates différentes")
    project.set_status("bob", article, "in progress")
    out = tmp_path / "bob.json"
    project.exchange.export_json("bob", out)
    before = export_text(project, "bob")
    assert project.exchange.import_annotations(out, replace=False) == "bob"
    assert export_text(project, "bob") == before


# -- the facade: reviewers and the activity log --------------------------------------


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_a_blank_reviewer_name_is_refused_and_creates_no_reviewer(first_article, name):
    project, article, s = first_article
    with pytest.raises(ProjectError, match="a reviewer needs a name"):
        project.set_label(name, s[0], "claim", True)
    with pytest.raises(ProjectError, match="a reviewer needs a name"):
        project.set_status(name, article, "done")
    assert project.reviewers() == []


def test_an_edit_that_changes_nothing_writes_no_activity(first_article):
    project, article, s = first_article
    project.set_label("alice", s[0], "claim", True)
    project.set_note("alice", s[0], "une note")
    project.set_status("alice", article, "done")
    project.add_link("alice", s[0], s[1], "agrees", "même source")
    link = project.find_link("alice", s[0], s[1])
    count = "SELECT count(*) FROM activity"
    logged = project.db.execute(count).fetchone()[0]
    for edit in (
        lambda: project.set_label("alice", s[0], "claim", True),
        lambda: project.set_label("alice", s[1], "quote", False),
        lambda: project.set_note("alice", s[0], "une note"),
        lambda: project.set_note("alice", s[1], ""),
        lambda: project.set_status("alice", article, "done"),
        lambda: project.add_link("alice", s[1], s[0], "agrees", "même source"),
        lambda: project.remove_link("alice", link.id + 1000),
    ):
        assert not edit().changed
        assert project.db.execute(count).fetchone()[0] == logged


# -- the facade: undo of a link removal ---------------------------------------------


def test_a_removed_link_that_was_not_the_last_comes_back_with_its_id(first_article):
    """SQLite gives a new row the highest id plus one, which is the removed link's
    own id only when it was the last: remove an earlier one to tell the two apart."""
    project, _, s = first_article
    project.add_link("alice", s[0], s[1], "contradicts", "chiffres différents")
    project.add_link("alice", s[2], s[3], "agrees")
    first = project.find_link("alice", s[0], s[1])
    removed = project.remove_link("alice", first.id)
    back = removed.undo()
    assert project.find_link("alice", s[0], s[1]) == first  # same id, relation and note
    back.undo()
    assert project.find_link("alice", s[0], s[1]) is None
    assert project.find_link("alice", s[2], s[3]) is not None


def test_undoing_a_link_update_restores_the_old_note(first_article):
    project, _, s = first_article
    project.add_link("alice", s[0], s[1], "agrees", "d'accord")
    old = project.find_link("alice", s[0], s[1])
    project.add_link("alice", s[0], s[1], "agrees", "plus d'accord du tout").undo()
    assert project.find_link("alice", s[0], s[1]) == old


# -- the command line ----------------------------------------------------------------


@pytest.mark.parametrize(("prefer", "kept"), [("b", "quote"), ("B", "quote"), ("bob", "quote"),
                                              ("a", "claim"), ("A", "claim"), ("alice", "claim")])
def test_merge_prefer_takes_a_letter_in_either_case_or_a_name(first_article, prefer, kept):
    project, article, s = first_article
    project.set_label("alice", s[0], "claim", True)
    project.set_label("bob", s[0], "quote", True)
    for reviewer in ("alice", "bob"):
        project.set_status(reviewer, article, "done")
    path = str(project.path)
    assert cli.main(["merge", "alice", "bob", "--into", "gold", "--prefer", prefer, "--db", path]) == 0
    assert project.labels("gold", article) == {s[0]: {kept}}


def test_merge_prefer_refuses_a_third_name(first_article, capsys):
    project, article, _ = first_article
    for reviewer in ("alice", "bob"):
        project.set_status(reviewer, article, "done")
    assert cli.main(["merge", "alice", "bob", "--into", "gold", "--prefer", "c", "--db", str(project.path)]) == 2
    assert "--prefer takes A, B" in capsys.readouterr().err


# -- export then import over existing work ---------------------------------------------

EXTRA = "Un article que le fichier importé ne contient pas. Il a deux phrases.\nEt une troisième."


def _layer(project: Project, reviewer: str) -> tuple[dict, set]:
    """The reviewer's export as (article id -> article, set of links)."""
    document = json.loads(export_text(project, reviewer))
    links = {json.dumps(link, sort_keys=True) for link in document["links"]}
    return {article["id"]: article for article in document["articles"]}, links


def _touches(link: str, articles: dict) -> bool:
    ends = json.loads(link)
    return ends["from"]["article"] in articles or ends["to"]["article"] in articles


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(theirs=edits, mine=edits, others=edits)
def test_an_import_over_existing_work_replaces_exactly_the_files_articles(
    _seeded_template, tmp_path_factory, theirs, mine, others
):
    """Import into a file where the reviewer already has other work, also on an
    article the export lacks, and a colleague too. On the export's articles the
    reviewer's layer becomes the file's (links touching them included); the rest
    of her work, and all of the colleague's, is as it was."""
    folder = tmp_path_factory.mktemp("over")
    shutil.copy(_seeded_template, folder / "a.db")
    shutil.copy(_seeded_template, folder / "b.db")
    with Project(folder / "a.db") as first, Project(folder / "b.db") as second:
        apply(first, "alice", theirs)
        (folder / "alice.json").write_text(export_text(first, "alice"), encoding="utf-8")
        file_articles, file_links = _layer(first, "alice")
        second.import_article(Article(text=EXTRA, source="extra.txt"))
        extra = [s.id for s in second.sentences(Article(text=EXTRA).id)]
        seeded = second.sentences(next(iter(file_articles)))[0].id
        second.set_label("alice", extra[0], "claim", True)
        second.set_note("alice", extra[1], "hors du fichier")
        second.add_link("alice", extra[0], seeded, "contradicts", "vers le fichier")
        second.add_link("alice", extra[1], extra[2], "agrees")
        apply(second, "alice", mine)
        apply(second, "bob", others)
        held_articles, held_links = _layer(second, "alice")
        colleague = export_text(second, "bob")
        assert second.exchange.import_annotations(folder / "alice.json") == "alice"
        articles, links = _layer(second, "alice")
        assert articles == {**held_articles, **file_articles}
        assert links == file_links | {link for link in held_links if not _touches(link, file_articles)}
        assert export_text(second, "bob") == colleague
