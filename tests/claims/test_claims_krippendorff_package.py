"""Verdict alpha (nominal and ordinal) against the `krippendorff` package, on random claims.

The package computes in floats from its own coincidence and distance code, so
agreement to 1e-9 checks our matching of claims, our verdict coding (with
``unverifiable`` and missing verdicts left out where they should be) and the
exact ordinal distance together.
"""

import random

import numpy as np
import pytest

from annotator.claims.compare import compare_claims
from annotator.claims.model import SCALE, VERDICTS, Appearance, Claim

krippendorff = pytest.importorskip("krippendorff")

CHOICES = list(VERDICTS) + [None]


def random_layers(rng: random.Random):
    """Two layers whose claim i (A) and 1000 + i (B) share sentence i, plus unmatched claims."""
    units = rng.randint(1, 40)
    weights = [rng.random() ** 3 for _ in CHOICES]  # skewed, so one category alone happens
    a, b = [], []
    for i in range(units):
        here = Appearance(f"art{i % 3}", 10 * i, 10 * i + 5)
        a.append(Claim(i, "s", rng.choices(CHOICES, weights)[0], appearances=(here,)))
        b.append(Claim(1000 + i, "s", rng.choices(CHOICES, weights)[0], appearances=(here,)))
    for j in range(rng.randint(0, 3)):  # claims only one side has leave the figures alone
        alone = Appearance("elsewhere", 10 * j, 10 * j + 5)
        (a if j % 2 else b).append(Claim(5000 + j, "s", rng.choice(VERDICTS), appearances=(alone,)))
    rng.shuffle(a)
    rng.shuffle(b)
    return a, b


def package_alpha(a, b, scale, level):
    """The package's alpha over matched claims, NaN where a verdict is off ``scale``."""
    by_sentence = {c.appearances[0]: c.verdict for c in b}
    rows = [[], []]
    for claim in a:
        if claim.appearances[0] in by_sentence:
            for row, verdict in zip(rows, (claim.verdict, by_sentence[claim.appearances[0]])):
                row.append(scale.index(verdict) if verdict in scale else np.nan)
    data = np.array(rows, dtype=float)
    if (~np.isnan(data)).all(axis=0).sum() == 0:
        return None
    return krippendorff.alpha(reliability_data=data, level_of_measurement=level, value_domain=np.arange(len(scale)))


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # the package divides 0 by 0 for one category
@pytest.mark.parametrize("seed", range(100))
def test_verdict_alpha_agrees_with_the_package(seed):
    a, b = random_layers(random.Random(seed))
    figures, _ = compare_claims(a, b)
    for ours, level, scale in (
        (figures.alpha_nominal, "nominal", VERDICTS),
        (figures.alpha_ordinal, "ordinal", SCALE),
    ):
        theirs = package_alpha(a, b, scale, level)
        if ours.value is None:
            assert theirs is None or np.isnan(theirs), (level, ours, theirs)
        else:
            assert ours.value == pytest.approx(theirs, abs=1e-9), level


def test_the_random_cases_cover_defined_and_undefined_figures():
    figures = [compare_claims(*random_layers(random.Random(seed)))[0] for seed in range(100)]
    for name in ("alpha_nominal", "alpha_ordinal"):
        values = [getattr(f, name).value for f in figures]
        assert sum(v is None for v in values) >= 3 and sum(v is not None for v in values) >= 50
