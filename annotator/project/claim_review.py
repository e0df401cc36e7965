"""Two layers' claims compared, merged and decided into gold: the claims' part of
``compare``, ``merge`` and adjudication, beside :mod:`annotator.review`'s labels and links.

Claims are compared over the same articles as labels (by default those both
reviewers marked done): each claim keeps its appearances in those articles,
and a claim with none there is left out. Two claims match when they share an
appearance (:func:`annotator.claims.compare.match_claims`).

What goes into gold, the rule ``merge`` and adjudication both follow:

- matched claims with the same verdict: one gold claim stated by the
  sentences both put in it, with that verdict; A's statement; the later
  date checked; the rationales both wrote (A's, then B's if it differs,
  joined by " | ", as link notes are) and the sources of both (A's, then
  B's whose URL A lacks);
- matched claims whose verdicts differ: pending until decided; deciding
  for A (or B) gives the gold claim the sentences both share, and that side's
  verdict, statement, rationale, sources and date checked;
- with a preference (``merge --prefer``), gold takes the preferred side's
  claims as they are, and nothing is pending;
- a claim only one side has is left out without a preference.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from ..claims.compare import ClaimFigures, ClaimMatch, VerdictDisagreement, compare_claims, match_claims
from ..claims.model import Claim
from ..review import Layer, Report
from ..review import compare as compare_labels
from ..review.layers import Alignment, counted_articles
from ..review.panel import Panel
from ..review.panel import panel as compare_panel
from ..review.report import cell


@dataclass(frozen=True)
class ClaimComparison:
    """The claims' figures of a comparison, and the matched claims whose verdicts differ."""

    figures: ClaimFigures
    disagreements: tuple[VerdictDisagreement, ...]

    def to_json(self) -> dict:
        return {**self.figures.to_json(), "disagreements": [d.to_json() for d in self.disagreements]}

    def text(self) -> str:
        """Plain-text lines for ``compare``, undefined figures as n/a with the reason."""
        f = self.figures
        lines = [
            f"Claims: A {f.a}, B {f.b}, matched {f.matched} (sharing a sentence); "
            f"verdicts of {f.judged} judged by both: observed {cell(f.observed)}, "
            f"alpha (nominal) {cell(f.alpha_nominal)}, alpha (ordinal, {f.on_scale} on the scale) "
            f"{cell(f.alpha_ordinal)}",
            f"Claim groupings (pairs of sentences in one claim: A {f.pairs_a}, B {f.pairs_b}, "
            f"both {f.pairs_both}): precision {cell(f.precision)}, recall {cell(f.recall)}, "
            f"F1 {cell(f.f1)}",
            f"Verdict disagreements: {len(self.disagreements)}",
        ]
        lines += [f"  claims.{name}: {reason}" for name, reason in f.undefined().items()]
        return "\n".join(lines) + "\n"


def compared_claims(a: Layer, b: Layer, all_articles: bool = False) -> tuple[tuple[Claim, ...], tuple[Claim, ...]]:
    """Each side's claims over the compared articles."""
    articles = counted_articles(a, b, all_articles)
    return within(a.claims, articles), within(b.claims, articles)


def within(claims: Iterable[Claim], articles: frozenset[str]) -> tuple[Claim, ...]:
    """The claims with their appearances in ``articles``; those with none there left out."""
    kept = []
    for claim in claims:
        appearances = tuple(x for x in claim.appearances if x.article_id in articles)
        if appearances:
            kept.append(replace(claim, appearances=appearances))
    return tuple(kept)


def compare(a: Layer, b: Layer, all_articles: bool = False) -> ClaimComparison:
    return ClaimComparison(*compare_claims(*compared_claims(a, b, all_articles)))


def report(a: Layer, b: Layer, all_articles: bool = False, aligned: Alignment | None = None) -> Report:
    """The whole comparison of two layers: labels and links, and the claims' part."""
    labels = compare_labels(a, b, all_articles, aligned=aligned)
    return replace(labels, claims=compare(a, b, all_articles))


def panel(layers: list[Layer], all_articles: bool = False) -> Panel:
    """Several layers compared: over all of them, and each pair with its claims."""
    return compare_panel(layers, all_articles, pair=report)


def matches(a: Layer, b: Layer, all_articles: bool = False) -> tuple[ClaimMatch, ...]:
    return match_claims(*compared_claims(a, b, all_articles))


def merged(a: Layer, b: Layer, prefer: Literal["a", "b"] | None = None, all_articles: bool = False) -> tuple[Claim, ...]:
    """The gold claims of a merge (the rule is in the module docstring), by A's claim id."""
    if prefer is not None:
        return compared_claims(a, b, all_articles)[0 if prefer == "a" else 1]
    return tuple(agreed(m) for m in matches(a, b, all_articles) if m.a.verdict == m.b.verdict)


def agreed(match: ClaimMatch) -> Claim:
    """The gold claim of two matched claims with the same verdict."""
    a, b = match.a, match.b
    rationale = " | ".join(dict.fromkeys(r for r in (a.rationale, b.rationale) if r))
    urls = {s.url for s in a.sources}
    dates = [d for d in (a.checked_at, b.checked_at) if d is not None]
    return replace(
        a, rationale=rationale, checked_at=max(dates, default=None),
        sources=a.sources + tuple(s for s in b.sources if s.url not in urls), appearances=match.shared,
    )


def decided(match: ClaimMatch, choice: Literal["a", "b"]) -> Claim:
    """The gold claim when a verdict disagreement is decided for one side."""
    return replace(match.a if choice == "a" else match.b, appearances=match.shared)


def merge_into(
    gold: Layer, a: Layer, b: Layer, prefer: Literal["a", "b"] | None = None, all_articles: bool = False,
) -> tuple[Layer, tuple[VerdictDisagreement, ...]]:
    """``gold`` (labels and links merged by :func:`annotator.review.merge`) with the
    merged claims, and the verdict disagreements left pending (none with a
    preference); an article where one is pending stays "in progress"."""
    pending = () if prefer else compare(a, b, all_articles).disagreements
    open_articles = {x.article_id for d in pending for x in d.shared}
    statuses = {k: "in progress" if k in open_articles else v for k, v in gold.statuses.items()}
    return replace(gold, statuses=statuses, claims=merged(a, b, prefer, all_articles)), pending
