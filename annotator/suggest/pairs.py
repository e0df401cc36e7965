"""Pairs worth checking: which sentences most likely state the same fact, and which may contradict.

Two sentences stating one fact share its figures, its names and its rare
words, whatever else they say. A sentence is reduced to its *terms*: numbers
(by value, so "1 500" is "1500" and "3,5" is "3.5"), names (capitalised words
past the first, and any capitalised word not in a short list of sentence
openers) and content words of four letters or more outside a list of French
function words; all compared folded (case and accents ignored, a final s or x
dropped). Each term weighs its rarity over the whole file (inverse document
frequency, from the full-text index's counts), times 2 for a number and 1.5
for a name. The score of a pair is the weight they share over the geometric
mean of their weights: 1 for the same terms, 0 for none in common.

A pair is flagged as a possible **contradiction** when it shares enough to be
about one thing (:data:`CONTRADICTION_FLOOR`) and one side negates where the
other does not ("non", "pas", "ne ... plus", "jamais", "aucun"), or both give
a figure of the same kind and unit with different values.

Pure functions over text and counts: the store finds the candidates (see
:mod:`annotator.store.suggestions`), these rank them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..translatable import QT_TRANSLATE_NOOP
from .statistics import find_statistic
from .text import fold, too_long

NUMBER_WEIGHT, NAME_WEIGHT, WORD_WEIGHT = 2.0, 1.5, 1.0
CONTRADICTION_FLOOR = 0.2
MIN_WORD = 4

_TOKEN = re.compile(r"(?P<number>\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+(?:,\d+)?|\d+(?:[,.]\d+)?)|(?P<word>[^\W\d_]+)")
_INDEX_TOKEN = re.compile(r"[^\W_]+")
_STOP = frozenset(fold(w) for w in (
    "avec dans pour sans sous vers chez entre contre depuis pendant avant après selon être avoir fait faire "
    "était sont sera seront serait seraient avait avaient aurait auraient ayant cette ceux celle celles cela "
    "ceci mais donc alors ainsi aussi encore toujours très plus moins tous toutes tout toute leur leurs notre "
    "votre nous vous elle elles ils lui dont quand comme même autre autres plusieurs quelques certains "
    "certaines chaque aucun aucune rien jamais déjà quelque lors lorsque puis tandis afin parce cependant "
    "toutefois pourtant notamment également entre déclaré affirmé annoncé précisé indiqué selon ont peut "
    "peuvent doit doivent the and that with from this have will would been were their they which about "
    "into than then them these those such only also after before over under more most").split())
_OPENERS = frozenset(fold(w) for w in (
    "le la les l un une des il elle ils elles on ce cette ces cet son sa ses leur leurs selon pour mais et lors "
    "alors après avant quelques cependant pourtant toutefois ainsi dans en au aux à si comme quand lorsque puis "
    "je nous vous mon ma mes notre nos votre vos or donc car enfin ensuite même tout tous chaque cela depuis "
    "par fin début d de du suite face comment pourquoi malgré une the a an in on").split())
_NEGATION = re.compile(r"\b(?:non|pas|jamais|aucun|aucune|nullement|ni)\b|\bn[’']\w+\s+plus\b|\bne\s+\w+\s+plus\b", re.I)


@dataclass(frozen=True)
class Terms:
    """A sentence's terms by kind, folded."""

    numbers: frozenset[str]
    names: frozenset[str]
    words: frozenset[str]

    def weights(self, idf: Mapping[str, float], default: float = 1.0) -> dict[str, float]:
        """Each term's weight: its kind's times its rarity (``default`` for a term ``idf`` lacks)."""
        result = {t: WORD_WEIGHT * idf.get(t, default) for t in self.words}
        result.update({t: NAME_WEIGHT * idf.get(t, default) for t in self.names})
        result.update({t: NUMBER_WEIGHT * idf.get(t, default) for t in self.numbers})
        return result


@dataclass(frozen=True)
class Pair:
    """A candidate for a sentence: its key (what the caller gave), score, contradiction flag, reason."""

    key: object
    score: float
    contradiction: bool
    reason: str


