"""95% confidence intervals by bootstrap over units, seeded and vectorised.

Resampling n units with replacement only changes how many units fall in each
*type*: for two reviewers the four cells of a label's 2x2 table, for many the
(no votes, yes votes) splits. Every figure is a function of those counts
(:mod:`annotator.review.binary`), so a resample is one multinomial draw of n
over the types, exactly as likely as the unit-by-unit draw, and all resamples
are computed at once as arrays. The cost depends on the number of resamples,
not of units: a million units cost what a hundred do.

Each label draws from its own stream of the fixed seed, so the same data give
the same interval whatever else is compared. Resamples where a figure is
undefined (a resample with no "yes" at all) are left out of that figure's
interval and counted. The interval is the percentile one: the 2.5th and 97.5th
percentiles of the resampled figures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

#: The settings every report states beside its intervals.
RESAMPLES = 2000
LEVEL = 0.95
SEED = 15


@dataclass(frozen=True)
class Interval:
    """A figure's interval; ``undefined``: resamples left out because it was undefined there."""

    low: float
    high: float
    undefined: int = 0


@dataclass(frozen=True)
class Settings:
    resamples: int = RESAMPLES
    level: float = LEVEL
    seed: int = SEED

    def to_json(self) -> dict:
        return {"method": "percentile bootstrap over units", "resamples": self.resamples,
                "level": self.level, "seed": self.seed}

    def text(self) -> str:
        return (f"{self.level:.0%} intervals: percentile bootstrap over units, "
                f"{self.resamples} resamples, seed {self.seed}")


Figures = Callable[[np.ndarray], dict[str, np.ndarray]]


def intervals(counts: np.ndarray, figures: Figures, names: tuple[str, ...], stream: int,
              settings: Settings = Settings()) -> dict[str, Interval | None]:
    """The interval of each of ``names`` among what ``figures`` computes from a
    (resamples x types) array of counts; None where no resample defines it."""
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    if total == 0:
        return dict.fromkeys(names)
    rng = np.random.default_rng([settings.seed, stream])
    draws = rng.multinomial(total, counts / total, size=settings.resamples).astype(float)
    computed = figures(draws)
    tail = (1 - settings.level) / 2
    found: dict[str, Interval | None] = {}
    for name in names:
        values = computed[name]
        defined = values[~np.isnan(values)]
        if defined.size == 0:
            found[name] = None
            continue
        low, high = np.quantile(defined, [tail, 1 - tail]).tolist()
        found[name] = Interval(low, high, int(values.size - defined.size))
    return found
