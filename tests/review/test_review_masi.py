"""MASI distance values, exactly."""

from fractions import Fraction
from itertools import combinations

import pytest

from annotator.model import LABELS
from annotator.review.labelsets import LABEL_SETS, MASK, mask_of, sorted_labels
from annotator.review.masi import MASI_DISTANCE, masi_distance

F = frozenset


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        (F("a"), F("a"), 0),  # equal: J = 1, M = 1
        (F(), F(), 0),  # two empty sets (NLTK would divide by zero)
        (F("a"), F("ab"), Fraction(2, 3)),  # subset: J = 1/2, M = 2/3
        (F("a"), F("abc"), Fraction(7, 9)),  # subset: J = 1/3, M = 2/3
        (F("ab"), F("abc"), Fraction(5, 9)),  # subset: J = 2/3, M = 2/3
        (F("ab"), F("bc"), Fraction(8, 9)),  # overlap: J = 1/3, M = 1/3
        (F("a"), F("b"), 1),  # disjoint
        (F(), F("a"), 1),  # empty against non-empty: J = 0
    ],
)
def test_masi_distance_exact(a, b, distance):
    assert masi_distance(a, b) == distance
    assert masi_distance(b, a) == distance


def test_label_sets_are_every_subset_once_and_masks_invert_them():
    every = {F(c) for size in range(len(LABELS) + 1) for c in combinations(LABELS, size)}
    assert set(LABEL_SETS) == every and len(LABEL_SETS) == 8
    assert all(MASK[labels] == mask for mask, labels in enumerate(LABEL_SETS))
    assert LABEL_SETS[mask_of(F({"claim", "statistic"}))] == {"claim", "statistic"}


def test_unknown_label_is_refused():
    with pytest.raises(ValueError, match="opinion"):
        mask_of(F({"claim", "opinion"}))


def test_sorted_labels_follow_the_model_order():
    assert sorted_labels(F({"statistic", "claim"})) == ["claim", "statistic"]


def test_masi_table_is_a_symmetric_distance_with_zero_diagonal():
    for i in range(8):
        assert MASI_DISTANCE[i][i] == 0
        for j in range(8):
            assert MASI_DISTANCE[i][j] == MASI_DISTANCE[j][i]
            assert (MASI_DISTANCE[i][j] > 0) == (i != j)
