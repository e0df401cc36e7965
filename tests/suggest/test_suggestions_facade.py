"""``project.suggestions`` on the seeds: listed, accepted as an undoable edit with its fields,
rejected and remembered per reviewer, accepted all at once; candidates for a sentence."""

from __future__ import annotations

import pytest

from annotator.project import Project


def _article(project: Project, prefix: str) -> str:
    return next(a.id for a in project.articles(None) if a.source.startswith(prefix))


def _sentence(project: Project, prefix: str, words: str) -> int:
    article = _article(project, prefix)
    return next(s.id for s in project.sentences(article) if words in project.sentence_text(s.id))


@pytest.fixture
def nato(seeded):
    return seeded


def test_the_seed_article_003_has_its_figures_and_its_quote(nato):
    found = nato.suggestions.of_article("alice", _article(nato, "003"))
    by_label = {(s.label, tuple(sorted(s.fields.items()))) for s in found}
    assert ("statistic", (("unit", "États membres"), ("value", "32"))) in by_label
    assert ("statistic", (("unit", "%"), ("value", "295"))) in by_label
    assert ("quote", (("speaker", "Sam Altman"),)) in by_label
    assert all(s.reason for s in found)


def test_accept_puts_the_label_and_its_fields_and_undo_takes_both_back(nato):
    sentence = _sentence(nato, "003", "32 États membres")
    changes = nato.suggestions.accept("alice", sentence)
    assert changes.kinds == {"labels", "fields"} and sentence in changes.sentences
    assert nato.sentence_labels("alice", sentence) == {"statistic"}
    assert nato.fields("alice", sentence) == {"statistic": {"value": "32", "unit": "États membres"}}
    assert not [s for s in nato.suggestions.of_sentence("alice", sentence) if s.label == "statistic"]
    again = changes.undo()
    assert nato.sentence_labels("alice", sentence) == set() and nato.fields("alice", sentence) == {}
    again.undo()
    assert nato.sentence_labels("alice", sentence) == {"statistic"}
    assert nato.fields("alice", sentence)["statistic"]["value"] == "32"


def test_accept_keeps_a_field_the_reviewer_wrote(nato):
    sentence = _sentence(nato, "003", "32 États membres")
    nato.set_field("alice", sentence, "statistic", "value", "trente-deux")
    nato.suggestions.accept("alice", sentence)
    assert nato.fields("alice", sentence)["statistic"] == {"value": "trente-deux", "unit": "États membres"}


def test_a_rejection_is_remembered_for_that_reviewer_only_and_undone(nato):
    sentence = _sentence(nato, "003", "32 États membres")
    changes = nato.suggestions.reject("alice", sentence)
    assert changes.kinds == {"suggestions"}
    assert not nato.suggestions.of_sentence("alice", sentence)
    assert nato.suggestions.of_sentence("bob", sentence)
    assert nato.suggestions.accept("alice", sentence).changed is False
    changes.undo()
    assert nato.suggestions.of_sentence("alice", sentence)


def test_a_rejection_survives_closing_the_file(nato):
    sentence = _sentence(nato, "003", "32 États membres")
    nato.suggestions.reject("alice", sentence)
    path = nato.path
    nato.close()
    with Project(path) as again:
        assert not again.suggestions.of_sentence("alice", sentence)


def test_accept_all_is_one_edit_and_one_undo(nato):
    article = _article(nato, "003")
    proposed = nato.suggestions.of_article("alice", article)
    changes = nato.suggestions.accept_all("alice", article)
    assert nato.suggestions.of_article("alice", article) == []
    labels = nato.labels("alice", article)
    assert all(s.label in labels[s.sentence_id] for s in proposed)
    changes.undo()
    assert nato.labels("alice", article) == {}
    assert nato.suggestions.of_article("alice", article) == proposed


def test_each_nato_sentence_has_the_other_among_its_first_three_candidates(nato):
    report = _sentence(nato, "003", "sur les réseaux classifiés de l'OTAN")
    correction = _sentence(nato, "003", "l'OTAN concernait les réseaux non classifiés")
    for one, other in ((report, correction), (correction, report)):
        found = nato.suggestions.candidates(one, limit=3)
        assert other in [c.sentence_id for c in found]
        pair = next(c for c in found if c.sentence_id == other)
        assert pair.contradiction and "non" in pair.reason


def test_candidates_are_ranked_and_never_the_sentence_itself(nato):
    sentence = _sentence(nato, "003", "32 États membres")
    found = nato.suggestions.candidates(sentence, limit=5)
    assert found and sentence not in [c.sentence_id for c in found]
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)


def test_a_figure_told_differently_is_a_possible_contradiction(project, tmp_path):
    from annotator.model import Article

    project.import_article(Article("Le contrat du Pentagone vaut 200 millions de dollars selon Reuters.", "a"))
    project.import_article(Article("Le contrat du Pentagone vaut 300 millions de dollars selon Reuters.", "b"))
    project.import_article(Article("Le contrat du Pentagone vaut 200 millions de dollars, dit Reuters.", "c"))
    first = project.sentences(project.articles(None)[0].id)[0].id
    found = {project.sentence_text(c.sentence_id)[29:32]: c for c in project.suggestions.candidates(first)}
    assert found["300"].contradiction and "another figure" in found["300"].reason
    assert not found["200"].contradiction


@pytest.mark.parametrize("text", [
    "«" * 10_000 + ".",
    "Le chiffre est " + "9" * 5_000 + " %.",
    "« Une citation qui ne finit pas, a dit Jean. " * 200,
    "1 " * 5_000 + "euros.",
    '"' * 9_999,
])
def test_a_hostile_article_gets_no_suggestion_and_no_error(project, text):
    from annotator.model import Article

    from annotator.suggest.text import MAX_SENTENCE

    project.import_article(Article(text, "hostile"))
    (article,) = project.articles(None)
    found = project.suggestions.of_article("alice", article.id)
    assert all(s.end - s.start <= MAX_SENTENCE for s in found)  # an overlong sentence gets none
    assert found == [] or text.startswith("« Une citation")
    for sentence in project.sentences(article.id)[:3]:
        assert all(c.sentence_id != sentence.id for c in project.suggestions.candidates(sentence.id))
        project.suggestions.accept("alice", sentence.id)
