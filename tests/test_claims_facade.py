"""``project.claims`` and the fact-check fields: each edit one transaction returning its
Changes; undo, redo and undo again leave the file as before and after, exactly (ids,
sources, appearances, timestamps), and bad input is refused with a message."""

from __future__ import annotations

import datetime as dt

import pytest

from annotator.claims.model import Appearance, Claim, Source
from annotator.errors import ProjectError
from annotator.project import Changes, Project
from tests import round_trips

REVIEWERS = ("alice", "bob")


def state(project: Project) -> dict:
    """Every claim as stored (ids, timestamps, sources, appearances), what the Claims view
    shows of each reviewer's claims, and every field's value (a field's undo sets the
    old value back, like a note's, at a new time)."""
    tables = {
        "claims": "*", "claim_sources": "*", "claim_appearances": "*",
        "sentence_fields": "reviewer_id, sentence_id, label, field, value",
    }
    found: dict = {
        t: project.db.execute(f"SELECT {columns} FROM {t} ORDER BY 1, 2, 3").fetchall()
        for t, columns in tables.items()
    }
    for reviewer in REVIEWERS:
        found[reviewer] = sorted(project.claims.list(reviewer))
    return found


def round_trip(project: Project, edit) -> Changes:
    """Apply ``edit``, then undo, redo, undo and redo again through the records alone."""
    return round_trips.round_trip(project, edit, state, done=True)


def _find(project: Project, article: str, words: str) -> int:
    """The id of the sentence holding ``words`` in the seed article whose file name starts with ``article``."""
    (article_id,) = [a.id for a in project.articles(None) if a.source.startswith(article)]
    found = [s.id for s in project.sentences(article_id) if words in project.sentence_text(s.id)]
    assert len(found) == 1, (words, found)
    return found[0]


@pytest.fixture
def nato(seeded):
    """Article 003's two NATO sentences: the report ("réseaux classifiés") and the
    correction ("réseaux non classifiés")."""
    report = _find(seeded, "003", "sur les réseaux classifiés de l'OTAN")
    correction = _find(seeded, "003", "l'OTAN concernait les réseaux non classifiés")
    return seeded, report, correction


def test_the_seed_case_one_claim_two_appearances_misleading_with_evidence(nato):
    project, report, correction = nato
    created = project.claims.create("alice", report, "OpenAI déploiera son IA sur les réseaux classifiés de l'OTAN")
    claim_id = next(iter(created.claims))
    project.claims.attach("alice", claim_id, correction)
    project.claims.update("alice", claim_id, verdict="misleading", checked_at="2026-03-05",
                          rationale="Sam Altman s'est mal exprimé : il s'agit des réseaux non classifiés.")
    project.claims.set_sources("alice", claim_id, (
        Source("https://www.wsj.com/", "Wall Street Journal", dt.date(2026, 3, 5)),))
    claim = project.claims.get("alice", claim_id)
    article = project.sentence(report).article_id
    assert claim.verdict == "misleading" and claim.checked_at == dt.date(2026, 3, 5)
    assert claim.sources == (Source("https://www.wsj.com/", "Wall Street Journal", dt.date(2026, 3, 5)),)
    assert [a.article_id for a in claim.appearances] == [article, article]
    assert claim.appearances == tuple(sorted(claim.appearances))
    (summary,) = project.claims.list("alice")
    assert (summary.id, summary.verdict, summary.appearances, summary.articles) == (claim_id, "misleading", 2, 1)
    assert summary.first_seen == summary.last_seen == dt.date(2026, 3, 4)
    assert project.claims.of_article("alice", article) == {report: claim_id, correction: claim_id}
    assert [e.sentence_id for e in project.claims.timeline("alice", claim_id)] == sorted([report, correction])
    assert project.claims.list("bob") == [] and project.claims.of_sentence("bob", report) is None


def test_a_create_comes_back_with_its_id_and_the_sentence_text_as_statement(nato):
    project, report, _ = nato
    created = round_trip(project, lambda: project.claims.create("alice", report))
    (claim_id,) = created.claims
    assert created.kinds == {"claims"} and created.sentences == {report} and created.before is None
    assert project.claims.get("alice", claim_id).statement == project.sentence_text(report)
    assert project.claims.of_sentence("alice", report) == claim_id