def terms(text: str) -> Terms:
    """The numbers, names and content words of a sentence (nothing for an overlong one)."""
    if too_long(text):
        return Terms(frozenset(), frozenset(), frozenset())
    numbers, names, words = set(), set(), set()
    run = ""
    for match in _TOKEN.finditer(text):
        word = match.group("word")
        if match.group("number"):
            numbers.add(_number_key(match.group("number")))
        folded = _stem(fold(word)) if word else ""
        if word and word[0].isupper() and folded not in _OPENERS:
            run = folded  # a run of capitalised words is one name, its last word ("altman", "journal")
        else:
            if run:
                names.add(run)
            run = ""
            if word and len(word) >= MIN_WORD and folded not in _STOP:
                words.add(folded)
    if run:
        names.add(run)
    return Terms(frozenset(numbers), frozenset(names), frozenset(words - names))


def index_terms(text: str) -> list[str]:
    """The sentence's words as the full-text index holds them (folded, split at every
    non-letter), those worth looking up: numbers and words of four letters or more
    that are not function words, in order, without repeats."""
    seen: dict[str, None] = {}
    for token in _INDEX_TOKEN.findall(text[:10_000]):
        folded = fold(token)
        if (folded.isdigit() or len(folded) >= MIN_WORD) and _stem(folded) not in _STOP and folded not in _OPENERS:
            seen.setdefault(folded, None)
    return list(seen)


def idf_of(frequencies: Mapping[str, int], total: int) -> dict[str, float]:
    """Inverse document frequency of each term (as :func:`terms` keys it: without a plural
    mark) given how many of ``total`` sentences hold it (as :func:`index_terms` gives it)."""
    counts: dict[str, int] = {}
    for term, count in frequencies.items():
        counts[_stem(term)] = max(count, counts.get(_stem(term), 0))
    return {term: math.log((total + 1) / (count + 0.5)) for term, count in counts.items()}


def score(a: Terms, b: Terms, idf: Mapping[str, float], default: float = 1.0) -> tuple[float, list[str]]:
    """The pair's score in [0, 1] and the shared terms, heaviest first."""
    wa, wb = a.weights(idf, default), b.weights(idf, default)
    shared = sorted(set(wa) & set(wb), key=lambda t: -wa[t])
    if not shared:
        return 0.0, []
    total = sum(wa[t] for t in shared)
    return total / math.sqrt(sum(wa.values()) * sum(wb.values())), shared


def contradiction(a: str, b: str) -> str:
    """Why ``a`` and ``b`` (about one thing) may contradict, or "": a negation on one side
    only, or two figures of one kind and unit that differ."""
    negated_a, negated_b = bool(_NEGATION.search(a)), bool(_NEGATION.search(b))
    if negated_a != negated_b:
        word = _NEGATION.search(a if negated_a else b).group(0)
        return QT_TRANSLATE_NOOP("suggest.pairs", "one side negates ({word})").format(word=word)
    first, second = find_statistic(a), find_statistic(b)
    if first and second and (first.kind, fold(first.unit)) == (second.kind, fold(second.unit)):
        if _number_key(first.value) != _number_key(second.value):
            return QT_TRANSLATE_NOOP("suggest.pairs", "another figure ({first} / {second})").format(
                first=f"{first.value} {first.unit}", second=f"{second.value} {second.unit}".rstrip(" "))
    return ""


def rank(text: str, candidates: Iterable[tuple[object, str]], idf: Mapping[str, float],
         limit: int = 5, floor: float = 0.05, default: float = 1.0) -> list[Pair]:
    """The best ``limit`` of ``candidates`` ((key, text) pairs) for ``text``, best first;
    ``default`` is the rarity of a term ``idf`` lacks."""
    mine = terms(text)
    scored = []
    for key, other in candidates:
        value, shared = score(mine, terms(other), idf, default)
        if value >= floor:
            scored.append((value, key, other, shared))
    scored.sort(key=lambda item: -item[0])
    pairs = []
    for value, key, other, shared in scored[:limit]:
        why = contradiction(text, other) if value >= CONTRADICTION_FLOOR else ""
        terms_shared = ", ".join(shared[:6])
        reason = (QT_TRANSLATE_NOOP("suggest.pairs", "shared: {terms}; {why}").format(terms=terms_shared, why=why)
                  if why else QT_TRANSLATE_NOOP("suggest.pairs", "shared: {terms}").format(terms=terms_shared))
        pairs.append(Pair(key, round(value, 3), bool(why), reason))
    return pairs


def _stem(word: str) -> str:
    """A folded word without its plural mark, so "réseaux" meets "réseau" and "classifiés" "classifié"."""
    if len(word) > MIN_WORD and word[-1] in "sx":
        return word[:-1]
    return word


def _number_key(number: str) -> str:
    digits = re.sub(r"[ \u00a0\u202f]", "", number.split()[0] if number[:1].isdigit() else number)
    return digits.replace(",", ".")
