"""Suggestions: the rules on the 2,000-sentence article, and candidates for one sentence; prints JSON.

Goals (issue 12): suggestions for a 2,000-sentence article in 50 ms or less; candidates for one
sentence among 10,000 articles in 100 ms or less. Run by hand on a benchmark file (a copy is
made first: opening it may add the suggestions schema step)::

    python tests/benchmarks/bench_suggest.py [DB] [--runs 9] [--sentences 200]

Without DB, the cached N = 10,000 file of ``corpus_db`` is used (built on first use, several
minutes). "Article" is ``project.suggestions.of_article`` on the long article (its sentences,
labels and rejections read, the rules run on every sentence), wall clock and this process's
CPU time (a busy shared machine inflates the wall clock); "rules" is the pure
``suggest.suggest_article`` alone. "Candidates" is ``project.suggestions.candidates`` for
``--sentences`` sentences drawn at random (seeded), p50 / p90 / p99 / max, wall clock and CPU.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotator import suggest  # noqa: E402
from annotator.project import Project  # noqa: E402
from tests.benchmarks import corpus_db  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed(run) -> tuple[float, float]:
    """(wall, CPU) milliseconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def bench_article(project: Project, runs: int) -> dict:
    article = project.db.execute("SELECT id FROM articles WHERE source LIKE ?", [f"%{corpus_db.LONG_NAME}"]).fetchone()[0]
    text, sentences = project.article(article).text, project.sentences(article)
    spans = [(s.start, s.end) for s in sentences]
    found = project.suggestions.of_article("alice", article)
    facade = [timed(lambda: project.suggestions.of_article("alice", article)) for _ in range(runs)]
    rules = [timed(lambda: list(suggest.suggest_article(text, spans))) for _ in range(runs)]
    return {
        "sentences": len(sentences), "suggestions": len(found),
        "article_wall_ms": round(statistics.median(w for w, _ in facade), 1),
        "article_cpu_ms": round(statistics.median(c for _, c in facade), 1),
        "rules_wall_ms": round(statistics.median(w for w, _ in rules), 1),
        "rules_cpu_ms": round(statistics.median(c for _, c in rules), 1),
    }


def bench_candidates(project: Project, count: int) -> dict:
    ids = [row[0] for row in project.db.execute("SELECT id FROM sentences ORDER BY id")]
    chosen = random.Random(12).sample(ids, min(count, len(ids)))
    project.suggestions.candidates(chosen[0])  # the index's first pages read once
    times, cpu = [], []
    for sentence in chosen:
        wall, used = timed(lambda s=sentence: project.suggestions.candidates(s))
        times.append(wall)
        cpu.append(used)
    found = sum(1 for s in chosen[:20] if project.suggestions.candidates(s))
    return {
        "articles": project.db.execute("SELECT count(*) FROM articles").fetchone()[0],
        "sentences_in_file": len(ids), "asked": len(chosen), "with_candidates_of_first_20": found,
        "p50_ms": round(percentile(times, 0.5), 1), "p90_ms": round(percentile(times, 0.9), 1),
        "p99_ms": round(percentile(times, 0.99), 1), "max_ms": round(max(times), 1),
        "cpu_p50_ms": round(percentile(cpu, 0.5), 1), "cpu_p99_ms": round(percentile(cpu, 0.99), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--sentences", type=int, default=200)
    parser.add_argument("--cache", type=Path, default=corpus_db.DEFAULT_CACHE)
    args = parser.parse_args()
    source = args.db or corpus_db.database(args.cache, 10_000, log=lambda m: print(m, file=sys.stderr))
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "bench.db"
        shutil.copy(source, copy)
        with Project(copy) as project:
            figures = {"article": bench_article(project, args.runs),
                       "candidates": bench_candidates(project, args.sentences)}
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
