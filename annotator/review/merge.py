"""Adjudication: build a gold layer from two reviewers' layers.

What the two agree on goes to the gold layer as it is: a unit whose label sets
are equal, a sentence pair linked by both with the same relation(s). For the
rest, ``prefer="a"`` or ``"b"`` takes that side's value, while ``prefer=None``
leaves it pending, listed for a human decision. Sentences only one layer has
(a different segmentation) are decided the same way: with a preference, the
preferred side's segmentation is kept and the other side's extra sentences are
dropped; without, they are pending.

The gold layer is an ordinary :class:`Layer`, so the store writes it like any
reviewer's: units hold the decided sentences only (a pending sentence gets no
gold labels until decided); an article is "done" when nothing in it is pending,
"in progress" otherwise. Only the compared articles (by default those both
marked done) take part.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from annotator.review.labelsets import LABEL_SETS
from annotator.review.layers import (
    Layer,
    LayerLink,
    UnitDisagreement,
    UnitKey,
    UnmatchedUnit,
    align,
)
from annotator.review.links import LinkDisagreement, links_by_pair, relations


@dataclass(frozen=True)
class MergeResult:
    """The gold layer and what still needs a decision (empty with a preference)."""

    layer: Layer
    pending_units: tuple[UnitDisagreement, ...]
    pending_links: tuple[LinkDisagreement, ...]
    pending_unmatched: tuple[UnmatchedUnit, ...]


def merge(
    a: Layer,
    b: Layer,
    prefer: Literal["a", "b"] | None = None,
    *,
    reviewer: str = "gold",
    all_articles: bool = False,
) -> MergeResult:
    """Merge two layers into a gold layer named ``reviewer``."""
    if prefer not in (None, "a", "b"):
        raise ValueError(f"prefer must be None, 'a' or 'b', not {prefer!r}")
    aligned = align(a, b, all_articles)
    masks = aligned.b if prefer == "b" else aligned.a
    units: dict[UnitKey, frozenset[str]] = {
        key: LABEL_SETS[mask] for key, mask, same in zip(
            aligned.keys, masks.tolist(), (aligned.a == aligned.b).tolist()
        ) if same or prefer
    }
    pending_units = () if prefer else aligned.disagreements()
    pending_unmatched = () if prefer else aligned.unmatched
    if prefer:
        units.update(
            ((u.article_id, u.start, u.end), u.labels)
            for u in aligned.unmatched
            if u.side == prefer
        )

    by_a = links_by_pair(a.links, aligned.articles)
    by_b = links_by_pair(b.links, aligned.articles)
    links: list[LayerLink] = []
    pending_links = []
    for pair in sorted(by_a.keys() | by_b.keys()):
        mine, theirs = by_a.get(pair, []), by_b.get(pair, [])
        if prefer == "b":
            mine, theirs = theirs, mine
        if relations(mine) == relations(theirs):
            links.extend(_with_notes(mine, theirs))
        elif prefer:
            links.extend(mine)
        else:
            pending_links.append(LinkDisagreement(*pair, relations(mine), relations(theirs)))

    open_articles = {u.article_id for u in pending_units}
    open_articles.update(u.article_id for u in pending_unmatched)
    open_articles.update(end[0] for d in pending_links for end in (d.first, d.second))
    worked = worked_on(a) | worked_on(b)
    statuses = {
        article: "in progress" if article in open_articles else "done" if article in worked else "todo"
        for article in sorted(aligned.articles)
    }
    gold = Layer(reviewer=reviewer, statuses=statuses, units=units, links=frozenset(links))
    return MergeResult(gold, pending_units, tuple(pending_links), pending_unmatched)


def worked_on(layer: Layer) -> set[str]:
    """The articles a reviewer tagged, linked or finished: with every shared article counted,
    gold marks done only these (when nothing in them waits for a decision), not the untouched."""
    articles = {article for article, status in layer.statuses.items() if status == "done"}
    articles.update(key[0] for key, labels in layer.units.items() if labels)
    articles.update(end[0] for link in layer.links for end in (link.source, link.target))
    articles.update(x.article_id for claim in layer.claims for x in claim.appearances)
    return articles


def _with_notes(kept: list[LayerLink], other: list[LayerLink]) -> list[LayerLink]:
    """The kept side's links, each note extended by the other side's for that relation.

    Both reviewers may have explained the same link; dropping one note would lose work.
    """
    result = []
    for link in kept:
        notes = [link.note] if link.note else []
        for twin in other:
            if twin.relation == link.relation and twin.note and twin.note not in notes:
                notes.append(twin.note)
        result.append(replace(link, note=" | ".join(notes)))
    return result
