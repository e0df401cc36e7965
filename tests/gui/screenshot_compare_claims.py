"""Take a screenshot of the compare window on the seed case of claims: alice's and bob's NATO
claims (misleading against false), every shared article compared, the verdict row selected.

Not a test (no ``test_`` prefix); run it by hand after a visible change:

    QT_QPA_PLATFORM=offscreen python tests/gui/screenshot_compare_claims.py [out.png]

It builds a throw-away file under a temporary folder with the claims the tests make
(``test_compare_claims.make_nato_claims``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication  # noqa: E402
from test_compare_claims import make_nato_claims  # noqa: E402

from annotator.gui.compare.dialog import CompareDialog  # noqa: E402
from annotator.paths import seeds_dir  # noqa: E402
from annotator.project import Project  # noqa: E402

OUT = Path(tempfile.gettempdir()) / "compare-claims.png"


def main(out: Path = OUT) -> Path:
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="annotator-shot-"))
    with Project(folder / "annotator.db") as project:
        project.import_paths([seeds_dir()])
        make_nato_claims(project)
        dialog = CompareDialog(project)
        dialog.combo_a.setCurrentText("alice")
        dialog.combo_b.setCurrentText("bob")
        dialog.all_box.setChecked(True)
        dialog.show()
        dialog.compare()
        dialog.select_row(next(n for n, item in enumerate(dialog.model.items()) if item.is_verdict))
        for _ in range(20):
            app.processEvents()
        dialog.grab().save(str(out))
        dialog.close()
    return out


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
