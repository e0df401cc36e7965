"""The new figures against implementations by other hands, on random and degenerate data.

Gwet's AC1 against irrCAC, Fleiss' kappa against statsmodels, alpha over many
reviewers with missing values against the `krippendorff` package, specific
agreement against scipy's Dice dissimilarity (2a / (2a+b+c) is 1 - Dice), to
1e-9; through the same entry points the report uses (``compare``, ``panel``).
Test-only dependencies: skipped when absent.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from annotator.model import LABELS
from annotator.review import Layer, compare
from annotator.review.panel import panel

pd = pytest.importorskip("pandas")
irrcac = pytest.importorskip("irrCAC.raw")
inter_rater = pytest.importorskip("statsmodels.stats.inter_rater")
krippendorff = pytest.importorskip("krippendorff")
distance = pytest.importorskip("scipy.spatial.distance")

TOLERANCE = 1e-9


def gwet_ac1(values: np.ndarray) -> float:
    """irrCAC's AC1 of a reviewers x units array of 0/1 (NaN missing), unrounded."""
    frame = pd.DataFrame(values.T)
    return float(irrcac.CAC(frame, categories=[0.0, 1.0], digits=20).gwet()["est"]["coefficient_value"])


def fleiss(values: np.ndarray) -> float:
    yes = np.nansum(values, axis=0)
    seen = (~np.isnan(values)).sum(axis=0)
    return float(inter_rater.fleiss_kappa(np.stack([seen - yes, yes], axis=1)))


def layers_from(values: np.ndarray, done: np.ndarray | None = None, units_per_article: int = 5) -> list[Layer]:
    """Layers from reviewers x units x labels of 0/1; a reviewer with NaN on an article has
    it in progress (so is missing there); ``done[r, article]`` False does the same."""
    layers = []
    for r in range(values.shape[0]):
        statuses, units = {}, {}
        for u in range(values.shape[1]):
            article = f"art{u // units_per_article:04d}"
            missing = np.isnan(values[r, u]).any()
            statuses.setdefault(article, "done")
            if missing:
                statuses[article] = "in progress"
            units[(article, u * 10, u * 10 + 5)] = frozenset(
                label for i, label in enumerate(LABELS) if not missing and values[r, u, i] == 1)
        layers.append(Layer(f"r{r}", statuses, units))
    return layers


def random_values(rng, reviewers: int, units: int, rates=(0.05, 0.3, 0.6), agree=0.85, missing=0.0):
    truth = rng.random((units, len(LABELS))) < np.array(rates)
    values = np.empty((reviewers, units, len(LABELS)))
    for r in range(reviewers):
        flip = rng.random(truth.shape) > agree
        values[r] = truth ^ flip
    articles = units // 5
    if missing:
        gone = rng.random((reviewers, articles)) < missing
        for r, a in zip(*np.nonzero(gone)):
            values[r, a * 5:(a + 1) * 5] = np.nan
    return values


@pytest.mark.parametrize("seed", range(25))
def test_two_reviewers_match_references(seed):
    rng = np.random.default_rng(seed)
    values = random_values(rng, 2, int(rng.integers(2, 60)) * 5, rates=rng.random(3) * 0.5)
    report = compare(*layers_from(values))
    for i, label in enumerate(LABELS):
        row = report.labels[label]
        a, b = values[0, :, i].astype(bool), values[1, :, i].astype(bool)
        assert row.ac1.value == pytest.approx(gwet_ac1(values[:, :, i]), abs=TOLERANCE)
        if a.any() or b.any():
            assert row.positive.value == pytest.approx(1 - distance.dice(a, b), abs=TOLERANCE)
        if not (a.all() and b.all()):
            assert row.negative.value == pytest.approx(1 - distance.dice(~a, ~b), abs=TOLERANCE)


