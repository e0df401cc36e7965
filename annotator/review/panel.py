"""More than two reviewers: agreement over all of them, and every pair.

Units are the sentences of the articles each reviewer counts (by default those
they marked done; every article they have with ``all_articles``), matched by
article id and offsets. A reviewer who has not done an article is *missing* on
its sentences, not a "no": Krippendorff's alpha pairs only the values present,
and a sentence seen by fewer than two reviewers tells nothing about agreement
and is left out. Fleiss' kappa assumes every sentence was seen by the same
number of reviewers; where they differ it is undefined and says so. Gwet's
AC1 follows Gwet (2008) with missing values. Each label gets a bootstrap
interval over units (:mod:`annotator.review.bootstrap`), and each pair of
reviewers its full two-reviewer :class:`Report`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import combinations, repeat
from operator import itemgetter

import numpy as np

from annotator.model import LABELS
from annotator.review.binary import UNEQUAL_RATERS, figure, many_figures, type_index, vote_types
from annotator.review.bootstrap import Interval, Settings, intervals
from annotator.review.coefficients import NO_UNITS, ONE_CATEGORY, Figure
from annotator.review.compare import compare
from annotator.review.labelsets import MASK
from annotator.review.layers import Alignment, Layer, UnitKey, counted_articles, unmatched
from annotator.review.reading import agreement_sentences, why_poor
from annotator.review.report import Report, cell, interval_json, interval_text, render_text
from annotator.translatable import QT_TRANSLATE_NOOP

#: The figures over all reviewers, in the order the report shows them.
OVERALL_FIGURES = ("alpha", "fleiss", "ac1", "observed")
OVERALL_INTERVALS = ("alpha", "fleiss", "ac1")
_STREAM = 100  # the bootstrap streams of the overall figures, apart from the pairs' (0, 1, 2)


@dataclass(frozen=True)
class OverallFigures:
    """One label over all reviewers; ``any_tagged``: sentences at least one reviewer tagged,
    ``all_tagged``: those every reviewer who saw them tagged."""

    alpha: Figure
    fleiss: Figure
    ac1: Figure
    observed: Figure
    any_tagged: int
    all_tagged: int
    intervals: Mapping[str, Interval | None] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            **{name: getattr(self, name).value for name in OVERALL_FIGURES},
            "any_tagged": self.any_tagged, "all_tagged": self.all_tagged,
            "intervals": {name: interval_json(self.intervals.get(name)) for name in OVERALL_INTERVALS},
        }


@dataclass(frozen=True)
class Panel:
    """Agreement of several reviewers: over all (``labels``) and pair by pair (``pairs``)."""

    reviewers: tuple[str, ...]
    units: int
    articles: int
    raters: tuple[int, int]  # fewest and most reviewers a unit had
    labels: Mapping[str, OverallFigures]
    pairs: Mapping[tuple[str, str], Report]
    bootstrap: Settings = Settings()

    def summary(self) -> tuple[str, str, str]:
        low, high = self.raters
        seen = f"{low}" if low == high else QT_TRANSLATE_NOOP("review.panel", "{low} to {high}").format(
            low=low, high=high)
        first = QT_TRANSLATE_NOOP("review.panel", "{n} reviewers ({names}): {units} sentences decided by two or more "
                                  "of them in {articles} article(s), each by {seen}.").format(
            n=len(self.reviewers), names=", ".join(self.reviewers), units=self.units, articles=self.articles, seen=seen)
        alphas = {label: row.alpha.value for label, row in self.labels.items()}
        reasons = {label: why_poor(label, row.any_tagged, row.all_tagged, many=True)
                   for label, row in self.labels.items()}
        return (first, *agreement_sentences(alphas, reasons))

    def warnings(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(w for report in self.pairs.values() for w in report.warnings()))

    def undefined(self) -> dict[str, str]:
        return {f"overall.{label}.{name}": getattr(row, name).reason
                for label, row in self.labels.items() for name in OVERALL_FIGURES
                if getattr(row, name).value is None}

    def to_json(self) -> dict:
        return {
            "reviewers": list(self.reviewers),
            "units": self.units,
            "articles": self.articles,
            "raters": {"fewest": self.raters[0], "most": self.raters[1]},
            "summary": list(self.summary()),
            "warnings": list(self.warnings()),
            "overall": {label: row.to_json() for label, row in self.labels.items()},
            "undefined": self.undefined(),
            "bootstrap": self.bootstrap.to_json(),
            "pairs": [report.to_json() for report in self.pairs.values()],
        }


#: compare(a, b, all_articles, aligned=...): :func:`compare` or the project's, with claims.
PairCompare = Callable[..., Report]


def panel(layers: Sequence[Layer], all_articles: bool = False, pair: PairCompare = compare,
          bootstrap: Settings = Settings()) -> Panel:
    """Compare two or more layers; ``pair`` compares two (the project's adds the claims)."""
    names = [layer.reviewer for layer in layers]
    if len(names) < 2:
        raise ValueError("comparing needs two reviewers or more")
    if len(set(names)) < len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise ValueError(f"each reviewer may be compared once; named more than once: {twice}")
    keys, values = value_matrix(layers, all_articles)
    present = values >= 0
    seen = present.sum(axis=0)
    kept = seen >= 2
    if not kept.all():
        values, present, seen = values[:, kept], present[:, kept], seen[kept]
        keys = list(map(keys.__getitem__, np.flatnonzero(kept).tolist()))
    articles = len(set(map(itemgetter(0), keys)))
    pairs = {}
    for (i, x), (j, y) in combinations(enumerate(layers), 2):
        aligned = _aligned(keys, values, present, (i, j), (x, y), all_articles)
        pairs[(x.reviewer, y.reviewer)] = pair(x, y, all_articles, aligned=aligned)
    return Panel(
        reviewers=tuple(names),
        units=int(kept.sum()),
        articles=articles,
        raters=(int(seen.min()), int(seen.max())) if seen.size else (0, 0),
        labels={label: _overall(values, present, seen, bit, len(layers), bootstrap)
                for bit, label in enumerate(LABELS)},
        pairs=pairs,
        bootstrap=bootstrap,
    )


def _aligned(keys: list[UnitKey], values: np.ndarray, present: np.ndarray, rows: tuple[int, int],
             layers: tuple[Layer, Layer], all_articles: bool) -> Alignment:
    """Two reviewers' alignment taken from the panel's table: the units both have a value
    for are exactly those ``align`` matches (both count the article, both have the
    sentence), so no key is looked up again."""
    i, j = rows
    a, b = layers
    articles = counted_articles(a, b, all_articles)
    paired = present[i] & present[j]
    if paired.all():  # the common case: every unit both (so no copy of the keys)
        return Alignment(articles, keys, values[i], values[j], unmatched(a, b, articles, len(keys)))
    both = np.flatnonzero(paired)
    return Alignment(articles, list(map(keys.__getitem__, both.tolist())), values[i, both], values[j, both],
                     unmatched(a, b, articles, both.size))


def value_matrix(layers: Sequence[Layer], all_articles: bool) -> tuple[list[UnitKey], np.ndarray]:
    """Every unit any reviewer counts, and a reviewers x units array of label-set
    masks, -1 where the reviewer has no value (has not done the article).

    Reviewers of one file list their sentences in the same order, so a layer whose
    keys equal the first one's takes its positions without a lookup; only a layer
    that differs pays for hashing every key (the index is built then, once).
    """
    first: list[UnitKey] | None = None
    every: list[UnitKey] = []
    index: dict[UnitKey, int] | None = None
    placed = []
    for layer in layers:
        counted = {x for x, status in layer.statuses.items() if all_articles or status == "done"}
        units = layer.units
        keys = list(units) if counted >= layer.statuses.keys() else [k for k in units if k[0] in counted]
        if first is None or keys == first:
            found = np.arange(len(keys))
            if first is None:
                first, every = keys, list(keys)
        else:
            if index is None:
                index = dict(zip(every, range(len(every))))
            found = np.fromiter(map(index.get, keys, repeat(-1)), dtype=np.int64, count=len(keys))
            new = np.flatnonzero(found < 0)
            found[new] = np.arange(len(every), len(every) + new.size)
            added = [keys[i] for i in new.tolist()]
            every += added
            index.update(zip(added, found[new].tolist()))
        labels = units.values() if len(keys) == len(units) else map(units.__getitem__, keys)
        masks = np.fromiter(map(MASK.__getitem__, labels), dtype=np.int64, count=len(keys))
        placed.append((found, masks))
    values = np.full((len(layers), len(every)), -1, dtype=np.int64)
    for row, (found, masks) in enumerate(placed):
        values[row, found] = masks
    return every, values


def _overall(values: np.ndarray, present: np.ndarray, seen: np.ndarray, bit: int, raters: int,
             bootstrap: Settings) -> OverallFigures:
    yes = ((values >> bit & 1) * present).sum(axis=0)
    no_types, yes_types = vote_types(raters)
    counts = np.bincount(type_index(seen - yes, yes, raters), minlength=no_types.size)
    exact = many_figures(np.array([Fraction(int(c)) for c in counts], dtype=object), no_types, yes_types)
    one = ONE_CATEGORY if seen.size else NO_UNITS
    same = seen.size > 0 and bool((seen == seen[0]).all())
    return OverallFigures(
        alpha=figure(exact["alpha"], one),
        fleiss=figure(exact["fleiss"], one) if same or not seen.size else Figure.undefined(UNEQUAL_RATERS),
        ac1=figure(exact["ac1"], NO_UNITS),
        observed=figure(exact["observed"], NO_UNITS),
        any_tagged=int((yes > 0).sum()),
        all_tagged=int((yes == seen).sum()) if seen.size else 0,
        intervals=_intervals(counts, no_types, yes_types, bit, same, bootstrap),
    )


def _intervals(counts: np.ndarray, no: np.ndarray, yes: np.ndarray, bit: int, same: bool,
               bootstrap: Settings) -> dict[str, Interval | None]:
    found = intervals(counts, lambda draws: many_figures(draws, no, yes), OVERALL_INTERVALS,
                      _STREAM + bit, bootstrap)
    return found if same else found | {"fleiss": None}


def render_panel_text(result: Panel) -> str:
    """The panel as plain text: summary, figures over all reviewers, pairwise kappa, each pair."""
    lines = [f"Agreement between {len(result.reviewers)} reviewers: {', '.join(result.reviewers)}",
             *result.summary(), "Figures are pooled over all units, not averaged per article.", "",
             f"{'label':<10} " + " ".join(f"{name:>8}" for name in OVERALL_FIGURES)]
    for label, row in result.labels.items():
        lines.append(f"{label:<10} " + " ".join(f"{cell(getattr(row, name)):>8}" for name in OVERALL_FIGURES))
    lines += ["", result.bootstrap.text() + ":"]
    lines += [f"  {label}: " + ", ".join(f"{name} {interval_text(row.intervals.get(name))}"
                                       for name in OVERALL_INTERVALS) for label, row in result.labels.items()]
    lines += [f"  {path}: {reason}" for path, reason in result.undefined().items()]
    width = max(map(len, result.reviewers)) + 2
    for label in LABELS:
        lines += ["", f"Pairwise kappa, {label}:", " " * width + "".join(f"{n:>{width}}" for n in result.reviewers)]
        for x in result.reviewers:
            found = (result.pairs.get((x, y)) or result.pairs.get((y, x)) for y in result.reviewers)
            lines.append(f"{x:<{width}}" + "".join(
                f"{'—' if r is None else cell(r.labels[label].kappa):>{width}}" for r in found))
    for report in result.pairs.values():
        lines += ["", render_text(report).rstrip("\n")]
    return "\n".join(lines) + "\n"
