"""A very long article is shown through a window of its text (issue 17: a 20 MiB one-sentence
article took a minute and 3 GB to show). The window is made small here so the test is quick;
tests/benchmarks/bench_huge_article.py measures the real thing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from annotator.gui.widgets import text_window
from annotator.model import Article


@pytest.fixture
def long_one(project, monkeypatch):
    monkeypatch.setattr(text_window, "LIMIT", 8000)
    monkeypatch.setattr(text_window, "SPAN", 5000)  # more than a screen
    body = " ".join(f"Phrase numéro {n} du long article, avec quelques mots de plus pour la remplir." for n in range(400))
    project.import_article(Article(text=body, source="long.txt", title="long"))
    return project


def _in_sight(view, index: int) -> bool:
    rect = view.cursorRect(view._cursor(index))
    return 0 <= rect.top() and rect.bottom() <= view.viewport().height()


def test_the_view_holds_a_window_of_the_text_and_follows_the_selection(long_one, make_window, qtbot):
    window = make_window(long_one.path)
    view = window.main_pane.view
    text = view.article().text
    assert len(text) > text_window.LIMIT
    assert view.document().characterCount() <= text_window.SPAN + 1
    assert "very long article" in view.toolTip()
    last = len(view.sentences()) - 1
    long_one.set_label("newbie", view.sentences()[last].id, "quote", True)
    window.refresh.annotations(window.main_pane)
    view.select(last, center=True)
    sentence = view.sentences()[last]
    assert view._cursor(last).selectedText() == text[sentence.start:sentence.end]
    assert _in_sight(view, last)
    assert "quote" in [label for _rect, label in view._margin.chips(list(view.visible_sentence_tops()))]
    # A click lands on the sentence under the mouse, in the part held.
    target = last - 2
    point = view.cursorRect(view._cursor(target)).center() + QPoint(2, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.current_index() == target


def test_scrolling_moves_the_window_through_the_whole_text(long_one, make_window, qtbot):
    window = make_window(long_one.path)
    view = window.main_pane.view
    text = view.article().text
    bar = view.verticalScrollBar()
    for _ in range(50):
        bar.setValue(bar.maximum())
        if view._window.hi == len(text) and bar.value() == bar.maximum():
            break
    assert view._window.hi == len(text)
    assert view.document().toPlainText().endswith(text[-40:])
    for _ in range(50):
        bar.setValue(bar.minimum())
        if view._window.lo == 0:
            break
    assert view._window.lo == 0 and view.document().toPlainText().startswith(text[:40])


def test_the_compare_context_holds_the_part_around_the_sentence(long_one, qtbot):
    from annotator.gui.compare.detail import ContextView

    article = long_one.article(long_one.articles(None)[0].id)
    last = long_one.sentences(article.id)[-1]
    view = ContextView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    view.show_article(article)
    assert len(view.toPlainText()) <= text_window.SPAN
    view.highlight([last])
    assert view.highlighted_text() == [article.text[last.start:last.end]]
