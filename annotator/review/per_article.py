"""The figures of each article on its own, to find where reviewers part ways.

The report's figures are pooled over every unit; these are the same per-label
figures computed on one article's units at a time (all articles at once, as
arrays: :func:`annotator.review.binary.pair_figures` on float counts), for
sorting, never for averaging.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from annotator.model import LABELS
from annotator.review.binary import pair_figures
from annotator.review.unit_columns import UnitKey, article_codes

#: The per-article figures of each label, in the order tables show them.
ARTICLE_FIGURES = ("kappa", "alpha", "ac1", "positive", "negative", "observed")


@dataclass(frozen=True)
class ArticleFigures:
    """One article: its units, those whose label sets differ, and each label's figures
    (``labels[label][figure]``, None when undefined on this article)."""

    article_id: str
    units: int
    disagreements: int
    labels: dict[str, dict[str, float | None]]

    def to_json(self) -> dict:
        return {"article_id": self.article_id, "units": self.units,
                "disagreements": self.disagreements, "labels": self.labels}


def per_article(keys: Sequence[UnitKey], a: np.ndarray, b: np.ndarray) -> tuple[ArticleFigures, ...]:
    """Per article (in id order), from the aligned units' keys and label-set masks."""
    if not len(keys):
        return ()
    codes, names = article_codes(keys)
    count = len(names)
    units = np.bincount(codes, minlength=count)
    differ = np.bincount(codes, weights=(a != b), minlength=count)
    figures = {}
    for bit, label in enumerate(LABELS):
        cell = (1 - (a >> bit & 1)) * 2 + (1 - (b >> bit & 1))  # 0 both, 1 A only, 2 B only, 3 neither
        table = np.bincount(codes * 4 + cell, minlength=count * 4).reshape(count, 4).astype(float)
        figures[label] = pair_figures(*table.T)
    return tuple(
        ArticleFigures(names[i], int(units[i]), int(differ[i]), {
            label: {name: _value(figures[label][name][i]) for name in ARTICLE_FIGURES} for label in LABELS
        })
        for i in range(count)
    )


def _value(x: np.floating) -> float | None:
    return None if np.isnan(x) else float(x)
