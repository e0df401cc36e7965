"""Agreement coefficients: Krippendorff's alpha, Cohen's kappa, observed agreement.

Why exact arithmetic: reviewers publish these figures, so they must be right to
the last printed digit. The heavy part (one pass over up to millions of units)
is integer counting with ``np.bincount``; what remains is a handful of sums over
a category-by-category table, done with :class:`fractions.Fraction` and rounded
to a float once at the end. The float is therefore the correctly rounded value
of the exact coefficient, independent of summation order.

An undefined coefficient is not an error: it is a :class:`Figure` whose value
is ``None`` and whose reason says why, so reports can print it.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from itertools import permutations

import numpy as np

#: The code for "this coder gave no value to this unit" in a values matrix.
MISSING = -1

NO_UNITS = "no units"
ONE_CATEGORY = "only one category in the data"

#: A square table over categories, of exact numbers (coincidences, distances).
Matrix = tuple[tuple[Fraction, ...], ...]


@dataclass(frozen=True)
class Figure:
    """One published number, or ``None`` with the reason it is undefined."""

    value: float | None
    reason: str = ""

    @classmethod
    def exact(cls, value: Fraction) -> Figure:
        """The correctly rounded float of an exact value."""
        return cls(float(value))

    @classmethod
    def undefined(cls, reason: str) -> Figure:
        return cls(None, reason)


def nominal_distance(categories: int) -> Matrix:
    """0 between equal categories, 1 between any two different ones."""
    return tuple(
        tuple(Fraction(int(c != k)) for k in range(categories)) for c in range(categories)
    )


def coincidences(values: np.ndarray, categories: int) -> Matrix:
    """Krippendorff's coincidence matrix of a coders x units table of category codes.

    ``values[i, u]`` is the category (0 .. categories-1) coder ``i`` gave unit
    ``u``, or :data:`MISSING`. A unit with ``m >= 2`` values contributes each
    ordered pair of values from different coders with weight ``1 / (m - 1)``;
    units with fewer than two values are not pairable and contribute nothing.
    Units are grouped by ``m`` so that each group is one exact integer count.
    """
    values = np.asarray(values, dtype=np.int64)
    if values.ndim != 2:
        raise ValueError("values must be a coders x units matrix")
    if values.size and (values.min() < MISSING or values.max() >= categories):
        raise ValueError(f"category codes must be in 0..{categories - 1} or MISSING")
    present = values != MISSING
    complete = bool(present.all())  # the common case: skip all masking
    per_unit = present.sum(axis=0)
    total = [[Fraction(0)] * categories for _ in range(categories)]
    sizes = np.flatnonzero(np.bincount(per_unit, minlength=2)[2:]) + 2
    for m in sizes.tolist():
        group = values if complete else values[:, per_unit == m]
        counts = np.zeros(categories * categories, dtype=np.int64)
        for i, j in permutations(range(values.shape[0]), 2):
            x, y = group[i], group[j]
            if not complete:
                both = (x != MISSING) & (y != MISSING)
                x, y = x[both], y[both]
            counts += np.bincount(x * categories + y, minlength=categories**2)
        weight = Fraction(1, m - 1)
        for cell, count in enumerate(counts.tolist()):
            total[cell // categories][cell % categories] += count * weight
    return tuple(tuple(row) for row in total)


def krippendorff_alpha(o: Matrix, distance: Matrix) -> Figure:
    """Alpha from a coincidence matrix and a distance between categories.

    alpha = 1 - (n - 1) * sum_ck o_ck d_ck / sum_ck n_c n_k d_ck, with n_c the
    row sums of ``o`` and n their total (Krippendorff 2011, general form). It is
    undefined when nothing is pairable, or when the expected disagreement is 0,
    which for a distance that separates every two categories means only one
    category occurs in the data (even if the coders agree perfectly).
    """
    size = range(len(o))
    n_c = [sum(row) for row in o]
    n = sum(n_c)
    if n == 0:
        return Figure.undefined(NO_UNITS)
    observed = sum(o[c][k] * distance[c][k] for c in size for k in size)
    expected = sum(n_c[c] * n_c[k] * distance[c][k] for c in size for k in size)
    if expected == 0:
        return Figure.undefined(ONE_CATEGORY)
    return Figure.exact(1 - (n - 1) * observed / expected)


def confusion(a: np.ndarray, b: np.ndarray, categories: int) -> list[list[int]]:
    """Counts of units by (A's category, B's category), as exact Python ints."""
    a = np.asarray(a, dtype=np.int64)
    b = np.asarray(b, dtype=np.int64)
    counts = np.bincount(a * categories + b, minlength=categories**2)
    return counts.reshape(categories, categories).tolist()


def observed_agreement(table: list[list[int]]) -> Figure:
    """Share of units on which the two coders chose the same category."""
    n = sum(map(sum, table))
    if n == 0:
        return Figure.undefined(NO_UNITS)
    return Figure.exact(Fraction(sum(table[c][c] for c in range(len(table))), n))


def cohen_kappa(table: list[list[int]]) -> Figure:
    """Cohen's kappa of a two-coder confusion table: (p_o - p_e) / (1 - p_e).

    Computed as (n * agreed - chance) / (n^2 - chance) with chance = sum_c
    rows_c * cols_c, all in integers. Undefined when p_e == 1, that is when both
    coders used one and the same category for every unit.
    """
    size = range(len(table))
    n = sum(map(sum, table))
    if n == 0:
        return Figure.undefined(NO_UNITS)
    agreed = sum(table[c][c] for c in size)
    rows = [sum(table[c]) for c in size]
    cols = [sum(table[r][c] for r in size) for c in size]
    chance = sum(rows[c] * cols[c] for c in size)
    if chance == n * n:
        return Figure.undefined(ONE_CATEGORY)
    return Figure.exact(Fraction(n * agreed - chance, n * n - chance))


def ordinal_distance(o: Matrix) -> Matrix:
    """Krippendorff's ordinal distance between categories listed in scale order.

    delta(c, k) = (sum of n_g for g from c to k - (n_c + n_k) / 2)^2, with n_g
    the row sums of the coincidence matrix ``o``. Unlike the nominal distance
    it depends on the data: two ranks are as far apart as the number of values
    that lie between them, so a scale is treated as ranks, not as equal steps.
    """
    n_c = [sum(row) for row in o]
    below = [Fraction(0)]  # below[g] = n_0 + ... + n_(g-1)
    for count in n_c:
        below.append(below[-1] + count)

    def delta(c: int, k: int) -> Fraction:
        low, high = min(c, k), max(c, k)
        return (below[high + 1] - below[low] - (n_c[c] + n_c[k]) / 2) ** 2

    return tuple(tuple(delta(c, k) for k in range(len(o))) for c in range(len(o)))
