"""Screenshots of the agreement report (issue 15): the compare window with two and with three
reviewers, and the HTML page. Not a test; run it by hand after a visible change:

    QT_QPA_PLATFORM=offscreen python tests/gui/screenshot_agreement.py [folder]

The seeds are tagged by alice, bob and carol as people tag (:func:`tag_like_people`):
quotes and figures often and alike, claims rarely and less alike; carol has not
finished two articles. The HTML page is drawn by ``wkhtmltoimage`` when it is
installed (Debian's wkhtmltopdf package); the page itself is written either way.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from screenshots import SHOTS, application, out_path, save, seeded_file

from annotator.gui.compare.dialog import CompareDialog
from annotator.project import Project, claim_review
from annotator.review.html_report import page

#: Each reviewer and how often their decision follows the sentence's evident kind.
CARE = {"alice": 0.95, "bob": 0.85, "carol": 0.8}
EVIDENT = {
    "quote": lambda words: "«" in words or '"' in words or " selon " in words.lower(),
    "statistic": lambda words: bool(re.search(r"\d", words)),
    "claim": lambda words: bool(re.search(r"\b(doit|faut|jamais|toujours|aucun)\b", words)),
}


def tag_like_people(project: Project) -> None:
    rng = random.Random(4)
    for reviewer, care in CARE.items():
        for summary in project.articles(None):
            text = project.article(summary.id).text
            for sentence in project.sentences(summary.id):
                words = text[sentence.start:sentence.end]
                for label, evident in EVIDENT.items():
                    if (evident(words) if rng.random() < care else rng.random() < 0.15):
                        project.set_label(reviewer, sentence.id, label, True)
            if reviewer != "carol" or summary.title[:1] not in "LN":
                project.set_status(reviewer, summary.id, "done")


def window_shot(path: Path, others: list[str], out: Path) -> Path:
    with Project(path) as project:
        dialog = CompareDialog(project)
        dialog.combo_a.setCurrentText("alice")
        dialog.combo_b.setCurrentText("bob")
        dialog.picker.set_others(others)
        dialog.resize(1500 if others else 1280, 860)
        dialog.show()
        dialog.compare()
        save(dialog, out)
        dialog.close()
    return out


def html_shot(path: Path, folder: Path) -> Path:
    with Project(path) as project:
        layers = [project.exchange.layer(name) for name in CARE]
    html = folder / "agreement-report.html"
    html.write_text(page(claim_review.panel(layers)), encoding="utf-8")
    tool = shutil.which("wkhtmltoimage")
    if tool:
        png = folder / "agreement-report.png"
        subprocess.run([tool, "-q", "--disable-smart-width", "--width", "740", "--height", "1500", str(html), str(png)], check=True)
        image = QImage(str(png))  # the tool's PNG is uncompressed and at twice the size
        image.scaledToWidth(900, Qt.TransformationMode.SmoothTransformation).save(str(png))
        return png
    return html


def main(folder: Path = SHOTS) -> list[Path]:
    application()
    path, _ = seeded_file(tag_like_people)
    return [
        window_shot(path, [], folder / "compare-two.png"),
        window_shot(path, ["carol"], folder / "compare-three.png"),
        html_shot(path, folder),
    ]


if __name__ == "__main__":
    for shot in main(out_path(SHOTS)):
        print(shot)
