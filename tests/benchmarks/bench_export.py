"""Export of one reviewer, timed in a fresh process so its memory can be read; prints JSON.

Run by ``run.py``: ``python tests/benchmarks/bench_export.py DB REVIEWER OUT``.
Memory is the process's peak resident size (VmHWM) before and after the
export: "flat" means the growth does not depend on how much is exported.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from annotator.project import Project  # noqa: E402

from bench_gui import rss_mb  # noqa: E402


def main(db: str, reviewer: str, out: str) -> None:
    with Project(Path(db), readonly=True) as project:
        labels = project.stats()["reviewers"][reviewer]["labels"]
        _, before = rss_mb()
        began = time.perf_counter()
        project.exchange.export_json(reviewer, Path(out))
        seconds = time.perf_counter() - began
        _, after = rss_mb()
    print(json.dumps({
        "seconds": seconds, "labels": sum(labels.values()), "hwm_before_mb": before,
        "hwm_after_mb": after, "bytes": Path(out).stat().st_size,
    }))


if __name__ == "__main__":
    main(*sys.argv[1:4])
