"""Throughput of the sentence segmenter, in MB of UTF-8 text per second.

Figures on demand, not a test: run
``python tests/benchmarks/bench_segment.py [megabytes] [runs]``. The input is
the bundled seed articles (their ``date`` header removed, as the corpus
reader does) repeated up to about 10 MB, so it has the real mix of long
paragraphs, headings, bullets and quotes.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from annotator.segment import split_sentences  # noqa: E402

_HEADER = re.compile(r"\s*date \d{4}-\d{2}-\d{2} ")


def seed_text(megabytes: float) -> str:
    """The seed bodies joined by blank lines, repeated to ``megabytes``."""
    bodies = [
        _HEADER.sub("", path.read_text(encoding="utf-8"), count=1)
        for path in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    base = "\n\n".join(bodies)
    copies = max(1, round(megabytes * 1e6 / len(base.encode("utf-8"))))
    return "\n\n".join([base] * copies)


def measure(function, text: str, runs: int) -> tuple[float, float]:
    """Median MB/s of ``function(text)`` over ``runs`` runs: wall clock, CPU.

    CPU time is reported too because on a busy machine it is the steadier
    figure for "one core".
    """
    size = len(text.encode("utf-8")) / 1e6
    wall, cpu = [], []
    for _ in range(runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        function(text)
        wall.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    return size / statistics.median(wall), size / statistics.median(cpu)


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    text = seed_text(megabytes)
    size = len(text.encode("utf-8")) / 1e6
    print(f"input: {size:.1f} MB, {len(text):,} characters, median of {runs} runs")
    wall, cpu = measure(split_sentences, text, runs)
    print(f"split_sentences: {wall:6.1f} MB/s wall, {cpu:6.1f} MB/s CPU")
    print(f"{len(split_sentences(text)):,} sentences")

if __name__ == "__main__":
    main()
