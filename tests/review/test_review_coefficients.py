"""Coefficients against published worked examples and textbook values."""

from fractions import Fraction

import numpy as np
import pytest

from annotator.review.coefficients import (
    MISSING,
    NO_UNITS,
    ONE_CATEGORY,
    Figure,
    coincidences,
    cohen_kappa,
    confusion,
    krippendorff_alpha,
    nominal_distance,
    observed_agreement,
)

M = MISSING

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section A:
# binary data, two observers, no missing data. Published alpha = 0.095.
BINARY = [
    [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
    [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
]

# Same paper, section C: nominal data, four observers, missing data (values 1..5,
# coded here 0..4). Published: nominal 0.743, interval 0.849.
FOUR_OBSERVERS = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, M, M, M],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, M, 3],
    [M, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, M],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, M],
]


def _codes(rows):
    return np.array([[v - 1 if v != M else M for v in row] for row in rows])


def test_binary_two_observers_published_value():
    o = coincidences(np.array(BINARY), 2)
    assert o == ((10, 4), (4, 2))  # the paper's coincidence matrix
    alpha = krippendorff_alpha(o, nominal_distance(2))
    assert alpha.value == float(Fraction(2, 21))  # 1 - 19 * 4 / (14 * 6)
    assert round(alpha.value, 3) == 0.095


def test_nominal_four_observers_missing_data_published_value():
    o = coincidences(_codes(FOUR_OBSERVERS), 5)
    assert sum(map(sum, o)) == 40  # n: pairable values (unit 12 has one value only)
    assert [sum(row) for row in o] == [9, 13, 10, 5, 3]  # the paper's n_c
    alpha = krippendorff_alpha(o, nominal_distance(5))
    assert round(alpha.value, 3) == 0.743


def test_interval_four_observers_published_value():
    """The coincidence matrix is metric-agnostic: the paper's interval alpha follows too."""
    interval = tuple(tuple(Fraction((c - k) ** 2) for k in range(5)) for c in range(5))
    alpha = krippendorff_alpha(coincidences(_codes(FOUR_OBSERVERS), 5), interval)
    assert round(alpha.value, 3) == 0.849


@pytest.mark.parametrize(
    ("table", "kappa", "observed"),
    [
        # Wikipedia "Cohen's kappa", worked example: p_o = 0.7, p_e = 0.5.
        ([[20, 5], [10, 15]], Fraction(2, 5), Fraction(7, 10)),
        # Same article, "same percentage, different numbers": p_o = 0.6 in both.
        ([[45, 15], [25, 15]], Fraction(3, 23), Fraction(3, 5)),  # 0.1304
        ([[25, 35], [5, 35]], Fraction(7, 27), Fraction(3, 5)),  # 0.2593
    ],
)
def test_cohen_kappa_textbook(table, kappa, observed):
    assert cohen_kappa(table) == Figure(float(kappa))
    assert observed_agreement(table) == Figure(float(observed))


def test_confusion_counts_rows_a_columns_b():
    assert confusion(np.array([0, 0, 1, 1, 1]), np.array([0, 1, 1, 1, 0]), 2) == [[1, 1], [1, 2]]


def test_no_units_is_undefined_not_a_crash():
    empty = np.zeros((2, 0), dtype=int)
    assert krippendorff_alpha(coincidences(empty, 2), nominal_distance(2)) == Figure(None, NO_UNITS)
    assert cohen_kappa([[0, 0], [0, 0]]) == Figure(None, NO_UNITS)
    assert observed_agreement([[0, 0], [0, 0]]) == Figure(None, NO_UNITS)


def test_units_with_one_value_are_not_pairable():
    only_one_each = np.array([[0, M], [M, 1]])
    assert krippendorff_alpha(coincidences(only_one_each, 2), nominal_distance(2)).reason == NO_UNITS


def test_one_category_is_undefined_even_with_perfect_agreement():
    same = np.zeros((2, 5), dtype=int)
    assert krippendorff_alpha(coincidences(same, 2), nominal_distance(2)) == Figure(None, ONE_CATEGORY)
    assert cohen_kappa(confusion(same[0], same[1], 2)) == Figure(None, ONE_CATEGORY)
    assert observed_agreement(confusion(same[0], same[1], 2)) == Figure(1.0)


def test_perfect_agreement_with_two_categories_is_one():
    values = np.array([[0, 1, 1, 0], [0, 1, 1, 0]])
    assert krippendorff_alpha(coincidences(values, 2), nominal_distance(2)) == Figure(1.0)
    assert cohen_kappa(confusion(values[0], values[1], 2)) == Figure(1.0)


def test_kappa_is_defined_when_only_one_coder_varies():
    """p_e < 1 as soon as either coder uses a second category: kappa is then 0, not undefined."""
    assert cohen_kappa([[3, 1], [0, 0]]) == Figure(0.0)


@pytest.mark.parametrize("bad", [np.array([[0, 2]]), np.array([[0, -2]]), np.array([0, 1])])
def test_bad_values_are_refused(bad):
    with pytest.raises(ValueError):
        coincidences(bad, 2)
