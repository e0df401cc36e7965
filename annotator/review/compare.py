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
from annotator.review.coefficients import (
    coincidences,
    cohen_kappa,
    confusion,
    krippendorff_alpha,
    nominal_distance,
    observed_agreement,
)
from annotator.review.labelsets import SET_COUNT
from annotator.review.layers import Layer, align
from annotator.review.links import compare_links
from annotator.review.masi import MASI_DISTANCE
from annotator.review.report import LabelFigures, Report, SetFigures

_YES_NO = nominal_distance(2)
_SETS_NOMINAL = nominal_distance(SET_COUNT)


def compare(a: Layer, b: Layer, all_articles: bool = False) -> Report:
    """Agreement of B with A over the articles both marked done (or all shared ones)."""
    aligned = align(a, b, all_articles)
    link_figures, link_disagreements = compare_links(a.links, b.links, aligned.articles)
    return Report(
        reviewers=(a.reviewer, b.reviewer),
        articles=len(aligned.articles),
        units=len(aligned.keys),
        unmatched=aligned.unmatched,
        labels={
            label: _label_figures(aligned.a >> bit & 1, aligned.b >> bit & 1)
            for bit, label in enumerate(LABELS)
        },
        sets=_set_figures(aligned.a, aligned.b),
        links=link_figures,
        link_disagreements=link_disagreements,
        alignment=aligned,
    )


def _label_figures(a: np.ndarray, b: np.ndarray) -> LabelFigures:
    table = confusion(a, b, 2)
    return LabelFigures(
        kappa=cohen_kappa(table),
        alpha=krippendorff_alpha(coincidences(np.stack([a, b]), 2), _YES_NO),
        observed=observed_agreement(table),
        both=table[1][1],
        a_only=table[1][0],
        b_only=table[0][1],
        neither=table[0][0],
    )


def _set_figures(a: np.ndarray, b: np.ndarray) -> SetFigures:
    o = coincidences(np.stack([a, b]), SET_COUNT)
    return SetFigures(
        exact=observed_agreement(confusion(a, b, SET_COUNT)),
        alpha=krippendorff_alpha(o, _SETS_NOMINAL),
        alpha_masi=krippendorff_alpha(o, MASI_DISTANCE),
    )
