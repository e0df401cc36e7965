"""The Claims window on 10,000 claims: how long it takes to open, sort and filter; prints JSON.

Run by ``run.py`` on each benchmark file, or by hand (it then uses the cached
N = 1,000 benchmark file, built on first use)::

    python tests/benchmarks/bench_claims.py [DB] [--claims 10000] [--runs 7]

The file is copied first; alice's claims are added to the copy in one
transaction through the store (1 to 4 sentences each, some of them two
sentences she linked as contradicting, every verdict and none). "Open" is
constructing the window and showing it with its events processed, offscreen,
the way Review > Claims… does it the first time (wall clock, and this process's
CPU time, which a busy shared machine inflates less); "list" is the facade's
``claims.list`` alone, which the window calls once; sort and filter are the
model's (a header click; one keystroke in the filter box).
"""

from __future__ import annotations

import argparse
import json
import os
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
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from annotator.claims.model import VERDICTS  # noqa: E402
from annotator.project import Project  # noqa: E402
from annotator.project.clock import now  # noqa: E402
from annotator.store import claims as store_claims  # noqa: E402
from annotator.store import transaction  # noqa: E402

REVIEWER = "alice"


def add_claims(path: Path, count: int, seed: int = 11) -> int:
    """``count`` claims of alice (fewer if the file has too few sentences); how many were made."""
    rng = random.Random(seed)
    with Project(path) as project:
        db = project.db
        sentences = [row[0] for row in db.execute("SELECT id FROM sentences ORDER BY id")]
        contradicting = db.execute(
            "SELECT from_sentence_id, to_sentence_id FROM links l JOIN reviewers r ON r.id = l.reviewer_id"
            " WHERE r.name = ? AND relation = 'contradicts'", [REVIEWER]).fetchall()
        rng.shuffle(sentences)
        taken = {s for pair in contradicting for s in pair}
        free = (s for s in sentences if s not in taken)
        groups = [list(pair) for pair in contradicting[: count // 10]]
        while len(groups) < count:
            group = [s for _, s in zip(range(rng.randint(1, 4)), free)]
            if not group:
                break
            groups.append(group)
        stamp = now()
        with transaction(db):
            rid = project.reviewer_id(REVIEWER)
            for group in groups:
                text = project.sentence_text(group[0])[:120]
                claim_id = store_claims.create_claim(db, rid, text, stamp)
                for sentence in group:
                    store_claims.add_appearance(db, claim_id, sentence, stamp)
                verdict = rng.choice((*VERDICTS, None))
                store_claims.update_claim(db, claim_id, statement=text, verdict=verdict, rationale="",
                                          checked_at=None, now=stamp)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return len(groups)


def time_window(path: Path, runs: int) -> dict:
    """Median milliseconds of: the list query, opening the window, a sort, a filter keystroke."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from annotator.gui.claims.models import LAST_SEEN
    from annotator.gui.claims.window import ClaimsWindow
    from annotator.gui.window.session import Session

    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    scratch = Path(tempfile.mkdtemp(prefix="annotator-claims-settings-"))
    timings: dict[str, list[float]] = {"list_ms": [], "open_ms": [], "open_cpu_ms": [], "sort_ms": [],
                                       "filter_ms": []}
    with Project(path, readonly=True) as project:
        session = Session(project, REVIEWER, QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
        claims = len(project.claims.list(REVIEWER))
        for _ in range(runs):
            timings["list_ms"].append(_ms(lambda: project.claims.list(REVIEWER)))
            began, cpu = time.perf_counter(), time.process_time()
            window = ClaimsWindow(session)
            window.show()
            qapp.processEvents()
            timings["open_ms"].append((time.perf_counter() - began) * 1000)
            timings["open_cpu_ms"].append((time.process_time() - cpu) * 1000)
            timings["sort_ms"].append(_ms(lambda: (window.table.sortByColumn(LAST_SEEN, Qt.SortOrder.DescendingOrder),
                                                   qapp.processEvents())))
            timings["filter_ms"].append(_ms(lambda: (window.filter_box.setText("les"), qapp.processEvents())))
            window.close()
            window.deleteLater()
            qapp.processEvents()
    shutil.rmtree(scratch, ignore_errors=True)
    return {"claims": claims, **{k: statistics.median(v) for k, v in timings.items()},
            "open_runs_ms": timings["open_ms"]}


def _ms(action) -> float:
    began = time.perf_counter()
    action()
    return (time.perf_counter() - began) * 1000


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", nargs="?", type=Path, help="a benchmark file (default: the cached N = 1,000 one)")
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    if args.db is None:
        from tests.benchmarks import corpus_db

        args.db = corpus_db.database(corpus_db.DEFAULT_CACHE, 1000, lambda t: print(t, file=sys.stderr))
    with tempfile.TemporaryDirectory(prefix="annotator-claims-") as tmp:
        path = Path(tmp) / "claims.db"
        shutil.copy(args.db, path)
        began = time.perf_counter()
        made = add_claims(path, args.claims)
        print(f"{made:,} claims added in {time.perf_counter() - began:.1f} s", file=sys.stderr)
        result = time_window(path, args.runs)
    print(f"Claims window, {result['claims']:,} claims, median of {args.runs} runs: open {result['open_ms']:.0f} ms "
          f"(goal ≤ 50; CPU {result['open_cpu_ms']:.0f} ms; list query {result['list_ms']:.0f} ms), sort {result['sort_ms']:.0f} ms, "
          f"filter keystroke {result['filter_ms']:.0f} ms", file=sys.stderr)
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
