"""The floor for the window's start: a bare PySide6 window with a list and a text view.

The goal for the window's start is relative (no more than 1.6 times this bare
window on the seeds), so both are started side by side in one run, alternately,
each in a fresh process timed from just before it starts:

    python tests/benchmarks/bench_floor.py [--runs 5]

prints the median of each and their ratio. ``run.py`` calls :func:`start_versus_floor`.
Run with ``bare STARTED_AT`` it is the bare window itself (prints JSON).
"""

from __future__ import annotations

import argparse
import json
import os
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


def bare_window(started_at: float) -> None:
    """A list of the seed file names and the first seed's text: what the first screen shows."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QApplication, QListView, QMainWindow, QPlainTextEdit, QSplitter

    app = QApplication([sys.argv[0]])
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    window = QMainWindow()
    splitter = QSplitter()
    listing = QListView()
    listing.setModel(QStringListModel([path.stem for path in seeds], listing))
    text = QPlainTextEdit()
    text.setReadOnly(True)
    text.setPlainText(seeds[0].read_text(encoding="utf-8"))
    splitter.addWidget(listing)
    splitter.addWidget(text)
    window.setCentralWidget(splitter)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    print(json.dumps({"start_total_s": time.time() - started_at, "start_cpu_s": time.process_time()}))


def window_env(scratch: Path) -> dict[str, str]:
    """Offscreen, fresh settings, and compiled bytecode kept (in /tmp, not the checkout)
    as an installed package has it: without it each start compiles 160 modules, 0.1-0.4 s."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(scratch / "config"),
               XDG_DATA_HOME=str(scratch / "data"), PYTHONPYCACHEPREFIX="/tmp/annotator-bench-pycache")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _timed(command: list[str], env: dict) -> tuple[float, float]:
    """(wall, CPU) seconds of a window's start: from just before its process started to its
    window shown, and the CPU that process used meanwhile (what the machine's load does not
    stretch as much)."""
    started = time.time()
    out = subprocess.run([*command, repr(started)], capture_output=True, text=True, env=env, check=True)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    return figures["start_total_s"], figures["start_cpu_s"]


def start_versus_floor(runs: int, scratch: Path) -> dict:
    """The annotator window on the seeds and the bare window, alternately, ``runs`` times each."""
    from annotator.paths import seeds_dir
    from annotator.project import Project

    db = scratch / "seeds.db"
    with Project(db) as project:
        if project.is_empty():
            project.import_paths([seeds_dir()])
        first = project.articles(None)[0].id
    env = window_env(scratch)
    window_cmd = [sys.executable, str(HERE / "bench_gui.py"), str(db), first]
    bare_cmd = [sys.executable, str(HERE / "bench_floor.py"), "bare"]
    _timed(bare_cmd, env)  # warm the disk cache and compile the bytecode, for both
    subprocess.run([*window_cmd, repr(time.time()), "0"], capture_output=True, env=env, check=True)
    windows, bares = [], []
    for _ in range(runs):
        bares.append(_timed(bare_cmd, env))
        windows.append(_timed_window(window_cmd, env))
    window, bare = statistics.median(w for w, _ in windows), statistics.median(b for b, _ in bares)
    window_cpu, bare_cpu = statistics.median(c for _, c in windows), statistics.median(c for _, c in bares)
    return {"window_s": window, "bare_s": bare, "ratio": window / bare, "windows": windows, "bares": bares,
            "window_cpu_s": window_cpu, "bare_cpu_s": bare_cpu, "cpu_ratio": window_cpu / bare_cpu}


def _timed_window(window_cmd: list[str], env: dict) -> tuple[float, float]:
    """:func:`_timed` for bench_gui.py, which takes the start time before its last argument."""
    started = time.time()
    out = subprocess.run([*window_cmd, repr(started), "0"], capture_output=True, text=True, env=env, check=True)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    return figures["start_total_s"], figures["start_cpu_s"]


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "bare":
        bare_window(float(sys.argv[2]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="annotator-floor-") as tmp:
        figures = start_versus_floor(args.runs, Path(tmp))
    print(f"window on the seeds {figures['window_s']:.2f} s, bare window {figures['bare_s']:.2f} s:"
          f" {figures['ratio']:.2f} times (goal ≤ 1.6); CPU {figures['window_cpu_s']:.2f} s against"
          f" {figures['bare_cpu_s']:.2f} s: {figures['cpu_ratio']:.2f} times; median of {args.runs}, alternately,"
          f" load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
