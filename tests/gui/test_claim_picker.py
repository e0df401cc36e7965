"""The claim picker on plain rows: the offer, the search (accents and case ignored), Enter, Esc."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from annotator.gui.widgets.claim_picker import CLAIM, DETACH, NEW, ClaimPicker
from annotator.store.claim_summaries import ClaimSummary
from tests.gui.language import shown

DAY = dt.date(2026, 3, 4)


def summary(claim_id: int, statement: str, verdict: str | None = None) -> ClaimSummary:
    return ClaimSummary(claim_id, statement, verdict, 2, 1, DAY, DAY, 0, "2026-03-05T10:00:00")


CLAIMS = [summary(7, "OpenAI déploiera son IA sur les réseaux non classifiés de l'OTAN", "misleading"),
          summary(3, "Les désinstallations de ChatGPT ont bondi de 295 %"),
          summary(1, "Le Pentagone a signé un accord historique", "true")]


@pytest.fixture
def open_picker(qtbot):
    def make(current: int | None = None) -> tuple[ClaimPicker, list]:
        picker = ClaimPicker("La phrase choisie.", CLAIMS, current)
        qtbot.addWidget(picker)
        taken: list = []
        picker.chosen.connect(taken.append)
        picker.show()
        qtbot.waitExposed(picker)
        return picker, taken
    return make


def kinds(picker: ClaimPicker) -> list[tuple[str, int | None]]:
    return [(row.kind, row.claim_id) for row in picker.model.rows()]


def test_new_claim_first_then_the_claims_as_listed(open_picker, qtbot):
    picker, taken = open_picker()
    assert kinds(picker) == [(NEW, None), (CLAIM, 7), (CLAIM, 3), (CLAIM, 1)]
    assert shown("claims.verdicts", "Misleading") in picker.model.rows()[1].text
    assert picker.focusWidget() is picker.box
    qtbot.keyClick(picker.box, Qt.Key.Key_Return)
    assert [(r.kind, r.claim_id) for r in taken] == [(NEW, None)] and not picker.isVisible()


def test_search_ignores_accents_and_case_and_enter_takes_the_first_match(open_picker, qtbot):
    picker, taken = open_picker()
    qtbot.keyClicks(picker.box, "reseaux CLASSIFIES")
    assert kinds(picker) == [(NEW, None), (CLAIM, 7)]
    assert picker.current().claim_id == 7
    qtbot.keyClick(picker.box, Qt.Key.Key_Return)
    assert [r.claim_id for r in taken] == [7]


def test_arrows_move_in_the_list_from_the_box(open_picker, qtbot):
    picker, taken = open_picker()
    qtbot.keyClick(picker.box, Qt.Key.Key_Down)
    qtbot.keyClick(picker.box, Qt.Key.Key_Down)
    qtbot.keyClick(picker.box, Qt.Key.Key_Up)
    qtbot.keyClick(picker.box, Qt.Key.Key_Down)
    assert picker.current().claim_id == 3
    qtbot.keyClick(picker.box, Qt.Key.Key_Enter)
    assert [r.claim_id for r in taken] == [3]


def test_a_sentence_in_a_claim_is_offered_to_leave_it(open_picker, qtbot):
    picker, _taken = open_picker(current=3)
    assert kinds(picker)[:2] == [(NEW, None), (DETACH, 3)]
    assert shown("widgets.claim_picker", "this sentence's claim") in picker.model.rows()[3].text
    qtbot.keyClicks(picker.box, "zzz")
    assert kinds(picker) == [(NEW, None), (DETACH, 3)] and picker.current().kind == NEW


def test_escape_takes_nothing(open_picker, qtbot):
    picker, taken = open_picker()
    qtbot.keyClick(picker.box, Qt.Key.Key_Escape)
    assert taken == [] and not picker.isVisible()
