"""The agreement report's figures on demand (issue 15): intervals, three reviewers, coverage.

    .venv/bin/python tests/benchmarks/bench_agreement.py            # speed
    .venv/bin/python tests/benchmarks/bench_agreement.py --coverage # the long coverage simulation

Speed: the bootstrap intervals of the three labels at 100,000 units (goal <= 1 s),
alone and inside ``compare``; and ``panel`` over 1,000,000 units with three
reviewers (alpha, Fleiss' kappa and AC1 over all with intervals, and the three
pairwise reports with theirs), layers built in memory (goal <= 5 s). Median of
``--runs``. Coverage: how often the 95% interval holds the population value,
over several populations (rare to common labels) and sizes.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import numpy as np  # noqa: E402

from annotator.model import LABELS  # noqa: E402
from annotator.review import Layer, compare  # noqa: E402
from annotator.review.binary import pair_figures  # noqa: E402
from annotator.review.bootstrap import Settings, intervals  # noqa: E402
from annotator.review.panel import panel  # noqa: E402
from tests.benchmarks.run import synthetic_layers  # noqa: E402


def third_reviewer(a: Layer, seed: int = 5, fresh: bool = False, shuffled: bool = False) -> Layer:
    """carol: alice's labels, one sentence in five left untagged; ``fresh``: her sentences
    as new key tuples, as a layer read from the file has; ``shuffled``: also in another
    order (the panel must look each one up)."""
    rng = random.Random(seed)
    items = [((*k,) if fresh else k, v if rng.random() < 0.8 else frozenset()) for k, v in a.units.items()]
    if shuffled:
        rng.shuffle(items)
    return Layer("carol", dict(a.statuses), dict(items))


def timed(run, runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def speed(runs: int, units: int) -> None:
    a, b = synthetic_layers(100_000)
    report = compare(a, b)
    cells = [np.array(report.labels[label].counts) for label in LABELS]

    def three_labels() -> None:
        for stream, counts in enumerate(cells):
            intervals(counts, lambda d: pair_figures(*d.T), ("kappa", "alpha", "ac1"), stream)

    print(f"intervals of 3 labels at 100,000 units ({Settings().resamples} resamples each): "
          f"{timed(three_labels, runs):.3f} s (goal <= 1 s)")
    print(f"compare(alice, bob) at 100,000 units, intervals included: {timed(lambda: compare(a, b), runs):.3f} s")
    a, b = synthetic_layers(units)
    c = third_reviewer(a)
    result = panel([a, b, c])
    print(f"panel(alice, bob, carol) at {result.units:,} units, intervals included: "
          f"{timed(lambda: panel([a, b, c]), runs):.2f} s (goal <= 5 s)")
    c = third_reviewer(a, fresh=True)
    print(f"the same, carol's sentences as new tuples (as read from a file): "
          f"{timed(lambda: panel([a, b, c]), runs):.2f} s")
    c = third_reviewer(a, fresh=True, shuffled=True)
    print(f"the same, carol's sentences in another order (every key looked up): "
          f"{timed(lambda: panel([a, b, c]), runs):.2f} s")


def long_coverage(simulations: int) -> None:
    from tests.review.test_review_bootstrap import coverage

    for p in ([0.02, 0.01, 0.01, 0.96], [0.08, 0.04, 0.05, 0.83], [0.3, 0.1, 0.1, 0.5]):
        for units in (200, 1000, 5000):
            rates = coverage(p, units, simulations, Settings(), seed=units)
            print(f"cells {p}, {units} units: " + ", ".join(f"{k} {v:.3f}" for k, v in rates.items()))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--units", type=int, default=1_000_000)
    parser.add_argument("--coverage", action="store_true", help="run the long coverage simulation instead")
    parser.add_argument("--simulations", type=int, default=1000)
    args = parser.parse_args(argv)
    if args.coverage:
        long_coverage(args.simulations)
    else:
        speed(args.runs, args.units)


if __name__ == "__main__":
    main()
