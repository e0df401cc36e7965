"""The fast coefficients against slow, obviously correct references on random data.

The reference alpha is the pairwise formulation, written from the definition
and sharing no code with the package: D_o averages the distance over all pairs
of values within a unit (each unit weighted by 1/(m_u - 1)), D_e over all pairs
of pairable values anywhere, and alpha = 1 - D_o / D_e. Both sides compute
exact fractions, so agreement must be exact, not merely to 1e-9.
"""

from fractions import Fraction
from itertools import combinations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.model import LABELS
from annotator.review import Layer, compare
from annotator.review.coefficients import (
    MISSING,
    coincidences,
    cohen_kappa,
    confusion,
    krippendorff_alpha,
    nominal_distance,
)
from annotator.review.masi import MASI_DISTANCE

# Independent MASI: label sets as bitmask subsets of LABELS, formula from Passonneau 2006.
SETS = [frozenset(l for i, l in enumerate(LABELS) if m >> i & 1) for m in range(8)]


def reference_masi(x: int, y: int) -> Fraction:
    a, b = SETS[x], SETS[y]
    if not a and not b:
        return Fraction(0)
    jaccard = Fraction(len(a & b), len(a | b))
    if a == b:
        weight = Fraction(1)
    elif a <= b or b <= a:
        weight = Fraction(2, 3)
    elif a & b:
        weight = Fraction(1, 3)
    else:
        weight = Fraction(0)
    return 1 - jaccard * weight


def reference_nominal(x: int, y: int) -> Fraction:
    return Fraction(x != y)


def reference_alpha(rows, distance):
    """None when undefined (no pairable values, or no expected disagreement)."""
    units = [[v for v in column if v != MISSING] for column in zip(*rows)]
    units = [u for u in units if len(u) >= 2]
    pooled = [v for u in units for v in u]
    n = len(pooled)
    if n == 0:
        return None
    d_o = sum(
        Fraction(sum(distance(x, y) for x, y in combinations(u, 2)) * 2, len(u) - 1) for u in units
    ) / n
    d_e = Fraction(sum(distance(x, y) for x, y in combinations(pooled, 2)) * 2, n * (n - 1))
    if d_e == 0:
        return None
    return float(1 - d_o / d_e)


def reference_kappa(a, b):
    n = len(a)
    if n == 0:
        return None
    p_o = Fraction(sum(x == y for x, y in zip(a, b)), n)
    p_e = sum(Fraction(a.count(c) * b.count(c), n * n) for c in set(a) | set(b))
    return None if p_e == 1 else float((p_o - p_e) / (1 - p_e))


def fast_alpha(rows, categories, distance):
    return krippendorff_alpha(coincidences(np.array(rows, dtype=int), categories), distance).value


@st.composite
def reliability_data(draw, categories):
    coders = draw(st.integers(2, 4))
    units = draw(st.integers(0, 25))
    value = st.one_of(st.integers(0, categories - 1), st.just(MISSING))
    return [draw(st.lists(value, min_size=units, max_size=units)) for _ in range(coders)]


@settings(max_examples=150, deadline=None)
@given(reliability_data(3))
def test_nominal_alpha_equals_reference(rows):
    assert fast_alpha(rows, 3, nominal_distance(3)) == reference_alpha(rows, reference_nominal)


@settings(max_examples=150, deadline=None)
@given(reliability_data(8))
def test_masi_alpha_equals_reference(rows):
    assert fast_alpha(rows, 8, MASI_DISTANCE) == reference_alpha(rows, reference_masi)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), max_size=40))
def test_kappa_equals_reference(pairs):
    a = [x for x, _ in pairs]
    b = [y for _, y in pairs]
    assert cohen_kappa(confusion(np.array(a, dtype=int), np.array(b, dtype=int), 3)).value == reference_kappa(a, b)


@pytest.mark.parametrize("seed", range(3))
def test_seeded_two_coder_label_sets_equal_reference(seed):
    """Larger, skewed data (as reviewers produce: mostly empty sets, some agreement)."""
    rng = np.random.default_rng(seed)
    a = rng.choice(8, size=120, p=[0.6, 0.15, 0.1, 0.05, 0.04, 0.03, 0.02, 0.01])
    b = np.where(rng.random(120) < 0.7, a, rng.integers(0, 8, 120))
    rows = [a.tolist(), b.tolist()]
    assert fast_alpha(rows, 8, nominal_distance(8)) == reference_alpha(rows, reference_nominal)
    assert fast_alpha(rows, 8, MASI_DISTANCE) == reference_alpha(rows, reference_masi)


# --- compare() end to end against the references ---

label_set = st.frozensets(st.sampled_from(LABELS))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(label_set, label_set), max_size=30))
def test_compare_equals_reference_on_random_layers(pairs):
    keys = [("art", 10 * i, 10 * i + 5) for i in range(len(pairs))]
    a = Layer("a", {"art": "done"}, dict(zip(keys, (x for x, _ in pairs))))
    b = Layer("b", {"art": "done"}, dict(zip(keys, (y for _, y in pairs))))
    report = compare(a, b)
    for label in LABELS:
        x = [int(label in s) for s, _ in pairs]
        y = [int(label in s) for _, s in pairs]
        assert report.labels[label].kappa.value == reference_kappa(x, y)
        assert report.labels[label].alpha.value == reference_alpha([x, y], reference_nominal)
    codes = [[SETS.index(s) for s, _ in pairs], [SETS.index(s) for _, s in pairs]]
    assert report.sets.alpha.value == reference_alpha(codes, reference_nominal)
    assert report.sets.alpha_masi.value == reference_alpha(codes, reference_masi)
