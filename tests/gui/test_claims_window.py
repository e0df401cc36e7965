"""Review > Claims…: the window on the seeds, from the keyboard, to the sentence in the main window."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from annotator.gui.claims.models import STATEMENT, VERDICT
from annotator.gui.commands import EditCommand
from annotator.gui.models.roles import DISPLAY, Role
from annotator.project.changes import Changes
from tests.gui.language import shown as text  # the tests' windows are called shown here

from .claims_seed import make_claims, sentence_with
from .conftest import REVIEWER


@pytest.fixture
def claims(seeded):
    """Name -> claim id, the seeds' claims of the tests' reviewer."""
    return make_claims(seeded, REVIEWER)


def open_claims(window, press, qtbot):
    """Review > Claims… by its key, the window in front and ready for keys."""
    bring_forward(window, qtbot)
    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    shown = window.claims_window
    assert shown is not None and shown.isVisible()
    qtbot.waitUntil(shown.isActiveWindow, timeout=2000)
    return shown


def bring_forward(window, qtbot) -> None:
    """The window active, as the window manager would make it on a click (keys go to it)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def statements(shown) -> list[str]:
    return [shown.model.index(row, STATEMENT).data(DISPLAY) for row in range(shown.model.rowCount())]


def test_the_window_lists_every_claim_with_its_figures(seeded, claims, make_window, press, qtbot):
    shown = open_claims(make_window(seeded.path), press, qtbot)
    assert shown.model.rowCount() == 4 and shown.count_label.text() == text("claims.window", "{total} claims", total=4)
    nato = shown.model.row(shown.model.row_of(claims["nato"]))
    assert (nato.verdict, nato.appearances, nato.articles, nato.contradictions) == ("misleading", 2, 1, 1)
    verdict = shown.model.index(shown.model.row_of(claims["nato"]), VERDICT).data(DISPLAY)
    assert verdict == text("claims.verdicts", "Misleading")
    supply = shown.model.row(shown.model.row_of(claims["supply_chain"]))
    assert (supply.appearances, supply.articles, str(supply.first_seen), str(supply.last_seen)) == (
        3, 2, "2026-02-25", "2026-02-26")


