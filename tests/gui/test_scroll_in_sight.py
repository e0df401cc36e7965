"""A sentence selected far down a long article right after it opens ends on screen once Qt
has laid the text out (annotator/gui/widgets/kept_in_sight.py).

Qt lays a long document out a step at a time and guesses the scroll range from the part
laid out so far: a scroll there was clamped short of the sentence. And the window's first
show scrolled to the text cursor, at the top: the last sentence restored at start was
selected off screen. The transcript below (dense paragraphs, then a thousand one-line
answers) is where the guess falls shortest.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractSlider

from annotator.gui import state
from annotator.model import Article

PARAGRAPHS = "\n".join(
    " ".join(f"Phrase numéro {p * 10 + k} du paragraphe {p}, avec un chiffre de {k} %." for k in range(10))
    for p in range(100)
)


@pytest.fixture
def transcript(project):
    """A short article, and a transcript of 2,000 sentences: 100 paragraphs of ten, then 1,000
    short answers, one a line."""
    answers = "\n".join(f"Réponse {n}." for n in range(1000))
    project.import_article(Article(text=PARAGRAPHS + "\n" + answers, source="transcript.txt", title="transcript"))
    project.import_article(Article(text="Une phrase courte. Une autre.", source="short.txt", title="short"))
    ids = {a.source: a.id for a in project.articles(None)}
    return project, ids["transcript.txt"], ids["short.txt"]


def _span_on_screen(view, start: int, end: int) -> bool:
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    top = view.cursorRect(cursor).top()
    cursor.setPosition(end)
    return 0 <= top and view.cursorRect(cursor).bottom() <= view.viewport().height()


def _selected_on_screen(view) -> bool:
    start, end = view._qt[view.current_index()]
    return _span_on_screen(view, view._window.to_doc(start), view._window.to_doc(end))


def _laid_out(view, qtbot) -> None:
    """Qt's layout of the whole text finished, and the scroll range it reports applied."""
    view.document().documentLayout().documentSize()
    qtbot.wait(50)


def test_the_sentence_restored_at_start_is_on_screen(long_article, make_window, settings, qtbot):
    article = long_article.articles(None)[0]
    state.set_file_value(settings, long_article.path, "last_article", article.id)
    state.set_file_value(settings, long_article.path, "last_sentence", "1500")
    window = make_window(long_article.path)
    view = window.main_pane.view
    assert view.current_index() == 1500
    _laid_out(view, qtbot)
    assert _selected_on_screen(view)


def test_a_sentence_far_down_is_on_screen_right_after_opening(transcript, make_window, settings, qtbot):
    project, long_id, short_id = transcript
    state.set_file_value(settings, project.path, "last_article", short_id)
    window = make_window(project.path)
    view = window.main_pane.view
    long_sentences = project.sentences(long_id)
    window.navigation.open_article(long_id, "main", long_sentences[1990].id)  # as a search result or a link's end
    assert view.current_index() == 1990
    assert _selected_on_screen(view)
    _laid_out(view, qtbot)
    assert _selected_on_screen(view)


def test_j_pressed_many_times_quickly_keeps_the_sentence_on_screen(transcript, make_window, settings, press, qtbot):
    project, long_id, short_id = transcript
    state.set_file_value(settings, project.path, "last_article", short_id)
    window = make_window(project.path)
    view = window.main_pane.view
    window.navigation.open_article(long_id, "main")
    view.setFocus()
    press(window, "j", times=1500)  # no pause for Qt's layout between the keys
    assert view.current_index() == 1500
    assert _selected_on_screen(view)
    _laid_out(view, qtbot)
    assert _selected_on_screen(view)


def test_the_reader_scrolling_away_is_left_where_he_scrolled(transcript, make_window, settings, qtbot):
    project, long_id, short_id = transcript
    state.set_file_value(settings, project.path, "last_article", short_id)
    window = make_window(project.path)
    view = window.main_pane.view
    window.navigation.open_article(long_id, "main", index=1990)
    view.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderToMinimum)
    _laid_out(view, qtbot)
    assert view.verticalScrollBar().value() == 0
    assert view.current_index() == 1990 and not _selected_on_screen(view)


def test_the_compare_context_keeps_a_sentence_far_down_in_sight(transcript, qtbot):
    from annotator.gui.compare.detail import ContextView

    project, long_id, _short_id = transcript
    article, sentence = project.article(long_id), project.sentences(long_id)[1990]
    view = ContextView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show_article(article)
    view.highlight([sentence])  # before the view is shown, as the compare window does
    view.show()
    qtbot.waitExposed(view)
    view.resize(700, 400)
    _laid_out(view, qtbot)
    assert _span_on_screen(view, *view._highlighted[0])
