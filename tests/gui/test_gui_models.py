"""The item models pass Qt's model checks (pytest-qt's qtmodeltester)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.gui.models.articles import PROGRESS, TITLE, ArticleFilterModel, ArticleListModel, progress_text
from annotator.gui.models.links import LinkRow, LinksModel
from annotator.gui.models.search import SearchResultsModel
from annotator.model import Link
from tests.gui import language


def test_article_list_model(qtmodeltester, seeded):
    model = ArticleListModel()
    model.set_rows(seeded.articles("nobody"))
    qtmodeltester.check(model, force_py=True)
    proxy = ArticleFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(PROGRESS)
    proxy.setFilterFixedString("OpenAI")
    qtmodeltester.check(proxy, force_py=True)
    assert 1 <= proxy.rowCount() < model.rowCount()
    summary = model.summary(0)
    assert model.data(model.index(0, PROGRESS)) == f"{summary.tagged}/{summary.sentences}"
    assert progress_text(summary) in model.data(model.index(0, TITLE), Qt.ItemDataRole.ToolTipRole)
    # The filter reads fields the narrow list does not show: the source, the status word.
    proxy.setFilterFixedString("003_")
    assert proxy.rowCount() == 1
    proxy.setFilterFixedString("todo")
    assert proxy.rowCount() == model.rowCount()


def test_search_and_link_models(qtmodeltester, seeded):
    hits = seeded.search("OTAN")
    search = SearchResultsModel()
    search.set_hits([(h, "before", "after") for h in hits])
    qtmodeltester.check(search, force_py=True)
    assert search.rowCount() == len(hits) > 0
    links = LinksModel()
    links.set_rows([LinkRow(Link(1, 1, 2, "agrees", "n"), 2, "a", "Title", "Text", True)])
    qtmodeltester.check(links, force_py=True)
    assert language.shown("names", "agrees").upper() in links.data(links.index(0))
