"""Claims on the command line and in the review: ``annotator claims``, the claims part of
``compare`` and ``merge``, and verdict disagreements decided into gold."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from annotator import cli
from annotator.claims.model import Source
from annotator.errors import ProjectError
from annotator.project import Project
from annotator.project.adjudication import Adjudication

#: The keys ``compare --json`` had before claims; they keep their place and meaning.
REPORT_KEYS = {"reviewers", "units", "unmatched", "labels", "sets", "links", "articles", "pooled", "masi",
               "undefined", "disagreements"}
#: The keys the agreement report added (issue 15), beside the old ones.
AGREEMENT_KEYS = {"summary", "warnings", "bootstrap", "per_article"}


def _sentence(project: Project, words: str) -> int:
    (article,) = [a.id for a in project.articles(None) if a.source.startswith("003")]
    (found,) = [s.id for s in project.sentences(article) if words in project.sentence_text(s.id)]
    return found


def _claim(project: Project, reviewer: str, sentences, verdict, rationale="", sources=()) -> int:
    claim_id = next(iter(project.claims.create(reviewer, sentences[0]).claims))
    for sentence in sentences[1:]:
        project.claims.attach(reviewer, claim_id, sentence)
    project.claims.update(reviewer, claim_id, verdict=verdict, rationale=rationale, checked_at=dt.date(2026, 3, 5))
    project.claims.set_sources(reviewer, claim_id, sources)
    return claim_id


@pytest.fixture
def checked(seeded):
    """Article 003 done by alice and bob. The NATO report (R) and its correction (C) are one
    claim for each: alice says misleading, bob false. The first report (T) is a claim of
    each, both true. alice links R and C as contradicting."""
    r = _sentence(seeded, "sur les réseaux classifiés de l'OTAN")
    c = _sentence(seeded, "l'OTAN concernait les réseaux non classifiés")
    t = _sentence(seeded, "sur les réseaux non classifiés de l'OTAN")
    _claim(seeded, "alice", (r, c), "misleading", "mal exprimé", (Source("https://a.example", "A"),))
    _claim(seeded, "alice", (t,), "true")
    _claim(seeded, "bob", (c, r), "false", "faux", (Source("https://b.example", "B"),))
    _claim(seeded, "bob", (t,), "true", "confirmé")
    seeded.add_link("alice", r, c, "contradicts")
    seeded.set_status("alice", seeded.sentence(r).article_id, "done")
    seeded.set_status("bob", seeded.sentence(r).article_id, "done")
    return seeded, r, c, t


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_claims_lists_each_claim_with_its_timeline_and_the_words_of_its_links(capsys, checked):
    project, r, c, _ = checked
    project.close()
    code, out, _ = run(capsys, "claims", "--reviewer", "alice", "--db", project.path, "--json")
    assert code == 0
    listed = json.loads(out)
    assert listed["reviewer"] == "alice" and [x["verdict"] for x in listed["claims"]] == ["misleading", "true"]
    nato = listed["claims"][0]
    assert nato["appearances"] == 2 and nato["contradictions"] == 1 and nato["first_seen"] == "2026-03-04"
    assert [e["sentence"] for e in nato["timeline"]] == sorted([r, c])
    assert nato["sources"] == [{"url": "https://a.example", "title": "A", "accessed": None}]
    (link,) = nato["links"]
    assert link["relation"] == "contradicts" and link["note"] == ""
    assert "non" in link["only_in_to"] and "non" not in link["only_in_from"]
    assert "réseaux" not in link["only_in_from"] + link["only_in_to"]
    assert listed["claims"][1]["links"] == []
    code, out, _ = run(capsys, "claims", "--reviewer", "alice", "--db", project.path)
    assert code == 0 and out.startswith(f"claim {nato['id']} [misleading] ")
    assert "only in the second: " in out and "2026-03-04" in out


def test_claims_asks_which_reviewer_when_several(capsys, checked):
    project = checked[0]
    project.close()
    code, _, err = run(capsys, "claims", "--db", project.path)
    assert code == 2 and "--reviewer" in err
    code, _, err = run(capsys, "claims", "--reviewer", "zoé", "--db", project.path)
    assert code == 2 and "no reviewer 'zoé'" in err


def test_claims_of_a_reviewer_without_any(capsys, seeded):
    seeded.set_label("carol", seeded.sentences(seeded.articles(None)[0].id)[0].id, "claim", True)
    seeded.close()
    assert run(capsys, "claims", "--db", seeded.path) == (0, "carol has no claims\n", "")
    code, out, _ = run(capsys, "claims", "--db", seeded.path, "--json")
    assert json.loads(out) == {"reviewer": "carol", "claims": []}


def test_compare_compares_claims_whatever_the_layers_come_from(capsys, checked, tmp_path):
    project = checked[0]
    project.exchange.export_json("alice", tmp_path / "alice.json")
    project.exchange.export_json("bob", tmp_path / "bob.json")
    project.close()
    code, out, _ = run(capsys, "compare", "alice", "bob", "--db", project.path, "--json")
    by_name = json.loads(out)
    assert code == 0 and set(by_name) == REPORT_KEYS | AGREEMENT_KEYS | {"claims"}
    claims = by_name["claims"]
    assert (claims["a"], claims["b"], claims["matched"]) == (2, 2, 2)
    assert claims["verdicts"]["judged"] == 2 and claims["verdicts"]["observed"] == 0.5
    assert claims["grouping"] | {"ordinal": None} == {
        "pairs_a": 1, "pairs_b": 1, "pairs_both": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0, "ordinal": None}
    (disagreement,) = claims["disagreements"]
    assert (disagreement["a_verdict"], disagreement["b_verdict"]) == ("misleading", "false")
    code, out, _ = run(capsys, "compare", tmp_path / "alice.json", tmp_path / "bob.json", "--json")
    assert json.loads(out) == by_name
    code, out, _ = run(capsys, "compare", "alice", "bob", "--db", project.path)
    assert "Claims: A 2, B 2, matched 2" in out and "Verdict disagreements: 1" in out
    assert out.index("Agreement between") < out.index("Claims:")


def test_claims_count_only_on_articles_both_marked_done_unless_all(capsys, checked):
    project, r, _, _ = checked
    project.set_status("bob", project.sentence(r).article_id, "in progress")
    project.close()
    claims = json.loads(run(capsys, "compare", "alice", "bob", "--db", project.path, "--json")[1])["claims"]
    assert (claims["a"], claims["b"], claims["matched"]) == (0, 0, 0)
    claims = json.loads(run(capsys, "compare", "alice", "bob", "--all", "--db", project.path, "--json")[1])["claims"]
    assert claims["matched"] == 2


def test_merge_carries_the_agreed_claims_and_lists_the_verdicts_to_decide(capsys, checked):
    project, r, c, t = checked
    project.close()
    code, out, _ = run(capsys, "merge", "alice", "bob", "--into", "gold", "--db", project.path)
    assert code == 0 and "1 claims" in out and "misleading / bob false" in out
    with Project(project.path) as reopened:
        (claim,) = [reopened.claims.get("gold", s.id) for s in reopened.claims.list("gold")]
        assert claim.verdict == "true" and claim.rationale == "confirmé"
        assert reopened.claims.of_sentence("gold", t) == claim.id
        assert reopened.status("gold", reopened.sentence(t).article_id) == "in progress"
    code, out, err = run(capsys, "merge", "alice", "bob", "--into", "gold", "--prefer", "bob", "--db", project.path)
    assert code == 2 and "1 claim" in err
    code, out, _ = run(capsys, "merge", "alice", "bob", "--into", "gold", "--prefer", "bob", "--replace",
                       "--db", project.path)
    with Project(project.path) as reopened:
        gold = sorted(reopened.claims.get("gold", s.id).verdict for s in reopened.claims.list("gold"))
        assert gold == ["false", "true"]
        assert reopened.claims.get("gold", reopened.claims.of_sentence("gold", r)).rationale == "faux"


def test_a_verdict_disagreement_is_decided_into_gold_and_undone(checked):
    project, r, c, t = checked
    adjudication = Adjudication(project, "alice", "bob")
    adjudication.refresh()
    (item,) = [i for i in adjudication.items if i.is_verdict]
    assert (item.a, item.b, item.sentence) == ({"misleading"}, {"false"}, min(r, c)) and not item.is_link
    assert project.claims.of_sentence("gold", r) is None  # pending
    with pytest.raises(ProjectError, match="taking A's claim or B's"):
        adjudication.decide(item, "edit", frozenset({"mixed"}))
    decided = adjudication.decide(item, "b")
    assert {"decisions", "claims"} <= decided.kinds and decided.sentences == {r, c}
    gold = project.claims.get("gold", project.claims.of_sentence("gold", r))
    assert (gold.verdict, gold.rationale, [s.url for s in gold.sources]) == ("false", "faux", ["https://b.example"])
    assert project.claims.of_sentence("gold", c) == gold.id
    undone = decided.undo()
    assert project.claims.of_sentence("gold", r) is None and "claims" in undone.kinds
    undone.undo()
    adjudication.refresh()  # a refresh rebuilds gold and keeps the decision
    assert project.claims.get("gold", project.claims.of_sentence("gold", c)).verdict == "false"
    assert project.claims.get("gold", project.claims.of_sentence("gold", t)).verdict == "true"
    assert adjudication.report.claims.figures.matched == 2
