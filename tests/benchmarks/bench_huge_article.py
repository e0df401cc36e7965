"""A 20 MiB article in one sentence, opened in the window: time to show it and peak memory; prints JSON.

Run by hand (about 10 s)::

    python tests/benchmarks/bench_huge_article.py [--mib 20]

A child process builds a throw-away file holding one article of that size with
no sentence end but the last (a file may hold 20 MiB); this process then opens
the main window on it offscreen at 1280x800: "shown" is constructing and
showing the window with its events processed (the article opens in the main
pane, its one sentence selected), "painted" adds grabbing it, "to the end"
scrolls the view to the last line, window of text after window. Peak resident
memory is the process's ``ru_maxrss`` after all of it, beside the figure before
the window.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.gui.main_window import MainWindow  # noqa: E402
from annotator.model import Article  # noqa: E402
from annotator.project import Project  # noqa: E402

WORDS = "le gouvernement a annoncé une réforme des retraites et des services publics "


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(path: Path, mib: float) -> None:
    body = WORDS * int(mib * 2**20 / len(WORDS.encode("utf-8"))) + "fin."
    with Project(path) as project:
        project.import_article(Article(text=body, source="huge.txt", title="huge"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mib", type=float, default=19.9)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build(args.build, args.mib)
        return
    folder = Path(tempfile.mkdtemp(prefix="annotator-huge-"))
    subprocess.run([sys.executable, __file__, "--mib", str(args.mib), "--build", str(folder / "huge.db")], check=True)
    app = QApplication.instance() or QApplication(sys.argv)
    project = Project(folder / "huge.db")
    body = project.article(project.articles(None)[0].id).text
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    figures = {"characters": len(body), "peak_mb_before_window": round(peak_mb())}
    start = time.perf_counter()
    window = MainWindow(project, "alice", settings)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    figures["shown_s"] = round(time.perf_counter() - start, 2)
    window.grab()
    figures["painted_s"] = round(time.perf_counter() - start, 2)
    view = window.main_pane.view
    step = time.perf_counter()
    bar = view.verticalScrollBar()
    held = getattr(view, "_window", None)  # the part of the text the view holds
    while (held is not None and held.hi < len(body)) or bar.value() < bar.maximum():
        bar.setValue(bar.maximum())
        app.processEvents()
    figures["to_the_end_s"] = round(time.perf_counter() - step, 2)
    figures["peak_mb"] = round(peak_mb())
    window.close()
    project.close()
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
