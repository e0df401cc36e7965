"""One label's yes/no figures, written once for exact and for vectorised use.

Every figure of a label between reviewers is a function of a few counts: the
2x2 table of two reviewers (both, A only, B only, neither), or, over many
reviewers, how many units had each (no, yes) split of votes. The formulas
below use only + - * / and :func:`numpy.where`, so the same code runs

- on ``dtype=object`` arrays of :class:`fractions.Fraction`, giving the exact
  value the report prints (rounded to a float once, like the other figures);
- on float arrays of thousands of bootstrap resamples or of articles at once.

An undefined figure comes out as NaN; :func:`figure` turns it into a
:class:`Figure` with its reason.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from annotator.review.coefficients import NO_UNITS, ONE_CATEGORY, Figure

NO_POSITIVE = "no sentence tagged by either reviewer"
NO_NEGATIVE = "no sentence left untagged by both reviewers"
UNEQUAL_RATERS = "sentences were compared by different numbers of reviewers"


def ratio(numerator, denominator):
    """numerator / denominator, NaN where the denominator is 0 (no warning, any dtype)."""
    numerator, denominator = np.asarray(numerator), np.asarray(denominator)
    zero = denominator == 0
    return np.where(zero, np.nan, numerator / np.where(zero, 1, denominator))


def exact(*counts: int) -> tuple[np.ndarray, ...]:
    """Counts as 0-d object arrays of Fractions, for the exact path."""
    return tuple(np.array(Fraction(c), dtype=object) for c in counts)


def pair_figures(both, a_only, b_only, neither) -> dict[str, np.ndarray]:
    """Two reviewers' figures of one label from its 2x2 table (arrays broadcast).

    kappa: Cohen's; alpha: Krippendorff's nominal, 1 - (2n-1)(b+c) / (n_yes n_no)
    over the 2n values; ac1: Gwet's, (p_o - p_e) / (1 - p_e) with p_e =
    2 pi (1 - pi), pi the share of "yes" among all values; positive and
    negative: specific agreement, 2a / (2a+b+c) and 2d / (2d+b+c).
    """
    a, b, c, d = both, a_only, b_only, neither
    n = a + b + c + d
    agreed = a + d
    chance = (a + b) * (a + c) + (c + d) * (b + d)
    yes, no = 2 * a + b + c, 2 * d + b + c
    return {
        "observed": ratio(agreed, n),
        "kappa": ratio(n * agreed - chance, n * n - chance),
        "alpha": 1 - ratio((2 * n - 1) * (b + c), yes * no),
        "ac1": ratio(2 * n * agreed - yes * no, 2 * n * n - yes * no),
        "positive": ratio(2 * a, yes),
        "negative": ratio(2 * d, no),
    }


def pair_reasons(both: int, a_only: int, b_only: int, neither: int) -> dict[str, str]:
    """Why each of :func:`pair_figures` would be undefined for this table."""
    n = both + a_only + b_only + neither
    one = ONE_CATEGORY if n else NO_UNITS
    return {"observed": NO_UNITS, "kappa": one, "alpha": one, "ac1": NO_UNITS,
            "positive": NO_POSITIVE if n else NO_UNITS, "negative": NO_NEGATIVE if n else NO_UNITS}


def vote_types(raters: int) -> tuple[np.ndarray, np.ndarray]:
    """Every (no votes, yes votes) pair from (0, 0) to (``raters``, ``raters``), as two
    arrays in the order :func:`type_index` numbers them (splits no unit can have, more
    votes than reviewers or fewer than two, simply count 0)."""
    no, yes = np.divmod(np.arange((raters + 1) ** 2), raters + 1)
    return no, yes


def type_index(no: np.ndarray, yes: np.ndarray, raters: int) -> np.ndarray:
    return no * (raters + 1) + yes


def many_figures(counts, no: np.ndarray, yes: np.ndarray) -> dict[str, np.ndarray]:
    """Figures of one label over any number of reviewers, from ``counts[..., t]``,
    the number of units of vote type t (``no[t]`` no votes, ``yes[t]`` yes votes).

    alpha: Krippendorff's nominal, a reviewer without a value is missing (a unit
    pairs its m values, each ordered pair weighing 1/(m-1)); fleiss: Fleiss'
    kappa, NaN unless every unit has the same number of values (check with
    :func:`same_raters`); ac1: Gwet's over units with two values or more, as
    Gwet (2008) and irrCAC define it with missing values. Types with fewer than
    two values must have count 0.
    """
    m = no + yes
    weights = _unit_weights(no, yes)
    if counts.dtype != object:
        weights = [w.astype(float) for w in weights]
    cross, alike, share = (counts @ w for w in weights)
    units = counts @ (m >= 2).astype(np.int64)
    values = counts @ m
    yes_values = counts @ yes
    no_values = values - yes_values
    p_yes = ratio(yes_values, values)
    expected = p_yes * p_yes + (1 - p_yes) * (1 - p_yes)
    observed = ratio(alike, units)
    pi = ratio(share, units)
    pe = 2 * pi * (1 - pi)
    return {
        "alpha": 1 - ratio((values - 1) * cross, yes_values * no_values),
        "fleiss": ratio(observed - expected, 1 - expected),
        "ac1": ratio(observed - pe, 1 - pe),
        "observed": observed,
    }


def _unit_weights(no: np.ndarray, yes: np.ndarray) -> list[np.ndarray]:
    """Per vote type, exactly: its pairs of different values / (m - 1), its share of
    pairs of equal values, and its share of yes values."""
    m = no + yes

    def fractions(numerators, denominators) -> np.ndarray:
        return np.array([Fraction(int(x), int(max(y, 1))) for x, y in zip(numerators, denominators)], dtype=object)

    return [fractions(no * yes, m - 1), fractions(no * (no - 1) + yes * (yes - 1), m * (m - 1)),
            fractions(yes, m)]


def figure(value, reason: str) -> Figure:
    """A computed value as a Figure: exact Fractions rounded once, NaN undefined."""
    value = value.item() if isinstance(value, np.ndarray) else value
    if isinstance(value, float) and np.isnan(value):
        return Figure.undefined(reason)
    return Figure.exact(value) if isinstance(value, Fraction) else Figure(float(value))
