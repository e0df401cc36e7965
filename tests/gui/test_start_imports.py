"""The window's start loads only what its first screen uses.

sqlite-utils (which loads NumPy, and pandas when installed), NumPy and
jsonschema took half a second of a window's start; they are for a migration,
a comparison and an import, and are imported there (dateutil too, for reading
article files). A fresh process builds
the window on an up-to-date file the way ``annotator gui`` does and lists the
heavy modules it loaded: one creeping back into the start path fails here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlite_utils", "numpy", "pandas", "jsonschema", "dateutil", "annotator.review", "annotator.exchange",
         # standard modules the start has no use for (2-7 ms each, PySide6 reading each one's source)
         "html", "getpass", "secrets", "glob")
# What the first screen does without, made after it is painted: the suggestion rules (their
# patterns take 60 ms to compile), and the Qt classes whose Python enums cost most to create
# (QStyle's; a scroll area's own viewport asked for makes PySide6 create every QtWidgets class,
# QColorDialog among them).
AFTER_FIRST_SCREEN = ("annotator.suggest", "PySide6.QtWidgets.QStyle", "PySide6.QtWidgets.QColorDialog")
# The dialogs, windows and boxes the first screen does not show (a claim's sources): made, and
# imported, on first use.
DEFERRED = tuple(f"annotator.gui.{name}" for name in (
    "widgets.search_dialog", "widgets.link_dialog", "widgets.difference", "widgets.article_details",
    "widgets.shortcuts_sheet", "widgets.claim_picker", "widgets.claim_sources", "compare.dialog", "claims.window"))

_START = """
import json, sys
from pathlib import Path
{extra}
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
import annotator.cli
from annotator.gui import app, state
QApplication.setOrganizationName(app.APP_NAME)
QApplication.setApplicationName(app.APP_NAME)
qapp = QApplication([])
settings = QSettings()
settings.setValue(state.REVIEWER, "alice")
window = app.start(Path(sys.argv[1]), settings)
window.show()
qapp.processEvents()
{after}
def made(name):  # a module imported, or a Qt class PySide6 has created (it makes them on first use)
    module, _, cls = name.rpartition(".")
    return name in sys.modules or (module.startswith("PySide6.") and cls in vars(sys.modules[module]))
print(json.dumps([name for name in {heavy!r} if made(name)]))
window.close()
window.project.close()
"""


def _loaded_at_start(template: Path, tmp_path: Path, extra: str = "", names: tuple[str, ...] = HEAVY,
                     after: str = "") -> list[str]:
    db = tmp_path / "seeded.db"
    shutil.copy(template, db)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", _START.format(extra=extra, heavy=names, after=after), str(db)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_window_start_imports_nothing_heavy(_seeded_template, tmp_path):
    assert _loaded_at_start(_seeded_template, tmp_path) == []


def test_the_check_sees_a_heavy_import(_seeded_template, tmp_path):
    loaded = _loaded_at_start(_seeded_template, tmp_path, extra="import annotator.review")
    assert "numpy" in loaded and "annotator.review" in loaded


def test_window_start_imports_no_dialog_it_does_not_show(_seeded_template, tmp_path):
    assert _loaded_at_start(_seeded_template, tmp_path, names=DEFERRED) == []
    opened = "import annotator.gui.widgets.link_dialog"  # as the link key does
    assert _loaded_at_start(_seeded_template, tmp_path, extra=opened, names=DEFERRED) == [
        "annotator.gui.widgets.link_dialog"]


def test_the_first_screen_is_painted_before_the_suggestion_rules_load(_seeded_template, tmp_path):
    assert _loaded_at_start(_seeded_template, tmp_path, names=AFTER_FIRST_SCREEN) == []
    chips_read = ("from PySide6.QtCore import QDeadlineTimer\n"
                  "deadline = QDeadlineTimer(20000)\n"
                  "while 'annotator.suggest' not in sys.modules and not deadline.hasExpired():\n"
                  "    qapp.processEvents()\n")
    assert _loaded_at_start(_seeded_template, tmp_path, names=AFTER_FIRST_SCREEN, after=chips_read) == [
        "annotator.suggest"]
