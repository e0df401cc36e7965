"""What a new user missed (issue 14, bug 9): a note's mark in the text, a filter matching nothing, who reviews."""

from __future__ import annotations

from annotator.gui.widgets.tag_margin import NOTED
from tests.gui import language


def test_a_sentence_with_a_note_has_a_mark_in_the_margin(seeded, make_window, qtbot):
    window = make_window(seeded.path)
    view = window.main_pane.view
    sid = view.current_sentence().id
    window.inspector.note.setFocus()
    qtbot.keyClicks(window.inspector.note, "to check")
    window.inspector.commit_note()
    view.setFocus()
    tops = list(view.visible_sentence_tops())
    marks = [label for _rect, label in view._margin.chips(tops)]
    assert NOTED in marks
    assert view.has_note(view.index_of_id(sid))


def test_an_article_filter_matching_nothing_says_so(seeded, make_window, qtbot):
    window = make_window(seeded.path)
    qtbot.keyClicks(window.filter_box, "zzzz-nothing")
    assert window.proxy.rowCount() == 0
    assert window.no_match.isVisible() and "zzzz-nothing" in window.no_match.text()
    window.filter_box.clear()
    assert not window.no_match.isVisible()


def test_a_tag_filter_matching_no_sentence_says_so(seeded, make_window, monkeypatch):
    window = make_window(seeded.path)
    said: list[str] = []
    monkeypatch.setattr(window.navigation, "say", lambda text, _ms: said.append(text))
    window.navigation.cycle_filter()  # claim: the newcomer has tagged nothing
    assert said[-1].endswith(language.shown("window.navigation", "(no sentence of this article matches)"))


def test_the_title_bar_names_the_reviewer(seeded, make_window):
    window = make_window(seeded.path)
    assert "newbie" in window.windowTitle()
