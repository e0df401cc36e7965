"""Going back to an article: its text and sentences are kept (window/recent_articles.py),
never what an edit, another reviewer or another file changes."""

from __future__ import annotations

from annotator.model import Article
from annotator.project import Project

from tests.gui.conftest import REVIEWER


def _open(window, article_id: str) -> None:
    window.navigation.open_article(article_id, "main")


def _labels(window, sentence_id: int) -> set[str]:
    view = window.main_pane.view
    return view.labels_of_index(view.index_of_id(sentence_id))


def test_another_file_holding_the_same_article_shows_its_own_sentence_ids(seeded, make_window, tmp_path):
    article = seeded.articles(None)[0]
    other = tmp_path / "other.db"
    with Project(other) as project:  # another article first: the same text gets other sentence ids
        project.import_article(Article(text=" ".join(f"Phrase {i}." for i in range(500)), source="avant.txt"))
        project.import_article(seeded.article(article.id))
        theirs = [s.id for s in project.sentences(article.id)]
    ours = [s.id for s in seeded.sentences(article.id)]
    assert theirs != ours
    window = make_window(seeded.path)
    _open(window, article.id)
    assert [s.id for s in window.main_pane.view.sentences()] == ours
    window.load_project(Project(other))
    _open(window, article.id)
    assert [s.id for s in window.main_pane.view.sentences()] == theirs


def test_tags_changed_while_away_show_on_coming_back(seeded, make_window, tmp_path):
    first, second = (a.id for a in seeded.articles(None)[:2])
    window = make_window(seeded.path)
    _open(window, first)
    sentence = window.main_pane.view.current_sentence().id
    window.editing.toggle_label("claim")
    _open(window, second)
    window.undo_stack.undo()  # the tag off while the article is not shown
    _open(window, first)
    assert _labels(window, sentence) == set()
    _open(window, second)
    window.undo_stack.redo()
    _open(window, first)
    assert _labels(window, sentence) == {"claim"}

    window.files.switch_reviewer("bob")  # another reviewer's layer, the same article kept
    assert window.main_pane.view.article().id == first and _labels(window, sentence) == set()
    window.files.switch_reviewer(REVIEWER)
    _open(window, second)
    with Project(seeded.path) as elsewhere:  # another process tags it while the window is away
        elsewhere.set_label(REVIEWER, sentence, "quote", True)
    window.refresh.check_external_changes()
    _open(window, first)
    assert _labels(window, sentence) == {"claim", "quote"}
