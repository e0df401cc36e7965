"""Search results as painted rows: the query's words marked, text literal, rows 2-4 lines, keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from annotator.gui.models.roles import Role
from annotator.gui.models.search import SearchResultsModel, context_after, context_before, fold, query_marks
from annotator.gui.offsets import to_utf16
from annotator.gui.widgets.search_delegate import SearchResultDelegate
from annotator.model import Article, SearchHit

CTRL = Qt.KeyboardModifier.ControlModifier


def marked(text: str, query: str) -> list[str]:
    return [text[start:end] for start, end in query_marks(text, query)]


def test_marks_cover_exactly_the_query_words():
    text = "Cependant, l'accord avec l'OTAN concernait les réseaux, pas l'Otanie."
    assert marked(text, "OTAN concernait") == ["OTAN", "concernait"]
    # The last word is a prefix (search as you type); the others are whole words.
    assert marked(text, "otan CONCERN") == ["OTAN", "concernait"]
    assert marked(text, "concern otan") == ["OTAN", "Otanie"]
    assert marked(text, "") == [] and marked(text, "  ,; ") == []


def test_marks_ignore_accents_as_the_search_does():
    text = "Les États-Unis et l'Élysée réagissent."
    assert marked(text, "etats elysee") == ["États", "Élysée"]
    assert fold("ÉTATS") == fold("états") == "etats"


def test_context_is_cut_at_words_with_an_ellipsis():
    before = "mot " * 30 + "fin de la phrase précédente."
    short = context_before(before)
    assert short.startswith("…") and short.endswith("précédente. ") and "  " not in short
    assert not short[1:].startswith("ot ")  # a word start, not a word's tail
    after = "Phrase suivante qui continue longtemps " + "encore " * 20
    assert context_after(after).startswith(" Phrase suivante") and context_after(after).endswith("…")
    assert context_before("Début.") == "Début. " and context_after("") == ""


def test_markup_is_shown_literally_and_marks_are_utf16_in_the_layout(qapp):
    sentence = "Un 😀 emoji puis <b>x</b> et l'OTAN."
    hit = SearchHit(1, "a", "<i>titre</i>", 0, len(sentence), sentence)
    model = SearchResultsModel()
    model.set_hits([(hit, "avant", "après")], "OTAN")
    index = model.index(0)
    assert "<b>x</b>" in model.data(index) and "<i>titre</i>" in model.data(index)
    assert "&lt;b&gt;x&lt;/b&gt;" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    shown = model.data(index, Role.TEXT)
    delegate = SearchResultDelegate()
    option = QStyleOptionViewItem()
    layout, cut = delegate.body_layout(shown, option.font, 2000)
    assert not cut and layout.text() == shown.before + sentence + shown.after
    assert "<b>x</b>" in layout.text()
    body = layout.text()
    at = body.index("OTAN")
    bold = [f for f in layout.formats() if f.format.fontWeight() > 400]
    assert [(f.start, f.length) for f in bold] == [(to_utf16(body, at), 4)]  # after the emoji's surrogate pair
    image = QImage(800, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    option.rect = image.rect()
    delegate.paint(painter, option, index)
    painter.end()


def test_a_long_sentence_drops_its_context_then_ends_in_an_ellipsis(qapp):
    sentence = "Une très longue phrase " * 40
    shown = SearchResultsModel()
    shown.set_hits([(SearchHit(1, "a", "t", 0, len(sentence), sentence), "avant", "après")], "phrase")
    text = shown.data(shown.index(0), Role.TEXT)
    layout, cut = SearchResultDelegate().body_layout(text, QApplication.font(), 300)
    assert cut and layout.lineCount() == 3 and layout.text() == sentence


def test_dialog_rows_are_two_to_four_lines_and_enter_jumps_to_the_chosen_one(seeded, make_window, press, qtbot):
    window = make_window(seeded.path)
    press(window, Qt.Key.Key_F, CTRL)
    dialog = window.search.dialog
    qtbot.keyClicks(dialog.box, "OTAN")
    dialog.run()
    model, results = dialog.model, dialog.results
    assert model.rowCount() >= 3
    line = QFontMetricsF(results.font()).height()
    for row in range(model.rowCount()):
        shown = model.data(model.index(row), Role.TEXT)
        assert shown.marks and all(fold(shown.sentence[s:e]) == "otan" for s, e in shown.marks)
        assert shown.sentence.upper().count("OTAN") == len(shown.marks)
        assert 2 * line <= results.visualRect(model.index(row)).height() < 5 * line  # title + up to 3 lines, with padding
    qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
    qtbot.keyClick(results, Qt.Key.Key_Down)
    chosen = model.hit(1)
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.main_pane.view.current_sentence().id == chosen.sentence_id


def test_an_article_with_markup_is_found_and_shown_literally(project, make_window):
    body = "Le titre <b>x</b> reste. Autre phrase."
    project.import_article(Article(text=body, source="html.txt", title="<i>markup</i>"))
    window = make_window(project.path)
    window.search.open()
    dialog = window.search.dialog
    dialog.box.setText("titre")
    dialog.run()
    shown = dialog.model.data(dialog.model.index(0), Role.TEXT)
    assert shown.sentence == "Le titre <b>x</b> reste."
    assert [shown.sentence[s:e] for s, e in shown.marks] == ["titre"]
    assert "<b>x</b>" in dialog.model.data(dialog.model.index(0))
