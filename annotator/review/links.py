"""Comparing the links two reviewers drew.

A link is identified by its two sentences, in either direction: A->B drawn by
one reviewer matches B->A drawn by the other, because "agrees" and
"contradicts" are symmetric relations. Each reviewer's links are first grouped
by sentence pair; counts are of distinct pairs, so a link drawn twice (both
directions) counts once. The relation of a pair is the set of relations the
reviewer drew on it (normally one).

B is scored against A as the reference: precision = matched / B's pairs,
recall = matched / A's pairs, F1 = 2 * matched / (A's + B's), which equals the
harmonic mean of the two and stays defined (0) when nothing matches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from annotator.review.coefficients import Figure
from annotator.review.layers import LayerLink, UnitKey
from annotator.translatable import QT_TRANSLATE_NOOP

Pair = tuple[UnitKey, UnitKey]


@dataclass(frozen=True)
class LinkFigures:
    """Link counts (distinct sentence pairs) and B's scores against A."""

    a: int
    b: int
    matched: int
    precision: Figure
    recall: Figure
    f1: Figure
    relation_agreement: Figure


@dataclass(frozen=True)
class LinkDisagreement:
    """A sentence pair linked by one reviewer only, or with different relations.

    ``first`` and ``second`` are in sorted order; ``a`` and ``b`` are the
    relations each reviewer drew between them (empty: not linked).
    """

    first: UnitKey
    second: UnitKey
    a: frozenset[str]
    b: frozenset[str]


def links_by_pair(links: Iterable[LayerLink], articles: frozenset[str]) -> dict[Pair, list[LayerLink]]:
    """A reviewer's links within the counted articles, grouped by sentence pair."""
    grouped: dict[Pair, list[LayerLink]] = defaultdict(list)
    for link in links:
        if link.source[0] in articles and link.target[0] in articles:
            grouped[link.pair].append(link)
    return dict(grouped)


def relations(links: list[LayerLink]) -> frozenset[str]:
    return frozenset(link.relation for link in links)


def compare_links(
    a: Iterable[LayerLink], b: Iterable[LayerLink], articles: frozenset[str]
) -> tuple[LinkFigures, tuple[LinkDisagreement, ...]]:
    """Figures and disagreements for two reviewers' links within ``articles``.

    Each pair's relations are built once and only the differing pairs sorted:
    at 10,000 links a side, a third of the time of building them per use.
    """
    by_a = _relations_by_pair(a, articles)
    by_b = _relations_by_pair(b, articles)
    matched = by_a.keys() & by_b.keys()
    same = sum(by_a[p] == by_b[p] for p in matched)
    figures = LinkFigures(
        a=len(by_a),
        b=len(by_b),
        matched=len(matched),
        precision=_share(len(matched), len(by_b), QT_TRANSLATE_NOOP("review.links", "reviewer B drew no links")),
        recall=_share(len(matched), len(by_a), QT_TRANSLATE_NOOP("review.links", "reviewer A drew no links")),
        f1=_share(2 * len(matched), len(by_a) + len(by_b),
                  QT_TRANSLATE_NOOP("review.links", "no links in either layer")),
        relation_agreement=_share(same, len(matched),
                                  QT_TRANSLATE_NOOP("review.links", "no sentence pair linked by both")),
    )
    differing = (p for p in by_a.keys() | by_b.keys() if by_a.get(p, _NONE) != by_b.get(p, _NONE))
    disagreements = tuple(
        LinkDisagreement(*pair, by_a.get(pair, _NONE), by_b.get(pair, _NONE)) for pair in sorted(differing)
    )
    return figures, disagreements


_NONE: frozenset[str] = frozenset()


def _relations_by_pair(links: Iterable[LayerLink], articles: frozenset[str]) -> dict[Pair, frozenset[str]]:
    return {pair: relations(drawn) for pair, drawn in links_by_pair(links, articles).items()}


def _share(part: int, whole: int, reason: str) -> Figure:
    return Figure.exact(Fraction(part, whole)) if whole else Figure.undefined(reason)