def test_a_create_from_a_sentence_of_another_claim_moves_it_and_undo_puts_it_back(nato):
    project, report, correction = nato
    first = next(iter(project.claims.create("alice", report).claims))
    project.claims.attach("alice", first, correction)
    moved = round_trip(project, lambda: project.claims.create("alice", correction, "autre"))
    assert moved.before == first and first in moved.claims and len(moved.claims) == 2
    (new,) = moved.claims - {moved.before}
    assert project.claims.of_sentence("alice", correction) == new
    assert project.claims.get("alice", first).appearances == (_appearance(project, report),)


def test_attach_and_detach(nato):
    project, report, correction = nato
    one = next(iter(project.claims.create("alice", report).claims))
    two = next(iter(project.claims.create("alice", correction).claims))
    attached = round_trip(project, lambda: project.claims.attach("alice", one, correction))
    assert attached.before == two and attached.claims == {one, two}
    assert project.claims.get("alice", two).appearances == ()
    detached = round_trip(project, lambda: project.claims.detach("alice", report))
    assert detached.before == one and detached.sentences == {report, correction}
    assert project.claims.of_sentence("alice", report) is None


def test_a_sentence_in_another_reviewers_claim_is_fine(nato):
    project, report, _ = nato
    bobs = next(iter(project.claims.create("bob", report).claims))
    alices = next(iter(round_trip(project, lambda: project.claims.create("alice", report)).claims))
    assert project.claims.of_sentence("bob", report) == bobs != alices
    assert project.claims.of_sentence("alice", report) == alices


def test_update_each_value_and_typing_is_one_step(nato):
    project, report, _ = nato
    claim_id = next(iter(project.claims.create("alice", report).claims))
    for values in ({"verdict": "false"}, {"rationale": "parce que"}, {"checked_at": dt.date(2026, 1, 2)},
                   {"statement": "autre chose"}, {"verdict": "true", "checked_at": "2026-02-03"}):
        changes = round_trip(project, lambda: project.claims.update("alice", claim_id, **values))
        assert changes.claims == {claim_id} and isinstance(changes.before, Claim)
    first = project.claims.update("alice", claim_id, rationale="a")
    assert first.merge_key == ("claim", "alice", claim_id, "rationale")
    step = first.then(project.claims.update("alice", claim_id, rationale="ab"))
    step = step.then(project.claims.update("alice", claim_id, rationale="abc"))
    redo = step.undo()
    assert project.claims.get("alice", claim_id).rationale == "parce que"
    redo.undo()
    assert project.claims.get("alice", claim_id).rationale == "abc"
    assert project.claims.update("alice", claim_id, verdict="true").merge_key != first.merge_key


def test_sources_set_replaced_and_cleared(nato):
    project, report, _ = nato
    claim_id = next(iter(project.claims.create("alice", report).claims))
    sources = (Source("https://a.example", "A", dt.date(2026, 3, 1)), Source("Le Monde, 4 mars 2026"))
    round_trip(project, lambda: project.claims.set_sources("alice", claim_id, sources))
    assert project.claims.get("alice", claim_id).sources == sources
    round_trip(project, lambda: project.claims.set_sources("alice", claim_id, sources[::-1]))
    round_trip(project, lambda: project.claims.set_sources("alice", claim_id, ()))


def test_a_deleted_claim_comes_back_with_its_id_sources_and_appearances(nato):
    project, report, correction = nato
    claim_id = next(iter(project.claims.create("alice", report).claims))
    project.claims.attach("alice", claim_id, correction)
    project.claims.set_sources("alice", claim_id, (Source("https://a.example", "A"),))
    project.claims.update("alice", claim_id, verdict="misleading")
    kept = project.claims.get("alice", claim_id)
    deleted = round_trip(project, lambda: project.claims.delete("alice", claim_id))
    assert deleted.before == kept and deleted.sentences == {report, correction}
    deleted.undo()
    assert project.claims.get("alice", claim_id) == kept


def test_edits_that_change_nothing_say_so(nato):
    project, report, correction = nato
    claim_id = next(iter(project.claims.create("alice", report).claims))
    project.claims.update("alice", claim_id, verdict="true")
    before = state(project)
    for edit in (
        lambda: project.claims.attach("alice", claim_id, report),
        lambda: project.claims.detach("alice", correction),
        lambda: project.claims.detach("carol", correction),
        lambda: project.claims.update("alice", claim_id, verdict="true"),
        lambda: project.claims.update("alice", claim_id),
        lambda: project.claims.set_sources("alice", claim_id, ()),
        lambda: project.set_field("alice", report, "quote", "speaker", ""),
    ):
        changes = edit()
        assert not changes.changed and not changes.undo().changed
        assert state(project) == before


