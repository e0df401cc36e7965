"""The window's incremental paths: one list row after an edit, sorting in the model, stepping in shown order.

These hold the behaviour the faster paths must keep (no timings here: see tests/benchmarks).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.gui.models.articles import DATE, PROGRESS, STATUS, TITLE, sort_key
from annotator.gui.models.roles import Role

CTRL = Qt.KeyboardModifier.ControlModifier


def _shown(window) -> list[str]:
    return [window.proxy.index(r, 0).data(Role.ID) for r in range(window.proxy.rowCount())]


def _cell(window, article_id: str, column: int) -> str:
    row = window.list_model.row_of(article_id)
    return window.proxy.mapFromSource(window.list_model.index(row, column)).data()


def test_a_tag_refreshes_its_row_without_reloading_the_list(seeded, make_window, press, qtbot):
    window = make_window(seeded.path)
    aid = window.main_pane.view.article().id
    resets, changes = [], []
    window.list_model.modelReset.connect(lambda: resets.append(1))
    window.list_model.dataChanged.connect(lambda a, b, *_: changes.append((a.row(), b.row())))
    window.listing.reload = lambda: (_ for _ in ()).throw(AssertionError("whole list reloaded"))  # noqa: E731
    total = window.listing.summary(aid).sentences
    press(window, "1")
    assert not resets
    row = window.list_model.row_of(aid)
    assert changes and all(a == b == row for a, b in changes)  # one row, not all of them
    assert _cell(window, aid, PROGRESS) == f"1/{total}"
    assert window.listing.summary(aid).tagged == 1
    press(window, Qt.Key.Key_Z, CTRL)
    assert _cell(window, aid, PROGRESS) == f"0/{total}" and not resets
    press(window, Qt.Key.Key_D, CTRL)  # mark done: the status mark follows, still one row
    assert window.listing.summary(aid).status == "done" and _cell(window, aid, STATUS) == "✓" and not resets


def test_the_list_sorts_in_the_model_and_keeps_sorted_after_an_edit(seeded, make_window, press):
    window = make_window(seeded.path)
    model = window.list_model
    by_date = _shown(window)
    assert by_date == [s.id for s in sorted(seeded.articles(None), key=lambda s: sort_key(s, DATE))]
    window.table.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    titles = [window.proxy.index(r, TITLE).data() for r in range(window.proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold, reverse=True)
    assert model.sort_column() == TITLE and window.proxy.sortColumn() == -1  # the proxy only filters
    # Sorted by progress, a tag moves the article to its new place (descending: to the top).
    window.table.sortByColumn(PROGRESS, Qt.SortOrder.DescendingOrder)
    aid = window.main_pane.view.article().id
    press(window, "1")
    assert _shown(window)[0] == aid
    assert window.table.currentIndex().data(Role.ID) == aid  # the selection followed the row
    assert [model.row_of(i) for i in model.ids()] == list(range(model.rowCount()))


def test_next_article_follows_the_shown_order_of_another_column(seeded, make_window, press):
    window = make_window(seeded.path)
    window.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    shown = _shown(window)
    assert shown != [s.id for s in seeded.articles(None)] or len(shown) < 2
    window.navigation.open_article(shown[0], "main")
    visited = [window.main_pane.view.article().id]
    for _ in range(len(shown) + 1):  # one more than there are: stops at the last
        press(window, Qt.Key.Key_PageDown, CTRL)
        visited.append(window.main_pane.view.article().id)
    assert visited[:len(shown)] == shown and visited[-1] == shown[-1]
    for _ in range(len(shown) - 1):
        press(window, Qt.Key.Key_PageUp, CTRL)
    assert window.main_pane.view.article().id == shown[0]
    # Filtered so the open article is not shown: next goes to the first shown row.
    other = shown[1]
    title = window.listing.summary(other).title
    window.filter_box.setText(title)
    assert window.listing.neighbour(shown[-1], 1) == _shown(window)[0]


def _highlighted(view) -> dict[tuple[int, int], object]:
    """(start, end) Qt positions -> background colour name, of the base highlights (not the selected one)."""
    selections = view.extraSelections()  # kept: the cursors live as long as the list
    return {(s.cursor.selectionStart(), s.cursor.selectionEnd()): s.format.background().color().name()
            for s in selections[:-1]}


def _selected(view) -> tuple[int, int]:
    selections = view.extraSelections()
    cursor = selections[-1].cursor
    return cursor.selectionStart(), cursor.selectionEnd()


def test_highlights_follow_the_viewport_on_a_long_article(long_article, make_window, press, qtbot):
    from annotator.gui.palette import tint
    window = make_window(long_article.path)
    view = window.main_pane.view
    claim = tint("claim").name()
    press(window, "1")  # sentence 0 tagged
    first = view._qt[0]
    assert _highlighted(view).get(first) == claim
    assert len(view.extraSelections()) < 200  # only what is on screen, not a highlight per sentence
    view.select(1999)  # the last sentence: scrolled into view, then tagged
    press(window, "3")
    assert view.verticalScrollBar().value() > 0
    last = view._qt[1999]
    assert _selected(view) == last  # the selected one, drawn last
    assert _highlighted(view).get(last) == tint("statistic").name()
    assert first not in _highlighted(view)  # off screen: not built
    view.verticalScrollBar().setValue(0)  # scrolled back by hand: the first one shows again
    assert _highlighted(view).get(first) == claim
    assert _selected(view) == last
    # The margin's chips are drawn for sentences on screen.
    tops = dict(view.visible_sentence_tops())
    assert 0 in tops and 1999 not in tops
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert 1999 in dict(view.visible_sentence_tops())
