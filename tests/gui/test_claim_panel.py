"""The claim section of the panel on its own: what it shows, and the edits it asks for, from the keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from annotator.claims.model import Appearance, Claim, Source
from annotator.gui.widgets.claim_panel import NO_CLAIM, ClaimPanel
from annotator.gui.widgets.claim_sources import is_web_address
from annotator.gui.widgets.days import EXAMPLE
from tests.gui.language import shown

CLAIM = Claim(7, "OpenAI sur les réseaux de l'OTAN", "mixed", "", None,
              (Source("https://example.org/otan", "Le communiqué", dt.date(2026, 3, 5)),
               Source("Le Monde, 4 mars 2026, p. 3")),
              (Appearance("a1", 0, 10), Appearance("a1", 20, 30), Appearance("a2", 0, 5)))


@pytest.fixture
def panel(qtbot):
    widget = ClaimPanel()
    qtbot.addWidget(widget)
    widget.resize(300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.asked = []
    widget.claimEdited.connect(lambda *a: widget.asked.append(("claim", *a)))
    widget.sourcesEdited.connect(lambda *a: widget.asked.append(("sources", *a)))
    widget.fieldEdited.connect(lambda *a: widget.asked.append(("field", *a)))
    widget.show_claim(42, CLAIM, {"claim"}, {}, True)
    return widget


def not_a_date(text: str) -> str:
    return shown("widgets.days", "“{text}” is not a date: write it YYYY-MM-DD, e.g. {example}", text=text,
                 example=EXAMPLE)


def test_no_claim_shows_how_to_make_one(qtbot):
    widget = ClaimPanel()
    qtbot.addWidget(widget)
    widget.show()
    widget.show_claim(42, None, set(), {}, True)
    assert widget.summary.text() == shown("widgets.claim_panel", NO_CLAIM) and not widget.form.isVisible()
    assert widget.focus_verdict() is False and widget.claim_id() is None


def test_shows_the_claim(panel):
    assert panel.summary.text() == shown("widgets.claim_panel", "Claim #{id} · {n} appearance(s) in {m} article(s)",
                                         id=7, n=3, m=2)
    assert panel.statement.edit.toPlainText() == CLAIM.statement
    assert panel.verdict.currentText() == shown("claims.verdicts", "Mixed")
    assert panel.checked.edit.text() == "" and panel.rationale.edit.toPlainText() == ""
    assert panel.sources.model.rowCount() == 2
    assert not panel.fields.groups["statistic"].isVisible()


def test_verdict_from_the_keyboard(panel, qtbot):
    assert panel.focus_verdict() and panel.verdict.hasFocus()
    qtbot.keyClick(panel.verdict, Qt.Key.Key_Up)
    qtbot.keyClick(panel.verdict, Qt.Key.Key_Up)
    assert panel.asked == [("claim", 7, "verdict", "misleading"), ("claim", 7, "verdict", "false")]


def test_statement_and_rationale_are_handed_on_when_typed(panel, qtbot):
    panel.statement.edit.setFocus()
    panel.statement.edit.selectAll()
    qtbot.keyClicks(panel.statement.edit, "OpenAI et l'OTAN")
    assert panel.asked == []  # not at every letter
    qtbot.keyClick(panel.statement.edit, Qt.Key.Key_Return)
    panel.rationale.edit.setFocus()
    qtbot.keyClicks(panel.rationale.edit, "Denied the next day.")
    qtbot.waitUntil(lambda: len(panel.asked) == 2)  # after a pause
    assert panel.asked == [("claim", 7, "statement", "OpenAI et l'OTAN"),
                           ("claim", 7, "rationale", "Denied the next day.")]


def test_a_bad_date_is_refused_with_a_message(panel, qtbot):
    box = panel.checked.edit
    box.setFocus()
    qtbot.keyClicks(box, "5 mars")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert panel.message.text() == not_a_date("5 mars") and panel.asked == []
    box.clear()
    qtbot.keyClicks(box, "2026-02-30")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert panel.message.text() == shown("widgets.days", "{text} is not a day of the calendar (YYYY-MM-DD)",
                                         text="2026-02-30") and panel.asked == []
    box.clear()
    qtbot.keyClicks(box, "2026-03-06")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert panel.message.text() == ""
    assert panel.asked == [("claim", 7, "checked_at", dt.date(2026, 3, 6))]


def test_typing_is_handed_on_before_another_claim_shows(panel, qtbot):
    panel.statement.edit.setFocus()
    qtbot.keyClick(panel.statement.edit, Qt.Key.Key_End)
    qtbot.keyClicks(panel.statement.edit, "!")
    panel.show_claim(43, None, set(), {}, True)
    assert panel.asked == [("claim", 7, "statement", CLAIM.statement + "!")]


def test_sources_added_edited_removed_from_the_keyboard(panel, qtbot):
    sources = panel.sources
    sources.list.setFocus()
    qtbot.keyClick(sources.list, Qt.Key.Key_Insert)
    dialog = sources.dialog
    qtbot.keyClicks(dialog.url, "https://www.nato.int/")
    qtbot.keyClick(dialog.url, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "NATO statement")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "hier")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.text() == not_a_date("hier")
    dialog.accessed.clear()
    qtbot.keyClicks(dialog.accessed, "2026-03-06")
    qtbot.keyClick(dialog.accessed, Qt.Key.Key_Return)
    added = Source("https://www.nato.int/", "NATO statement", dt.date(2026, 3, 6))
    assert panel.asked[-1] == ("sources", 7, (*CLAIM.sources, added))
    qtbot.keyClick(sources.list, Qt.Key.Key_Down)
    qtbot.keyClick(sources.list, Qt.Key.Key_F2)
    qtbot.keyClicks(sources.dialog.title, "Le Monde")
    qtbot.keyClick(sources.dialog.title, Qt.Key.Key_Return)
    assert panel.asked[-1] == ("sources", 7, (CLAIM.sources[0], Source("Le Monde, 4 mars 2026, p. 3", "Le Monde")))
    qtbot.keyClick(sources.list, Qt.Key.Key_Delete)
    assert panel.asked[-1] == ("sources", 7, CLAIM.sources[:1])


def test_enter_opens_a_web_source_not_a_citation(panel, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString())))
    sources = panel.sources
    sources.list.setFocus()
    qtbot.keyClick(sources.list, Qt.Key.Key_Return)
    assert opened == ["https://example.org/otan"]
    qtbot.keyClick(sources.list, Qt.Key.Key_Down)
    qtbot.keyClick(sources.list, Qt.Key.Key_Return)
    citation = CLAIM.sources[1].url
    assert opened == ["https://example.org/otan"] and panel.message.text() == shown(
        "widgets.claim_sources", "“{url}” is a citation, not a web address: nothing to open", url=citation)


@pytest.mark.parametrize("text, web", [
    ("https://example.org/a?b=1", True), ("http://nato.int", True), ("  https://x.fr  ", True),
    ("javascript:alert(1)", False), ("file:///etc/passwd", False), ("ftp://x.org", False),
    ("Le Monde, 4 mars 2026", False), ("https://", False), ("", False),
])
def test_only_http_addresses_are_web_addresses(text, web):
    assert is_web_address(text) is web


def test_fact_fields_show_with_their_tag_and_are_handed_on(panel, qtbot):
    panel.show_claim(42, CLAIM, {"statistic"}, {"statistic": {"unit": "%"}}, True)
    assert panel.fields.groups["statistic"].isVisible() and not panel.fields.groups["quote"].isVisible()
    assert panel.fields.edit("statistic", "unit").text() == "%"
    box = panel.fields.edit("statistic", "value")
    box.setFocus()
    qtbot.keyClicks(box, "295")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert panel.asked == [("field", 42, "statistic", "value", "295")]


def test_read_only_shows_but_does_not_edit(panel):
    panel.show_claim(42, CLAIM, {"quote"}, {}, False)
    assert panel.statement.edit.isReadOnly() and not panel.verdict.isEnabled()
    assert not panel.sources.buttons["add"].isEnabled()
    assert panel.fields.edit("quote", "speaker").isReadOnly()
