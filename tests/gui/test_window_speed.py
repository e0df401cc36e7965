"""What keeps opening and switching articles fast, checked for what the reviewer sees: the
suggestion chips read as the sentences come on screen, where the reviewer is written to the
settings once they rest, the sentence bounds converted to Qt positions in one go."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from annotator.gui import state
from annotator.gui.offsets import OffsetMap

from .conftest import REVIEWER


def test_chips_are_read_for_the_sentences_on_screen_as_they_come(long_article, make_window):
    window = make_window(long_article.path)
    for _ in range(3):
        QApplication.processEvents()
    view = window.main_pane.view
    sentences = view.sentences()
    assert 0 < len(view.suggested()) < len(sentences) // 4  # the first sentences only
    last = sentences[-1]
    assert last.id not in view.suggested()
    view.select(1000, center=True)  # scrolled there: the sentences on screen get their chips
    on_screen = [index for index, _y in view.visible_sentence_tops()]
    assert on_screen and last.id not in view.suggested()
    for index in on_screen:
        expected = [s.label for s in long_article.suggestions.of_sentence(REVIEWER, sentences[index].id)]
        assert expected and view.suggested_of_index(index) == expected

def test_where_the_reviewer_is_reaches_the_settings_once_they_rest_or_close(seeded, make_window, settings, qtbot):
    window = make_window(seeded.path)
    path, ids = window.project.path, window.listing.ids()
    window.navigation.open_article(ids[2], "main")
    assert window.session.recall("last_article") == ids[2]
    assert state.file_value(settings, path, "last_article") != ids[2]  # not written at each switch
    qtbot.waitUntil(lambda: state.file_value(settings, path, "last_article") == ids[2], timeout=5000)
    window.navigation.open_article(ids[3], "main")
    window.close()
    assert state.file_value(settings, path, "last_article") == ids[3]


def test_sentence_bounds_convert_in_one_go_as_one_by_one():
    for text in ("plain text, all in the BMP", "emoji 😀 then 𝔘 and more 😀"):
        offsets = OffsetMap(text)
        bounds = [0, 3, 7, 9, len(text), len(text) + 4, -2]
        assert offsets.to_qt_all(bounds) == [offsets.to_qt(b) for b in bounds]
