"""What the screenshot scripts share: a headless QApplication, a throw-away file of the
seeds (and throw-away settings) so a shot never touches the user's, and the grab itself.

The scripts run by hand from the repository root (``python tests/gui/screenshot_*.py
[out.png]``) and import this module first: it makes Qt headless and the repository
importable before anything else loads.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from annotator.gui import state  # noqa: E402
from annotator.gui.main_window import MainWindow  # noqa: E402
from annotator.paths import seeds_dir  # noqa: E402
from annotator.project import Project  # noqa: E402

REVIEWER = "camille"
SHOTS = ROOT / "resources" / "screenshots"
T = TypeVar("T")


def application() -> QApplication:
    return QApplication.instance() or QApplication(sys.argv)


def out_path(default: Path) -> Path:
    """The path given on the command line, else ``default``."""
    return Path(sys.argv[1]) if len(sys.argv) > 1 else default


def seeded_file(prepare: Callable[[Project], T]) -> tuple[Path, T]:
    """A new file of the seeds in a temporary folder, worked on by ``prepare`` and closed,
    with what ``prepare`` returned."""
    path = Path(tempfile.mkdtemp(prefix="annotator-shot-")) / "annotator.db"
    with Project(path) as project:
        project.import_paths([seeds_dir()])
        made = prepare(project)
    return path, made


def open_main_window(prepare: Callable[[Project], T]) -> tuple[MainWindow, T]:
    """REVIEWER's main window, 1280x800 and shown, on a ``seeded_file(prepare)`` with
    settings beside it, and what ``prepare`` returned."""
    application()
    path, made = seeded_file(prepare)
    settings = QSettings(str(path.parent / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(state.REVIEWER, REVIEWER)
    window = MainWindow(Project(path), REVIEWER, settings)
    window.resize(1280, 800)
    window.show()
    return window, made


def settle() -> None:
    """Let Qt lay out and paint what was just shown, opened or selected."""
    app = application()
    for _ in range(20):
        app.processEvents()


def save(widget: QWidget, out: Path) -> Path:
    """Grab ``widget`` once settled into ``out``, making its folder if needed."""
    settle()
    out.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(out))
    return out


def close(window: MainWindow) -> None:
    window.close()
    window.project.close()