@pytest.mark.parametrize("seed", range(25))
def test_many_reviewers_match_references(seed):
    rng = np.random.default_rng(100 + seed)
    reviewers = int(rng.integers(3, 6))
    values = random_values(rng, reviewers, int(rng.integers(4, 60)) * 5, rates=rng.random(3) * 0.5,
                           missing=0.3 if seed % 2 else 0.0)
    result = panel(layers_from(values))
    seen = (~np.isnan(values[:, :, 0])).sum(axis=0)
    kept = values[:, seen >= 2]
    assert result.units == kept.shape[1]
    for i, label in enumerate(LABELS):
        row, data = result.labels[label], kept[:, :, i]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            alpha = krippendorff.alpha(data, value_domain=[0, 1], level_of_measurement="nominal")
        if row.alpha.value is None:
            assert np.isnan(alpha)
        else:
            assert row.alpha.value == pytest.approx(alpha, abs=TOLERANCE)
        if data.shape[1] >= 2:
            assert row.ac1.value == pytest.approx(gwet_ac1(data), abs=TOLERANCE)
        if seed % 2 == 0:
            assert row.fleiss.value == pytest.approx(fleiss(data), abs=TOLERANCE)
        else:
            assert row.fleiss.reason == "sentences were compared by different numbers of reviewers"


DEGENERATE = {
    "all no": np.zeros((3, 10)),
    "all yes": np.ones((3, 10)),
    "one yes": np.array([[1] + [0] * 9, [0] * 10, [0] * 10], dtype=float),
    "total disagreement": np.array([[1, 0] * 5, [0, 1] * 5, [1, 0] * 5], dtype=float),
    "two units": np.array([[1, 0], [1, 0], [0, 0]], dtype=float),
}


@pytest.mark.parametrize("name", DEGENERATE)
def test_degenerate_data_match_references_or_are_undefined(name):
    data = DEGENERATE[name]
    values = np.repeat(data[:, :, None], len(LABELS), axis=2)
    row = panel(layers_from(values, units_per_article=1)).labels["claim"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fk = fleiss(data)
        try:
            alpha = krippendorff.alpha(data, value_domain=[0, 1], level_of_measurement="nominal")
        except (ValueError, ZeroDivisionError):
            alpha = np.nan
    assert row.ac1.value == pytest.approx(gwet_ac1(data), abs=TOLERANCE)
    for ours, theirs in ((row.fleiss, fk), (row.alpha, alpha)):
        if np.isnan(theirs):
            assert ours.value is None and ours.reason
        else:
            assert ours.value == pytest.approx(theirs, abs=TOLERANCE)
    pair = compare(*layers_from(values[:2], units_per_article=1)).labels["claim"]
    assert pair.ac1.value == pytest.approx(gwet_ac1(data[:2]), abs=TOLERANCE)


def test_two_reviewers_as_a_panel_give_the_pair_figures():
    rng = np.random.default_rng(9)
    layers = layers_from(random_values(rng, 2, 200))
    result, pair = panel(layers), compare(*layers)
    for label in LABELS:
        assert result.labels[label].alpha == pair.labels[label].alpha
        assert result.labels[label].ac1.value == pytest.approx(pair.labels[label].ac1.value, abs=1e-15)


@pytest.mark.parametrize("all_articles", [False, True])
def test_each_pair_of_a_panel_is_the_pair_compared_alone(all_articles):
    """The panel aligns every pair from its one table; the result is compare's, unmatched
    sentences and articles not done by one reviewer included."""
    rng = np.random.default_rng(12)
    layers = layers_from(random_values(rng, 3, 100, missing=0.3))
    odd = layers[2]
    extra = {("art0000", 999, 1000): frozenset({"claim"}), ("art0001", 999, 1000): frozenset()}
    layers[2] = Layer(odd.reviewer, odd.statuses, {**odd.units, **extra})
    result = panel(layers, all_articles)
    for (x, y), report in result.pairs.items():
        alone = compare(*(next(la for la in layers if la.reviewer == n) for n in (x, y)), all_articles)
        assert report.to_json() == alone.to_json()


def test_per_article_figures_are_each_article_compared_alone():
    """The vectorised per-article figures equal the exact ones of each article on its own."""
    rng = np.random.default_rng(21)
    a, b = layers_from(random_values(rng, 2, 120, rates=(0.05, 0.3, 0.6)), units_per_article=12)
    report = compare(a, b)
    assert [x.article_id for x in report.per_article] == sorted(a.statuses)
    for row in report.per_article:
        only = {k: v for k, v in a.units.items() if k[0] == row.article_id}
        alone = compare(Layer("a", {row.article_id: "done"}, only),
                        Layer("b", {row.article_id: "done"}, {k: b.units[k] for k in only}))
        assert row.units == alone.units and row.disagreements == len(alone.unit_disagreements)
        for label in LABELS:
            for name, value in row.labels[label].items():
                expected = getattr(alone.labels[label], name).value
                assert value == pytest.approx(expected, abs=1e-12) if expected is not None else value is None