def test_the_timeline_runs_by_article_date_and_enter_opens_the_sentence(
        seeded, claims, make_window, press, qtbot):
    window = make_window(seeded.path)
    shown = open_claims(window, press, qtbot)
    press(shown, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert shown.focusWidget() is shown.filter_box
    qtbot.keyClicks(shown.filter_box, "chaine d'APPROVISIONNEMENT")
    assert shown.model.rowCount() == 1
    press(shown, Qt.Key.Key_Down)
    assert shown.focusWidget() is shown.table and shown.current_claim() == claims["supply_chain"]
    press(shown, Qt.Key.Key_Return)
    assert shown.focusWidget() is shown.timeline
    entries = [shown.timeline.entry(row) for row in range(shown.timeline_model.rowCount())]
    assert [str(e.date) for e in entries] == ["2026-02-25", "2026-02-25", "2026-02-26"]
    assert entries[0].start < entries[1].start  # one article: in reading order
    assert entries[2].sentence_id == sentence_with(seeded, "001", "Il aurait également menacé")
    press(shown, Qt.Key.Key_Down, times=2)
    press(shown, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # the main window came to the front
    view = window.main_pane.view
    assert view.article().id == entries[2].article_id
    assert view.current_sentence().id == entries[2].sentence_id
    assert window.focusWidget() is view
    press(window, Qt.Key.Key_B)  # Go back: where the reviewer was before the jump
    assert view.article().id != entries[2].article_id


def test_a_double_click_opens_the_sentence_too(seeded, claims, make_window, press, qtbot):
    window = make_window(seeded.path)
    shown = open_claims(window, press, qtbot)
    shown.table.setCurrentIndex(shown.model.index(shown.model.row_of(claims["nato"]), 0))
    second = shown.timeline_model.index(1, 2)
    rect = shown.timeline.visualRect(second)
    qtbot.mouseClick(shown.timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.main_pane.view.current_sentence().id != shown.timeline.entry(1).sentence_id  # a click selects
    qtbot.mouseDClick(shown.timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    sentence = window.main_pane.view.current_sentence()
    assert sentence.id == sentence_with(seeded, "003", "l'OTAN concernait les réseaux non classifiés")


def test_the_verdict_filter_and_backspace_from_the_timeline(seeded, claims, make_window, press, qtbot):
    shown = open_claims(make_window(seeded.path), press, qtbot)
    shown.verdict_box.setCurrentIndex(shown.verdict_box.findData("misleading"))
    assert statements(shown) == ["OpenAI déploiera son IA sur les réseaux classifiés de l'OTAN"]
    assert shown.count_label.text() == text("claims.window", "{shown} of {total} claims", shown=1, total=4)
    shown.verdict_box.setCurrentIndex(shown.verdict_box.findData(""))
    assert statements(shown) == ["Claude a atteint la première place de l’App Store aux États-Unis"]
    shown.focus_table()
    press(shown, Qt.Key.Key_Return)
    assert shown.focusWidget() is shown.timeline
    press(shown, Qt.Key.Key_Backspace)
    assert shown.focusWidget() is shown.table


def test_the_selected_claim_stays_through_a_filter_that_keeps_it(seeded, claims, make_window, press, qtbot):
    shown = open_claims(make_window(seeded.path), press, qtbot)
    shown.table.setCurrentIndex(shown.model.index(shown.model.row_of(claims["contract"]), 0))
    qtbot.keyClicks(shown.filter_box, "pentagone")
    assert shown.current_claim() == claims["contract"] and shown.timeline_model.rowCount() == 1
    qtbot.keyClicks(shown.filter_box, " otan")
    assert shown.current_claim() is None and shown.timeline_model.rowCount() == 0
    assert shown.heading.text() == text("claims.window", "Select a claim to see where it appears")


def test_a_claims_edit_is_shown_and_other_edits_read_nothing(seeded, claims, make_window, press, qtbot):
    window = make_window(seeded.path)
    shown = open_claims(window, press, qtbot)
    project = window.project
    sentence = sentence_with(seeded, "002", "Anthropic est au cœur")
    other = Changes(kinds=frozenset({"labels"}))
    made = project.claims.create(REVIEWER, sentence, "Un duel de principe")
    shown.changed(other)
    assert shown.model.rowCount() == 4
    shown.changed(made)
    assert shown.model.rowCount() == 5 and "Un duel de principe" in statements(shown)
    shown.table.setCurrentIndex(shown.model.index(shown.model.row_of(claims["nato"]), 0))
    shown.changed(project.claims.detach(REVIEWER, sentence_with(seeded, "003", "l'OTAN concernait les réseaux non classifiés")))
    assert shown.current_claim() == claims["nato"] and shown.timeline_model.rowCount() == 1


def test_an_undoable_claims_edit_in_the_main_window_shows_at_once_and_its_undo_too(
        seeded, claims, make_window, press, qtbot):
    window = make_window(seeded.path)
    shown = open_claims(window, press, qtbot)
    bring_forward(window, qtbot)
    sentence = sentence_with(seeded, "002", "Anthropic est au cœur")
    edit = partial(window.project.claims.create, REVIEWER, sentence, "Un duel de principe")
    window.undo_stack.push(EditCommand("New claim", edit, window.refresh.changed, window.refresh.failed))
    assert shown.model.rowCount() == 5  # while the main window is in front
    press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown.model.rowCount() == 4 and "Un duel de principe" not in statements(shown)


def test_the_window_reads_again_when_the_reviewer_comes_back_to_it(seeded, claims, make_window, press, qtbot):
    window = make_window(seeded.path)
    shown = open_claims(window, press, qtbot)
    window.project.claims.delete(REVIEWER, claims["app_store"])
    bring_forward(window, qtbot)
    assert shown.model.rowCount() == 4  # not read while another window is in front
    bring_forward(shown, qtbot)
    assert shown.model.rowCount() == 3


def test_a_read_only_file_shows_its_claims(seeded, claims, make_window, press, qtbot):
    window = make_window(seeded.path, readonly=True)
    shown = open_claims(window, press, qtbot)
    assert shown.model.rowCount() == 4
    shown.table.setCurrentIndex(shown.model.index(0, 0))
    shown.focus_timeline()
    press(shown, Qt.Key.Key_Return)
    assert window.main_pane.view.current_sentence().id == shown.timeline.entry(0).sentence_id


def test_a_hostile_statement_shows_literally(seeded, make_window, press, qtbot):
    sentence = sentence_with(seeded, "000", "Anthropic est le créateur")
    seeded.claims.create(REVIEWER, sentence, "<b>x</b>")
    shown = open_claims(make_window(seeded.path), press, qtbot)
    shown.table.setCurrentIndex(shown.model.index(0, 0))
    assert statements(shown) == ["<b>x</b>"]
    assert "<b>x</b>" in shown.heading.text()
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown.findChildren(QLabel))


def test_two_timeline_sentences_and_d_ask_for_their_difference(seeded, claims, make_window, press, qtbot):
    window = make_window(seeded.path)
    shown = open_claims(window, press, qtbot)
    shown.table.setCurrentIndex(shown.model.index(shown.model.row_of(claims["nato"]), 0))
    shown.focus_timeline()
    assert not shown.timeline.compare_selected()  # one sentence selected
    shown.timeline.selectAll()
    with qtbot.waitSignal(shown.differenceRequested, timeout=500) as asked:
        press(shown, Qt.Key.Key_D)
    first, second = (shown.timeline.entry(row).sentence_id for row in (0, 1))
    assert asked.args == [first, second]
    dialog = window.differences.dialog  # the main window shows the difference it asked for
    assert dialog is not None and dialog.isVisible()


def test_the_window_closes_with_esc_and_with_the_main_window(seeded, claims, make_window, press, qtbot):
    window = make_window(seeded.path)
    shown = open_claims(window, press, qtbot)
    press(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()
    assert open_claims(window, press, qtbot) is shown  # one window, made once
    window.close()
    assert not shown.isVisible()
    assert shown.model.index(0, 0).data(Role.ID) is not None
