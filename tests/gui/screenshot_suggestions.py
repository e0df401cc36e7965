"""Take resources/screenshots/suggestions.png: the NATO article with its suggestions (dashed
chips), the report sentence selected, its candidates in the panel, the correction opened by P in
the side pane.

Not a test; run it by hand after a visible change:

    QT_QPA_PLATFORM=offscreen python tests/gui/screenshot_suggestions.py [out.png]
"""

from __future__ import annotations

from pathlib import Path

from screenshots import SHOTS, close, open_main_window, out_path, save, settle

from annotator.project import Project

OUT = SHOTS / "suggestions.png"
REPORT, COUNT = "sur les réseaux classifiés de l'OTAN", "32 États membres"


def nato(project: Project) -> tuple[str, int]:
    article = next(a for a in project.articles(None) if a.source.startswith("003_"))
    report = next(s.id for s in project.sentences(article.id) if REPORT in project.sentence_text(s.id))
    return article.id, report


def main(out: Path = OUT) -> Path:
    window, (article, report) = open_main_window(nato)
    window.navigation.open_article(article, "main", sentence_id=report)
    window.main_pane.view.setFocus()
    window.navigation.activate(window.main_pane)
    settle()
    rows = window.inspector.candidates  # looked for once the selection rests: now, for the shot
    window.suggesting._find_candidates()
    correction = next(n for n, r in enumerate(rows.model.rows()) if "mal exprimé" in r.candidate.text)
    for _ in range(correction + 1):  # P until the correction is in the side pane
        window.suggesting.open_candidate()
    settle()
    window.main_pane.view.select_id(report, center=True)
    settle()
    save(window, out)
    close(window)
    return out


if __name__ == "__main__":
    print(main(out_path(OUT)))
