"""Comparing two reviewers' claims: which match, how alike their verdicts and groupings are.

Claims have no shared identity across two files, so they are matched through
their appearances, the unit key every layer uses (article id and offsets): two
claims match when they share at least one appearance. Within one reviewer a
sentence belongs to at most one claim (the store enforces it, and
:func:`match_claims` refuses input that breaks it), so every shared sentence
names exactly one candidate pair.

The matching is one-to-one and does not depend on input order: candidate
pairs are taken greedily, most shared appearances first, then the larger
Jaccard index (shared / all appearances of the two: of two equally good
partners, the one that is closer to the same claim), then the smaller claim id
of A, then of B; a pair is kept when neither claim is taken yet.

Verdicts are compared on matched claims. The observed agreement and the
nominal alpha use the six verdicts; the ordinal alpha uses the five-point
scale, worst to best, with ``unverifiable`` left out as it says nothing about
how true a claim is. A claim without a verdict is left out of all three (it is
not judged yet, which is neither agreement nor disagreement).

Groupings are compared over unordered pairs of sentences that a reviewer put
in one claim: B's pairs scored against A's as the reference, as links are
(precision = shared pairs / B's, recall = shared / A's, F1 = 2 shared / (A's +
B's), symmetric). They are counted, not listed: a claim with k appearances
holds k(k-1)/2 pairs, and the pairs both made are the sum over every two
overlapping claims of C(shared, 2).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from fractions import Fraction

import numpy as np

from annotator.claims.model import SCALE, VERDICTS, Appearance, Claim
from annotator.review.coefficients import (
    MISSING,
    Figure,
    coincidences,
    krippendorff_alpha,
    nominal_distance,
    ordinal_distance,
)
from annotator.translatable import QT_TRANSLATE_NOOP

ORDINAL = (
    "ordinal alpha over " + " < ".join(SCALE) + "; unverifiable and missing verdicts left out"
)


@dataclass(frozen=True)
class ClaimMatch:
    """A claim of A and its partner in B, with the sentences both put in them (sorted)."""

    a: Claim
    b: Claim
    shared: tuple[Appearance, ...]


@dataclass(frozen=True)
class VerdictDisagreement:
    """Two matched claims whose verdicts differ (``None``: not judged yet)."""

    a: int
    b: int
    a_verdict: str | None
    b_verdict: str | None
    shared: tuple[Appearance, ...]

    def to_json(self) -> dict:
        return {
            "a": self.a,
            "b": self.b,
            "a_verdict": self.a_verdict,
            "b_verdict": self.b_verdict,
            "appearances": [_appearance_json(x) for x in self.shared],
        }


@dataclass(frozen=True)
class ClaimFigures:
    """Claim counts, verdict agreement on matched claims, and how alike the groupings are.

    ``judged``: matched claims both reviewers gave a verdict; ``on_scale``:
    those where both verdicts are on the five-point scale. ``pairs_*``: pairs
    of sentences each reviewer (and both) put in one claim.
    """

    a: int
    b: int
    matched: int
    judged: int
    on_scale: int
    observed: Figure
    alpha_nominal: Figure
    alpha_ordinal: Figure
    pairs_a: int
    pairs_b: int
    pairs_both: int
    precision: Figure
    recall: Figure
    f1: Figure

    def undefined(self) -> dict[str, str]:
        """Why each undefined figure is undefined, keyed by its name."""
        return {
            f.name: value.reason
            for f in fields(self)
            if isinstance(value := getattr(self, f.name), Figure) and value.value is None
        }

    def to_json(self) -> dict:
        """Plain JSON-ready data; undefined figures are null, explained under "undefined"."""
        return {
            "a": self.a,
            "b": self.b,
            "matched": self.matched,
            "verdicts": {
                "judged": self.judged,
                "on_scale": self.on_scale,
                "observed": self.observed.value,
                "alpha_nominal": self.alpha_nominal.value,
                "alpha_ordinal": self.alpha_ordinal.value,
                "ordinal": ORDINAL,
            },
            "grouping": {
                "pairs_a": self.pairs_a,
                "pairs_b": self.pairs_b,
                "pairs_both": self.pairs_both,
                "precision": self.precision.value,
                "recall": self.recall.value,
                "f1": self.f1.value,
            },
            "undefined": self.undefined(),
        }


def compare_claims(
    a: Sequence[Claim], b: Sequence[Claim]
) -> tuple[ClaimFigures, tuple[VerdictDisagreement, ...]]:
    """Figures and verdict disagreements for two reviewers' claims."""
    overlaps = _overlaps(a, b)
    matches = _match(overlaps)
    codes = _verdict_codes(matches)
    pairs_a, pairs_b = _pairs(a), _pairs(b)
    pairs_both = sum(_pairs_of(len(shared)) for shared in overlaps.values())
    figures = ClaimFigures(
        a=len(a),
        b=len(b),
        matched=len(matches),
        **_verdict_figures(codes),
        pairs_a=pairs_a,
        pairs_b=pairs_b,
        pairs_both=pairs_both,
        precision=_share(pairs_both, pairs_b,
                         QT_TRANSLATE_NOOP("claims.compare", "reviewer B put no two sentences in one claim")),
        recall=_share(pairs_both, pairs_a,
                      QT_TRANSLATE_NOOP("claims.compare", "reviewer A put no two sentences in one claim")),
        f1=_share(2 * pairs_both, pairs_a + pairs_b,
                  QT_TRANSLATE_NOOP("claims.compare", "no two sentences in one claim in either layer")),
    )
    disagreements = sorted(
        (
            VerdictDisagreement(m.a.id, m.b.id, m.a.verdict, m.b.verdict, m.shared)
            for m in matches
            if m.a.verdict != m.b.verdict
        ),
        key=lambda d: (d.shared[0], d.a, d.b),
    )
    return figures, tuple(disagreements)


