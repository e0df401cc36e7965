"""The Claims window's models on plain rows: filters, sorts, what each cell shows, verdict names."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from annotator.claims.model import VERDICTS
from annotator.gui.claims import verdicts
from annotator.gui.claims.models import (
    ALL, APPEARANCES, ARTICLES, CLAIM_COLUMNS, CONTRADICTIONS, FIRST_SEEN, LAST_SEEN, NO_VERDICT, STATEMENT,
    VERDICT, ClaimsModel, TimelineModel,
)
from annotator.gui.models.roles import DISPLAY, TOOLTIP, Role
from annotator.store.claim_summaries import ClaimSummary, TimelineEntry
from annotator.gui.i18n import shown_date
from tests.gui.language import shown, speaking

D = dt.date


def summary(claim_id, statement, verdict=None, appearances=1, articles=1, first=None, last=None,
            contradictions=0) -> ClaimSummary:
    return ClaimSummary(claim_id, statement, verdict, appearances, articles, first, last, contradictions,
                        f"2026-03-{30 - claim_id:02d}")


#: As the facade gives them: most recently changed first.
ROWS = [
    summary(1, "Zèbre rayé", "true", 10, 3, D(2026, 2, 25), D(2026, 3, 4), 2),
    summary(2, "abc du fact-checking", None, 9, 9, None, None, 0),
    summary(3, "Les États-Unis ont signé", "misleading", 2, 1, D(2026, 3, 4), D(2026, 3, 4), 1),
    summary(4, "eclat de rire", "false", 2, 2, D(2026, 2, 26), D(2026, 2, 27), 0),
    summary(5, "Éclair au chocolat", "unverifiable", 1, 1, D(2026, 2, 25), D(2026, 2, 25), 0),
    summary(6, "Un mitigé", "mixed", 3, 2, D(2026, 3, 1), None, 0),
]


@pytest.fixture
def model(qtbot):
    made = ClaimsModel()
    made.load(ROWS)
    return made


def ids(model: ClaimsModel) -> list[int]:
    return [model.index(row, 0).data(Role.ID) for row in range(model.rowCount())]


def test_the_models_pass_the_model_tester(qtmodeltester, model):
    qtmodeltester.check(model)
    model.set_text_filter("e")
    model.sort(VERDICT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    timeline = TimelineModel()
    timeline.set_rows([TimelineEntry("a", "Title", D(2026, 3, 4), 7, 0, 10, "Some text.")])
    qtmodeltester.check(timeline)


def test_rows_show_as_loaded_most_recent_first_until_a_column_is_sorted(model):
    assert ids(model) == [1, 2, 3, 4, 5, 6]
    assert model.total() == 6
    assert model.load(list(ROWS)) is False  # the same claims again: nothing to redo


def test_filter_by_verdict(model):
    model.set_verdict_filter("misleading")
    assert ids(model) == [3]
    model.set_verdict_filter(NO_VERDICT)
    assert ids(model) == [2]
    model.set_verdict_filter(None)
    assert ids(model) == [2]
    model.set_verdict_filter("mostly-true")
    assert ids(model) == []
    model.set_verdict_filter(ALL)
    assert ids(model) == [1, 2, 3, 4, 5, 6]


def test_filter_by_words_ignores_accents_and_case(model):
    model.set_text_filter("ETATS-unis")
    assert ids(model) == [3]
    model.set_text_filter("éclat")
    assert ids(model) == [4]
    model.set_text_filter("ecla")  # a part of a word matches: "éclat", "Éclair"
    assert ids(model) == [4, 5]
    model.set_text_filter("  rire   ECLAT ")  # every word, in any order
    assert ids(model) == [4]
    model.set_text_filter("rire chocolat")
    assert ids(model) == []
    model.set_text_filter("")
    assert len(ids(model)) == 6


def test_both_filters_hold_at_once_and_survive_a_reload(model):
    model.set_text_filter("e")
    model.set_verdict_filter("false")
    assert ids(model) == [4]
    model.load([*ROWS, summary(7, "Encore faux", "false")])
    assert ids(model) == [4, 7]
    assert model.total() == 7


SORTED_ASCENDING = {
    STATEMENT: [2, 5, 4, 3, 6, 1],  # abc, Éclair, eclat, Les, Un, Zèbre: accents and case ignored
    VERDICT: [4, 3, 6, 1, 5, 2],  # false, misleading, mixed, true, unverifiable, none
    APPEARANCES: [5, 3, 4, 6, 2, 1],  # 1, 2, 2, 3, 9, 10: as numbers, ties in the order loaded
    ARTICLES: [3, 5, 4, 6, 1, 2],  # 1, 1, 2, 2, 3, 9
    FIRST_SEEN: [1, 5, 4, 6, 3, 2],  # undated last
    LAST_SEEN: [5, 4, 1, 3, 2, 6],  # undated last, in the order loaded
    CONTRADICTIONS: [2, 4, 5, 6, 3, 1],
}


@pytest.mark.parametrize("column", range(len(CLAIM_COLUMNS)), ids=[c.title for c in CLAIM_COLUMNS])
def test_sort_by_each_column_both_ways(model, column):
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert ids(model) == SORTED_ASCENDING[column]
    model.sort(column, Qt.SortOrder.DescendingOrder)
    keys = [model.index(row, column).data(Role.SORT) for row in range(model.rowCount())]
    assert keys == sorted(keys, reverse=True)
    model.sort(-1)
    assert ids(model) == [1, 2, 3, 4, 5, 6]


def test_a_sort_keeps_the_filter_and_the_filter_keeps_the_sort(model):
    model.sort(APPEARANCES, Qt.SortOrder.DescendingOrder)
    model.set_text_filter("e")
    assert ids(model) == [1, 2, 6, 3, 4, 5]
    model.set_verdict_filter("unverifiable")
    assert ids(model) == [5]


def test_cells_show_names_dates_and_counts(model):
    row = model.row_of(3)
    cells = [model.index(row, column).data(DISPLAY) for column in range(len(CLAIM_COLUMNS))]
    day = shown_date(D(2026, 3, 4))
    assert cells == ["Les États-Unis ont signé", shown("claims.verdicts", "Misleading"), "2", "1", day, day, "1"]
    undated = [model.index(model.row_of(2), column).data(DISPLAY) for column in (VERDICT, FIRST_SEEN)]
    assert undated == [shown("claims.verdicts", "No verdict"), "—"]
    assert model.index(row, 0).data(Role.ITEM).verdict == "misleading"  # the file's word, kept


def test_a_hostile_statement_is_shown_as_typed(model):
    model.load([summary(9, "<b>x</b>\nsecond line", "true")])
    index = model.index(0, STATEMENT)
    assert index.data(DISPLAY) == "<b>x</b> second line"
    assert "&lt;b&gt;x&lt;/b&gt;" in index.data(TOOLTIP) and "<b>" not in index.data(TOOLTIP)
    timeline = TimelineModel()
    timeline.set_rows([TimelineEntry("a", "<i>t</i>", None, 7, 0, 8, "<b>x</b>")])
    assert [timeline.index(0, c).data(DISPLAY) for c in range(3)] == ["—", "<i>t</i>", "<b>x</b>"]
    assert "<b>" not in timeline.index(0, 2).data(TOOLTIP)


def test_a_long_title_is_cut_at_a_word_in_the_timeline():
    title = "Sam Altman a déclaré à son personnel qu'OpenAI était en train d'étudier un nouveau contrat"
    timeline = TimelineModel()
    timeline.set_rows([TimelineEntry("a", title, D(2026, 3, 4), 7, 0, 8, "x")])
    cut = timeline.index(0, 1).data(DISPLAY)
    assert cut.endswith("…") and len(cut) <= 61 and title.startswith(cut[:-1])
    assert title in timeline.index(0, 1).data(TOOLTIP)


def test_verdict_names_in_french_and_english(qapp):
    assert list(verdicts.names("fr").values()) == [
        "Faux", "Trompeur", "Mitigé", "Plutôt vrai", "Vrai", "Invérifiable", "Sans verdict"]
    assert verdicts.name("mostly-true", "en") == "Mostly true"
    assert list(verdicts.names("en"))[:-1] == list(VERDICTS)
    for verdict in (*VERDICTS, None):
        assert verdicts.text_colour(verdict).isValid()
    with speaking("fr"):
        assert verdicts.name("misleading") == "Trompeur"
    with speaking("en"):
        assert verdicts.name("misleading") == "Misleading"
