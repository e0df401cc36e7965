"""Suggestions in the window, by key as a reviewer works: the outlined chip beside the NATO
article's count, A accepts it with its fields (Ctrl+Z takes it back), R rejects it for good,
Shift+A asks before accepting all, View > Show suggestions hides them; the panel lists the
candidates of the selected sentence and P opens the next in the side pane, ready to link."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.gui.widgets.tag_margin import SUGGESTED
from tests.gui import language

from .conftest import REVIEWER

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
COUNT = "32 États membres"
REPORT, CORRECTION = "sur les réseaux classifiés de l'OTAN", "l'OTAN concernait les réseaux non classifiés"


@pytest.fixture
def window(seeded, make_window):
    return make_window(seeded.path)


def go_to(window, by_source, words: str) -> int:
    """Open article 003 at the sentence holding ``words`` in the main pane, its chips shown; its id."""
    project = window.project
    article = by_source(project, "003").id
    sentence = next(s.id for s in project.sentences(article) if words in project.sentence_text(s.id))
    window.navigation.jump_to(article, sentence, "main")
    window.main_pane.view.setFocus()
    settle(window)
    return sentence


def settle(window) -> None:
    """The chips are read once the window is idle: let it be."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def chips_of_current(window) -> list[str]:
    view = window.main_pane.view
    tops = [(i, y) for i, y in view.visible_sentence_tops() if i == view.current_index()]
    return [label for _, label in view._margin.chips(tops)]


def test_the_count_shows_an_outlined_chip_and_A_accepts_it_with_its_fields(window, by_source, press, qtbot):
    sentence = go_to(window, by_source, COUNT)
    assert chips_of_current(window) == [SUGGESTED + "statistic"]
    press(window, Qt.Key.Key_A)
    settle(window)
    assert window.project.sentence_labels(REVIEWER, sentence) == {"statistic"}
    assert window.project.fields(REVIEWER, sentence)["statistic"] == {"value": "32", "unit": "États membres"}
    assert chips_of_current(window) == ["statistic"]
    assert window.inspector.buttons["statistic"].isChecked()
    press(window, Qt.Key.Key_Z, CTRL)
    settle(window)
    assert window.project.sentence_labels(REVIEWER, sentence) == set()
    assert chips_of_current(window) == [SUGGESTED + "statistic"]


def test_R_rejects_for_good_and_undo_brings_it_back(window, by_source, press, seeded, make_window):
    sentence = go_to(window, by_source, COUNT)
    press(window, Qt.Key.Key_R)
    settle(window)
    assert chips_of_current(window) == []
    assert window.project.sentence_labels(REVIEWER, sentence) == set()
    press(window, Qt.Key.Key_A)  # nothing left to accept
    assert window.project.sentence_labels(REVIEWER, sentence) == set()
    press(window, Qt.Key.Key_Z, CTRL)  # the A did nothing: this undoes the rejection
    settle(window)
    assert chips_of_current(window) == [SUGGESTED + "statistic"]
    press(window, Qt.Key.Key_R)
    assert not window.project.suggestions.of_sentence(REVIEWER, sentence)


def test_a_tag_put_by_hand_replaces_the_chip(window, by_source, press):
    go_to(window, by_source, COUNT)
    press(window, Qt.Key.Key_3)
    assert chips_of_current(window) == ["statistic"]  # at once: a keypress reads its sentence again
    press(window, Qt.Key.Key_3)
    assert chips_of_current(window) == [SUGGESTED + "statistic"]


def test_accept_all_asks_first_and_is_one_undo(window, by_source, press, monkeypatch):
    go_to(window, by_source, COUNT)
    article = window.main_pane.view.article().id
    proposed = window.project.suggestions.of_article(REVIEWER, article)
    questions = []
    window.suggesting.ask = lambda title, text: questions.append(text) or False
    press(window, Qt.Key.Key_A, SHIFT)
    assert len(questions) == 1 and language.shown(
        "window.suggesting", "Accept the {n} suggestions of this article ({statistics} statistics, {quotes} quotes) "
        "with their fields?\n\nOne undo (Ctrl+Z) takes them all back.", n=len(proposed),
        statistics=sum(s.label == "statistic" for s in proposed), quotes=sum(s.label == "quote" for s in proposed)) \
        == questions[0]
    assert window.project.labels(REVIEWER, article) == {}
    window.suggesting.ask = lambda title, text: True
    press(window, Qt.Key.Key_A, SHIFT)
    assert window.project.suggestions.of_article(REVIEWER, article) == []
    assert sum(len(v) for v in window.project.labels(REVIEWER, article).values()) == len(proposed)
    press(window, Qt.Key.Key_Z, CTRL)
    assert window.project.labels(REVIEWER, article) == {}


def test_suggestions_can_be_turned_off_and_stay_off(window, by_source, press, settings, make_window, seeded):
    go_to(window, by_source, COUNT)
    window.actions_by_name["toggle_suggestions"].trigger()
    assert chips_of_current(window) == [] and not window.inspector.candidates.isVisible()
    press(window, Qt.Key.Key_A)
    assert window.project.labels(REVIEWER, window.main_pane.view.article().id) == {}
    window.close()
    again = make_window(seeded.path)
    go_to(again, by_source, COUNT)
    assert chips_of_current(again) == []
    again.actions_by_name["toggle_suggestions"].trigger()
    assert chips_of_current(again) == [SUGGESTED + "statistic"]


def test_the_panel_lists_candidates_and_P_opens_the_other_nato_sentence_in_the_side_pane(
        window, by_source, press, qtbot):
    report = go_to(window, by_source, REPORT)
    box = window.inspector.candidates
    qtbot.waitUntil(lambda: box.model.rowCount() > 0, timeout=3000)
    rows = box.model.rows()
    correction = next(r for r in rows[:3] if CORRECTION in r.candidate.text)
    contradict = language.shown("models.candidates", "may contradict")
    assert correction.candidate.contradiction and contradict in box.model.data(
        box.model.index(rows.index(correction)), Qt.ItemDataRole.DisplayRole)
    for _ in range(rows.index(correction) + 1):
        press(window, Qt.Key.Key_P)
    side = window.side_pane.view
    assert window.side_pane.isVisible() and side.current_sentence().id == correction.candidate.sentence_id
    assert window.main_pane.view.current_sentence().id == report
    press(window, Qt.Key.Key_L)  # ready to link: the dialog opens on the two sentences
    assert window.editing.link_dialog is not None and window.editing.link_dialog.isVisible()
    window.editing.link_dialog.reject()


def test_the_keys_are_off_on_a_read_only_file(seeded, make_window, by_source, press):
    window = make_window(seeded.path, readonly=True)
    sentence = go_to(window, by_source, COUNT)
    assert not window.actions_by_name["accept_suggestion"].isEnabled()
    press(window, Qt.Key.Key_A)
    assert window.project.sentence_labels(REVIEWER, sentence) == set()
