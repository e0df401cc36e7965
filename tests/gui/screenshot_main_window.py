"""Take resources/screenshots/main-window.png: 1280x800, the seeds, some tags, the NATO link and claim.

Not a test (no ``test_`` prefix); run it by hand after a visible change:

    QT_QPA_PLATFORM=offscreen python tests/gui/screenshot_main_window.py [out.png]

It builds a throw-away file and settings under a temporary folder, so it never
touches the user's.
"""

from __future__ import annotations

from pathlib import Path

from screenshots import REVIEWER, SHOTS, close, open_main_window, out_path, save, settle

from annotator.project import Project

OUT = SHOTS / "main-window.png"


def annotate(project: Project) -> tuple[str, int]:
    """Some work of one reviewer: tags across articles, statuses, the NATO contradiction."""
    rows = sorted(project.articles(None), key=lambda a: a.source)
    for n, summary in enumerate(rows):
        sentences = project.sentences(summary.id)
        share = (1.0, 0.65, 0.3, 0.25, 0.0)[n % 5]
        for i, sentence in enumerate(sentences[: int(len(sentences) * share)]):
            project.set_label(REVIEWER, sentence.id, ("claim", "quote", "statistic")[i % 3], True)
        project.set_status(REVIEWER, summary.id, ("done", "in progress", "in progress", "todo", "todo")[n % 5])
    nato = next(a for a in rows if a.source.startswith("003_"))
    article = project.article(nato.id)
    sentences = project.sentences(nato.id)

    def find(words: str) -> int:
        return next(i for i, s in enumerate(sentences) if words in article.text[s.start:s.end])

    classified = find("réseaux classifiés de l'OTAN")
    unclassified = find("l'OTAN concernait les réseaux non classifiés")
    for i in range(len(sentences)):
        project.set_label(REVIEWER, sentences[i].id, "claim", False)
        project.set_label(REVIEWER, sentences[i].id, "quote", False)
        project.set_label(REVIEWER, sentences[i].id, "statistic", False)
    for i in (0, 2, classified, unclassified):
        project.set_label(REVIEWER, sentences[i].id, "claim", True)
    for i in (5, 6):
        project.set_label(REVIEWER, sentences[i].id, "quote", True)
    for i in (3, 8, 9):
        project.set_label(REVIEWER, sentences[i].id, "statistic", True)
    project.set_status(REVIEWER, nato.id, "in progress")
    project.add_link(REVIEWER, sentences[classified].id, sentences[unclassified].id, "contradicts",
                     "Classified or not? The WSJ and OpenAI's correction disagree.")
    made = project.claims.create(REVIEWER, sentences[classified].id, "OpenAI's deal covers NATO's classified networks")
    claim = next(iter(made.claims))
    project.claims.attach(REVIEWER, claim, sentences[unclassified].id)
    project.claims.update(REVIEWER, claim, verdict="misleading",
                          rationale="OpenAI corrected it: the deal covers non-classified networks only.")
    return nato.id, classified, unclassified


def main(out: Path = OUT) -> Path:
    window, (nato, classified, unclassified) = open_main_window(annotate)
    window.navigation.open_article(nato, "main", index=classified)
    window.navigation.open_article(nato, "side", index=unclassified)
    window.main_pane.view.setFocus()
    window.navigation.activate(window.main_pane)
    settle()
    window.main_pane.view.select(classified, center=True)
    window.side_pane.view.select(unclassified, center=True)
    save(window, out)
    close(window)
    return out


if __name__ == "__main__":
    print(main(out_path(OUT)))
