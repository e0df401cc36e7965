"""Import speed beyond the N-article corpora: many small files, and hostile inputs.

    python tests/benchmarks/bench_import.py [--runs 3] [--cache DIR] [--sizes 1000 10000]

- **Small files**: 4,000 files of about 5 KB (built once into the cache), imported
  into a new file by ``Project.import_paths``, MB of article text per second; with
  the CPU seconds of the import (all its threads, and the reading process it starts
  for a large import, also given apart: on a machine shared with other work, the
  figures that do not depend on the others)
  and the load average after it.
- **The N-article corpora** (``--sizes``): the same on ``corpus_db``'s generated
  files (as ``run.py`` imports them).
- **Then the search index**: after each import above, the full-text index catching
  up (``Project.index_for_search``, as ``annotator import`` does after its report
  and the window in the background): MB of sentence text indexed per second, and
  its CPU seconds.
- **Hostile inputs**: each shape of ``tests/segment/pathological.py`` as one file
  of about 200 KB, imported into a new file, against ordinary text of the same
  size (the seeds) imported the same way, alternately: the ratio of the two
  times (goal: within 3 times).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotator.project import Project  # noqa: E402
from tests.benchmarks import corpus_db, generate  # noqa: E402
from tests.segment.pathological import SHAPES, ordinary  # noqa: E402

SMALL_FILES, SMALL_SIZE = 4000, 5000
HOSTILE_SIZE = 200_000


def small_corpus(cache: Path, n: int = SMALL_FILES, size: int = SMALL_SIZE) -> Path:
    """``n`` files of about ``size`` characters of varied seed paragraphs, written once."""
    folder = cache / f"small-{n}x{size}"
    key = folder / ".key"
    if key.exists() and key.read_text() == f"{n}:{size}:1":
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(n):
        rng = random.Random(f"annotator-bench-small:{index}")
        body = generate._body(rng, size - 200)
        date = generate._date(rng).isoformat()
        (folder / f"{index:05d}.txt").write_text(f"date {date}\nDépêche {index}\n{body}\n", encoding="utf-8")
    key.write_text(f"{n}:{size}:1")
    return folder


def import_once(source: Path, scratch: Path) -> tuple[float, float, float, float, tuple[float, float, float]]:
    """(seconds, MB, CPU seconds of this process and its children, CPU seconds of the
    children: the reading process) of importing ``source`` (a file or folder) into a new
    file, and :func:`index_once`'s figures after it."""
    db = scratch / "import.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    before, began = os.times(), time.perf_counter()
    with Project(db) as project:
        report = project.import_paths([source])
    seconds, after = time.perf_counter() - began, os.times()
    children = _cpu(before, after, ("children_user", "children_system"))
    return seconds, report.bytes_read / 1e6, _cpu(before, after), children, index_once(db)


def index_once(db: Path) -> tuple[float, float, float]:
    """(seconds, MB of sentence text, CPU seconds) of catching the full-text index up with
    what the import left to it."""
    with Project(db) as project:
        mb = project.db.execute("SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM sentences"
                                " WHERE id > (SELECT last_sentence_id FROM search_index)").fetchone()[0] / 1e6
        before, began = os.times(), time.perf_counter()
        project.index_for_search()
        seconds, after = time.perf_counter() - began, os.times()
    return seconds, mb, _cpu(before, after)


def _cpu(before: os.times_result, after: os.times_result,
         fields: tuple[str, ...] = ("user", "system", "children_user", "children_system")) -> float:
    return sum(getattr(after, f) - getattr(before, f) for f in fields)


def bench_folder(folder: Path, runs: int) -> dict:
    """Median of ``runs`` imports of ``folder``: seconds, MB/s, CPU seconds, load average;
    the same of the search index's catch-up after each (``index_*``)."""
    with tempfile.TemporaryDirectory(prefix="annotator-bench-import-") as tmp:
        results = [import_once(folder, Path(tmp)) for _ in range(runs)]
    seconds = statistics.median(r[0] for r in results)
    megabytes = results[0][1]
    index_seconds, index_mb = statistics.median(r[4][0] for r in results), results[0][4][1]
    return {"mb": megabytes, "seconds": seconds, "mb_per_s": megabytes / seconds,
            "cpu": statistics.median(r[2] for r in results), "reading_cpu": statistics.median(r[3] for r in results),
            "load": os.getloadavg()[0],
            "index_mb": index_mb, "index_seconds": index_seconds,
            "index_mb_per_s": index_mb / index_seconds if index_seconds else 0.0,
            "index_cpu": statistics.median(r[4][2] for r in results)}


def bench_small(cache: Path, runs: int) -> dict:
    return {"files": SMALL_FILES, **bench_folder(small_corpus(cache), runs)}


def _line(what: str, figures: dict, runs: int) -> str:
    return (f"{what}: {figures['mb_per_s']:.1f} MB/s ({figures['mb']:.1f} MB in {figures['seconds']:.1f} s;"
            f" {figures['cpu']:.1f} CPU s of which {figures['reading_cpu']:.1f} in the reading process,"
            f" {figures['mb'] / figures['cpu']:.1f} MB per CPU s), median of {runs},"
            f" load average {figures['load']:.1f}; then the search index caught up:"
            f" {figures['index_mb_per_s']:.1f} MB/s of sentence text ({figures['index_mb']:.1f} MB in"
            f" {figures['index_seconds']:.1f} s; {figures['index_cpu']:.1f} CPU s)")


def bench_hostile(runs: int) -> dict:
    """Per shape: median import time over ordinary text's, imported alternately."""
    ratios = {}
    with tempfile.TemporaryDirectory(prefix="annotator-bench-hostile-") as tmp:
        scratch = Path(tmp)
        plain = scratch / "ordinary.txt"
        plain.write_text(ordinary(HOSTILE_SIZE), encoding="utf-8")
        for name, shape in SHAPES.items():
            hostile = scratch / "hostile.txt"
            hostile.write_text(shape(HOSTILE_SIZE), encoding="utf-8")
            times = [(import_once(hostile, scratch)[0], import_once(plain, scratch)[0]) for _ in range(runs)]
            ratios[name] = statistics.median(h for h, _ in times) / statistics.median(p for _, p in times)
    return {"size": HOSTILE_SIZE, "ratios": ratios, "worst": max(ratios, key=ratios.get)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=corpus_db.DEFAULT_CACHE)
    parser.add_argument("--sizes", type=int, nargs="*", default=[], help="also import the N-article corpora")
    parser.add_argument("--no-hostile", action="store_true", help="leave out the hostile inputs")
    args = parser.parse_args()
    for n in args.sizes:
        print(_line(f"N = {n:,} corpus", bench_folder(corpus_db.corpus_folder(args.cache, n), args.runs), args.runs))
    print(_line(f"{SMALL_FILES:,} files of ~5 KB", bench_small(args.cache, args.runs), args.runs), flush=True)
    if args.no_hostile:
        return
    hostile = bench_hostile(args.runs)
    print(f"hostile inputs of {hostile['size']:,} characters, import time over ordinary text's:")
    for name, ratio in hostile["ratios"].items():
        print(f"  {name:32} {ratio:6.2f}")


if __name__ == "__main__":
    main()
