"""Compare two reviewers' layers: the one entry point the store and CLI call.

Each unit is reduced to a pair of label-set bitmasks (see labelsets); every
figure is then an integer count over those arrays, so a million units cost a
few numpy passes. Per-label figures treat the label's presence as a yes/no
decision per unit; set figures treat each distinct label set as one category
(nominal alpha) or weigh partial overlap with MASI.
"""

from __future__ import annotations

import numpy as np

from annotator.model import LABELS
from annotator.review.binary import exact, figure, pair_figures, pair_reasons
from annotator.review.bootstrap import Settings, intervals
from annotator.review.coefficients import (
    coincidences,
    cohen_kappa,
    confusion,
    krippendorff_alpha,
    nominal_distance,
    observed_agreement,
)
from annotator.review.labelsets import SET_COUNT
from annotator.review.layers import Alignment, Layer, align
from annotator.review.links import compare_links
from annotator.review.masi import MASI_DISTANCE
from annotator.review.reading import label_warnings
from annotator.review.report import WITH_INTERVALS, LabelFigures, Report, SetFigures

_YES_NO = nominal_distance(2)
_SETS_NOMINAL = nominal_distance(SET_COUNT)


def compare(a: Layer, b: Layer, all_articles: bool = False, bootstrap: Settings = Settings(),
            aligned: Alignment | None = None) -> Report:
    """Agreement of B with A over the articles both marked done (or all shared ones);
    ``aligned``: their alignment when already made (:mod:`annotator.review.panel` makes
    every pair's from one table)."""
    if aligned is None:
        aligned = align(a, b, all_articles)
    link_figures, link_disagreements = compare_links(a.links, b.links, aligned.articles)
    return Report(
        reviewers=(a.reviewer, b.reviewer),
        articles=len(aligned.articles),
        units=len(aligned.keys),
        unmatched=aligned.unmatched,
        labels={
            label: _label_figures(label, aligned.a >> bit & 1, aligned.b >> bit & 1, bit, bootstrap,
                                  (a.reviewer, b.reviewer))
            for bit, label in enumerate(LABELS)
        },
        sets=_set_figures(aligned.a, aligned.b),
        links=link_figures,
        link_disagreements=link_disagreements,
        alignment=aligned,
        bootstrap=bootstrap,
    )


def _label_figures(label: str, a: np.ndarray, b: np.ndarray, stream: int, bootstrap: Settings,
                   names: tuple[str, str]) -> LabelFigures:
    """kappa, alpha and observed as always; AC1 and specific agreement from the same
    2x2 table, with bootstrap intervals (label ``stream`` of the seed) and warnings."""
    table = confusion(a, b, 2)
    counts = (table[1][1], table[1][0], table[0][1], table[0][0])
    kappa, observed = cohen_kappa(table), observed_agreement(table)
    rare = pair_figures(*exact(*counts))
    reasons = pair_reasons(*counts)
    return LabelFigures(
        kappa=kappa,
        alpha=krippendorff_alpha(coincidences(np.stack([a, b]), 2), _YES_NO),
        observed=observed,
        both=counts[0],
        a_only=counts[1],
        b_only=counts[2],
        neither=counts[3],
        ac1=figure(rare["ac1"], reasons["ac1"]),
        positive=figure(rare["positive"], reasons["positive"]),
        negative=figure(rare["negative"], reasons["negative"]),
        intervals=intervals(np.array(counts), _pair_figures_of, WITH_INTERVALS, stream, bootstrap),
        warnings=label_warnings(label, counts, kappa.value, observed.value, names),
    )


def _pair_figures_of(draws: np.ndarray) -> dict[str, np.ndarray]:
    return pair_figures(*draws.T)


def _set_figures(a: np.ndarray, b: np.ndarray) -> SetFigures:
    o = coincidences(np.stack([a, b]), SET_COUNT)
    return SetFigures(
        exact=observed_agreement(confusion(a, b, SET_COUNT)),
        alpha=krippendorff_alpha(o, _SETS_NOMINAL),
        alpha_masi=krippendorff_alpha(o, MASI_DISTANCE),
    )
