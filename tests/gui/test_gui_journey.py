"""The issue's "Done when", keyboard only, on the seeds, then a restart.

A new reviewer tags every sentence of an article, marks it done, links the
"classified" and "non-classified" NATO sentences of 003 as contradicts,
quits, reopens, and finds it all -- in the file and on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.gui import state
from annotator.project import Project
from tests.gui import language

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def test_done_when_journey_keyboard_only(qtbot, seeded, make_window, settings, press, by_source):
    path = seeded.path
    window = make_window(path)
    view = window.main_pane.view
    first = view.article()
    assert first is not None and view.current_index() == 0
    assert window.reviewer_label.text() == language.shown("main_window", "Reviewer: {reviewer}", reviewer="newbie")
    assert str(path) in window.file_label.text()

    # Tag every sentence of the first article with 1/2/3, moving on with N (next untagged).
    total = len(view.sentences())
    for i in range(total):
        press(window, "123"[i % 3])
        press(window, "n")
    summary = window.listing.summary(first.id)
    assert (summary.tagged, summary.sentences) == (total, total)
    press(window, Qt.Key.Key_D, CTRL)
    assert window.listing.summary(first.id).status == "done"

    # To article 003 with Ctrl+PgDown, then to its NATO sentences.
    target = by_source(seeded, "003_")
    for _ in range(10):
        if view.article().id == target.id:
            break
        press(window, Qt.Key.Key_PageDown, CTRL)
    assert view.article().id == target.id
    text = view.article().text
    sentences = view.sentences()
    classified = next(i for i, s in enumerate(sentences) if "réseaux classifiés de l'OTAN" in text[s.start:s.end])
    unclassified = next(i for i, s in enumerate(sentences)
                        if "l'OTAN concernait les réseaux non classifiés" in text[s.start:s.end])
    press(window, "j", times=classified)
    assert view.current_index() == classified

    # Open 003 in the side pane too, select the other sentence there, link: L, C, Enter.
    press(window, Qt.Key.Key_O, SHIFT)
    side = window.side_pane.view
    assert window.side_pane.isVisible() and window.focusWidget() is side
    press(window, "j", times=unclassified - side.current_index())
    assert side.current_index() == unclassified
    press(window, "l")
    dialog = window.editing.link_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.focusWidget(), "c")
    assert dialog.relation() == "contradicts"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()

    a, b = sentences[classified].id, sentences[unclassified].id
    link = seeded.find_link("newbie", a, b)
    assert link is not None and link.relation == "contradicts"
    # Shown in both panes (same article here): both sentences are marked linked.
    assert {a, b} <= view._linked and {a, b} <= side._linked
    assert window.inspector.links_model.rowCount() == 1

    # Quit (Ctrl+Q) and reopen on the same file.
    press(window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()
    window.project.close()

    with Project(path) as fresh:
        labels = fresh.labels("newbie", first.id)
        assert len(labels) == total and all(labels.values())
        assert fresh.status("newbie", first.id) == "done"
        assert fresh.find_link("newbie", a, b).relation == "contradicts"

    again = make_window(path)
    assert state.get_text(settings, state.REVIEWER) == "newbie"
    main = again.main_pane.view
    assert main.article().id == target.id  # the last article, restored
    assert main.current_index() == classified
    assert again.side_pane.isVisible() and again.side_pane.view.article().id == target.id
    assert again.listing.summary(first.id).status == "done"
    assert again.listing.summary(first.id).tagged == total
    assert {a, b} <= main._linked
    assert again.inspector.links_model.rowCount() == 1
    row = again.inspector.links_model.row(0)
    assert row.other_id == b and row.link.relation == "contradicts"
