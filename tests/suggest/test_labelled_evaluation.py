"""The issue's goals, measured on the labelled set written apart from the rules (see
tests/suggest/evaluation.py for how each figure is counted, the README for the figures):
statistic and quote precision and recall >= 0.90, the speaker right on >= 80% of quotes."""

from __future__ import annotations

import pytest

from .evaluation import LABELLED, cross_pairs, documents, measure, same_speaker

GOAL, SPEAKER_GOAL = 0.90, 0.80


@pytest.fixture(scope="module")
def figures():
    docs = documents()
    if not docs:
        pytest.skip(f"no labelled set in {LABELLED}")
    return measure(docs, cross_pairs())


def test_the_set_is_as_large_as_the_issue_asks(figures):
    assert figures.counts["sentences"] >= 300


@pytest.mark.parametrize("label", ["statistic", "quote"])
def test_precision_and_recall_reach_the_goal(figures, label):
    assert figures.precision(label) >= GOAL, "\n".join(e for e in figures.errors if e.startswith(label))
    assert figures.recall(label) >= GOAL, "\n".join(e for e in figures.errors if e.startswith(label))


def test_the_speaker_is_right_on_enough_quotes(figures):
    assert figures.ratio("speaker right", "quote tp") >= SPEAKER_GOAL, "\n".join(
        e for e in figures.errors if e.startswith("speaker"))


@pytest.mark.parametrize(("proposed", "decided", "same"), [
    ("Sam Altman", "Sam Altman", True),
    ("Pentagone", "le Pentagone", True),
    ("Altman", "Sam Altman", True),
    ("un porte-parole d'Anthropic", "Un porte-parole d’Anthropic", True),
    ("Dario Amodei", "Sam Altman", False),
    ("", "Sam Altman", False),
    ("Sam", "Samuel Harris", False),
])
def test_what_counts_as_the_same_speaker(proposed, decided, same):
    assert same_speaker(proposed, decided) is same
