"""What the window shows at 1280x800 on the seeds: nothing clipped, nothing dropped.

Each test here pins a fault seen on screen: text wider than its view, a tag
chip missing from the margin, the status bar losing its labels, the list
losing the open article's highlight, compare headers cut short.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from annotator.gui.models.roles import Role


def settle(qtbot) -> None:
    """Let the deferred layout work (resizes, lazy document layout) run, as a shown window does."""
    for _ in range(20):
        QApplication.processEvents()
    qtbot.wait(10)


def test_article_text_fits_its_view_at_start_and_after_a_resize(seeded, make_window, qtbot):
    window = make_window(seeded.path)
    settle(qtbot)
    view = window.main_pane.view
    assert view.horizontalScrollBar().maximum() == 0
    assert view.document().textWidth() <= view.viewport().width()
    for width in (1500, 1100, 1280):
        window.resize(width, 800)
        settle(qtbot)
        assert view.horizontalScrollBar().maximum() == 0, width
        assert view.document().textWidth() <= view.viewport().width(), width


def _chips(view):
    margin = view._margin
    return margin, margin.chips(list(view.visible_sentence_tops()))


def _assert_inside_and_apart(margin, chips) -> None:
    for n, (rect, _label) in enumerate(chips):
        assert 0 <= rect.left() and rect.right() < margin.width()
        assert not any(rect.intersects(other) for other, _ in chips[n + 1:])


def test_a_sentence_with_three_tags_shows_three_chips(seeded, make_window, qtbot):
    from annotator.gui.widgets.tag_margin import SUGGESTED  # other sentences' suggestions show too
    from annotator.model import LABELS

    first = seeded.sentences(seeded.articles(None)[0].id)[0]
    for label in LABELS:
        seeded.set_label("newbie", first.id, label, True)
    window = make_window(seeded.path)
    window.navigation.open_article(first.article_id, "main")
    settle(qtbot)
    view = window.main_pane.view
    assert view.labels_of_index(view.index_of_id(first.id)) == set(LABELS)
    margin, chips = _chips(view)
    assert sorted(label for _rect, label in chips if not label.startswith(SUGGESTED)) == sorted(LABELS)
    _assert_inside_and_apart(margin, chips)


def test_sentences_sharing_a_line_stack_their_chips(project, make_window, qtbot):
    from annotator.model import LABELS, Article

    project.import_article(Article(text="Il pleut. Il neige. Le vent souffle fort ce soir sur la ville.",
                                   source="short.txt", title="court"))
    sentences = project.sentences(project.articles(None)[0].id)
    assert len(sentences) == 3
    for sentence in sentences[:2]:
        for label in LABELS:
            project.set_label("newbie", sentence.id, label, True)
    project.set_label("newbie", sentences[2].id, "quote", True)
    window = make_window(project.path)
    settle(qtbot)
    view = window.main_pane.view
    tops = dict(view.visible_sentence_tops())
    assert tops[0] == tops[1] == tops[2]  # one line: three sentences share its row
    margin, chips = _chips(view)
    assert len(chips) == 7
    _assert_inside_and_apart(margin, chips)


def test_status_bar_keeps_reviewer_file_and_saved_during_a_message(seeded, make_window, qtbot):
    window = make_window(seeded.path)
    bar = window.statusBar()
    bar.showMessage("Tag filter: claim", 3000)
    settle(qtbot)
    assert bar.currentMessage() == "Tag filter: claim"
    for label in (window.reviewer_label, window.file_label, window.saved_label):
        assert label.isVisible(), label.text()
    assert "newbie" in window.reviewer_label.text()
    assert str(seeded.path) in window.file_label.text()


def test_the_open_article_stays_highlighted_in_the_list_after_an_import(seeded, make_window, qtbot, tmp_path):
    window = make_window(seeded.path)
    opened = window.list_model.ids()[2]
    window.navigation.open_article(opened, "main")
    new = tmp_path / "nouveau.txt"
    new.write_text("Un article de plus.\n\nIl arrive par l'import, et la liste est relue.", encoding="utf-8")
    window.transfers.start_import([new])
    qtbot.waitUntil(lambda: window.transfers.import_job is None, timeout=20000)
    assert len(window.list_model.ids()) == 6  # a new set of articles: the model was reset
    current = window.table.currentIndex()
    assert current.isValid() and current.data(Role.ID) == opened
    assert window.table.selectionModel().isRowSelected(current.row(), current.parent())
