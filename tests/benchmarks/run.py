"""Every performance figure of the issue, for N = 100, 1,000 and 10,000 articles.

Run from the checkout (not part of the test suite)::

    python -m tests.benchmarks                 # all sizes, about 10 minutes on 2 cores
    python tests/benchmarks/run.py --sizes 100,1000 --runs 3
    python tests/benchmarks/run.py --quick     # sizes 100 and 1,000, fewer runs

Options: ``--cache DIR`` (default /tmp/annotator-bench) keeps the generated
corpora and annotated databases between runs (rebuilt when the generator or
the schema changes); ``--json FILE`` also writes every raw figure.

Each figure is the median of several runs (``--runs``, default 3); latencies
are p50 / p99 over many events. See tests/benchmarks/README.md for what each
figure measures and the goals.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotator import corpus, segment  # noqa: E402
from annotator.project.sources import load_layers  # noqa: E402
from annotator.project import Project  # noqa: E402
from annotator.review import Layer, compare  # noqa: E402
from tests.benchmarks import bench_floor, corpus_db  # noqa: E402
from tests.benchmarks import bench_import as bench_files  # noqa: E402

SEARCHES = (
    "pentagone", "intelligence artificielle", "Amodei", "surveillance de masse", "contrat",
    "anthr", "les", "the",
)
GOALS = {
    "import": "≥ 10 MB/s", "start": "≤ 0.6 s", "open": "≤ 50 ms", "keypress": "p99 ≤ 2 ms",
    "search": "≤ 50 ms", "export": "≤ 5 s (1M labels), flat memory", "compare": "≤ 2 s (1M units)",
    "memory": "≤ 400 MB", "claims": "≤ 50 ms (10,000 claims)",
}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def machine() -> str:
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    memory = ""
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            memory = f", {int(line.split()[1]) / 1024 / 1024:.0f} GB RAM"
    import sqlite3

    return (
        f"{os.cpu_count()} cores, {model}{memory}; Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, {platform.system()} {platform.release()}"
    )


# -- the figures ---------------------------------------------------------------

def bench_import(folder: Path, runs: int, scratch: Path) -> tuple[dict, Path]:
    """Project.import_paths on the corpus files into a fresh file: MB/s of article text."""
    speeds, seconds, keep = [], [], None
    for run in range(runs):
        db = scratch / f"import{run}.db"
        began = time.perf_counter()
        with Project(db) as project:
            report = project.import_paths([folder])
        elapsed = time.perf_counter() - began
        speeds.append(report.bytes_read / 1e6 / elapsed)
        seconds.append(elapsed)
        megabytes = report.bytes_read / 1e6
        if keep is None:
            keep = db
        else:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
    # Where the time goes: reading and segmenting alone (no database).
    files = sorted(folder.glob("*.txt"))
    began = time.perf_counter()
    for path in files:
        segment.split_sentences(corpus.read_article(path).text)
    parse = megabytes / (time.perf_counter() - began)
    return {
        "mb": megabytes, "mb_per_s": statistics.median(speeds), "seconds": statistics.median(seconds),
        "parse_mb_per_s": parse, "runs": speeds,
    }, keep


def bench_keypress(db: Path, presses: int) -> dict:
    """Project.set_label, the whole edit (one transaction, synchronous=FULL, WAL)."""
    with Project(db) as project:
        count = project.db.execute("SELECT max(id) FROM sentences").fetchone()[0]
        rng = random.Random(7)
        times = []
        for _ in range(presses):
            sid = rng.randrange(1, count + 1)
            on = "claim" not in project.sentence_labels("alice", sid)
            began = time.perf_counter()
            project.set_label("alice", sid, "claim", on)
            times.append((time.perf_counter() - began) * 1000)
    return {"p50_ms": percentile(times, 50), "p99_ms": percentile(times, 99), "max_ms": max(times)}


def bench_list(db: Path, runs: int) -> dict:
    """The article list a window shows and refreshes: all rows, or the one row an edit changed."""
    with Project(db, readonly=True) as project:
        whole = []
        for _ in range(runs):
            began = time.perf_counter()
            rows = project.articles("alice")
            whole.append((time.perf_counter() - began) * 1000)
        one = []
        summary = getattr(project, "article_summary", None)
        for row in random.Random(5).sample(rows, min(50, len(rows))) if summary else ():
            began = time.perf_counter()
            assert summary("alice", row.id) == row
            one.append((time.perf_counter() - began) * 1000)
    return {"all_ms": statistics.median(whole), "one_ms": statistics.median(one) if one else None}


def bench_search(db: Path, runs: int) -> dict:
    with Project(db, readonly=True) as project:
        per_query = {}
        for query in SEARCHES:
            times = []
            for _ in range(runs):
                began = time.perf_counter()
                project.search(query)
                times.append((time.perf_counter() - began) * 1000)
            per_query[query] = statistics.median(times)
    values = list(per_query.values())
    return {"median_ms": statistics.median(values), "max_ms": max(values), "per_query": per_query}


def bench_export(db: Path, runs: int, scratch: Path) -> dict:
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, str(HERE / "bench_formats.py"), "--child", "json", "--db", str(db), "--reviewer", "alice",
             "--out", str(scratch / "alice.json")],
            capture_output=True, text=True, check=True,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    (scratch / "alice.json").unlink(missing_ok=True)
    return {
        "seconds": statistics.median(r["seconds"] for r in results),
        "labels": results[0]["labels"],
        "mb_file": results[0]["bytes"] / 1e6,
        # The process's own memory: the database pages SQLite maps while it reads are the
        # kernel's file cache, which the peak RSS counts too (bench_formats.anon_mb).
        "memory_growth_mb": statistics.median(r["anon_growth_mb"] for r in results),
        "peak_mb": statistics.median(r["hwm_after_mb"] for r in results),
    }


def bench_compare_db(db: Path, runs: int) -> dict:
    """load_layers(["alice", "bob"]) from the file, then compare: what `annotator compare` does."""
    loads, compares = [], []
    for _ in range(runs):
        began = time.perf_counter()
        a, b = load_layers(["alice", "bob"], db)
        loaded = time.perf_counter()
        report = compare(a, b)
        loads.append(loaded - began)
        compares.append(time.perf_counter() - loaded)
    return {"units": report.units, "load_s": statistics.median(loads), "compare_s": statistics.median(compares)}


def synthetic_layers(units: int, seed: int = 3) -> tuple[Layer, Layer]:
    """Two layers of ``units`` sentences (50 per article), about two labels each, 85% agreement."""
    rng = random.Random(seed)
    sets = [frozenset(s) for s in ((), ("claim",), ("quote",), ("statistic",), ("claim", "quote"),
                                    ("claim", "statistic"), ("quote", "statistic"),
                                    ("claim", "quote", "statistic"))]
    a_units, b_units, statuses = {}, {}, {}
    for i in range(units):
        article = f"{i // 50:016x}"
        key = (article, (i % 50) * 100, (i % 50) * 100 + 90)
        statuses[article] = "done"
        mine = rng.choice(sets)
        a_units[key] = mine
        b_units[key] = mine if rng.random() < 0.85 else rng.choice(sets)
    return (Layer("alice", statuses, a_units), Layer("bob", dict(statuses), b_units))


def bench_compare_synthetic(units: int, runs: int) -> dict:
    a, b = synthetic_layers(units)
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        report = compare(a, b)
        times.append(time.perf_counter() - began)
    began = time.perf_counter()
    report.alignment.disagreements()
    disagreements = time.perf_counter() - began
    return {"units": report.units, "compare_s": statistics.median(times), "disagreements_s": disagreements}


def bench_gui(db: Path, long_id: str, runs: int, keypresses: int, scratch: Path) -> dict:
    results = []
    env = bench_floor.window_env(scratch)
    for run in range(runs):
        shutil.rmtree(scratch / "config", ignore_errors=True)
        started = time.time()
        out = subprocess.run(
            [sys.executable, str(HERE / "bench_gui.py"), str(db), long_id, repr(started),
             str(keypresses if run == 0 else 0)],
            capture_output=True, text=True, env=env,
        )
        if out.returncode != 0:
            raise RuntimeError(f"bench_gui failed:\n{out.stderr[-3000:]}")
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    first = results[0]
    med = lambda key: statistics.median(r[key] for r in results)  # noqa: E731
    opens = [x for r in results for x in r["open_long_ms"]]
    switches = [x for r in results for x in r["switch_ms"]]
    return {
        "start_s": med("start_total_s"), "start_in_process_s": med("start_in_process_s"),
        "start_imports_s": med("start_imports_s"), "start_build_s": med("start_build_s"),
        "rss_mb": med("rss_mb"), "rss_end_mb": med("rss_end_mb"),
        "open_long_ms": statistics.median(opens), "switch_ms": statistics.median(switches),
        "reopen_long_ms": statistics.median(x for r in results for x in r["reopen_long_ms"]),
        "switch_p99_ms": percentile(switches, 99), "proxy_ids_ms": statistics.median(first["proxy_ids_ms"]),
        "gui_keypress_p50_ms": percentile(first["gui_keypress_ms"], 50),
        "gui_keypress_p99_ms": percentile(first["gui_keypress_ms"], 99),
        "gui_undo_ms": statistics.median(first["gui_undo_ms"]),
        "gui_search_ms": first["gui_search_ms"],
    }


def bench_claims_window(db: Path, runs: int, scratch: Path) -> dict:
    """bench_claims.py in a fresh process: 10,000 claims added to a copy of ``db``, the Claims window timed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(scratch / "config"))
    out = subprocess.run([sys.executable, str(HERE / "bench_claims.py"), str(db), "--runs", str(max(runs, 5))],
                         capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise RuntimeError(f"bench_claims failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# -- the whole run -----------------------------------------------------------------

def run_size(n: int, args, log) -> dict:
    cache: Path = args.cache
    log(f"N = {n:,}: preparing corpus and database in {cache / str(n)}")
    folder = corpus_db.corpus_folder(cache, n)
    with tempfile.TemporaryDirectory(prefix="annotator-bench-") as tmp:
        scratch = Path(tmp)
        result: dict = {"n": n}
        log("  import …")
        result["import"], imported = bench_import(folder, args.runs if n < 10_000 else max(1, args.runs - 1), scratch)
        db = corpus_db.database(cache, n, log, imported=imported)
        work = scratch / "work.db"  # edits go to a copy; the cache stays as built
        shutil.copy(db, work)
        with Project(work, readonly=True) as project:
            long_id = next(a.id for a in project.articles(None) if a.source == corpus_db.LONG_NAME)
            counts = project.stats()
        result["articles"], result["sentences"] = counts["articles"], counts["sentences"]
        log("  keypress …")
        result["keypress"] = bench_keypress(work, args.presses)
        log("  article list …")
        result["list"] = bench_list(work, args.runs)
        log("  search …")
        result["search"] = bench_search(work, args.runs)
        log("  export …")
        result["export"] = bench_export(db, args.runs if n < 10_000 else 1, scratch)
        log("  compare …")
        result["compare"] = bench_compare_db(db, args.runs if n < 10_000 else 1)
        log("  window …")
        result["gui"] = bench_gui(work, long_id, args.runs, args.gui_presses, scratch)
        log("  claims window …")
        result["claims"] = bench_claims_window(db, args.runs, scratch)
    log(f"  done: {json.dumps(result)[:300]}…")
    return result


def table(results: list[dict], synthetic: dict | None) -> str:
    head = ["Figure (goal)"] + [f"N = {r['n']:,}" for r in results]
    rows: list[list[str]] = []

    def row(name: str, fn) -> None:
        cells = []
        for r in results:
            try:
                cells.append(fn(r))
            except (KeyError, TypeError):
                cells.append("–")
        rows.append([name, *cells])

    row("Articles / sentences", lambda r: f"{r['articles']:,} / {r['sentences']:,}")
    row("Import with segmentation, MB/s (≥ 20, bar 10)", lambda r: f"{r['import']['mb_per_s']:.1f} ({r['import']['mb']:.1f} MB in {r['import']['seconds']:.1f} s)")
    row("… read + segment only, no database, MB/s", lambda r: f"{r['import']['parse_mb_per_s']:.1f}")
    row("Window start to usable, s (≤ 0.6)", lambda r: f"{r['gui']['start_s']:.2f} (imports {r['gui']['start_imports_s']:.2f})")
    row("Window resident memory, MB (< 150)", lambda r: f"{r['gui']['rss_mb']:.0f} (after the run: {r['gui']['rss_end_mb']:.0f})")
    row("Open the 2,000-sentence article, ms (≤ 35)",
        lambda r: f"{r['gui']['open_long_ms']:.0f} (again: {r['gui']['reopen_long_ms']:.0f})")
    row("Switch article (next in list), ms (p99 ≤ 30)", lambda r: f"{r['gui']['switch_ms']:.0f} (p99 {r['gui']['switch_p99_ms']:.0f})")
    row("Tag keypress, Project.set_label p50 / p99, ms (p99 ≤ 2)", lambda r: f"{r['keypress']['p50_ms']:.2f} / {r['keypress']['p99_ms']:.2f}")
    row("Tag keypress in the window (action → QUndoStack → refresh) p50 / p99, ms", lambda r: f"{r['gui']['gui_keypress_p50_ms']:.1f} / {r['gui']['gui_keypress_p99_ms']:.1f}")
    row("Article list query (Project.articles, every row), ms", lambda r: f"{r['list']['all_ms']:.0f}")
    row("… one row (Project.article_summary), ms", lambda r: f"{r['list']['one_ms']:.2f}")
    row("Full-text search, median / worst query, ms (≤ 50)", lambda r: f"{r['search']['median_ms']:.1f} / {r['search']['max_ms']:.1f}")
    row("… search as the window fills its rows, worst query, ms", lambda r: f"{max(r['gui']['gui_search_ms'].values()):.0f}")
    row("Claims window open (CPU; its list query), ms (≤ 50 with 10,000 claims)",
        lambda r: f"{r['claims']['open_ms']:.0f} ({r['claims']['open_cpu_ms']:.0f}; {r['claims']['list_ms']:.0f};"
                  f" {r['claims']['claims']:,} claims)")
    row("… sort a column / first filter keystroke, ms", lambda r: f"{r['claims']['sort_ms']:.0f} / {r['claims']['filter_ms']:.0f}")
    row("Export one reviewer, s (≤ 5 for 1M labels)", lambda r: f"{r['export']['seconds']:.1f} ({r['export']['labels']:,} labels, {r['export']['mb_file']:.0f} MB)")
    row("… export memory growth, MB (flat)", lambda r: f"{r['export']['memory_growth_mb']:.0f}")
    row("Compare two reviewers from the file: load + compare, s (≤ 1.5 in all)", lambda r: f"{r['compare']['load_s']:.1f} + {r['compare']['compare_s']:.2f} ({r['compare']['units']:,} units)")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    if synthetic:
        lines.append("")
        lines.append(
            f"`compare(layer_a, layer_b)` over {synthetic['units']:,} units (layers built in memory): "
            f"{synthetic['compare_s']:.2f} s (goal ≤ 2 s); listing the disagreements: {synthetic['disagreements_s']:.2f} s."
        )
    return "\n".join(lines)


def extra_lines(extra: dict) -> str:
    floor, small, hostile = extra["floor"], extra["small"], extra["hostile"]
    worst = hostile["worst"]
    return "\n".join([
        "",
        f"Window start on the seeds {floor['window_s']:.2f} s against a bare PySide6 window (a list and a"
        f" text view) {floor['bare_s']:.2f} s, started alternately: {floor['ratio']:.2f} times (goal ≤ 1.6).",
        f"Import of {small['files']:,} files of about 5 KB: {small['mb_per_s']:.1f} MB/s"
        f" ({small['mb']:.1f} MB in {small['seconds']:.1f} s; goal ≥ 20, bar 10).",
        f"Hostile inputs of {hostile['size']:,} characters imported, time over ordinary text's: worst"
        f" {hostile['ratios'][worst]:.1f} ({worst}); "
        + ", ".join(f"{name} {ratio:.1f}" for name, ratio in hostile["ratios"].items() if name != worst)
        + " (goal ≤ 3).",
    ])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--presses", type=int, default=2000, help="set_label calls timed")
    parser.add_argument("--gui-presses", type=int, default=100, help="tag keypresses timed in the window")
    parser.add_argument("--units", type=int, default=1_000_000, help="units of the in-memory compare")
    parser.add_argument("--quick", action="store_true", help="sizes 100,1000, one run, fewer events")
    parser.add_argument("--cache", type=Path, default=corpus_db.DEFAULT_CACHE)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.runs, args.presses, args.gui_presses, args.units = "100,1000", 1, 500, 30, 200_000
    args.cache.mkdir(parents=True, exist_ok=True)
    log = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    began = time.perf_counter()
    results = [run_size(int(n), args, log) for n in args.sizes.split(",")]
    log(f"compare over {args.units:,} in-memory units …")
    synthetic = bench_compare_synthetic(args.units, args.runs)
    log("window start against a bare window, small files, hostile inputs …")
    with tempfile.TemporaryDirectory(prefix="annotator-bench-") as tmp:
        extra = {"floor": bench_floor.start_versus_floor(max(args.runs, 5), Path(tmp)),
                 "small": bench_files.bench_small(args.cache, args.runs),
                 "hostile": bench_files.bench_hostile(args.runs)}
    print(f"Machine: {machine()}; load average {os.getloadavg()[0]:.1f} at the end")
    print(f"Median of {args.runs} runs; benchmark took {time.perf_counter() - began:.0f} s.\n")
    print(table(results, synthetic))
    print(extra_lines(extra))
    if args.json:
        args.json.write_text(json.dumps(
            {"machine": machine(), "results": results, "synthetic": synthetic, **extra}, indent=1))


if __name__ == "__main__":
    main()
