"""Take resources/screenshots/claims.png: the Claims window on the seeds, the NATO claim selected.

Not a test (no ``test_`` prefix); run it by hand after a visible change:

    QT_QPA_PLATFORM=offscreen python tests/gui/screenshot_claims.py [out.png]

It builds a throw-away file and settings under a temporary folder, so it never
touches the user's.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.gui import state  # noqa: E402
from annotator.gui.main_window import MainWindow  # noqa: E402
from annotator.paths import seeds_dir  # noqa: E402
from annotator.project import Project  # noqa: E402
from tests.gui.claims_seed import make_claims  # noqa: E402

REVIEWER = "camille"
OUT = Path(__file__).resolve().parents[2] / "resources" / "screenshots" / "claims.png"


def main(out: Path = OUT) -> Path:
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="annotator-shot-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(state.REVIEWER, REVIEWER)
    path = folder / "annotator.db"
    with Project(path) as project:
        project.import_paths([seeds_dir()])
        nato = make_claims(project, REVIEWER)["nato"]
    window = MainWindow(Project(path), REVIEWER, settings)
    window.resize(1280, 800)
    window.show()
    window.show_claims()
    claims = window.claims_window
    claims.resize(1100, 520)
    claims.splitter.setSizes([200, 260])  # four claims: the timeline gets the room
    claims.table.setCurrentIndex(claims.model.index(claims.model.row_of(nato), 0))
    claims.focus_timeline()
    for _ in range(20):
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    claims.grab().save(str(out))
    window.close()
    window.project.close()
    return out


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
