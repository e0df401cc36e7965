"""Issue 11 in the window, keyboard only, on the seeds: the two NATO sentences of 003 become one
claim with two appearances, judged misleading with a source and a rationale, every step undone
and redone; then the word difference of the two; the link dialog's "same claim"; a read-only file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from annotator.claims.model import Source
from annotator.gui.i18n import shown_date
from annotator.gui.widgets.difference import ONLY_BACKGROUND
from tests.gui.language import shown

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
REVIEWER = "newbie"


def nato(window, by_source, press):
    """Article 003 in the main pane (Ctrl+PgDown), and the indexes of its two NATO sentences."""
    view = window.main_pane.view
    target = by_source(window.project, "003_")
    for _ in range(10):
        if view.article().id == target.id:
            break
        press(window, Qt.Key.Key_PageDown, CTRL)
    text, sentences = view.article().text, view.sentences()
    find = lambda words: next(i for i, s in enumerate(sentences) if words in text[s.start:s.end])  # noqa: E731
    return find("réseaux classifiés de l'OTAN"), find("l'OTAN concernait les réseaux non classifiés")


def go(window, press, index: int) -> None:
    view = window.main_pane.view
    step = Qt.Key.Key_J if index > view.current_index() else Qt.Key.Key_K
    press(window, step, times=abs(index - view.current_index()))
    assert view.current_index() == index


def pick(window, qtbot, *keys) -> None:
    """C, then ``keys`` in the picker's search box (its last one Enter)."""
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_C)
    picker = window.claiming.picker
    assert picker.isVisible()
    for key in keys:
        qtbot.keyClick(picker.box, key)
    assert not picker.isVisible() and window.focusWidget() is window.main_pane.view


