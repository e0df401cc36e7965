"""Search and jump, links across two articles, plain text, emoji offsets, a 2,000-sentence article."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.gui.models.roles import Role
from annotator.model import Article
from tests.gui.language import shown

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def test_search_lists_hits_in_context_and_enter_jumps(seeded, make_window, press, qtbot, by_source):
    window = make_window(seeded.path)
    press(window, Qt.Key.Key_F, CTRL)
    dialog = window.search.dialog
    assert dialog.isVisible() and window.search.dialog.focusWidget() is dialog.box
    qtbot.keyClicks(dialog.box, "OTAN concernait")  # QTest types ASCII only
    dialog.run()
    assert dialog.model.rowCount() >= 1
    hit = dialog.model.hit(0)
    shown = dialog.model.data(dialog.model.index(0))
    assert hit.text in shown and hit.article_title in shown
    qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.results
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    view = window.main_pane.view
    assert view.article().id == hit.article_id
    assert view.current_sentence().id == hit.sentence_id
    assert window.focusWidget() is view
    press(window, "b")  # back where we were
    assert view.article().id != hit.article_id or view.current_index() == 0


def test_cross_article_link_shows_in_both_and_can_be_followed(seeded, make_window, press, qtbot, by_source):
    window = make_window(seeded.path)
    main, side = window.main_pane.view, window.side_pane.view
    first = main.article()
    other = by_source(seeded, "003_")
    press(window, "j", times=2)
    window.navigation.open_article(other.id, "side", index=5)
    press(window, Qt.Key.Key_2, CTRL)
    assert window.focusWidget() is side and window.panes.active is window.side_pane
    press(window, "l")
    qtbot.keyClick(window.editing.link_dialog.focusWidget(), "c")
    qtbot.keyClick(window.editing.link_dialog.focusWidget(), Qt.Key.Key_Return)
    a, b = main.current_sentence().id, side.current_sentence().id
    assert seeded.find_link("newbie", a, b).relation == "contradicts"
    assert a in main._linked and b in side._linked
    # The side pane's inspector lists the link to the main article's sentence...
    row = window.inspector.links_model.row(0)
    assert row.other_id == a and row.other_article == first.id
    # ...and so does the main one's, after Ctrl+1.
    press(window, Qt.Key.Key_1, CTRL)
    assert window.inspector.links_model.row(0).other_id == b
    # G jumps to the other sentence (in the active pane), B comes back.
    press(window, "g")
    assert main.article().id == other.id and main.current_sentence().id == b
    press(window, "b")
    assert main.article().id == first.id and main.current_sentence().id == a
    # The link's other article opened alone still shows it.
    window.navigation.open_article(other.id, "main")
    assert b in main._linked


def test_markup_in_a_body_is_shown_literally(project, make_window):
    body = "Le titre <b>x</b> reste.\n<img src=http://example.com/a.png> et &amp; aussi. <script>alert(1)</script> Fin."
    project.import_article(Article(text=body, source="html.txt", title="<i>markup</i>"))
    window = make_window(project.path)
    view = window.main_pane.view
    assert view.toPlainText() == body
    assert window.main_pane.title.text() == "<i>markup</i>"
    assert window.main_pane.title.textFormat() == Qt.TextFormat.PlainText
    assert "<b>x</b>" in window.inspector.excerpt.text()


def test_emoji_offsets_select_exactly_the_sentence(project, make_window, press):
    body = "Un 😀 test 𝄞 ici. Deuxième phrase 👩‍🔬 après. Troisième 🇫🇷 drapeau! Fin."
    project.import_article(Article(text=body, source="emoji.txt", title="emoji"))
    window = make_window(project.path)
    view = window.main_pane.view
    sentences = view.sentences()
    assert len(sentences) >= 3
    for i, s in enumerate(sentences):
        view.select(i)
        selections = view.extraSelections()
        cursor = selections[-1].cursor
        selected = cursor.selectedText()
        assert selected == body[s.start:s.end]
    # A click on a character after the emoji selects the sentence holding it.
    view.select(0)
    third = sentences[2]
    cursor = view.textCursor()
    cursor.setPosition(view.offset_map().to_qt(third.start + 3))
    rect = view.cursorRect(cursor)
    from PySide6.QtTest import QTest
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_index() == 2
    press(window, "1")
    assert window.project.sentence_labels("newbie", third.id) == {"claim"}


def test_two_thousand_sentences_open_and_render(long_article, make_window, press, qtbot):
    window = make_window(long_article.path)
    view = window.main_pane.view
    assert len(view.sentences()) == 2000
    assert view.document().blockCount() == 200
    press(window, "1")
    press(window, Qt.Key.Key_End, CTRL)  # unbound: nothing happens
    view.select(1999)
    press(window, "3")
    assert view.verticalScrollBar().value() > 0
    pixmap = window.grab()
    assert not pixmap.isNull()
    assert window.listing.summary(view.article().id).tagged == 2


def test_tag_filter_limits_navigation(seeded, make_window, press):
    window = make_window(seeded.path)
    view = window.main_pane.view
    view.select(4)
    press(window, "2")
    view.select(0)
    press(window, Qt.Key.Key_T, CTRL)  # claim
    press(window, Qt.Key.Key_T, CTRL)  # quote
    assert view.tag_filter() == "quote"
    assert window.main_pane.meta.text().endswith(
        shown("widgets.article_pane", "showing only: {filter} (Ctrl+T)", filter=shown("names", "quote")))
    press(window, "j")
    assert view.current_index() == 4
    press(window, "j")
    assert view.current_index() == 4  # no other quote after it


def test_article_list_is_useful_at_1280(seeded, make_window, qtbot):
    """Title, date, tagged count and status all on screen in the list; source on demand; sorting."""
    from annotator.gui.models.articles import DATE, PROGRESS, SOURCE, STATUS, TITLE

    seeded.set_status("newbie", seeded.articles(None)[0].id, "done")
    window = make_window(seeded.path)
    window.navigation.open_article(window.list_model.ids()[-1], "side")  # the side pane open, as at work
    assert window.splitter.sizes()[0] == 0  # the list steps aside for two articles at 1280 px...
    window.actions_by_name["toggle_list"].trigger()  # ...and comes back with Ctrl+B
    table, header = window.table, window.table.horizontalHeader()
    assert 280 <= window.splitter.sizes()[0] <= 360
    visible = table.viewport().width()
    for column in (TITLE, DATE, PROGRESS, STATUS):
        assert not header.isSectionHidden(column)
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= visible + 1
    assert header.sectionSize(TITLE) >= 120
    assert header.isSectionHidden(SOURCE)
    # The whole title (and the source) are in the tooltip; the shown text elides.
    index = window.proxy.index(0, TITLE)
    summary = window.listing.summary(index.data(Role.ID))
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert summary.title in tip and summary.source in tip
    # Source can be shown from the header's menu.
    menu = table.columns_menu()
    source = next(a for a in menu.actions() if a.text() == shown("models.articles", "Source"))
    source.setChecked(True)
    assert not header.isSectionHidden(SOURCE)
    next(a for a in menu.actions() if a.text() == shown("widgets.article_list", "Default columns")).trigger()
    assert header.isSectionHidden(SOURCE)
    # Sorting by status puts done last when ascending.
    table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
    last = window.proxy.index(window.proxy.rowCount() - 1, 0).data(Role.ID)
    assert window.listing.summary(last).status == "done"
