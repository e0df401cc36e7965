"""Bootstrap intervals: reproducible, drawn like unit-by-unit resampling, and covering.

The coverage simulation draws data sets from a known population of 2x2 cells
and counts how often the 95% interval holds the population's kappa, alpha and
AC1. It is kept small (a couple of seconds); its long version, with more
simulations and sizes, is ``tests/benchmarks/bench_agreement.py --coverage``.
"""

from __future__ import annotations

import numpy as np
import pytest

from annotator.review import Layer, compare
from annotator.review.binary import many_figures, pair_figures, type_index, vote_types
from annotator.review.bootstrap import Settings, intervals


def population_figures(p: np.ndarray) -> dict[str, float]:
    """kappa, alpha and AC1 of an infinite population with cell shares p (both, A only, B only, neither)."""
    return {name: float(value) for name, value in pair_figures(*(p * 1e9)).items()}


def coverage(p, units, simulations, settings, seed=0) -> dict[str, float]:
    rng = np.random.default_rng(seed)
    truth = population_figures(np.asarray(p))
    hits = dict.fromkeys(("kappa", "alpha", "ac1"), 0)
    for s in range(simulations):
        counts = rng.multinomial(units, p)
        found = intervals(counts, lambda d: pair_figures(*d.T), tuple(hits), s, settings)
        for name, interval in found.items():
            hits[name] += interval is not None and interval.low <= truth[name] <= interval.high
    return {name: hit / simulations for name, hit in hits.items()}


def test_intervals_cover_the_population_value_at_about_the_stated_rate():
    rates = coverage([0.08, 0.04, 0.05, 0.83], units=400, simulations=300, settings=Settings(resamples=1000))
    for name, rate in rates.items():
        assert 0.89 <= rate <= 0.99, (name, rate)


def layers(units: int, seed: int) -> tuple[Layer, Layer]:
    rng = np.random.default_rng(seed)
    a_units, b_units = {}, {}
    for u in range(units):
        key = ("a1", u * 10, u * 10 + 5)
        a = rng.random() < 0.2
        a_units[key] = frozenset({"claim"} if a else ())
        b_units[key] = frozenset({"claim"} if (a if rng.random() < 0.9 else not a) else ())
    return Layer("alice", {"a1": "done"}, a_units), Layer("bob", {"a1": "done"}, b_units)


def test_same_data_same_interval_and_the_seed_matters():
    first = compare(*layers(300, 1)).labels["claim"].intervals
    again = compare(*layers(300, 1)).labels["claim"].intervals
    other_seed = compare(*layers(300, 1), bootstrap=Settings(seed=16)).labels["claim"].intervals
    assert first == again
    assert first["kappa"] != other_seed["kappa"]
    assert first["kappa"].low < compare(*layers(300, 1)).labels["claim"].kappa.value < first["kappa"].high


def test_multinomial_draws_match_resampling_units_one_by_one():
    """The shortcut (a multinomial over cells) and the textbook bootstrap (units drawn with
    replacement) give the same distribution: their intervals agree to sampling error."""
    cells = np.array([30, 10, 12, 148])
    unit_cells = np.repeat(np.arange(4), cells)
    rng = np.random.default_rng(3)
    drawn = unit_cells[rng.integers(0, unit_cells.size, size=(4000, unit_cells.size))]
    counts = np.stack([(drawn == c).sum(axis=1) for c in range(4)], axis=1).astype(float)
    textbook = np.quantile(pair_figures(*counts.T)["kappa"], [0.025, 0.975])
    ours = intervals(cells, lambda d: pair_figures(*d.T), ("kappa",), 0, Settings(resamples=4000))["kappa"]
    assert ours.low == pytest.approx(textbook[0], abs=0.02)
    assert ours.high == pytest.approx(textbook[1], abs=0.02)


def test_undefined_resamples_are_counted_and_an_undefined_figure_has_no_interval():
    # One "yes" in 50 units: many resamples have none, where kappa is undefined.
    found = intervals(np.array([1, 0, 0, 49]), lambda d: pair_figures(*d.T), ("kappa", "ac1"), 0)
    assert found["kappa"].undefined > 0 and found["ac1"].undefined == 0
    nothing = intervals(np.array([0, 0, 0, 50]), lambda d: pair_figures(*d.T), ("kappa", "ac1"), 0)
    assert nothing["kappa"] is None and nothing["ac1"] is not None
    assert intervals(np.zeros(4), lambda d: pair_figures(*d.T), ("kappa",), 0) == {"kappa": None}


def test_intervals_over_three_reviewers_cover_the_population_value():
    """Three reviewers, each unit's votes drawn from a population of (no, yes) splits."""
    no, yes = vote_types(3)
    shares = np.zeros(no.size)
    for split, share in (((3, 0), 0.72), ((2, 1), 0.1), ((1, 2), 0.06), ((0, 3), 0.12)):
        shares[type_index(np.array(split[0]), np.array(split[1]), 3)] = share
    truth = many_figures(shares * 1e9, no, yes)
    rng = np.random.default_rng(5)
    hits = dict.fromkeys(("alpha", "fleiss", "ac1"), 0)
    simulations = 200
    for s in range(simulations):
        counts = rng.multinomial(400, shares)
        found = intervals(counts, lambda d: many_figures(d, no, yes), tuple(hits), s, Settings(resamples=1000))
        for name, interval in found.items():
            hits[name] += interval.low <= float(truth[name]) <= interval.high
    for name, hit in hits.items():
        assert 0.89 <= hit / simulations <= 0.99, (name, hit / simulations)
