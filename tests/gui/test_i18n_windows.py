"""Every window and dialog in French: no visible text left in English.

The windows are opened in French on the seeds (claims, links, two reviewers to
compare) and every text a user can see is collected: titles, labels, buttons,
group boxes, placeholders, tooltips, combo box items, column headers, menus and
their actions. A text counts as English when it holds a word only the English
side of the translations uses (or a common English word), the words of the
file's own data aside. The failure names each such text and where it is shown:
wrap it in ``translate()`` (gui/i18n.py) and give it its French text.
"""

from __future__ import annotations

import html
import re
import sqlite3
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit, QMenu, QPlainTextEdit,
    QTextEdit, QWidget,
)

from annotator.gui import opening, translations
from annotator.gui.compare.dialog import CompareDialog
from annotator.gui.widgets.messages import MessageBox
from annotator.gui.window import transfers
from annotator.store import annotations
from annotator.gui.models.roles import DISPLAY, TOOLTIP
from annotator.gui.widgets.claim_sources import SourceDialog
from annotator.gui.widgets.shortcuts_sheet import ShortcutsSheet
from tests.gui.claims_seed import make_claims, sentence_with
from tests.gui.compare_setup import tag_at_random
from tests.gui.conftest import REVIEWER
from tests.gui.language import speaking

#: words English texts are made of, whether or not the translations use them yet
COMMON = {"the", "and", "of", "to", "is", "in", "on", "no", "not", "with", "for", "from", "this", "that", "your",
          "you", "all", "one", "each", "only", "or", "by", "as", "at", "be", "it", "its", "has", "have", "none"}
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
WORD = re.compile(r"[^\W\d_]+")
MARKUP = re.compile(r"<[^<>]*>")  # plain_tip's wrapping of a tooltip (gui/plain.py): not words shown


def words(text: str) -> set[str]:
    shown = html.unescape(MARKUP.sub(" ", text or ""))
    return {word.casefold() for word in WORD.findall(PLACEHOLDER.sub(" ", shown))}


def english_only() -> set[str]:
    """Words of the English sources that no French translation uses, with the common English ones."""
    english, french = set(COMMON), set()
    for ts in translations.ts_files():
        for message in ET.parse(ts).getroot().iter("message"):
            english |= words(message.findtext("source"))
            french |= words(message.findtext("translation") or "")
    return english - french


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what ``window`` and its visible children show."""
    found: list[tuple[str, str]] = [(f"{type(window).__name__} title", window.windowTitle())]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        found.append((f"{where} tooltip", widget.toolTip()))
        found.append((f"{where} accessible name", widget.accessibleName()))
        if isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.PlainText or type(widget) is QLabel:
            found.append((where, widget.text()))
        if isinstance(widget, QAbstractButton):
            found.append((where, widget.text()))
        if isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            found.append((f"{where} placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            found += [(f"{where} item", widget.itemText(n)) for n in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model() is not None:
            found += _item_texts(widget.model(), where)
    for action in window.actions():
        found += [(f"action {action.objectName()}", text)
                  for text in (action.text(), action.toolTip(), action.statusTip())]
    for menu in window.findChildren(QMenu):
        found.append((f"menu {menu.objectName()}", menu.title()))
        found += [(f"menu {menu.title()}", action.text()) for action in menu.actions()]
    return [(where, text) for where, text in found if text and text.strip()]


def _item_texts(model, where: str, most_rows: int = 40) -> list[tuple[str, str]]:
    """Column headers, and the cells of a short list or table (figures, names), with their tooltips."""
    found = []
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for column in range(columns):
        for role in (DISPLAY, TOOLTIP):
            found.append((f"{where} header", str(model.headerData(column, Qt.Orientation.Horizontal, role) or "")))
    rows = model.rowCount(QModelIndex())
    if rows <= most_rows:
        for row in range(rows):
            for column in range(columns):
                for role in (DISPLAY, TOOLTIP):
                    value = model.index(row, column).data(role)
                    if isinstance(value, str):
                        found.append((f"{where} cell", value))
    return found


def data_words(project) -> set[str]:
    """Words of the file's own content: article text, titles, sources, names, claims."""
    found = set()
    for article in project.articles(None):
        found |= words(project.article(article.id).text) | words(article.title) | words(article.source)
    for reviewer in project.reviewers():
        found |= words(reviewer)
        for article in project.articles(None):
            found |= {word for link in project.links(reviewer, article.id) for word in words(link.note)}
        found |= {word for claim in project.claims.list(reviewer) for word in words(claim.statement)}
    return found | words(str(project.path))


