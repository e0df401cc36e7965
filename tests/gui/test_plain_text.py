"""Names, titles, notes and file names are shown as typed, in every window, dialog and label
(issue 17, item 9): hostile names walk them all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from annotator.errors import WouldReplace
from annotator.gui.compare.dialog import CompareDialog
from annotator.gui.widgets.messages import MessageBox
from annotator.model import Article
from annotator.project import Project
from tests.gui import language

from .walk import TOOLTIP, cells, widgets

ALICE = "<h1>Alice</h1><a href=x>y</a>"
BOB = "<b>bob</b>"
GOLD = "<b>gold</b>"
MARKUP = ("<h1>", "<b>", "<a href", "<i>")


def rendered(text: str) -> bool:
    """Markup Qt would render: raw tags in a rich-text guess (escaped markup reads "&lt;")."""
    return any(tag in text for tag in MARKUP) and GuiQt.mightBeRichText(text)


def check(root: QWidget) -> list[str]:
    """Every label holding markup is plain text; no tooltip (widget or cell) renders markup."""
    wrong = []
    for widget in widgets(root):
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel) and any(tag in widget.text() for tag in MARKUP):
            if widget.textFormat() != Qt.TextFormat.PlainText:
                wrong.append(f"{name}: {widget.text()}")
        if rendered(widget.toolTip()):
            wrong.append(f"{name} tooltip: {widget.toolTip()}")
        if isinstance(widget, QAbstractItemView):
            wrong += [f"{name} cell tooltip: {tip}" for index in cells(widget)
                      if isinstance(tip := index.data(TOOLTIP), str) and rendered(tip)]
    return wrong


@pytest.fixture
def hostile(tmp_path):
    """A file called <b>f.db in <i>folder, an article titled with markup, two reviewers and notes with markup."""
    folder = tmp_path / "<i>folder"  # no "/" in a file name: unclosed tags
    folder.mkdir()
    with Project(folder / "<b>f.db") as project:
        body = ("<b>gold</b> titre\n\nAlice a dit <i>ceci</i> hier. Bob a répondu <b>cela</b> ce matin. "
                "Une troisième phrase suit ici. Et une quatrième pour finir.")
        project.import_article(Article(text=body, source="<b>s</b>.txt", title="<h1>Titre</h1>"))
        article = project.articles(None)[0]
        s = project.sentences(article.id)
        for reviewer in (ALICE, BOB):
            project.set_status(reviewer, article.id, "done")
        project.set_label(ALICE, s[1].id, "claim", True)
        project.set_label(BOB, s[2].id, "quote", True)
        project.set_note(ALICE, s[1].id, "<b>note</b> <a href=x>lien</a>")
        project.add_link(ALICE, s[1].id, s[2].id, "contradicts", "<i>why</i>")
        project.add_link(BOB, s[1].id, s[3].id, "agrees", "")
        made = project.claims.create(ALICE, s[1].id, "<a href=x>claim</a>")
        project.claims.update(ALICE, next(iter(made.claims)), rationale="<h1>because</h1>")
        path = project.path
    return path


def test_the_main_window_and_its_dialogs_show_markup_as_typed(hostile, make_window, monkeypatch, qtbot):
    window = make_window(hostile, reviewer=ALICE)
    article = window.main_pane.view.article()
    window.navigation.open_article(article.id, "main", index=1)
    window.navigation.open_article(article.id, "side", index=2)
    assert ALICE in window.windowTitle() and ALICE in window.reviewer_label.text()
    boxes: list[MessageBox] = []
    monkeypatch.setattr(MessageBox, "exec", lambda box: boxes.append(box) or MessageBox.StandardButton.No)
    window.transfers._confirm_replace(WouldReplace(hostile, ALICE, {"labels": 2}))
    window.show_about()
    window.navigation.activate(window.main_pane)
    window.editing.link()
    window.show_claims()
    window.show_shortcuts()
    window.compare_reviewers()
    window.differences.of_panes()
    window.claiming.pick()
    window.search.open()
    window.search.dialog.box.setText("Alice")
    qtbot.waitUntil(lambda: window.search.dialog.results.model().rowCount() > 0)
    window.transfers.start_exchange("export", True, lambda _project, _progress: None,
                                    f"Exporting to\n{hostile.name}…")
    wrong = check(window.transfers.exchange_dialog)
    qtbot.waitUntil(lambda: window.transfers.exchange_job is None)
    wrong += check(window)
    for box in boxes:
        assert box.textFormat() == Qt.TextFormat.PlainText
        wrong += check(box)
    for dialog in (window.editing.link_dialog, window.claims_window, window.differences.dialog,
                   window.claiming.picker, window.search.dialog):
        wrong += check(dialog)
    assert not wrong, "\n".join(wrong)
    assert any(ALICE in box.text() for box in boxes)
    window.editing.link_dialog.reject()
    window.claiming.picker.reject()


def test_the_compare_window_shows_markup_as_typed(hostile, qtbot):
    project = Project(hostile)
    try:
        dialog = CompareDialog(project, None, ALICE, BOB)
        qtbot.addWidget(dialog)
        dialog.gold_edit.setText(GOLD)
        dialog.compare()
        dialog.show()
        wrong = []
        for row in range(len(dialog.model.items())):
            dialog.select_row(row)
            wrong += check(dialog)
            if not dialog.current_item().is_verdict:
                dialog.open_editor()
                wrong += check(dialog.edit_dialog)
                dialog.edit_dialog.reject()
        assert dialog.detail.gold_label.text() == language.shown("compare.detail", "Gold · {gold}", gold=GOLD)
        assert not wrong, "\n".join(wrong)
        dialog.close()
    finally:
        project.close()
