"""Take resources/screenshots/main-window-fr.png: the main window of screenshot_main_window.py, in French.

Not a test (no ``test_`` prefix); run it by hand after a visible change:

    QT_QPA_PLATFORM=offscreen python tests/gui/screenshot_main_window_fr.py [out.png]

The same file and view as the English shot; the interface in French, and the
reviewer's own words (note, claim, rationale) in French as a French newsroom
would write them.
"""

from __future__ import annotations

from pathlib import Path

import screenshot_main_window as english
from screenshots import REVIEWER, SHOTS, application, out_path

from annotator.gui import i18n
from annotator.project import Project

OUT = SHOTS / "main-window-fr.png"
ENGLISH_WORK = english.annotate


def annotate(project: Project) -> tuple[str, int, int]:
    nato, classified, unclassified = ENGLISH_WORK(project)
    sentences = project.sentences(nato)
    project.add_link(REVIEWER, sentences[classified].id, sentences[unclassified].id, "contradicts",
                     "Classifiés ou non ? Le WSJ et le rectificatif d'OpenAI se contredisent.")
    claim = project.claims.of_sentence(REVIEWER, sentences[classified].id)
    project.claims.update(REVIEWER, claim, statement="L'accord d'OpenAI couvre les réseaux classifiés de l'OTAN",
                          rationale="OpenAI a rectifié : l'accord ne couvre que les réseaux non classifiés.")
    return nato, classified, unclassified


def main(out: Path = OUT) -> Path:
    application()
    i18n.install("fr")
    english.annotate = annotate  # main() reads the module's annotate: the French words, same view
    try:
        return english.main(out)
    finally:
        english.annotate = ENGLISH_WORK
        i18n.install("en")


if __name__ == "__main__":
    print(main(out_path(OUT)))
