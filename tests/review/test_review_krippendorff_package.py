"""Alpha against the `krippendorff` package (PyPI), an implementation by other hands.

Skipped when the package is absent: it is a test-only dependency. Its MASI
figure uses our distance table through its callable-metric hook, so this
checks the coincidence and expected-disagreement arithmetic, in floats.
"""

import numpy as np
import pytest

from annotator.review.coefficients import MISSING, coincidences, krippendorff_alpha, nominal_distance
from annotator.review.masi import MASI_DISTANCE

krippendorff = pytest.importorskip("krippendorff")


def _as_float(rows):
    data = np.array(rows, dtype=float)
    data[data == MISSING] = np.nan
    return data


def _masi_metric(v1, v2, i1, i2, n_v, dtype=np.float64):
    table = np.array([[float(d) for d in row] for row in MASI_DISTANCE], dtype=dtype)
    return table[v1.astype(int), v2.astype(int)]


def fast_alpha(rows, categories, distance):
    return krippendorff_alpha(coincidences(np.array(rows), categories), distance).value


@pytest.mark.parametrize("seed", range(20))
def test_alpha_agrees_with_krippendorff_package(seed):
    rng = np.random.default_rng(seed)
    coders, units = rng.integers(2, 6), rng.integers(5, 300)
    rows = rng.choice(8, size=(coders, units), p=[0.5, 0.2, 0.1, 0.05, 0.05, 0.04, 0.03, 0.03])
    rows[rng.random((coders, units)) < 0.2] = MISSING
    data, domain = _as_float(rows), np.arange(8)
    nominal = krippendorff.alpha(data, value_domain=domain, level_of_measurement="nominal")
    masi = krippendorff.alpha(data, value_domain=domain, level_of_measurement=_masi_metric)
    assert fast_alpha(rows, 8, nominal_distance(8)) == pytest.approx(nominal, abs=1e-9)
    assert fast_alpha(rows, 8, MASI_DISTANCE) == pytest.approx(masi, abs=1e-9)


def test_krippendorff_package_reproduces_the_published_nominal_example():
    """Sanity of the second reference itself, on the paper's four-observer data."""
    m = MISSING
    four_observers = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, m, m, m],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, m, 3],
        [m, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, m],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, m],
    ]
    value = krippendorff.alpha(_as_float(four_observers), level_of_measurement="nominal")
    assert round(value, 3) == 0.743
