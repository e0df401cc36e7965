"""Take resources/screenshots/difference.png: the word difference of article 003's two NATO sentences.

Not a test (no ``test_`` prefix); run it by hand after a visible change:

    QT_QPA_PLATFORM=offscreen python tests/gui/screenshot_difference.py [out.png]

It builds a throw-away file and settings under a temporary folder, opens 003 in
both panes at the two sentences and presses Shift+D's action, as a reviewer would.
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

REVIEWER = "camille"
OUT = Path(__file__).resolve().parents[2] / "resources" / "screenshots" / "difference.png"


def nato(project: Project) -> tuple[str, int, int]:
    """Article 003 and the indexes of its "classified" and "non-classified" sentences."""
    article = next(a for a in project.articles(None) if a.source.startswith("003_"))
    text, sentences = project.article(article.id).text, project.sentences(article.id)
    find = lambda words: next(i for i, s in enumerate(sentences) if words in text[s.start:s.end])  # noqa: E731
    return article.id, find("réseaux classifiés de l'OTAN"), find("l'OTAN concernait les réseaux non classifiés")


def main(out: Path = OUT) -> Path:
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="annotator-shot-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(state.REVIEWER, REVIEWER)
    path = folder / "annotator.db"
    with Project(path) as project:
        project.import_paths([seeds_dir()])
        article, classified, unclassified = nato(project)
    window = MainWindow(Project(path), REVIEWER, settings)
    window.resize(1280, 800)
    window.show()
    window.navigation.open_article(article, "main", index=classified)
    window.navigation.open_article(article, "side", index=unclassified)
    window.differences.of_panes()
    dialog = window.differences.dialog
    for _ in range(20):
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(out))
    dialog.close()
    window.close()
    window.project.close()
    return out


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
