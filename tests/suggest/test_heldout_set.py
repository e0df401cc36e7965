"""The held-out labelled set is well formed and cut as the app cuts it.

The set measures the suggestion rules on text they were not tuned on, so a
label on a sentence the app would never show (a different cutting) would
count against the rules for nothing; each document's sentences must be
exactly the app's sentences of their joined text. ``python -m tests.suggest.test_heldout_set``
prints the counts the set's README gives.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from annotator.segment import split_sentences

from .evaluation import documents, folder_of, measure

HELDOUT = Path(__file__).parent / "heldout"
DOCUMENTS = sorted(HELDOUT.glob("*.json"))


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def counts() -> Counter:
    """What the set holds, counted the way its README reports it."""
    tally: Counter = Counter()
    for path in DOCUMENTS:
        doc = _load(path)
        tally["documents"] += 1
        tally["sentences"] += len(doc["sentences"])
        tally["statistics"] += sum(s["statistic"] is not None for s in doc["sentences"])
        tally["quotes"] += sum(s["quote"] is not None for s in doc["sentences"])
        for pair in doc["pairs"]:
            tally[f"pairs {pair['relation']}"] += 1
    return tally


def test_the_set_is_large_enough_to_measure():
    tally = counts()
    assert tally["documents"] >= 10
    assert tally["sentences"] >= 220


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_each_document_is_well_formed(path):
    doc = _load(path)
    assert set(doc) == {"id", "source", "title", "sentences", "pairs"}
    assert doc["id"] == path.stem and doc["source"] == "written" and doc["title"]
    for sentence in doc["sentences"]:
        assert set(sentence) == {"text", "statistic", "quote"}
        stat, quote = sentence["statistic"], sentence["quote"]
        assert stat is None or (set(stat) == {"value", "unit"} and stat["value"] and stat["unit"])
        assert quote is None or (set(quote) == {"speaker"} and quote["speaker"])
    size = len(doc["sentences"])
    for pair in doc["pairs"]:
        assert pair["relation"] in {"agree", "contradict"}
        assert 0 <= pair["a"] < size and 0 <= pair["b"] < size and pair["a"] != pair["b"]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_sentences_are_the_apps_cutting_of_their_joined_text(path):
    texts = [s["text"] for s in _load(path)["sentences"]]
    joined = " ".join(texts)
    assert [joined[start:end] for start, end in split_sentences(joined)] == texts


def test_the_evaluation_measures_the_held_out_set_by_name():
    """Only that ``--set heldout`` reads this set; its figures are reported, not asserted."""
    assert folder_of("heldout") == HELDOUT.resolve()
    assert measure(documents(folder_of("heldout"))).counts["sentences"] == counts()["sentences"]


if __name__ == "__main__":
    for key, value in sorted(counts().items()):
        print(f"{key}: {value}")
