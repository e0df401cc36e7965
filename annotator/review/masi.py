"""MASI distance between label sets (Passonneau 2006), for set-valued alpha.

Variant used, and why: NLTK's ``nltk.metrics.distance.masi_distance``, which is
``1 - J * M`` with J the Jaccard index |A & B| / |A | B| and the monotonicity
weight M = 1 when the sets are equal, 2/3 when one is a subset of the other,
1/3 when they overlap otherwise, 0 when disjoint. Two deliberate departures
from NLTK's code: M uses the exact thirds (NLTK writes 0.67 and 0.33, which
would put rounding noise into published figures), and two empty sets are at
distance 0 (NLTK divides by zero). Values are exact fractions.
"""

from __future__ import annotations

from fractions import Fraction

from annotator.review.coefficients import Matrix
from annotator.review.labelsets import LABEL_SETS


def masi_distance(a: frozenset[str], b: frozenset[str]) -> Fraction:
    """MASI distance of two label sets, in [0, 1]."""
    if a == b:
        return Fraction(0)
    shared = len(a & b)
    if shared == 0:
        return Fraction(1)
    if shared == min(len(a), len(b)):
        monotonicity = Fraction(2, 3)
    else:
        monotonicity = Fraction(1, 3)
    return 1 - Fraction(shared, len(a | b)) * monotonicity


#: MASI distances between every two label-set bitmasks (see labelsets).
MASI_DISTANCE: Matrix = tuple(
    tuple(masi_distance(a, b) for b in LABEL_SETS) for a in LABEL_SETS
)