@pytest.mark.parametrize("edit, message", [
    (lambda p, c, s: p.claims.update("alice", c, verdict="faux"), "unknown verdict 'faux'; verdicts are false,"),
    (lambda p, c, s: p.claims.update("alice", c, checked_at="5/3/2026"), "YYYY-MM-DD, not '5/3/2026'"),
    (lambda p, c, s: p.claims.update("alice", c, checked_at="2026-02-30"), "YYYY-MM-DD"),
    (lambda p, c, s: p.claims.update("alice", c, statement="  "), "a claim needs a statement"),
    (lambda p, c, s: p.claims.update("alice", c, rationale="\ud800"), "cannot be saved"),
    (lambda p, c, s: p.claims.update("bob", c, verdict="true"), f"no claim {{c}} of bob"),
    (lambda p, c, s: p.claims.get("alice", 10**6), "no claim 1000000 of alice"),
    (lambda p, c, s: p.claims.delete("bob", c), "no claim {c} of bob"),
    (lambda p, c, s: p.claims.attach("alice", 10**6, s), "no claim 1000000"),
    (lambda p, c, s: p.claims.create("alice", 10**6), "no sentence 1000000"),
    (lambda p, c, s: p.claims.set_sources("alice", c, (Source(" "),)), "source 1 needs a URL"),
    (lambda p, c, s: p.claims.set_sources("alice", c, (Source("u", accessed="hier"),)),
     "source 1's date consulted must be a date written YYYY-MM-DD"),
    (lambda p, c, s: p.claims.set_sources("alice", c, ("https://a",)), "source 1 is not a source"),
    (lambda p, c, s: p.set_field("alice", s, "claim", "value", "3"), "no fact-check field 'value' for 'claim'"),
    (lambda p, c, s: p.set_field("alice", s, "quote", "unit", "%"), "the fields are statistic: value, unit"),
])
def test_bad_edits_are_refused_with_a_message_and_change_nothing(nato, edit, message):
    project, report, _ = nato
    claim_id = next(iter(project.claims.create("alice", report).claims))
    before = state(project)
    with pytest.raises(ProjectError) as refused:
        edit(project, claim_id, report)
    assert message.format(c=claim_id) in str(refused.value)
    assert state(project) == before


def test_a_store_refusal_names_the_claim_holding_the_sentence(nato):
    project, report, correction = nato
    claim_id = next(iter(project.claims.create("alice", report, "classifiés").claims))
    project.claims.create("alice", correction, "non classifiés")
    undo_delete = project.claims.delete("alice", claim_id)
    project.claims.create("alice", report, "une autre")  # elsewhere, the sentence is taken again
    before = state(project)
    with pytest.raises(ProjectError, match=r"sentence \d+ already states claim \d+ \('une autre'\)"):
        undo_delete.undo()
    assert state(project) == before


def test_an_undo_never_overwrites_a_claim_made_since_under_the_same_id(nato):
    project, report, correction = nato
    claim_id = next(iter(project.claims.create("alice", report, "classifiés").claims))
    undo_delete = project.claims.delete("alice", claim_id)
    reused = project.claims.create("alice", correction, "non classifiés")  # elsewhere
    assert reused.claims == {claim_id}  # SQLite gives the highest id again
    before = state(project)
    with pytest.raises(ProjectError, match=f"claim {claim_id} was made or removed elsewhere since"):
        undo_delete.undo()
    assert state(project) == before


def test_fields_set_changed_cleared_and_typing_is_one_step(nato):
    project, report, _ = nato
    article = project.sentence(report).article_id
    written = round_trip(project, lambda: project.set_field("alice", report, "statistic", "value", "3,5"))
    assert (written.kinds, written.articles, written.sentences, written.before) == (
        {"fields"}, {article}, {report}, "")
    assert written.merge_key == ("field", "alice", report, "statistic", "value")
    project.set_field("alice", report, "quote", "speaker", "Sam Altman")
    assert project.fields("alice", report) == {"statistic": {"value": "3,5"}, "quote": {"speaker": "Sam Altman"}}
    assert round_trip(project, lambda: project.set_field("alice", report, "quote", "speaker", "")).before == "Sam Altman"
    step = project.set_field("alice", report, "statistic", "unit", "%")
    step = step.then(project.set_field("alice", report, "statistic", "unit", "%."))
    step.undo()
    assert project.fields("alice", report) == {"statistic": {"value": "3,5"}}
    assert project.fields("bob", report) == {} and project.fields("nobody", report) == {}


def _appearance(project: Project, sentence_id: int) -> Appearance:
    sentence = project.sentence(sentence_id)
    return Appearance(sentence.article_id, sentence.start, sentence.end)
