"""The shared base of the row models and the one set of roles."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.project.adjudication import Adjudication
from annotator.gui.compare.figure_models import LINK_ROWS, FigureListModel, LabelFiguresModel
from annotator.gui.compare.models import DisagreementModel
from annotator.gui.models.articles import PROGRESS, STATUS, TITLE, ArticleListModel
from annotator.gui.models.links import LinkRow, LinksModel
from annotator.gui.models.roles import Role
from annotator.gui.models.rows import CENTER, Column, RowsListModel, RowsTableModel
from annotator.gui.models.search import SearchResultsModel
from annotator.model import Link
from tests.gui import language

TIP, ALIGN = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole


class Pairs(RowsTableModel):
    columns = (Column("name", "who"), Column("n", align=CENTER))

    def key_of(self, row):
        return row[0]

    def cell_data(self, row, column, role):
        return row[column] if role == Qt.ItemDataRole.DisplayRole else None


class Words(RowsListModel):
    def cell_data(self, row, _column, role):
        return row if role == Qt.ItemDataRole.DisplayRole else None


def test_one_role_per_meaning_and_the_id_keeps_its_number():
    roles = [value for name, value in vars(Role).items() if name.isupper()]
    assert len(roles) == len(set(roles)) >= 7
    assert all(type(role) is int and role > Qt.ItemDataRole.UserRole for role in roles)


def test_the_base_resets_counts_finds_and_heads(qtmodeltester, qtbot):
    model = Pairs()
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.modelReset):
        model.set_rows([("a", 1), ("b", 2)])
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.index(1, 1).data() == 2 and model.row(1) == ("b", 2) and model.rows() == [("a", 1), ("b", 2)]
    assert model.row_of("b") == 1 and model.row_of("z") == -1
    model.set_rows([("b", 2)])
    assert model.row_of("b") == 0 and model.row_of("a") == -1  # found again after a reset
    assert model.headerData(0, Qt.Orientation.Horizontal) == "name"
    assert model.headerData(0, Qt.Orientation.Horizontal, TIP) == "who"
    assert model.headerData(1, Qt.Orientation.Horizontal, TIP) is None
    assert model.headerData(1, Qt.Orientation.Horizontal, ALIGN) == CENTER
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    words = Words()
    words.set_rows(["un", "deux"])
    qtmodeltester.check(words)
    assert words.index(1).data() == "deux" and words.row_of("un") == 0


def test_the_article_list_answers_its_roles_and_finds_rows_after_a_sort(seeded):
    model = ArticleListModel()
    model.set_rows(seeded.articles(None))
    model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    for row in range(model.rowCount()):
        index = model.index(row, TITLE)
        assert model.row_of(index.data(Role.ID)) == row
    index = model.index(0, TITLE)
    summary = model.summary(0)
    assert summary.source in index.data(Role.FILTER) and summary.status in index.data(Role.FILTER)
    assert index.data(Role.SORT) == (summary.title or summary.source).casefold()
    assert model.headerData(STATUS, Qt.Orientation.Horizontal) == "✓"
    assert model.headerData(PROGRESS, Qt.Orientation.Horizontal, ALIGN) == CENTER
    assert model.headerData(STATUS, Qt.Orientation.Horizontal, TIP) == language.shown(
        "models.articles", "Your status for the article: ○ todo, ◐ in progress, ✓ done")


def test_the_row_objects_come_back_under_item(seeded):
    row = LinkRow(Link(1, 1, 2, "agrees", ""), 2, "a", "Title", "Text", True)
    links = LinksModel()
    links.set_rows([row])
    assert links.index(0).data(Role.ITEM) is row
    hits = seeded.search("OTAN")
    search = SearchResultsModel()
    search.set_hits([(h, "avant", "après") for h in hits], "OTAN")
    assert search.index(0).data(Role.ITEM) == hits[0] == search.hit(0)
    assert search.index(0).data(Role.TEXT).sentence == hits[0].text


def test_the_compare_models_answer_their_roles(qtmodeltester, seeded):
    article = seeded.articles(None)[0]
    first = seeded.sentences(article.id)[0]
    seeded.set_label("alice", first.id, "claim", True)
    seeded.set_label("bob", first.id, "quote", True)
    for reviewer in ("alice", "bob"):
        seeded.set_status(reviewer, article.id, "done")
    adjudication = Adjudication(seeded, "alice", "bob")
    adjudication.refresh()
    model = DisagreementModel(seeded)
    model.set_items(adjudication.items, {}, ("alice", "bob"))
    qtmodeltester.check(model)
    item = model.index(0, 0).data(Role.ITEM)
    assert item == adjudication.items[0] and model.row_of(item) == 0 and model.item(0) is item
    assert model.headerData(3, Qt.Orientation.Horizontal) == "A · alice"
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"
    labels = LabelFiguresModel()
    labels.set_report(adjudication.report)
    kappa = labels.cell("claim", "kappa")
    assert kappa.data(Role.KEY) == "labels.claim.kappa"
    assert kappa.data(Role.VALUE) == adjudication.report.labels["claim"].kappa.value
    figures = FigureListModel(LINK_ROWS, "links")
    assert figures.row_of("links.f1") == -1  # no report: no rows
    figures.set_report(adjudication.report)
    qtmodeltester.check(figures)
    f1 = figures.index(figures.row_of("links.f1"), 1)
    assert f1.data(Role.KEY) == "links.f1" and f1.data(Role.VALUE) == adjudication.report.links.f1.value
