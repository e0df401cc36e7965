"""The window on a benchmark database, timed from a fresh process; prints JSON.

Run by ``run.py`` (not by hand, though it works):
``python tests/benchmarks/bench_gui.py DB LONG_ARTICLE_ID STARTED_AT [KEYPRESSES]``
where STARTED_AT is the parent's ``time.time()`` just before it started this
process, so the start figure includes the interpreter and the Qt imports.

The window is built as ``annotator.gui.app.run`` builds it (``start`` then
``show``), offscreen, with the reviewer already in the settings so no dialog
asks for it; "usable" is: shown, and the event loop has run once.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> tuple[float, float]:
    """(VmRSS, VmHWM) of this process in MB."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def main(db: str, long_id: str, started_at: float, keypresses: int = 200) -> None:
    qapp, window, out = start_window(db, started_at)

    def timed(action) -> float:
        t = time.perf_counter()
        action()
        qapp.processEvents()
        return time.perf_counter() - t

    out.update(time_navigation(qapp, window, long_id, timed))
    out.update(time_edits_and_search(qapp, window, keypresses, timed))
    rss, hwm = rss_mb()
    out["rss_end_mb"], out["hwm_end_mb"] = rss, hwm
    window.close()
    window.project.close()
    print(json.dumps(out))


def start_window(db: str, started_at: float):
    """The window as ``gui.app.run`` builds it, and the start figures."""
    began = time.perf_counter()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from annotator.gui import app as gui_app
    from annotator.gui import state

    imported = time.perf_counter()
    QApplication.setOrganizationName(gui_app.APP_NAME)
    QApplication.setApplicationName(gui_app.APP_NAME)
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    settings = QSettings()
    settings.setValue(state.REVIEWER, "alice")
    window = gui_app.start(Path(db), settings)
    built = time.perf_counter()
    window.show()
    qapp.processEvents()
    ready_wall = time.time()
    ready = time.perf_counter()
    rss, hwm = rss_mb()
    out: dict = {
        "start_total_s": ready_wall - started_at,
        "start_cpu_s": time.process_time(),  # the process's CPU from its start, interpreter included
        "start_in_process_s": ready - began,
        "start_imports_s": imported - began,
        "start_window_s": ready - imported,
        "start_build_s": built - imported,
        "rss_mb": rss,
        "hwm_mb": hwm,
    }
    return qapp, window, out


def time_navigation(qapp, window, long_id: str, timed) -> dict:
    """Opening the long article, and switching articles; wall and CPU milliseconds (the CPU
    time is the process's, all its threads: on a shared machine the wall time includes waiting)."""
    from annotator.gui.window.recent_articles import KEPT

    out: dict = {}

    def clocked(action) -> tuple[float, float]:
        cpu = time.process_time()
        wall = timed(action)
        return wall * 1000, (time.process_time() - cpu) * 1000

    # Opening the 2,000-sentence article after more other articles than the window keeps
    # (window/recent_articles.py), so it is read anew; then again right after one other,
    # its text and sentences kept.
    ids = window.listing.ids()
    ordinary = ids[len(ids) // 2]
    others = ids[len(ids) // 2 + 1:][:KEPT + 1]
    opens, again = [], []
    for _ in range(5):
        for other in others:
            timed(lambda other=other: window.navigation.open_article(other, "main"))
        opens.append(clocked(lambda: window.navigation.open_article(long_id, "main")))
        timed(lambda: window.navigation.open_article(ordinary, "main"))
        again.append(clocked(lambda: window.navigation.open_article(long_id, "main")))
    out["open_long_ms"], out["open_long_cpu_ms"] = [w for w, _ in opens], [c for _, c in opens]
    out["reopen_long_ms"], out["reopen_long_cpu_ms"] = [w for w, _ in again], [c for _, c in again]

    # Switching articles: Ctrl+Down (next article in the list), from the middle of the list.
    window.navigation.open_article(ordinary, "main")
    qapp.processEvents()
    action = window.actions_by_name["next_article"]
    switches = [clocked(action.trigger) for _ in range(30)]
    out["switch_ms"], out["switch_cpu_ms"] = [w for w, _ in switches], [c for _, c in switches]
    # The same switch, split: the list lookup, and the rest (open_article).
    out["proxy_ids_ms"] = [timed(window.listing.ids) * 1000 for _ in range(5)]
    return out


def time_edits_and_search(qapp, window, keypresses: int, timed) -> dict:
    """Tag keypresses and their undo through the window's actions, and search."""
    out: dict = {}

    # A tag keypress through the action, the QUndoStack command and the refresh.
    tag = window.actions_by_name["toggle_claim"]
    nxt = window.actions_by_name["next_sentence"]
    presses = []
    for _ in range(keypresses):
        nxt.trigger()
        qapp.processEvents()
        presses.append(timed(tag.trigger) * 1000)
    out["gui_keypress_ms"] = presses
    undo = window.actions_by_name["undo"]
    out["gui_undo_ms"] = [timed(undo.trigger) * 1000 for _ in range(min(20, keypresses))]

    # Search as the search dialog fills its rows (hits plus their context).
    out["gui_search_ms"] = {
        q: statistics.median(timed(lambda q=q: window.search.rows(q)) * 1000 for _ in range(3))
        for q in ("pentagone", "intelligence artificielle", "les", "anthr")
    }
    return out


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 else 200)
