"""The compare window's item models (checked by Qt's model tester), key table and formatting."""

from __future__ import annotations

import pytest

from annotator.project.adjudication import Adjudication, Decision
from annotator.gui.compare.figure_models import (
    LINK_ROWS, SET_ROWS, FigureListModel, LabelFiguresModel, figure_text, figure_tooltip,
)
from annotator.gui.compare.models import DECISION, DisagreementModel, UndecidedFilter
from annotator.gui.models.roles import Role
from annotator.review import Figure
from annotator.review.coefficients import NO_UNITS
from tests.gui import language


@pytest.fixture
def adjudication(disputed):
    adjudication = Adjudication(disputed[0], "alice", "bob")
    adjudication.refresh()
    return adjudication


def test_figure_models_pass_the_model_tester(qtmodeltester, adjudication):
    labels = LabelFiguresModel()
    qtmodeltester.check(labels)
    labels.set_report(adjudication.report)
    qtmodeltester.check(labels)
    for rows in (SET_ROWS, LINK_ROWS):
        model = FigureListModel(rows, "figures")
        model.set_report(adjudication.report)
        qtmodeltester.check(model)
        assert model.rowCount() == len(rows)


def test_disagreement_model_and_filter_pass_the_model_tester(qtmodeltester, adjudication):
    model = DisagreementModel(adjudication.project)
    qtmodeltester.check(model)
    model.set_items(adjudication.items, adjudication.decisions(), ("alice", "bob"))
    qtmodeltester.check(model)
    proxy = UndecidedFilter()
    proxy.setSourceModel(model)
    proxy.set_undecided_only(True)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 4
    first = adjudication.items[0]
    adjudication.decide(first, "a")
    model.set_decision(first, Decision("a", first.a))
    assert proxy.rowCount() == 3
    assert model.index(0, DECISION).data() == f"A: {language.shown('names', 'quote')}"
    assert model.next_undecided(-1) == 1 and model.next_undecided(3) == 1
    link = model.index(3, 0).data(Role.ITEM)
    assert link.is_link and model.index(3, 4).data() == language.shown("compare.models", "(not linked)")
    assert "↔" in model.index(3, 2).data()


def test_figures_are_formatted_but_never_rounded_underneath():
    assert figure_text(0.123456789) == "0.1235"
    assert figure_tooltip(0.123456789) == "0.123456789"
    assert figure_text(None) == "—"
    assert figure_tooltip(None, NO_UNITS) == language.shown("compare.figure_models", "Undefined: {reason}",
                                                            reason=language.shown("core", NO_UNITS))
    assert figure_text(12) == "12"
    model = LabelFiguresModel()
    assert model.rowCount() == 0 and model.data(model.index(0, 1), Role.VALUE) is None
    assert Figure(None, "x").value is None
