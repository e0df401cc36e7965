"""The links list shows whole sentences, wrapped, and a symmetric relation without an arrow (issue 14, bug 7)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

DISPLAY = Qt.ItemDataRole.DisplayRole


def test_a_link_row_shows_the_whole_sentence_wrapped_without_an_arrow(seeded, make_window, by_source, qtbot):
    nato = by_source(seeded, "003_")
    article = seeded.article(nato.id)
    sentences = seeded.sentences(nato.id)
    first = next(s for s in sentences if "réseaux classifiés de l'OTAN" in article.text[s.start:s.end])
    second = next(s for s in sentences if "non classifiés" in article.text[s.start:s.end])
    seeded.add_link("newbie", second.id, first.id, "contradicts")
    window = make_window(seeded.path)
    window.navigation.open_article(nato.id, "main", sentence_id=first.id)
    qtbot.wait(20)
    links = window.inspector.links
    index = window.inspector.links_model.index(0)
    text = index.data(DISPLAY)
    whole = article.text[second.start:second.end]
    assert whole in text
    assert "→" not in text and "←" not in text
    rect = links.visualRect(index)
    needed = QFontMetrics(links.font()).boundingRect(
        QRect(0, 0, rect.width() - 12, 10_000), Qt.TextFlag.TextWordWrap, text).height()
    assert rect.height() >= needed
    assert rect.width() <= links.viewport().width()
