"""What a new user tripped on in the compare window (issue 14, bugs 2, 3, 4, 6) and a decision
the file refuses (issue 17, item 3)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel

from annotator.store import annotations
from tests.gui import language

from .compare_setup import open_dialog, press, two_reviewers  # noqa: F401 - fixtures

CTRL = Qt.KeyboardModifier.ControlModifier


def _sentence_in_view(context) -> bool:
    start = context._highlighted[0][0]
    cursor = QTextCursor(context.document())
    cursor.setPosition(start)
    rect = context.cursorRect(cursor)
    return 0 <= rect.top() and rect.bottom() <= context.viewport().height()


def test_the_first_disagreement_is_in_its_context_view_on_opening(two_reviewers, open_dialog, qtbot):
    dialog = open_dialog(two_reviewers)
    qtbot.wait(50)
    context = dialog.detail.context
    assert context._highlighted
    assert _sentence_in_view(context)


def test_undo_and_redo_buttons_follow_the_stack_at_once(two_reviewers, open_dialog, qtbot):
    dialog = open_dialog(two_reviewers)
    undo, redo = dialog.buttons["undo"], dialog.buttons["redo"]
    assert not undo.isEnabled() and not redo.isEnabled()
    press(qtbot, dialog, Qt.Key.Key_A)
    assert dialog.undo_stack.canUndo()
    assert undo.isEnabled() and not redo.isEnabled()
    press(qtbot, dialog, Qt.Key.Key_Z, CTRL)
    assert not dialog.undo_stack.canUndo()
    assert not undo.isEnabled() and redo.isEnabled()


def test_the_window_stays_on_a_laptop_screen_when_everything_is_decided(two_reviewers, open_dialog, qtbot):
    dialog = open_dialog(two_reviewers)
    for _ in range(len(dialog.model.items())):
        press(qtbot, dialog, Qt.Key.Key_A)
    assert dialog.model.decided() == len(dialog.model.items())
    assert language.shown("compare.dialog", "Every disagreement is decided: the gold layer is complete.") in \
        dialog.status.text()
    qtbot.wait(20)
    assert dialog.minimumSizeHint().width() <= 1280
    assert dialog.width() <= 1280


def test_the_edit_dialog_shows_the_sentence_and_enter_keeps_what_either_proposed(two_reviewers, open_dialog, qtbot):
    dialog = open_dialog(two_reviewers)
    row = next(r for r, item in enumerate(dialog.model.items())
               if not item.is_link and not item.is_verdict and (item.a or item.b))
    dialog.select_row(row)
    item = dialog.current_item()
    press(qtbot, dialog, Qt.Key.Key_E)
    editor = dialog.edit_dialog
    sentence = two_reviewers.sentence_text(item.sentence)
    shown = [label.text() for label in editor.findChildren(QLabel)]
    assert any(sentence[:60] in text.replace("\n", " ") for text in shown)
    assert editor.width() >= 400
    qtbot.keyClick(editor.focusWidget() or editor, Qt.Key.Key_Return)
    decision = dialog.model.decision(item)
    assert decision is not None and decision.value == item.a | item.b


def test_a_decision_the_file_refuses_is_shown_undecided_and_told(two_reviewers, open_dialog, qtbot, monkeypatch):
    dialog = open_dialog(two_reviewers)
    item = dialog.current_item()

    def locked(*_args, **_kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(annotations, "set_decision", locked)
    press(qtbot, dialog, Qt.Key.Key_A)
    assert dialog.undo_stack.count() == 0
    assert dialog.model.decision(item) is None
    busy = language.shown("store.connection", "is busy in another program; try again in a moment")
    assert dialog.error.isVisible() and busy in dialog.error.text()


def test_the_context_view_keeps_the_sentence_in_sight_when_it_reflows(seeded, qtbot):
    """Centred while narrow (the dialog not laid out yet), then widened: the text reflows
    shorter and, unless centred again, the sentence ends above the view."""
    from annotator.gui.compare.detail import ContextView

    article = max(seeded.articles(None), key=lambda a: a.sentences)
    sentences = seeded.sentences(article.id)
    view = ContextView()
    qtbot.addWidget(view)
    view.resize(260, 250)
    view.show()
    view.show_article(seeded.article(article.id))
    view.highlight([sentences[len(sentences) * 3 // 4]])
    assert _sentence_in_view(view)
    view.resize(700, 250)
    qtbot.wait(20)
    assert _sentence_in_view(view)
