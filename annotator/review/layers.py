"""The input: one reviewer's layer as plain data, and the alignment of two layers.

A layer is what the store holds for one reviewer, detached from the database:
statuses per article, the labels of every sentence, and the links drawn.
Sentences are named portably by ``(article_id, start, end)`` (the fields of
``model.SentenceRef``) as plain tuples, because a layer may hold a million of
them and tuples hash fast.

Two layers are compared on *units*: the sentences both have, matched by
article id and offsets, in the articles that count. Sentences only one layer
has (a different segmentation) cannot be compared; they are kept and reported
as unmatched rather than silently dropped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter
from typing import Literal, NamedTuple

import numpy as np

from annotator.model import RELATIONS, STATUSES, Relation, Status
from annotator.review.labelsets import LABEL_SETS, MASK, mask_of
from annotator.review.unit_columns import UnitColumns, UnitKey, UnitKeys, in_key_order


@dataclass(frozen=True)
class LayerLink:
    """A link one reviewer drew. Direction is kept but ignored when comparing."""

    source: UnitKey
    target: UnitKey
    relation: Relation
    note: str = ""

    def __post_init__(self) -> None:
        if self.relation not in RELATIONS:
            raise ValueError(f"unknown relation {self.relation!r}; expected one of {RELATIONS}")

    @property
    def pair(self) -> tuple[UnitKey, UnitKey]:
        """The two sentences in a fixed order, so A->B and B->A are the same pair."""
        return (self.source, self.target) if self.source <= self.target else (self.target, self.source)


@dataclass(frozen=True)
class Layer:
    """One reviewer's work, as the store hands it over.

    ``statuses``: every article the reviewer has, with its status.
    ``units``: every sentence of those articles, tagged or not, with its labels
    (an empty frozenset for an untagged sentence).
    ``links``: the links drawn. Mappings are treated as read-only.
    ``claims``: the reviewer's claims (:class:`annotator.claims.model.Claim`,
    by id), carried for the faces that compare and merge them; the figures
    here ignore them, since the claims comparison sits above this package.
    """

    reviewer: str
    statuses: Mapping[str, Status]
    units: Mapping[UnitKey, frozenset[str]]
    links: frozenset[LayerLink] = frozenset()
    claims: tuple = ()

    def __post_init__(self) -> None:
        bad = {s for s in self.statuses.values() if s not in STATUSES}
        if bad:
            raise ValueError(f"unknown status(es) {sorted(bad)}; expected some of {STATUSES}")
        if isinstance(self.units, UnitColumns):  # masks checked when made
            articles = self.units.article_ids()
        else:
            for labels in set(self.units.values()):
                mask_of(labels)  # raises on an unknown label
            articles = set(map(itemgetter(0), self.units))
        articles.update(end[0] for link in self.links for end in link.pair)
        if not articles <= self.statuses.keys():
            missing = sorted(articles - self.statuses.keys())
            raise ValueError(f"layer {self.reviewer!r}: no status for article(s) {missing}")


class UnitDisagreement(NamedTuple):
    """A unit where the two reviewers' label sets differ.

    A named tuple rather than a dataclass: there may be hundreds of thousands,
    and tuples are built and sorted several times faster.
    """

    article_id: str
    start: int
    end: int
    a: frozenset[str]
    b: frozenset[str]


class UnmatchedUnit(NamedTuple):
    """A sentence of a counted article that only one side ("a" or "b") has."""

    article_id: str
    start: int
    end: int
    side: Literal["a", "b"]
    labels: frozenset[str]


@dataclass(frozen=True)
class Alignment:
    """Two layers lined up unit by unit.

    ``keys[i]`` is unit i; ``a[i]`` and ``b[i]`` are the label-set bitmasks the
    two reviewers gave it. The order of units is arbitrary but shared. ``keys``
    is a list, or for two layers read from one file a :class:`UnitKeys` (in key
    order, its tuples built only when asked for).
    """

    articles: frozenset[str]
    keys: Sequence[UnitKey]
    a: np.ndarray
    b: np.ndarray
    unmatched: tuple[UnmatchedUnit, ...]

    def disagreements(self) -> tuple[UnitDisagreement, ...]:
        """Units whose label sets differ, in article and offset order."""
        differing, keys = in_key_order(self.keys, np.flatnonzero(self.a != self.b))
        return tuple(
            UnitDisagreement(*key, LABEL_SETS[a], LABEL_SETS[b])
            for key, a, b in zip(keys, self.a[differing].tolist(), self.b[differing].tolist())
        )


def counted_articles(a: Layer, b: Layer, all_articles: bool = False) -> frozenset[str]:
    """Articles both layers have; by default only those both reviewers marked done."""
    shared = a.statuses.keys() & b.statuses.keys()
    if all_articles:
        return frozenset(shared)
    return frozenset(x for x in shared if a.statuses[x] == "done" == b.statuses[x])


def align(a: Layer, b: Layer, all_articles: bool = False) -> Alignment:
    """Match the sentences of two layers by article id and offsets.

    Written for a million units: one pass over A's sentences, each looked up
    once in B, with every loop run in C (map, compress, fromiter); the article
    filter and the search for unmatched sentences are skipped when they cannot
    change anything. Two layers read from one file share their sentences and
    align by position (:func:`align_columns`).
    """
    articles = counted_articles(a, b, all_articles)
    if (isinstance(a.units, UnitColumns) and isinstance(b.units, UnitColumns)
            and a.units.sentences.same(b.units.sentences)):
        return align_columns(a.units, b.units, articles)
    count = len(a.units)
    a_masks = np.fromiter(map(MASK.__getitem__, a.units.values()), dtype=np.int64, count=count)
    b_labels = map(b.units.get, a.units)
    b_masks = np.fromiter(map(_MASK_OR_ABSENT.__getitem__, b_labels), dtype=np.int64, count=count)
    matched = b_masks != _ABSENT
    if not (a.statuses.keys() <= articles and b.statuses.keys() <= articles):
        article_ids = map(itemgetter(0), a.units)
        matched &= np.fromiter(map(articles.__contains__, article_ids), dtype=bool, count=count)
    keys = list(compress(a.units, matched.tolist()))
    return Alignment(
        articles=articles,
        keys=keys,
        a=a_masks[matched],
        b=b_masks[matched],
        unmatched=unmatched(a, b, articles, len(keys)),
    )


def align_columns(a: UnitColumns, b: UnitColumns, articles: frozenset[str]) -> Alignment:
    """Two layers over the same sentences: every sentence of ``articles`` is a unit of
    both, at the same position, and none is unmatched."""
    sentences = a.sentences
    counted = np.fromiter(map(articles.__contains__, sentences.articles), dtype=bool,
                          count=len(sentences.articles))
    rows = np.flatnonzero(counted[sentences.article])
    return Alignment(articles, UnitKeys(sentences, rows), a.masks[rows], b.masks[rows], ())


_ABSENT = -1
_MASK_OR_ABSENT = {**MASK, None: _ABSENT}


def unmatched(a: Layer, b: Layer, articles: frozenset[str], matched: int) -> tuple[UnmatchedUnit, ...]:
    """The sentences of ``articles`` only one layer has; ``matched``: how many both have."""
    found = []
    for side, layer, other in (("a", a, b), ("b", b, a)):
        if len(layer.units) == matched:
            continue  # every sentence of this layer is among the matched ones
        found += [
            UnmatchedUnit(*key, side, layer.units[key])
            for key in layer.units.keys() - other.units.keys()
            if key[0] in articles
        ]
    return tuple(sorted(found, key=lambda u: (u.article_id, u.start, u.end, u.side)))
