"""The labelled evaluation set of issue 12 stays well-formed.

The set (tests/suggest/labelled/, described in its README) is what the
suggestion rules are measured against; a file that no longer parses, a field
misspelt, an index past the end of a document, or a seed sentence that no
longer matches how the app cuts the seed article would make every measured
figure quietly wrong. Run this file as a script to print the counts quoted in
the README.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from annotator.corpus import read_article
from annotator.segment import split_sentences

ROOT = Path(__file__).resolve().parents[2]
LABELLED = ROOT / "tests" / "suggest" / "labelled"
SEEDS = ROOT / "seeds"
CROSS_PAIRS = LABELLED / "pairs.json"
RELATIONS = {"agree", "contradict"}
DOC_KEYS = {"id", "source", "title", "sentences", "pairs"}
SENTENCE_KEYS = {"text", "statistic", "quote"}
MIN_SENTENCES = 300


def load_documents() -> list[dict]:
    return [json.loads(path.read_text("utf-8")) for path in document_paths()]


def document_paths() -> list[Path]:
    return sorted(p for p in LABELLED.glob("*.json") if p != CROSS_PAIRS)


def counts(documents: list[dict]) -> Counter:
    """The figures the README gives: documents, sentences, labels and pairs."""
    found: Counter = Counter()
    for doc in documents:
        kind = "seed" if doc["source"].startswith("seed:") else "written"
        found[f"{kind} documents"] += 1
        found[f"{kind} sentences"] += len(doc["sentences"])
        found["sentences"] += len(doc["sentences"])
        for label in ("statistic", "quote"):
            labelled = sum(s[label] is not None for s in doc["sentences"])
            found[f"{label}s"] += labelled
            found[f"{kind} {label}s"] += labelled
        found["both statistic and quote"] += sum(
            s["statistic"] is not None and s["quote"] is not None for s in doc["sentences"]
        )
        for pair in doc["pairs"]:
            found[f"pairs within a document ({pair['relation']})"] += 1
    for pair in json.loads(CROSS_PAIRS.read_text("utf-8")):
        found[f"pairs across documents ({pair['relation']})"] += 1
    return found


def _is_quantity(value: object) -> bool:
    return (
        isinstance(value, dict)
        and set(value) == {"value", "unit"}
        and all(isinstance(value[k], str) and value[k].strip() for k in ("value", "unit"))
    )


def sentence_problems(doc: dict) -> list[str]:
    """Every field of every sentence of ``doc`` that breaks the format, by index."""
    problems = []
    texts = [s.get("text", "") for s in doc["sentences"]]
    whole = "\n".join(texts).lower()
    for i, s in enumerate(doc["sentences"]):
        where = f"{doc['id']}[{i}]"
        if not SENTENCE_KEYS <= set(s) <= SENTENCE_KEYS | {"values"}:
            problems.append(f"{where}: keys {sorted(s)}")
            continue
        if not isinstance(s["text"], str) or not s["text"].strip():
            problems.append(f"{where}: empty text")
        stat, quote = s["statistic"], s["quote"]
        if stat is not None and not _is_quantity(stat):
            problems.append(f"{where}: statistic {stat!r}")
        elif stat is not None and stat["value"].lower() not in s["text"].lower():
            problems.append(f"{where}: value {stat['value']!r} not in the text")
        if "values" in s and not (
            stat is not None
            and all(_is_quantity(v) for v in s["values"])
            and s["values"][:1] == [stat]
        ):
            problems.append(f"{where}: values must start with the statistic")
        if quote is not None and not (
            isinstance(quote, dict) and set(quote) == {"speaker"} and isinstance(quote["speaker"], str)
        ):
            problems.append(f"{where}: quote {quote!r}")
        elif quote is not None and quote["speaker"].lower() not in whole:
            problems.append(f"{where}: speaker {quote['speaker']!r} not named in the document")
    return problems


def pair_problems(pairs: list[dict], size: int, where: str) -> list[str]:
    problems = []
    for pair in pairs:
        ok = (
            set(pair) == {"a", "b", "relation"}
            and pair["relation"] in RELATIONS
            and all(isinstance(pair[k], int) and 0 <= pair[k] < size for k in ("a", "b"))
            and pair["a"] != pair["b"]
        )
        if not ok:
            problems.append(f"{where}: pair {pair!r}")
    return problems


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    return load_documents()


def test_every_document_has_the_fixed_shape(documents):
    problems = []
    for path, doc in zip(document_paths(), documents):
        if set(doc) != DOC_KEYS or doc["id"] != path.stem or not doc["sentences"]:
            problems.append(f"{path.name}: keys {sorted(doc)}, id {doc.get('id')!r}")
            continue
        if doc["source"] != "written" and not doc["source"].startswith("seed:"):
            problems.append(f"{path.name}: source {doc['source']!r}")
        problems += sentence_problems(doc)
        problems += pair_problems(doc["pairs"], len(doc["sentences"]), doc["id"])
    assert problems == []


def test_pairs_across_documents_point_at_sentences(documents):
    sizes = {doc["id"]: len(doc["sentences"]) for doc in documents}
    problems = []
    for pair in json.loads(CROSS_PAIRS.read_text("utf-8")):
        ends = [pair.get("a"), pair.get("b")]
        ok = pair.get("relation") in RELATIONS and all(
            isinstance(end, dict)
            and end.get("doc") in sizes
            and isinstance(end.get("sentence"), int)
            and 0 <= end["sentence"] < sizes[end["doc"]]
            for end in ends
        )
        if not ok or ends[0]["doc"] == ends[1]["doc"]:
            problems.append(repr(pair))
    assert problems == []


def test_seed_sentences_are_the_apps_segmentation_of_every_seed(documents):
    by_source = {doc["source"]: doc for doc in documents}
    for path in sorted(SEEDS.glob("*.txt")):
        article = read_article(path)
        expected = [article.text[s:e] for s, e in split_sentences(article.text)]
        doc = by_source[f"seed:{path.name}"]
        assert [s["text"] for s in doc["sentences"]] == expected, path.name


def test_written_sentences_are_each_one_sentence_for_the_app(documents):
    """Imported one sentence a line, a written document comes back cut as labelled."""
    for doc in documents:
        if doc["source"] == "written":
            texts = [s["text"] for s in doc["sentences"]]
            text = "\n".join(texts)
            assert [text[s:e] for s, e in split_sentences(text)] == texts, doc["id"]


def test_the_set_is_large_enough_and_holds_every_kind_of_label(documents):
    found = counts(documents)
    assert found["sentences"] >= MIN_SENTENCES
    assert found["statistics"] > 0 and found["quotes"] > 0
    assert any("contradict" in key for key in found)
    assert len({doc["id"] for doc in documents}) == len(documents)


if __name__ == "__main__":
    for key, value in sorted(counts(load_documents()).items()):
        print(f"{key}: {value}")