def untranslated(windows: list[QWidget], project, data: tuple[str, ...] = ()) -> list[str]:
    """The English texts of ``windows``; ``data``: texts of the file shown cut short (the cut
    word is no word of the file), taken out first."""
    english = english_only() - data_words(project)
    wrong = []
    for window in windows:
        for where, text in visible_texts(window):
            for sentence in data:
                text = text.replace(sentence, " ")
            found = sorted(words(text) & english)
            if found:
                wrong.append(f"  {type(window).__name__} / {where}: {text!r} (English: {', '.join(found)})")
    return sorted(set(wrong))


@pytest.fixture
def french(qapp):
    with speaking("fr"):
        yield


@pytest.fixture
def worked(seeded):
    """The seeds with claims and a link of REVIEWER's, and two reviewers to compare."""
    make_claims(seeded, REVIEWER)
    tag_at_random(seeded, ("alice", "bob"), 0.08)
    for reviewer in ("alice", "bob"):
        make_claims(seeded, reviewer)
    return seeded


def suggestions_shown(window, qtbot) -> tuple[str, ...]:
    """Wait for the main pane's suggestion chips and the selected sentence's candidates; the
    sentences the list shows (cut short: their last word is no word of the file)."""
    qtbot.waitUntil(lambda: bool(window.main_pane.view.suggested()))
    qtbot.waitUntil(lambda: window.inspector.candidates.model.rowCount() > 0)
    assert window.inspector.candidates.list.isVisible()
    model = window.inspector.candidates.model
    shown = [model.index(row).data(DISPLAY).split("\n", 1)[1] for row in range(model.rowCount())]
    return tuple(shown)


def test_the_windows_show_no_english_in_french(french, worked, make_window, qtbot):
    window = make_window(worked.path)
    report = sentence_with(window.project, "003", "sur les réseaux classifiés de l'OTAN")
    window.navigation.jump_to(window.project.sentence(report).article_id, report, "main")
    candidates = suggestions_shown(window, qtbot)
    window.navigation.open_in_side()
    window.main_pane.view.setFocus()
    window.show_claims()
    window.search.open()
    window.differences.of_panes()
    sheet = ShortcutsSheet(window)
    sheet.show()
    source = SourceDialog(None, window)
    source.show()
    compare = CompareDialog(window.project, None, "alice", "bob")
    qtbot.addWidget(compare)
    compare.show()
    qtbot.waitUntil(lambda: compare.model.rowCount() > 0)
    compare.select_row(0)
    windows = [window, window.claims_window, window.search.dialog, window.differences.dialog, sheet, source, compare]
    wrong = untranslated(windows, window.project, candidates)
    assert not wrong, (f"{len(wrong)} text(s) shown in English in the French window (wrap them in translate(), "
                       "see gui/i18n.py):\n" + "\n".join(wrong))


def test_the_sentence_dialogs_show_no_english_in_french(french, worked, make_window, qtbot):
    window = make_window(worked.path)
    report = sentence_with(window.project, "003", "sur les réseaux classifiés de l'OTAN")
    window.navigation.jump_to(window.project.sentence(report).article_id, report, "main")
    window.navigation.open_in_side()
    window.panes.side.view.move(1)
    window.editing.link()
    window.main_pane.view.setFocus()
    window.claiming.pick()
    compare = CompareDialog(window.project, None, "alice", "bob")
    qtbot.addWidget(compare)
    compare.show()
    qtbot.waitUntil(lambda: compare.model.rowCount() > 0)
    compare.select_row(next(row for row in range(compare.model.rowCount()) if not compare.model.item(row).is_verdict))
    compare.open_editor()
    dialogs = [window.editing.link_dialog, window.claiming.picker, compare.edit_dialog]
    wrong = untranslated(dialogs, window.project)
    assert not wrong, "texts shown in English in French:\n" + "\n".join(wrong)


