"""File > Export as… (every format through the Job runner) and Edit > Article details…
(one undoable step, shown in the list)."""

from __future__ import annotations

import json
import zipfile

import pytest
from PySide6.QtWidgets import QDialog

from annotator.gui.window import transfers
from annotator.model import ArticleMeta
from tests.gui.file_menu import dialogs, idle, no_blocking_boxes, trigger  # noqa: F401 - fixtures
from tests.gui.language import shown


@pytest.fixture
def chosen(monkeypatch):
    """Answer the format question with the entry whose format is ``chosen.fmt``."""
    class Choice:
        fmt = "w3c"

    def get_item(_parent, _title, _label, items, *_args, **_kwargs):
        formats = [fmt for _, _, fmt in transfers.EXPORT_FORMATS]
        return items[formats.index(Choice.fmt)], True  # the entry shown, in the window's language

    monkeypatch.setattr(transfers.QInputDialog, "getItem", staticmethod(get_item))
    return Choice


@pytest.mark.parametrize("fmt", ["w3c", "claimreview", "csv", "brat", "json"])
def test_export_as_writes_each_format_in_a_worker(seeded, make_window, dialogs, chosen, qtbot, tmp_path, fmt):
    window = make_window(seeded.path)
    window.editing.toggle_label("claim")
    out = tmp_path / f"out.{fmt}"
    chosen.fmt = fmt
    dialogs.answer(out)
    trigger(window, "export_as")
    qtbot.waitUntil(lambda: idle(window), timeout=20000)
    assert out.exists() and dialogs.warnings == []
    if fmt in ("csv", "brat"):
        assert zipfile.is_zipfile(out)
    else:
        json.loads(out.read_text(encoding="utf-8"))
    assert str(out) in window.statusBar().currentMessage()


def test_export_as_claimreview_without_a_url_says_so(seeded, make_window, dialogs, chosen, qtbot, tmp_path):
    window = make_window(seeded.path)
    sentence = window.main_pane.view.current_sentence()
    claim = seeded.claims.create(window.session.reviewer, sentence.id)
    seeded.claims.update(window.session.reviewer, min(claim.claims), verdict="false")
    chosen.fmt = "claimreview"
    dialogs.answer(tmp_path / "cr.jsonld")
    trigger(window, "export_as")
    qtbot.waitUntil(lambda: idle(window), timeout=20000)
    assert shown("exchange.claimreview", "no url: search engines need the address of each fact-check (give "
                 "--url-template, e.g. {example}, or set url_template)",
                 example="https://example.org/fact-checks/{claim}") in window.transfers.last_report


def test_article_details_edit_is_one_undoable_step(seeded, make_window, qtbot):
    window = make_window(seeded.path)
    article = window.main_pane.view.article()
    old = seeded.metadata.of(article.id)
    trigger(window, "article_details")
    dialog = window.details.dialog
    assert dialog.fields["title"].text() == old.title
    dialog.fields["outlet"].setText("<b>Le Monde</b>")
    dialog.fields["url"].setText("https://www.lemonde.fr/x")
    dialog.done(QDialog.DialogCode.Accepted)
    assert seeded.metadata.of(article.id) == ArticleMeta(old.title, "<b>Le Monde</b>", "https://www.lemonde.fr/x", "")
    window.editing.undo()
    assert seeded.metadata.of(article.id) == old
    window.editing.redo()
    assert seeded.metadata.of(article.id).outlet == "<b>Le Monde</b>"


def test_a_refused_detail_is_told_and_nothing_changes(seeded, make_window, dialogs):
    window = make_window(seeded.path)
    article = window.main_pane.view.article()
    old = seeded.metadata.of(article.id)
    trigger(window, "article_details")
    window.details.dialog.fields["author"].setText("x\u2028y\x00")
    window.details.dialog.fields["title"].setText("nouveau\ntitre")
    window.details.dialog.done(QDialog.DialogCode.Accepted)
    assert seeded.metadata.of(article.id) == old
    assert window.undo_stack.count() == 0
    refused = shown("project.metadata", "the title must be one line")
    assert dialogs.warnings[0] == (shown("window.details", "Article details"),
                                   shown("window.details", "Nothing was changed.\n\n{error}", error=refused))
