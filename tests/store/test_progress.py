"""The article list's "tagged" count stays true through every way labels change.

The count is kept by triggers (schema step 3), so it is checked here against
a count made from the labels themselves after edits, undo-style removals, a
whole layer replaced (import and merge write layers this way), and on an
upgraded file.
"""

from __future__ import annotations

import random

from annotator.model import LABELS
from annotator.review import Layer


def _counted(project, reviewer: str) -> dict[str, int]:
    """Tagged sentences per article, from the labels (what the list must show)."""
    return {
        summary.id: len(project.labels(reviewer, summary.id))
        for summary in project.articles(None)
    }


def _shown(project, reviewer: str) -> dict[str, int]:
    return {summary.id: summary.tagged for summary in project.articles(reviewer)}


def test_tagged_counts_follow_random_edits(seeded):
    rng = random.Random(7)
    sentences = [s.id for a in seeded.articles(None) for s in seeded.sentences(a.id)]
    for step in range(600):
        reviewer = rng.choice(["alice", "bob"])
        seeded.set_label(reviewer, rng.choice(sentences[:60]), rng.choice(LABELS), rng.random() < 0.6)
        if step % 50 == 0:
            assert _shown(seeded, "alice") == _counted(seeded, "alice")
    for reviewer in ("alice", "bob"):
        assert _shown(seeded, reviewer) == _counted(seeded, reviewer)
        assert any(_shown(seeded, reviewer).values())


def test_one_row_and_the_whole_list_agree(seeded):
    first = seeded.articles(None)[0]
    for sentence in seeded.sentences(first.id)[:5]:
        seeded.set_label("alice", sentence.id, "claim", True)
        seeded.set_label("alice", sentence.id, "quote", True)
    seeded.set_label("alice", seeded.sentences(first.id)[0].id, "claim", False)
    assert seeded.article_summary("alice", first.id).tagged == 5
    assert _shown(seeded, "alice")[first.id] == 5
    assert seeded.article_summary("bob", first.id).tagged == 0


def test_a_replaced_layer_recounts(seeded):
    article = seeded.articles(None)[1]
    keep = seeded.sentences(article.id)
    for sentence in keep[:8]:
        seeded.set_label("gold", sentence.id, "statistic", True)
    units = {(article.id, s.start, s.end): frozenset() for s in keep}
    units.update({(article.id, s.start, s.end): frozenset({"claim", "quote"}) for s in keep[3:6]})
    seeded.exchange.write_layer(Layer(reviewer="gold", statuses={article.id: "done"}, units=units, links=frozenset()))
    assert _shown(seeded, "gold")[article.id] == 3 == _counted(seeded, "gold")[article.id]


def test_an_exported_layer_imported_elsewhere_counts_the_same(seeded, tmp_path, project):
    article = seeded.articles(None)[2]
    for sentence in seeded.sentences(article.id)[::3]:
        seeded.set_label("alice", sentence.id, "claim", True)
    exported = tmp_path / "alice.json"
    seeded.exchange.export_json("alice", exported)
    project.exchange.import_annotations(exported)
    assert _shown(project, "alice") == _counted(project, "alice") == _shown(seeded, "alice")
