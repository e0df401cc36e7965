"""Export of one reviewer in every format, each timed in a fresh process so its memory can be read.

    python tests/benchmarks/bench_formats.py                  # the N = 10,000 file (about 1.2 million labels)
    python tests/benchmarks/bench_formats.py --db FILE --reviewer alice

The file is the benchmarks' cached N-article database (``corpus_db.py``), or any annotator
file given with ``--db``. Each format runs ``Project.exports.export`` (json:
``exchange.export_json``) in a child process, which prints its time, the labels exported,
the file's size, the growth of its own memory (the peak of its anonymous resident memory,
sampled) and of its peak resident memory (VmHWM, which also counts the database's pages that
SQLite maps while it reads: the kernel's file cache, not memory the export holds), and its CPU
time (which a machine shared with other work inflates less than the wall-clock time); "flat"
means the growth does not depend on how much is exported. Each format runs three times (``--runs``);
prints a Markdown table of the median runs with the load average at each; goal: 10 s or less
for a million labels in any format, flat memory.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE)]

FORMATS = ("json", "w3c", "claimreview", "csv", "brat")


def anon_mb() -> float:
    """This process's anonymous resident memory (RssAnon) in MB: what it holds itself, without
    the pages of the database that SQLite maps during an export (the kernel's cache of the file,
    shared with every reader of it, which VmHWM counts as the process's)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no RssAnon in /proc/self/status")


class AnonPeak(threading.Thread):
    """The highest :func:`anon_mb` seen, sampled every 20 ms until :meth:`stop`."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak, self._done = anon_mb(), threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.02):
            self.peak = max(self.peak, anon_mb())

    def stop(self) -> float:
        self._done.set()
        self.join()
        return max(self.peak, anon_mb())


def child(db: str, reviewer: str, fmt: str, out: str) -> None:
    from annotator.project import Project
    from bench_gui import rss_mb

    with Project(Path(db), readonly=True) as project:
        labels = sum(project.stats()["reviewers"][reviewer]["labels"].values())
        _, before = rss_mb()
        anon_before, sampler = anon_mb(), AnonPeak()
        sampler.start()
        began, cpu = time.perf_counter(), time.process_time()
        if fmt == "json":
            project.exchange.export_json(reviewer, Path(out))
        else:
            project.exports.export(fmt, reviewer, Path(out))
        seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
        anon_after = sampler.stop()
        _, after = rss_mb()
    print(json.dumps({"format": fmt, "seconds": seconds, "cpu_seconds": cpu, "labels": labels, "bytes": Path(out).stat().st_size,
                      "hwm_before_mb": before, "hwm_after_mb": after, "anon_growth_mb": anon_after - anon_before}))


def measure(db: Path, reviewer: str, scratch: Path, runs: int) -> list[dict]:
    """Each format ``runs`` times, the formats taking turns (so a burst of other work on a shared
    machine spreads over all of them); per format the median run by wall time, with the
    machine's one-minute load average at the start of every run."""
    found: dict[str, list[dict]] = {fmt: [] for fmt in FORMATS}
    for _ in range(runs):
        for fmt in FORMATS:
            out = scratch / f"export.{fmt}"
            load = os.getloadavg()[0]
            done = subprocess.run([sys.executable, __file__, "--child", fmt, "--db", str(db), "--reviewer", reviewer,
                                   "--out", str(out)], capture_output=True, text=True, check=True)
            found[fmt].append(json.loads(done.stdout.strip().splitlines()[-1]) | {"load": load})
            out.unlink(missing_ok=True)
    results = []
    for fmt, tries in found.items():
        median = sorted(tries, key=lambda r: r["seconds"])[len(tries) // 2]
        results.append(median | {"loads": [r["load"] for r in tries], "cpu_all": [r["cpu_seconds"] for r in tries]})
    return results


def table(results: list[dict]) -> str:
    lines = ["| Format | Labels | Seconds (goal ≤ 10) | CPU seconds | File, MB | Memory growth, MB (flat) "
             "| Peak RSS growth, MB (with the mapped file) | Load average at each run |",
             "|---|---|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r['format']} | {r['labels']:,} | {r['seconds']:.1f} | {r['cpu_seconds']:.1f} "
                     f"| {r['bytes'] / 1e6:.0f} | {r['anon_growth_mb']:.0f} "
                     f"| {r['hwm_after_mb'] - r['hwm_before_mb']:.0f} "
                     f"| {', '.join(f'{load:.1f}' for load in r['loads'])} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an annotator file (default: the cached N-article one)")
    parser.add_argument("--n", type=int, default=10_000, help="articles of the cached file (default 10,000)")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/annotator-bench"))
    parser.add_argument("--reviewer", default="alice")
    parser.add_argument("--runs", type=int, default=3, help="runs of each format; the median is shown (default 3)")
    parser.add_argument("--scratch", type=Path, default=Path("/tmp"))
    parser.add_argument("--child", choices=FORMATS, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(str(args.db), args.reviewer, args.child, args.out)
        return
    if args.db is None:
        from tests.benchmarks import corpus_db

        args.db = corpus_db.database(args.cache, args.n, log=lambda line: print(line, file=sys.stderr))
    print(table(measure(args.db, args.reviewer, args.scratch, args.runs)))


if __name__ == "__main__":
    main()
