"""Adjudication: A and B's disagreements decided into gold, undoable, kept on refresh."""

from __future__ import annotations

import io
import json

import pytest

from annotator.project.adjudication import Adjudication
from annotator.errors import ProjectError


def undecided(adjudication: Adjudication) -> int:
    decided = adjudication.decisions()
    return sum(item.key not in decided for item in adjudication.items)


def test_refresh_writes_the_agreement_and_lists_the_rest(disputed):
    project, article, s = disputed
    adjudication = Adjudication(project, "alice", "bob")
    adjudication.refresh()
    assert project.labels("gold", article.id) == {s[0].id: {"claim"}}
    assert [(i.sentence, i.other) for i in adjudication.items] == [
        (s[1].id, 0), (s[2].id, 0), (s[3].id, 0), (s[1].id, s[4].id)]
    assert undecided(adjudication) == 4


def test_decisions_go_to_gold_and_undo_restores(disputed):
    project, article, s = disputed
    adjudication = Adjudication(project, "alice", "bob")
    adjudication.refresh()
    quote, stat, both, link = adjudication.items
    assert adjudication.decide(quote, "a").before is None
    adjudication.decide(stat, "b")
    decided = adjudication.decide(both, "edit", frozenset({"claim", "quote"}))
    assert project.status("gold", article.id) == "in progress"
    adjudication.decide(link, "a")
    assert undecided(adjudication) == 0
    assert project.status("gold", article.id) == "done"
    assert project.labels("gold", article.id) == {
        s[0].id: {"claim"}, s[1].id: {"quote"}, s[2].id: {"statistic"}, s[3].id: {"claim", "quote"}}
    assert project.find_link("gold", s[1].id, s[4].id).relation == "contradicts"
    decided.undo()
    assert s[3].id not in project.labels("gold", article.id)
    assert undecided(adjudication) == 1


def test_decided_empty_is_not_undecided(disputed):
    project, article, s = disputed
    adjudication = Adjudication(project, "alice", "bob")
    adjudication.refresh()
    stat = adjudication.items[1]
    adjudication.decide(stat, "a")  # alice left it untagged
    assert undecided(adjudication) == 3
    assert s[2].id not in project.labels("gold", article.id)


def test_decisions_survive_a_refresh_after_a_reviewer_changes(disputed):
    project, article, s = disputed
    adjudication = Adjudication(project, "alice", "bob")
    adjudication.refresh()
    adjudication.decide(adjudication.items[0], "b")
    project.set_label("bob", s[5].id, "claim", True)
    again = Adjudication(project, "alice", "bob")
    again.refresh()
    assert len(again.items) == 5 and undecided(again) == 4
    assert s[1].id not in project.labels("gold", article.id)


def test_gold_exports_like_any_reviewer(disputed):
    project, _, _ = disputed
    adjudication = Adjudication(project, "alice", "bob")
    adjudication.refresh()
    for item in adjudication.items:
        adjudication.decide(item, "a")
    out = io.StringIO()
    project.exchange.write_export("gold", out)
    document = json.loads(out.getvalue())
    assert document["reviewer"] == "gold"


def test_gold_must_be_a_third_layer(disputed):
    project, _, _ = disputed
    with pytest.raises(ProjectError):
        Adjudication(project, "alice", "bob", gold="alice")


def test_impossible_values_are_refused(disputed):
    project, _, _ = disputed
    adjudication = Adjudication(project, "alice", "bob")
    adjudication.refresh()
    with pytest.raises(ProjectError):
        adjudication.decide(adjudication.items[0], "edit", frozenset({"opinion"}))
    with pytest.raises(ProjectError):
        adjudication.decide(adjudication.items[3], "edit", frozenset({"agrees", "contradicts"}))


def test_all_shared_articles_marks_done_only_what_both_reviewers_finished(disputed):
    """Issue 14, bug 5: with every shared article counted, gold marks done only the articles
    a reviewer tagged or finished (with nothing left to decide); the untouched stay todo."""
    project, article, s = disputed
    untouched = next(a for a in project.articles(None) if a.id != article.id)
    started = next(a for a in project.articles(None) if a.id not in (article.id, untouched.id))
    project.set_status("alice", started.id, "done")
    adjudication = Adjudication(project, "alice", "bob", all_articles=True)
    adjudication.refresh()
    assert project.status("gold", untouched.id) == "todo"
    assert project.status("gold", started.id) == "done"
    for item in adjudication.items:
        adjudication.decide(item, "a")
    assert project.status("gold", article.id) == "done"
    assert project.status("gold", untouched.id) == "todo"