def add_source(window, qtbot, press, source: Source) -> None:
    """Insert on the sources list, then the source dialog filled from the keyboard."""
    press(window, Qt.Key.Key_Insert)
    dialog = window.inspector.claim.sources.dialog
    for box, text in ((dialog.url, source.url), (dialog.title, source.title),
                      (dialog.accessed, source.accessed.isoformat())):
        assert dialog.focusWidget() is box
        qtbot.keyClicks(box, text)
        qtbot.keyClick(box, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()


def claim_of(window, index: int):
    sentence = window.main_pane.view.sentences()[index]
    claim_id = window.project.claims.of_sentence(REVIEWER, sentence.id)
    return None if claim_id is None else window.project.claims.get(REVIEWER, claim_id)


@pytest.fixture
def window(seeded, make_window):
    return make_window(seeded.path)


def test_two_nato_sentences_one_claim_judged_with_its_evidence(window, qtbot, press, by_source, monkeypatch):
    classified, unclassified = nato(window, by_source, press)
    view, panel = window.main_pane.view, window.inspector.claim
    go(window, press, classified)
    pick(window, qtbot, Qt.Key.Key_Return)  # the first row: a new claim
    claim = claim_of(window, classified)
    assert claim is not None and claim.statement == window.project.sentence_text(view.sentences()[classified].id)
    assert view.is_claimed(classified) and panel.summary.text() == shown(
        "widgets.claim_panel", "Claim #{id} · {n} appearance(s) in {m} article(s)", id=claim.id, n=1, m=1)

    go(window, press, unclassified)
    assert panel.claim_id() is None
    pick(window, qtbot, Qt.Key.Key_Down, Qt.Key.Key_Return)  # the claim, under "New claim"
    assert claim_of(window, unclassified).id == claim.id and len(claim_of(window, classified).appearances) == 2
    assert view.is_claimed(unclassified) and panel.summary.text() == shown(
        "widgets.claim_panel", "Claim #{id} · {n} appearance(s) in {m} article(s)", id=claim.id, n=2, m=1)

    press(window, "v")
    assert window.focusWidget() is panel.verdict
    press(window, Qt.Key.Key_Down, times=2)  # no verdict -> false -> misleading: one undo step
    assert claim_of(window, classified).verdict == "misleading"
    press(window, Qt.Key.Key_Tab, times=2)
    assert window.focusWidget() is panel.rationale.edit
    qtbot.keyClicks(window.focusWidget(), "Corrected the next day: non-classified networks.")
    press(window, Qt.Key.Key_Tab)  # leaving the box hands the typing on
    assert window.focusWidget() is panel.sources.list
    source = Source("https://www.wsj.com/tech/ai/openai-nato", "The Wall Street Journal", dt.date(2026, 3, 5))
    add_source(window, qtbot, press, source)
    judged = claim_of(window, classified)
    assert (judged.verdict, judged.rationale, judged.sources) == (
        "misleading", "Corrected the next day: non-classified networks.", (source,))
    opened = []
    monkeypatch.setattr("annotator.gui.widgets.claim_sources.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString()))
    press(window, Qt.Key.Key_Return)
    assert opened == [source.url]
    press(window, Qt.Key.Key_Escape)
    assert window.focusWidget() is view

    states = []  # (appearances, verdict, rationale, sources) after each undo
    for _ in range(5):
        press(window, Qt.Key.Key_Z, CTRL)
        now = claim_of(window, classified)
        states.append(None if now is None else (len(now.appearances), now.verdict, now.rationale, len(now.sources)))
    assert states == [(2, "misleading", judged.rationale, 0), (2, "misleading", "", 0), (2, None, "", 0),
                      (1, None, "", 0), None]
    assert not view.is_claimed(classified) and panel.claim_id() is None
    for _ in range(5):
        press(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert claim_of(window, classified) == judged and view.is_claimed(classified)
    assert panel.verdict.currentText() == shown("claims.verdicts", "Misleading") and panel.sources.model.rowCount() == 1

    go(window, press, classified)
    press(window, Qt.Key.Key_O, SHIFT)  # 003 in the side pane too: the other sentence there
    side = window.side_pane.view
    press(window, "j", times=unclassified - side.current_index())
    press(window, Qt.Key.Key_D, SHIFT)
    difference = window.differences.dialog
    assert difference.isVisible() and "non classifiés" in difference.document(1).toPlainText()
    assert [marked(difference.document(1), w) for w in ("réseaux", "non", "classifiés")] == [False, True, False]


def marked(doc, word: str) -> bool:
    """Whether the first ``word`` after "concernait les" is marked in ``doc``."""
    text = doc.toPlainText()
    cursor = QTextCursor(doc)
    cursor.setPosition(text.index(word, text.index("concernait les")) + 1)
    return cursor.charFormat().background().color() == ONLY_BACKGROUND


def test_leaving_a_claim_and_the_link_dialogs_same_claim(window, qtbot, press, by_source):
    classified, unclassified = nato(window, by_source, press)
    view = window.main_pane.view
    go(window, press, classified)
    pick(window, qtbot, Qt.Key.Key_Return)
    press(window, Qt.Key.Key_C, SHIFT)
    assert claim_of(window, classified) is None and not view.is_claimed(classified)
    press(window, Qt.Key.Key_Z, CTRL)
    assert claim_of(window, classified) is not None

    press(window, Qt.Key.Key_O, SHIFT)
    press(window, "j", times=unclassified - window.side_pane.view.current_index())
    press(window, "l")
    dialog = window.editing.link_dialog
    assert not dialog.claim_box.isEnabled() and dialog.claim_box.isChecked()  # on: one of them has a claim
    qtbot.keyClick(dialog.focusWidget(), "a")
    assert dialog.claim_box.isEnabled() and dialog.same_claim()
    depth = window.undo_stack.index()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    a, b = view.sentences()[classified].id, view.sentences()[unclassified].id
    assert window.project.find_link(REVIEWER, a, b).relation == "agrees"
    assert claim_of(window, unclassified).id == claim_of(window, classified).id
    assert window.undo_stack.index() == depth + 1  # link and claim: one step
    press(window, Qt.Key.Key_Z, CTRL)
    assert window.project.find_link(REVIEWER, a, b) is None and claim_of(window, unclassified) is None
    assert claim_of(window, classified) is not None


def test_d_on_a_link_shows_the_difference(seeded, make_window, qtbot, press, by_source):
    article = by_source(seeded, "003_")
    sentences = seeded.sentences(article.id)
    text = seeded.article(article.id).text
    first = next(s for s in sentences if "réseaux classifiés de l'OTAN" in text[s.start:s.end])
    other = next(s for s in sentences if "l'OTAN concernait les réseaux non" in text[s.start:s.end])
    seeded.add_link(REVIEWER, first.id, other.id, "contradicts")
    window = make_window(seeded.path)
    window.navigation.open_article(article.id, "main", first.id)
    window.inspector.focus_links()
    press(window, "d")
    difference = window.differences.dialog
    assert difference is not None and marked(difference.document(1), "non")
    assert difference.document(0).toPlainText() == text[first.start:first.end]


def test_fact_fields_of_a_statistic_are_edited_and_undone(window, qtbot, press):
    panel = window.inspector.claim
    press(window, "3")  # statistic
    box = panel.fields.edit("statistic", "value")
    assert box.isVisible() and not panel.fields.edit("quote", "speaker").isVisible()
    box.setFocus()
    qtbot.keyClicks(box, "295")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    sentence = window.main_pane.view.current_sentence().id
    assert window.project.fields(REVIEWER, sentence) == {"statistic": {"value": "295"}}
    press(window, Qt.Key.Key_Escape)
    press(window, Qt.Key.Key_Z, CTRL)
    assert window.project.fields(REVIEWER, sentence) == {} and box.text() == ""


def test_nothing_changes_on_a_read_only_file(seeded, make_window, press):
    window = make_window(seeded.path, readonly=True)
    press(window, "c")
    assert window.claiming.picker is None and window.undo_stack.count() == 0


def test_a_refused_edit_is_said_and_leaves_nothing_to_undo(window, qtbot, press):
    pick(window, qtbot, Qt.Key.Key_Return)
    panel = window.inspector.claim
    statement = panel.statement.edit.toPlainText()
    depth = window.undo_stack.index()
    panel.statement.edit.setFocus()
    panel.statement.edit.selectAll()
    qtbot.keyClick(panel.statement.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(panel.statement.edit, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == shown(
        "project.claims", "a claim needs a statement: one sentence saying what is claimed")
    assert window.undo_stack.index() == depth and panel.statement.edit.toPlainText() == statement
    assert claim_of(window, window.main_pane.view.current_index()).statement == statement


def test_two_sentences_by_id_as_a_claims_timeline_asks(window, by_source):
    project = window.project
    article = by_source(project, "003_")
    text = project.article(article.id).text
    find = lambda words: next(s for s in project.sentences(article.id) if words in text[s.start:s.end])  # noqa: E731
    first, other = find("réseaux classifiés de l'OTAN"), find("l'OTAN concernait les réseaux non")
    window.differences.of_sentences(first.id, other.id)
    dialog = window.differences.dialog
    assert dialog.isVisible() and marked(dialog.document(1), "non")
    assert shown_date(dt.date(2026, 3, 4)) in dialog.findChild(object, "difference-where-0").text()