def test_the_report_dialogs_show_no_english_in_french(french, worked, make_window, qtbot):
    """The box of more reviewers (its menu, figures over all, the pairwise matrix) and the per-article table."""
    window = make_window(worked.path)
    compare = CompareDialog(window.project, None, "alice", "bob")
    qtbot.addWidget(compare)
    compare.show()
    qtbot.waitUntil(lambda: compare.model.rowCount() > 0)
    compare.picker.set_others([REVIEWER])
    compare.compare()
    qtbot.waitUntil(lambda: compare.figures.panel_box.isVisible())
    per_article = compare.exports.show_articles()
    qtbot.addWidget(per_article)
    assert compare.report.warnings() and compare.figures.warnings.isVisible()
    wrong = untranslated([compare, per_article], window.project)
    assert not wrong, "texts shown in English in French:\n" + "\n".join(wrong)


def test_export_as_article_details_and_a_failed_edit_show_no_english_in_french(french, worked, make_window,
                                                                               monkeypatch):
    window = make_window(worked.path)
    asked, told = [], []
    monkeypatch.setattr(transfers.QInputDialog, "getItem",
                        staticmethod(lambda _parent, title, label, items, *_a, **_k: asked.append(
                            (title, label, *items)) or ("", False)))
    window.actions_by_name["export_as"].trigger()
    window.actions_by_name["article_details"].trigger()
    monkeypatch.setattr(MessageBox, "warning", staticmethod(lambda _p, title, text, *a, **k: told.append((title, text))))
    monkeypatch.setattr(annotations, "set_label", _locked)
    window.editing.toggle_label("claim")
    assert asked and told
    english = english_only() - data_words(window.project)
    (title, text), = told
    texts = [*asked[0], title, text]  # the core's error after the blank line: the file is busy
    wrong = [f"  {text!r}" for text in texts if words(text) & english]
    wrong += untranslated([window.details.dialog], window.project)
    assert not wrong, "texts shown in English in French:\n" + "\n".join(wrong)


def test_the_suggestion_messages_show_no_english_in_french(french, worked, make_window, qtbot, monkeypatch):
    """The accept-all question (a plain MessageBox), P's message, and the undo step of an accepted suggestion."""
    window = make_window(worked.path)
    count = sentence_with(window.project, "003", "32 États membres")
    window.navigation.jump_to(window.project.sentence(count).article_id, count, "main")
    window.main_pane.view.setFocus()
    suggestions_shown(window, qtbot)
    asked = []
    monkeypatch.setattr(MessageBox, "question", staticmethod(
        lambda _parent, title, text, *_a, **_k: asked.append((title, text)) or MessageBox.StandardButton.No))
    window.actions_by_name["accept_all_suggestions"].trigger()
    window.actions_by_name["open_candidate"].trigger()
    told = window.statusBar().currentMessage()
    window.main_pane.view.setFocus()
    window.navigation.jump_to(window.project.sentence(count).article_id, count, "main")
    window.actions_by_name["accept_suggestion"].trigger()
    assert asked and told and window.undo_stack.count() == 1
    english = english_only() - data_words(window.project)
    texts = [*asked[0], told, window.actions_by_name["undo"].text()]
    wrong = [f"  {text!r}" for text in texts if words(text) & english]
    assert not wrong, "texts shown in English in French:\n" + "\n".join(wrong)


def _locked(*_args, **_kwargs):
    raise sqlite3.OperationalError("database is locked")


def test_the_cannot_open_dialog_shows_no_english_in_french(french, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(opening.MessageBox, "exec", lambda box: shown.append(box) or 0)
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database at all" * 100)
    assert opening.open_project(broken) is None
    (box,) = shown
    texts = [("title", box.windowTitle()), ("text", box.text()),
             *(("button", button.text()) for button in box.buttons())]
    english = english_only() - words(str(broken))
    wrong = [f"  {where}: {text!r}" for where, text in texts if words(text) & english]
    assert not wrong, "texts shown in English in French:\n" + "\n".join(wrong)


def test_the_check_finds_an_english_text(french, seeded, make_window):
    """The check itself: a label left in English is named, with the English words that give it away."""
    window = make_window(seeded.path)
    label = QLabel("Show the new suggestions", window.inspector)
    label.setObjectName("forgotten")
    label.show()
    wrong = untranslated([window], window.project)
    assert any("forgotten" in line and "'Show the new suggestions'" in line for line in wrong), wrong