def match_claims(a: Sequence[Claim], b: Sequence[Claim]) -> tuple[ClaimMatch, ...]:
    """The one-to-one matching of A's claims with B's, in A's claim id order."""
    return _match(_overlaps(a, b))


Overlaps = dict[tuple[Claim, Claim], list[Appearance]]


def _overlaps(a: Sequence[Claim], b: Sequence[Claim]) -> Overlaps:
    """Every two claims (A's, B's) sharing a sentence, with the sentences they share."""
    owners_b = _owners(b, "B")
    shared: Overlaps = defaultdict(list)
    for appearance, claim in _owners(a, "A").items():
        partner = owners_b.get(appearance)
        if partner is not None:
            shared[claim, partner].append(appearance)
    return {pair: sorted(found) for pair, found in shared.items()}


def _owners(claims: Iterable[Claim], side: str) -> dict[Appearance, Claim]:
    """Each sentence's claim; refuses a sentence in two claims, or an id used twice."""
    owner: dict[Appearance, Claim] = {}
    ids: set[int] = set()
    for claim in claims:
        if claim.id in ids:
            raise ValueError(f"reviewer {side}: claim id {claim.id} used twice")
        ids.add(claim.id)
        for appearance in claim.appearances:
            other = owner.setdefault(appearance, claim)
            if other is not claim:
                where = f"{appearance.article_id}[{appearance.start}:{appearance.end}]"
                raise ValueError(
                    f"reviewer {side}: sentence {where} is in claims {other.id} and {claim.id}; "
                    "a sentence belongs to at most one claim"
                )
    return owner


def _match(overlaps: Overlaps) -> tuple[ClaimMatch, ...]:
    """Greedy one-to-one matching, best candidate first (the rule is in the module docstring)."""

    def rank(pair: tuple[Claim, Claim]) -> tuple:
        a, b = pair
        shared = len(overlaps[pair])
        union = len(set(a.appearances) | set(b.appearances))
        return (-shared, -Fraction(shared, union), a.id, b.id)

    taken_a: set[int] = set()
    taken_b: set[int] = set()
    matches = []
    for pair in sorted(overlaps, key=rank):
        a, b = pair
        if a.id not in taken_a and b.id not in taken_b:
            taken_a.add(a.id)
            taken_b.add(b.id)
            matches.append(ClaimMatch(a, b, tuple(overlaps[pair])))
    return tuple(sorted(matches, key=lambda m: m.a.id))


def _verdict_codes(matches: Sequence[ClaimMatch]) -> np.ndarray:
    """A 2 x matched table of verdict indexes into VERDICTS, MISSING where not judged."""
    code = {verdict: i for i, verdict in enumerate(VERDICTS)}
    code[None] = MISSING
    return np.array(
        [[code[m.a.verdict] for m in matches], [code[m.b.verdict] for m in matches]], dtype=np.int64
    ).reshape(2, len(matches))


def _verdict_figures(codes: np.ndarray) -> dict[str, int | Figure]:
    """Observed agreement and alpha (nominal, ordinal) over a verdict code table."""
    judged = codes[:, (codes != MISSING).all(axis=0)]
    scaled = np.where(codes < len(SCALE), codes, MISSING)  # unverifiable is past the scale's end
    on_scale = int((scaled != MISSING).all(axis=0).sum())
    if judged.shape[1]:
        observed = Figure.exact(Fraction(int((judged[0] == judged[1]).sum()), judged.shape[1]))
        alpha_nominal = krippendorff_alpha(coincidences(judged, len(VERDICTS)), nominal_distance(len(VERDICTS)))
    else:
        observed = alpha_nominal = Figure.undefined(
            QT_TRANSLATE_NOOP("claims.compare", "no matched claim has a verdict from both reviewers"))
    if on_scale:
        o = coincidences(scaled, len(SCALE))
        alpha_ordinal = krippendorff_alpha(o, ordinal_distance(o))
    else:
        alpha_ordinal = Figure.undefined(
            QT_TRANSLATE_NOOP("claims.compare", "no matched claim has a verdict on the scale from both reviewers"))
    return {
        "judged": judged.shape[1],
        "on_scale": on_scale,
        "observed": observed,
        "alpha_nominal": alpha_nominal,
        "alpha_ordinal": alpha_ordinal,
    }


def _pairs(claims: Iterable[Claim]) -> int:
    """How many pairs of sentences a reviewer put in one claim."""
    return sum(_pairs_of(len(set(claim.appearances))) for claim in claims)


def _pairs_of(k: int) -> int:
    return k * (k - 1) // 2


def _share(part: int, whole: int, reason: str) -> Figure:
    return Figure.exact(Fraction(part, whole)) if whole else Figure.undefined(reason)


def _appearance_json(appearance: Appearance) -> dict:
    """An appearance as the JSON export writes it."""
    return {"article": appearance.article_id, "start": appearance.start, "end": appearance.end}
