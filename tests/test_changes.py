"""Every edit returns its Changes; ``undo()`` takes it back exactly, and the undo's
own ``undo()`` does it again: apply, undo, redo leave the file as after each step."""

from __future__ import annotations

import pytest

from annotator.project import Changes, Project
from annotator.project.adjudication import Adjudication, Decision
from tests import round_trips


def state(project: Project) -> dict:
    """Everything an edit may touch, for every reviewer and article: labels, notes,
    links with their ids and notes, statuses, and the gold layer's decisions."""
    found = {}
    for reviewer in ("alice", "bob", "gold"):
        for summary in project.articles(None):
            found[reviewer, summary.id] = (
                project.labels(reviewer, summary.id), project.notes(reviewer, summary.id),
                project.links(reviewer, summary.id), project.status(reviewer, summary.id),
            )
    found["decisions"] = project.db.execute(
        "SELECT reviewer_id, sentence_id, other_sentence_id, choice, value FROM adjudications ORDER BY 1, 2, 3"
    ).fetchall()
    return found


def round_trip(project: Project, edit) -> Changes:
    """Apply ``edit``, then undo, redo, undo again through the records alone."""
    return round_trips.round_trip(project, edit, state)


@pytest.fixture
def nato(seeded):
    """Seven sentences of one article, and the first of another."""
    summaries = seeded.articles(None)
    one = [s.id for s in seeded.sentences(summaries[0].id)[:7]]
    other = seeded.sentences(summaries[1].id)[0].id
    return seeded, summaries[0].id, one, other


def test_a_label_on_and_off(nato):
    project, article, s, _ = nato
    project.set_label("alice", s[0], "quote", True)
    on = round_trip(project, lambda: project.set_label("alice", s[0], "claim", True))
    assert (on.articles, on.sentences, on.kinds) == ({article}, {s[0]}, {"labels"})
    assert on.labels_only and on.before == {"quote"} and on.merge_key is None
    off = round_trip(project, lambda: project.set_label("alice", s[0], "quote", False))
    assert off.before == {"quote"}


def test_a_note_written_changed_and_removed(nato):
    project, article, s, _ = nato
    written = round_trip(project, lambda: project.set_note("alice", s[1], "à vérifier"))
    assert written.kinds == {"notes"} and written.before == "" and not written.labels_only
    assert written.merge_key == ("note", "alice", s[1])
    project.set_note("alice", s[1], "à vérifier")
    assert round_trip(project, lambda: project.set_note("alice", s[1], "vérifié")).before == "à vérifier"
    assert round_trip(project, lambda: project.set_note("alice", s[1], "")).before == "à vérifier"


def test_notes_typed_in_a_row_are_one_step(nato):
    project, _, s, _ = nato
    project.set_note("alice", s[1], "avant")
    first = project.set_note("alice", s[1], "a")
    step = first.then(project.set_note("alice", s[1], "ap")).then(project.set_note("alice", s[1], "après"))
    assert step.before == "avant"
    undone = step.undo()
    assert project.note("alice", s[1]) == "avant"
    undone.undo()
    assert project.note("alice", s[1]) == "après"
    with pytest.raises(ValueError):
        first.then(project.set_note("alice", s[2], "autre"))


def test_a_status(nato):
    project, article, _, _ = nato
    marked = round_trip(project, lambda: project.set_status("alice", article, "done"))
    assert (marked.articles, marked.sentences, marked.kinds, marked.before) == ({article}, set(), {"status"}, "todo")


def test_a_new_link_comes_back_with_its_id(nato):
    project, article, s, other = nato
    added = round_trip(project, lambda: project.add_link("alice", s[0], other, "agrees", "même chiffre"))
    assert added.before is None and added.kinds == {"links"} and added.sentences == {s[0], other}
    assert article in added.articles and len(added.articles) == 2  # a link across two articles
    again = project.add_link("alice", s[0], other, "agrees", "même chiffre")
    link = project.find_link("alice", s[0], other)
    again.undo().undo()
    assert project.find_link("alice", s[0], other) == link


def test_an_updated_link_gets_back_its_relation_and_note(nato):
    project, _, s, _ = nato
    project.add_link("alice", s[0], s[4], "agrees", "d'accord")
    old = project.find_link("alice", s[0], s[4])
    updated = round_trip(project, lambda: project.add_link("alice", s[4], s[0], "contradicts", "non"))
    assert updated.before == old
    assert project.find_link("alice", s[0], s[4]) == old


def test_a_removed_link_comes_back_with_its_id_and_note(nato):
    project, _, s, _ = nato
    project.add_link("alice", s[5], s[6], "contradicts", "chiffres différents")
    link = project.find_link("alice", s[5], s[6])
    removed = round_trip(project, lambda: project.remove_link("alice", link.id))
    assert removed.before == link and project.find_link("alice", s[5], s[6]) == link


def test_an_edit_that_changes_nothing_says_so_and_undoes_nothing(nato):
    project, _, s, _ = nato
    project.set_label("alice", s[0], "claim", True)
    project.add_link("alice", s[0], s[1], "agrees")
    before = state(project)
    for edit in (
        lambda: project.set_label("alice", s[0], "claim", True),
        lambda: project.set_label("alice", s[1], "quote", False),
        lambda: project.set_note("alice", s[0], ""),
        lambda: project.set_status("alice", project.sentence(s[0]).article_id, "todo"),
        lambda: project.add_link("alice", s[1], s[0], "agrees"),
        lambda: project.remove_link("alice", 10**9),
    ):
        changes = edit()
        assert not changes.changed and not changes.articles and changes.undo is not None
        assert not changes.undo().changed
        assert state(project) == before


def test_a_decision_and_its_undo_and_redo(disputed):
    project, article, s = disputed
    adjudication = Adjudication(project, "alice", "bob")
    adjudication.refresh()
    _quote, _statistic, label, link = adjudication.items  # label: alice claim, bob quote
    decided = round_trip(project, lambda: adjudication.decide(label, "a"))
    assert decided.before is None and decided.kinds == {"decisions", "labels", "status"}
    assert decided.articles == {article.id} and decided.sentences == {s[3].id}
    adjudication.decide(label, "b")
    replaced = round_trip(project, lambda: adjudication.decide(label, "edit", frozenset({"claim", "quote"})))
    assert replaced.before == Decision("b", frozenset({"quote"}))
    linked = round_trip(project, lambda: adjudication.decide(link, "a"))
    assert "links" in linked.kinds and linked.sentences == {s[1].id, s[4].id}
    assert not adjudication.decide(label, "b").changed
