"""Segmentation and reading stay linear in the input, whatever the input.

Not a timed assertion: each hostile shape is held to ordinary text of the same
size read in the same run, with a ratio generous enough for a busy machine.
Linear work stays well inside it (most shapes within 3 times; "J. J. J." is a
sentence-end candidate every third character, about 30-70 times); the quadratic
segmenter was some 20,000 times slower at this size (12 s against 0.6 ms).
"""

from __future__ import annotations

import time

import pytest

from annotator import corpus
from annotator.segment import split_sentences

from .pathological import SHAPES, ordinary

SIZE = 20_000
RATIO = 200


def _cpu_seconds(path) -> float:
    """Best of three: reading the file as an article, then segmenting it."""
    best = float("inf")
    for _ in range(3):
        began = time.process_time()
        split_sentences(corpus.read_article(path).text)
        best = min(best, time.process_time() - began)
    return best


@pytest.fixture(scope="module")
def ordinary_seconds(tmp_path_factory) -> float:
    path = tmp_path_factory.mktemp("ordinary") / "ordinary.txt"
    path.write_text(ordinary(SIZE), encoding="utf-8")
    return max(_cpu_seconds(path), 1e-4)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_hostile_shape_costs_about_what_ordinary_text_costs(shape, ordinary_seconds, tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(SHAPES[shape](SIZE), encoding="utf-8")
    assert _cpu_seconds(path) < RATIO * ordinary_seconds


def test_a_run_of_dots_is_one_candidate_and_keeps_its_meaning():
    text = "Il hésite" + "." * 5000 + " Puis il part" + "?" * 5000 + "x"
    assert split_sentences(text) == [(0, 5009), (5010, len(text))]
