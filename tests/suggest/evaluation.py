"""The suggestion rules measured against the labelled set (``tests/suggest/labelled/*.json``).

Each document lists its sentences in order, each with its decided ``statistic`` (null or
{value, unit}) and ``quote`` (null or {speaker}), and pairs of sentences decided to agree or
contradict. The rules are run on each sentence with the one before it, as the window runs
them; a proposal is counted right or wrong against the decision:

- **precision** of a label: of the sentences the rule proposes it for, the share decided so;
- **recall**: of the sentences decided so, the share the rule proposes it for;
- **speaker accuracy**: of the quotes both decided and proposed, the share whose proposed
  speaker names the same speaker as the decision (:func:`same_speaker`); also given over
  every decided quote (a missed quote counts as a wrong speaker);
- **pairs** (reported, no goal): for each decided pair, whether each side has the other
  among its first three candidates in the set (candidates ranked by :mod:`annotator.suggest.pairs`
  over every sentence of the set, rarity counted in the set), and whether a pair decided
  ``contradict`` is flagged (and an ``agree`` one is not).

``python -m tests.suggest.evaluation`` prints the figures and each error; ``--set heldout``
measures the held-out set (``tests/suggest/heldout/``, written blind to the rules) instead, and
``--set`` takes any folder of the same format.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from annotator.suggest import find_quote, find_statistic, pairs
from annotator.suggest.text import fold

HERE = Path(__file__).resolve().parent
LABELLED = HERE / "labelled"
_DETERMINER = re.compile(r"^(?:le|la|les|l|un|une|des|du|de|d)\s+")


@dataclass
class Figures:
    counts: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def ratio(self, hit: str, total: str) -> float:
        return self.counts[hit] / self.counts[total] if self.counts[total] else 1.0

    def precision(self, label: str) -> float:
        return self.ratio(f"{label} tp", f"{label} proposed")

    def recall(self, label: str) -> float:
        return self.ratio(f"{label} tp", f"{label} decided")

    def summary(self) -> dict[str, float | int]:
        c = self.counts
        return {
            "documents": c["documents"], "sentences": c["sentences"],
            "statistic decided": c["statistic decided"], "statistic proposed": c["statistic proposed"],
            "statistic precision": round(self.precision("statistic"), 3),
            "statistic recall": round(self.recall("statistic"), 3),
            "quote decided": c["quote decided"], "quote proposed": c["quote proposed"],
            "quote precision": round(self.precision("quote"), 3), "quote recall": round(self.recall("quote"), 3),
            "speaker right (quotes found)": round(self.ratio("speaker right", "quote tp"), 3),
            "speaker right (quotes decided)": round(self.ratio("speaker right", "quote decided"), 3),
            "speaker exactly as decided (quotes found)": round(self.ratio("speaker exact", "quote tp"), 3),
            "pairs decided": c["pairs"], "pair ends with the other in their first 3": c["pair ends found"],
            "pair ends": c["pair ends"],
            "contradict pairs flagged": f"{c['contradict flagged']} of {c['contradict']}",
            "agree pairs flagged": f"{c['agree flagged']} of {c['agree']}",
        }


def documents(folder: Path = LABELLED) -> list[dict]:
    """The labelled documents (every JSON file of the folder but ``pairs.json``)."""
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))
            if path.name != "pairs.json"]


def cross_pairs(folder: Path = LABELLED) -> list[tuple[tuple[str, int], tuple[str, int], str]]:
    """The pairs across documents (``pairs.json``) and within each, as ((doc, i), (doc, j), relation)."""
    found = [((doc["id"], p["a"]), (doc["id"], p["b"]), p["relation"]) for doc in documents(folder)
             for p in doc.get("pairs", [])]
    path = folder / "pairs.json"
    if path.exists():
        found += [((p["a"]["doc"], p["a"]["sentence"]), (p["b"]["doc"], p["b"]["sentence"]), p["relation"])
                  for p in json.loads(path.read_text(encoding="utf-8"))]
    return found


def normal_name(name: str) -> str:
    words = re.sub(r"[^\w]+", " ", fold(name)).strip()
    return _DETERMINER.sub("", words)


def same_speaker(proposed: str, decided: str) -> bool:
    """The same speaker: equal once case, accents, punctuation and a leading article are set
    aside, or one name's words a run of the other's ("Altman" and "Sam Altman", "le Pentagone"
    and "Pentagone", "le PDG d'Anthropic, Dario Amodei" and "Dario Amodei")."""
    a, b = normal_name(proposed), normal_name(decided)
    if not a or not b:
        return a == b
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def measure(docs: list[dict], pairs_decided: list | None = None) -> Figures:
    """The figures of the rules on ``docs``, and on ``pairs_decided`` (default: none)."""
    figures = Figures()
    every = [(doc["id"], n, s["text"]) for doc in docs for n, s in enumerate(doc["sentences"])]
    for doc in docs:
        figures.counts["documents"] += 1
        previous = ""
        for number, sentence in enumerate(doc["sentences"]):
            _sentence(figures, doc["id"], number, sentence, previous)
            previous = sentence["text"]
    _pairs(figures, every, pairs_decided or [])
    return figures


def _sentence(figures: Figures, doc: str, number: int, sentence: dict, previous: str) -> None:
    c, text = figures.counts, sentence["text"]
    c["sentences"] += 1
    where = f"{doc} #{number}: {text[:110]}"
    statistic, quote = find_statistic(text), find_quote(text, previous)
    for label, proposed, decided in (("statistic", statistic, sentence["statistic"]),
                                     ("quote", quote, sentence["quote"])):
        c[f"{label} proposed"] += proposed is not None
        c[f"{label} decided"] += decided is not None
        c[f"{label} tp"] += proposed is not None and decided is not None
        if (proposed is None) != (decided is None):
            kind = "missed" if proposed is None else "wrongly proposed"
            shown = decided if proposed is None else (proposed.reason if label == "quote" else
                                                     f"{proposed.value} {proposed.unit}")
            figures.errors.append(f"{label} {kind} ({shown}) — {where}")
    if quote is not None and sentence["quote"] is not None:
        decided = sentence["quote"].get("speaker") or ""
        right = same_speaker(quote.speaker, decided)
        c["speaker right"] += right
        c["speaker exact"] += normal_name(quote.speaker) == normal_name(decided)
        if not right:
            figures.errors.append(f"speaker {quote.speaker!r}, decided {decided!r} — {where}")


def _pairs(figures: Figures, every: list[tuple[str, int, str]], decided: list) -> None:
    c = figures.counts
    frequencies = Counter(term for _, _, text in every for term in set(pairs.index_terms(text)))
    idf = pairs.idf_of(frequencies, len(every))
    text_of = {(doc, n): text for doc, n, text in every}
    for first, second, relation in decided:
        c["pairs"] += 1
        texts = [text_of[first], text_of[second]]
        for one, other in ((first, second), (second, first)):
            c["pair ends"] += 1
            others = (((d, n), t) for d, n, t in every if (d, n) != one)
            top = pairs.rank(text_of[one], others, idf, limit=3)
            found = other in [p.key for p in top]
            c["pair ends found"] += found
            if not found:
                figures.errors.append(f"pair ({relation}) not in the first 3 of {one}: {text_of[other][:80]}")
        score, _ = pairs.score(pairs.terms(texts[0]), pairs.terms(texts[1]), idf)
        flagged = score >= pairs.CONTRADICTION_FLOOR and bool(pairs.contradiction(*texts))
        c[relation] += 1
        c[f"{relation} flagged"] += flagged


def folder_of(name: str) -> Path:
    """A set by its folder's name under tests/suggest ("labelled", "heldout"), or any folder."""
    return HERE / name if (HERE / name).is_dir() else Path(name)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="The suggestion rules measured on a labelled set.")
    parser.add_argument("--set", default="labelled", help="labelled (default), heldout, or a folder")
    folder = folder_of(parser.parse_args(argv).set)
    figures = measure(documents(folder), cross_pairs(folder))
    for line in figures.errors:
        print(line)
    print(json.dumps(figures.summary(), indent=2, ensure_ascii=False))
    sys.exit(0)


if __name__ == "__main__":
    main()
