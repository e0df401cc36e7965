"""Take resources/screenshots/difference.png: the word difference of article 003's two NATO sentences.

Not a test (no ``test_`` prefix); run it by hand after a visible change:

    QT_QPA_PLATFORM=offscreen python tests/gui/screenshot_difference.py [out.png]

It builds a throw-away file and settings under a temporary folder, opens 003 in
both panes at the two sentences and presses Shift+D's action, as a reviewer would.
"""

from __future__ import annotations

from pathlib import Path

from screenshots import SHOTS, close, open_main_window, out_path, save

from annotator.project import Project

OUT = SHOTS / "difference.png"


def nato(project: Project) -> tuple[str, int, int]:
    """Article 003 and the indexes of its "classified" and "non-classified" sentences."""
    article = next(a for a in project.articles(None) if a.source.startswith("003_"))
    text, sentences = project.article(article.id).text, project.sentences(article.id)
    find = lambda words: next(i for i, s in enumerate(sentences) if words in text[s.start:s.end])  # noqa: E731
    return article.id, find("réseaux classifiés de l'OTAN"), find("l'OTAN concernait les réseaux non classifiés")


def main(out: Path = OUT) -> Path:
    window, (article, classified, unclassified) = open_main_window(nato)
    window.navigation.open_article(article, "main", index=classified)
    window.navigation.open_article(article, "side", index=unclassified)
    window.differences.of_panes()
    dialog = window.differences.dialog
    save(dialog, out)
    dialog.close()
    close(window)
    return out


if __name__ == "__main__":
    print(main(out_path(OUT)))
