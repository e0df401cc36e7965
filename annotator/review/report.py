"""The comparison's result: figures, disagreements, JSON and a plain-text table.

Every figure is pooled over all units (one sentence = one unit, whatever its
article), never averaged per article: an average of per-article coefficients
weighs a two-sentence article like a two-hundred-sentence one and is not the
coefficient of the data. The text and the JSON both say so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from annotator.model import LABELS
from annotator.review.bootstrap import Interval, Settings
from annotator.review.coefficients import Figure
from annotator.review.labelsets import sorted_labels
from annotator.review.layers import Alignment, UnitDisagreement, UnmatchedUnit
from annotator.review.links import LinkDisagreement, LinkFigures
from annotator.review.per_article import ArticleFigures, per_article
from annotator.review.reading import MEANINGS, agreement_sentences, why_poor
from annotator.translatable import QT_TRANSLATE_NOOP

POOLED = "all figures pooled over every unit (sentence), not averaged per article"
#: Which MASI the set-level alpha uses (the reasons are in review/masi.py).
MASI_VARIANT = (
    "MASI (Passonneau 2006) as NLTK's masi_distance: 1 - Jaccard * M, "
    "M = 1 equal, 2/3 subset, 1/3 overlap, 0 disjoint (exact thirds); two empty sets at distance 0"
)


#: The per-label figures that get a bootstrap interval.
WITH_INTERVALS = ("kappa", "alpha", "ac1")
#: Every per-label figure, in the order the report shows them.
LABEL_FIGURES = ("kappa", "alpha", "ac1", "positive", "negative", "observed")

NOT_COMPUTED = QT_TRANSLATE_NOOP("review.report", "not computed")


@dataclass(frozen=True)
class LabelFigures:
    """One label as a yes/no decision per unit, and its 2x2 table.

    ``ac1`` (Gwet's), ``positive`` and ``negative`` (specific agreement) are
    the figures made for rare labels; ``intervals`` holds the bootstrap
    interval of each of :data:`WITH_INTERVALS` (None where undefined);
    ``warnings`` what a reader should know before trusting the figures."""

    kappa: Figure
    alpha: Figure
    observed: Figure
    both: int
    a_only: int
    b_only: int
    neither: int
    ac1: Figure = Figure.undefined(NOT_COMPUTED)
    positive: Figure = Figure.undefined(NOT_COMPUTED)
    negative: Figure = Figure.undefined(NOT_COMPUTED)
    intervals: Mapping[str, Interval | None] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    @property
    def counts(self) -> tuple[int, int, int, int]:
        return self.both, self.a_only, self.b_only, self.neither

    def intervals_json(self) -> dict:
        return {name: interval_json(self.intervals.get(name)) for name in WITH_INTERVALS}


def interval_json(interval: Interval | None) -> dict | None:
    if interval is None:
        return None
    return {"low": interval.low, "high": interval.high, "undefined_resamples": interval.undefined}


@dataclass(frozen=True)
class SetFigures:
    """Agreement on whole label sets."""

    exact: Figure
    alpha: Figure
    alpha_masi: Figure


class Section(Protocol):
    """Figures computed above this package and reported with these: the claims'
    (``annotator.project.claim_review.ClaimComparison``), which need
    ``annotator.claims``, itself built on this package's coefficients."""

    def to_json(self) -> dict: ...

    def text(self) -> str: ...


@dataclass(frozen=True)
class Report:
    """Everything a comparison of two layers found.

    ``articles``: how many articles were compared; ``units``: how many sentences
    both layers have in them; ``unmatched``: the sentences only one has.
    ``alignment`` keeps the per-unit codes the figures came from, so that
    ``unit_disagreements`` can be listed on demand. ``claims``, when given,
    is the claims' part, written under its own key and in its own lines.
    """

    reviewers: tuple[str, str]
    articles: int
    units: int
    unmatched: tuple[UnmatchedUnit, ...]
    labels: Mapping[str, LabelFigures]
    sets: SetFigures
    links: LinkFigures
    link_disagreements: tuple[LinkDisagreement, ...]
    alignment: Alignment = field(repr=False, compare=False)
    claims: Section | None = None
    bootstrap: Settings = Settings()

    @cached_property
    def unit_disagreements(self) -> tuple[UnitDisagreement, ...]:
        """Units whose label sets differ, in article and offset order.

        Built on first use: with a million units there may be hundreds of
        thousands, and the figures alone should not pay for them.
        """
        return self.alignment.disagreements()

    @cached_property
    def per_article(self) -> tuple[ArticleFigures, ...]:
        """Each article's own figures (built on first use), by article id."""
        return per_article(self.alignment.keys, self.alignment.a, self.alignment.b)

    def summary(self) -> tuple[str, str, str]:
        """Three plain sentences: how many units, which labels agree well, which do not and why."""
        a, b = self.reviewers
        first = (f"{a} and {b} both decided {self.units} sentences in {self.articles} article(s)"
                 f" ({len(self.unmatched)} in one layer only, not counted).")
        alphas = {label: row.alpha.value for label, row in self.labels.items()}
        reasons = {label: why_poor(label, row.both + row.a_only + row.b_only, row.both) for label, row in self.labels.items()}
        return (first, *agreement_sentences(alphas, reasons))

    def warnings(self) -> tuple[str, ...]:
        return tuple(w for row in self.labels.values() for w in row.warnings)

    def undefined(self) -> dict[str, str]:
        """Why each undefined figure is undefined, keyed by its JSON path."""
        figures: dict[str, Figure] = {}
        for label, row in self.labels.items():
            for name in LABEL_FIGURES:
                figures[f"labels.{label}.{name}"] = getattr(row, name)
        for name in ("exact", "alpha", "alpha_masi"):
            figures[f"sets.{name}"] = getattr(self.sets, name)
        for name in ("precision", "recall", "f1", "relation_agreement"):
            figures[f"links.{name}"] = getattr(self.links, name)
        return {path: f.reason for path, f in figures.items() if f.value is None}

    def to_json(self) -> dict:
        """Plain JSON-ready data; undefined figures are null, explained under "undefined"
        (the claims' under "claims")."""
        found = self._figures_json()
        found |= {
            "summary": list(self.summary()),
            "warnings": list(self.warnings()),
            "bootstrap": self.bootstrap.to_json(),
            "per_article": [x.to_json() for x in self.per_article],
        }
        for label, row in self.labels.items():
            found["labels"][label] |= {
                "ac1": row.ac1.value, "positive": row.positive.value, "negative": row.negative.value,
                "intervals": row.intervals_json(), "warnings": list(row.warnings),
            }
        if self.claims is not None:
            found["claims"] = self.claims.to_json()
        return found

    def _figures_json(self) -> dict:
        links = self.links
        return {
            "reviewers": list(self.reviewers),
            "units": self.units,
            "unmatched": len(self.unmatched),
            "labels": {
                label: {
                    "kappa": row.kappa.value,
                    "alpha": row.alpha.value,
                    "observed": row.observed.value,
                    "both": row.both,
                    "a_only": row.a_only,
                    "b_only": row.b_only,
                    "neither": row.neither,
                }
                for label, row in self.labels.items()
            },
            "sets": {
                "exact": self.sets.exact.value,
                "alpha": self.sets.alpha.value,
                "alpha_masi": self.sets.alpha_masi.value,
            },
            "links": {
                "a": links.a,
                "b": links.b,
                "matched": links.matched,
                "precision": links.precision.value,
                "recall": links.recall.value,
                "f1": links.f1.value,
                "relation_agreement": links.relation_agreement.value,
            },
            "articles": self.articles,
            "pooled": POOLED,
            "masi": MASI_VARIANT,
            "undefined": self.undefined(),
            "disagreements": self._disagreements_json(),
        }

    def _disagreements_json(self) -> dict:
        """Every disagreement and unmatched unit, each as plain JSON data."""
        return {
            "units": [
                {
                    "article_id": d.article_id,
                    "start": d.start,
                    "end": d.end,
                    "a": sorted_labels(d.a),
                    "b": sorted_labels(d.b),
                }
                for d in self.unit_disagreements
            ],
            "links": [
                {
                    "first": list(d.first),
                    "second": list(d.second),
                    "a": sorted(d.a),
                    "b": sorted(d.b),
                }
                for d in self.link_disagreements
            ],
            "unmatched": [
                {
                    "article_id": u.article_id,
                    "start": u.start,
                    "end": u.end,
                    "side": u.side,
                    "labels": sorted_labels(u.labels),
                }
                for u in self.unmatched
            ],
        }


def cell(figure: Figure) -> str:
    """A figure as a table shows it: four decimals, or n/a when undefined."""
    return "n/a" if figure.value is None else f"{figure.value:.4f}"


def interval_text(interval: Interval | None) -> str:
    return "n/a" if interval is None else f"[{interval.low:.4f}, {interval.high:.4f}]"


def meaning_lines() -> list[str]:
    """Each figure's one-line meaning and range, for the text reports."""
    return [f"{m.name}: {m.meaning} ({m.range})" for m in MEANINGS.values()]


def render_text(report: Report) -> str:
    """A readable plain-text summary; undefined figures print as n/a with the reason."""
    a, b = report.reviewers
    lines = [
        f"Agreement between {a} (A) and {b} (B)",
        *report.summary(),
        f"Units (sentences both have): {report.units} in {report.articles} article(s); "
        f"unmatched (in one layer only): {len(report.unmatched)}.",
        "Figures are pooled over all units, not averaged per article.",
        "",
        f"{'label':<10} {'kappa':>7} {'alpha':>7} {'AC1':>7} {'pos.':>7} {'neg.':>7} {'observed':>8} "
        f"{'both':>7} {'A only':>7} {'B only':>7} {'neither':>7}",
    ]
    for label in LABELS:
        row = report.labels[label]
        lines.append(
            f"{label:<10} {cell(row.kappa):>7} {cell(row.alpha):>7} {cell(row.ac1):>7} "
            f"{cell(row.positive):>7} {cell(row.negative):>7} {cell(row.observed):>8} "
            f"{row.both:>7} {row.a_only:>7} {row.b_only:>7} {row.neither:>7}"
        )
    lines += ["", report.bootstrap.text() + ":"]
    lines += [f"  {label}: " + ", ".join(f"{name} {interval_text(row.intervals.get(name))}" for name in WITH_INTERVALS)
              for label, row in report.labels.items()]
    lines += [f"Warning: {w}" for w in report.warnings()]
    lines += ["", *meaning_lines()]
    sets, links = report.sets, report.links
    lines += [
        "",
        f"Label sets: exact match {cell(sets.exact)}, alpha (nominal) {cell(sets.alpha)}, "
        f"alpha (MASI) {cell(sets.alpha_masi)}",
        f"Links: A {links.a}, B {links.b}, matched {links.matched} (either direction); "
        f"B against A: precision {cell(links.precision)}, recall {cell(links.recall)}, "
        f"F1 {cell(links.f1)}; same relation {cell(links.relation_agreement)}",
        f"Disagreements: {len(report.unit_disagreements)} units, "
        f"{len(report.link_disagreements)} links",
    ]
    if report.claims is not None:
        lines += ["", *report.claims.text().splitlines()]
    undefined = report.undefined()
    if undefined:
        lines += ["", "n/a (undefined):"]
        lines += [f"  {path}: {reason}" for path, reason in undefined.items()]
    return "\n".join(lines) + "\n"
