"""Item models of the compare window's figures: per label, label sets, links and claims.

Figures are shown exactly as :mod:`annotator.review` (and, for claims,
:mod:`annotator.claims.compare`) computed them: four decimals in the cell, the
full value in the tooltip (and under ``Role.VALUE`` for tests and copy), an
undefined figure as "—" with the reason it is undefined. Each figure's
``Role.KEY`` is its path in ``Report.to_json()``. Kappa, alpha and AC1 show
their 95% interval after the value, rounded for people (two decimals); its
exact bounds are in the tooltip and under ``Role.INTERVAL``. Names, helps and
column titles are written in English and translated where shown; the refresh
command (gui/translations.py) collects them with :func:`table_texts`.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor

from ...claims.compare import ORDINAL, ClaimFigures
from ...model import LABELS
from ...project.claim_review import ClaimComparison
from ...review import Figure, LabelFigures, Report
from ...review.bootstrap import Interval
from ...review.reading import MEANINGS
from ...review.report import WITH_INTERVALS
from ..models.roles import ALIGNMENT, DECORATION, DISPLAY, FOREGROUND, TOOLTIP, Role
from .. import names
from ..i18n import core_text, translate
from ..models.rows import LEFT, RIGHT, Column, RowsTableModel
from ..palette import TAGS

CONTEXT = "compare.figure_models"
UNDEFINED = "—"
MUTED = QColor("#777777")


def figure_text(value: float | int | None) -> str:
    """A figure as the table shows it: 4 decimals, counts as integers, undefined as "—"."""
    if value is None:
        return UNDEFINED
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)


def figure_tooltip(value: float | int | None, reason: str = "") -> str:
    """The full value (shortest repr that reads back exactly), or why it is undefined."""
    if value is None:
        return (translate("compare.figure_models", "Undefined: {reason}").format(reason=core_text(reason)) if reason
                else translate("compare.figure_models", "Undefined"))
    return repr(value) if isinstance(value, float) else str(value)


def interval_text(interval: Interval | None) -> str:
    """An interval as a cell shows it after the value: "[0.41, 0.66]"."""
    return "" if interval is None else f"[{interval.low:.2f}, {interval.high:.2f}]"


def with_interval(value: Figure, interval: Interval | None, role: int):
    """A figure with its interval: shown after the value and in the tooltip."""
    data = figure_data(value, role)
    if interval is None or value.value is None:
        return data
    if role == DISPLAY:
        return f"{data}  {interval_text(interval)}"
    if role == TOOLTIP:
        return translate("compare.figure_models", "{value}\n95% interval: {low} to {high}").format(
            value=data, low=repr(interval.low), high=repr(interval.high))
    return data


def bootstrap_text(bootstrap) -> str:
    """How the intervals were drawn (the core's :meth:`Bootstrap.text`), in the interface's language."""
    return translate("compare.figure_models", "{level} intervals: percentile bootstrap over units, "
                     "{resamples} resamples, seed {seed}").format(
        level=f"{bootstrap.level:.0%}", resamples=bootstrap.resamples, seed=bootstrap.seed)


def _unpack(value: Figure | int) -> tuple[float | int | None, str]:
    return (value.value, value.reason) if isinstance(value, Figure) else (value, "")


def figure_data(value: Figure | int, role: int):
    raw, reason = _unpack(value)
    if role == DISPLAY:
        return figure_text(raw)
    if role == TOOLTIP:
        return figure_tooltip(raw, reason)
    if role == Role.VALUE:
        return raw
    if role == ALIGNMENT:
        return RIGHT
    if role == FOREGROUND and raw is None:
        return MUTED
    return None


# -- per-label figures ------------------------------------------------------------

#: The per-label figures; their 2x2 counts are in the grids (:mod:`confusion`), not the table.
LABEL_FIELDS = ("kappa", "alpha", "ac1", "positive", "negative", "observed")
LABEL_COLUMNS = (
    Column("label"),
    *(Column(title, f"{MEANINGS[name].meaning} ({MEANINGS[name].range})")
      for name, title in (("kappa", "kappa [95%]"), ("alpha", "alpha [95%]"), ("ac1", "AC1 [95%]"),
                          ("positive", "positive"), ("negative", "negative"), ("observed", "observed"))),
)


class LabelFiguresModel(RowsTableModel):
    """One row per label, ``(label, its LabelFigures)``: kappa, alpha and AC1 with their intervals,
    specific agreement, observed agreement."""

    columns = LABEL_COLUMNS
    context = CONTEXT

    def set_report(self, report: Report | None) -> None:
        self.set_rows([] if report is None else [(label, report.labels[label]) for label in LABELS])

    def cell_data(self, row: tuple[str, LabelFigures], column: int, role: int):
        label, figures = row
        if column == 0:
            if role == DISPLAY:
                return names.shown(label)
            if role == Role.VALUE:
                return label
            if role == ALIGNMENT:
                return LEFT
            if role == DECORATION:
                return QColor(TAGS[label].strong)
            return None
        name = LABEL_FIELDS[column - 1]
        if role == Role.KEY:
            return f"labels.{label}.{name}"
        if name in WITH_INTERVALS:
            if role == Role.INTERVAL:
                return figures.intervals.get(name)
            return with_interval(getattr(figures, name), figures.intervals.get(name), role)
        return figure_data(getattr(figures, name), role)

    def cell(self, label: str, name: str) -> QModelIndex:
        return self.index(LABELS.index(label), LABEL_FIELDS.index(name) + 1)


# -- label sets, links and claims ----------------------------------------------------


class FigureRow(NamedTuple):
    key: str  # the path in Report.to_json(), e.g. "sets.alpha_masi"; its last part names the field
    name: str
    help: str


SET_ROWS = (
    FigureRow("sets.exact", "exact match", "share of sentences given exactly the same label set"),
    FigureRow("sets.alpha", "alpha (nominal)", "Krippendorff's alpha, each distinct label set one category"),
    FigureRow("sets.alpha_masi", "alpha (MASI)", "Krippendorff's alpha with the MASI distance between label sets"),
)
LINK_ROWS = (
    FigureRow("links.a", "A's linked pairs", "distinct sentence pairs A linked"),
    FigureRow("links.b", "B's linked pairs", "distinct sentence pairs B linked"),
    FigureRow("links.matched", "linked by both", "pairs both linked, in either direction"),
    FigureRow("links.precision", "precision", "B against A: matched / B's pairs"),
    FigureRow("links.recall", "recall", "B against A: matched / A's pairs"),
    FigureRow("links.f1", "F1", "2 x matched / (A's + B's pairs)"),
    FigureRow("links.relation_agreement", "same relation", "pairs linked by both with the same relation"),
)
CLAIM_ROWS = (
    FigureRow("claims.a", "A's claims", "claims A made, with an appearance in the compared articles"),
    FigureRow("claims.b", "B's claims", "claims B made, with an appearance in the compared articles"),
    FigureRow("claims.matched", "matched", "claims of A and B sharing a sentence, paired one to one"),
    FigureRow("claims.verdicts.observed", "same verdict",
              "share of the matched claims judged by both that got the same verdict"),
    FigureRow("claims.verdicts.alpha_nominal", "verdict alpha (nominal)",
              "Krippendorff's alpha over the six verdicts, matched claims judged by both"),
    FigureRow("claims.verdicts.alpha_ordinal", "verdict alpha (ordinal)", "Krippendorff's " + ORDINAL),
    FigureRow("claims.grouping.precision", "grouping precision",
              "B against A: pairs of sentences both put in one claim / B's pairs"),
    FigureRow("claims.grouping.recall", "grouping recall",
              "B against A: pairs of sentences both put in one claim / A's pairs"),
    FigureRow("claims.grouping.f1", "grouping F1", "2 x pairs both made / (A's + B's pairs)"),
)


class FigureListModel(RowsTableModel):
    """A figure per row (name | value), for the label-set, link or claim figures;
    a row is ``(FigureRow, its value)``. No rows when the report lacks the group."""

    def __init__(self, figures: tuple[FigureRow, ...], title: str, parent=None):
        super().__init__(parent)
        self._figures = figures
        self.columns = (Column(title), Column("value"))
        self.context = CONTEXT

    def set_report(self, report: Report | None) -> None:
        group = None if report is None else _group(report, self._figures[0].key)
        self.set_rows([] if group is None else [(f, getattr(group, f.key.rsplit(".", 1)[1])) for f in self._figures])

    def key_of(self, row: tuple[FigureRow, Figure | int]) -> str:
        return row[0].key

    def cell_data(self, row: tuple[FigureRow, Figure | int], column: int, role: int):
        figure, value = row
        if role == Role.KEY:
            return figure.key
        if column == 0:
            if role == DISPLAY:
                return translate(CONTEXT, figure.name)
            if role == Role.VALUE:
                return figure.name
            if role == TOOLTIP:
                return translate(CONTEXT, figure.help)
            return None
        return figure_data(value, role)


def table_texts() -> list[str]:
    """Every name, help and column title of the figure tables, in English, for the translation sources."""
    texts = ["value"]
    for column in LABEL_COLUMNS:
        texts += [column.title, column.tip]
    for row in (*SET_ROWS, *LINK_ROWS, *CLAIM_ROWS):
        texts += [row.name, row.help]
    return list(dict.fromkeys(text for text in texts if text))


def _group(report: Report, key: str) -> object | None:
    """What holds the figures under ``key``'s first part (None: the report has no such part)."""
    group = key.split(".", 1)[0]
    return claim_figures(report) if group == "claims" else getattr(report, group)


def claim_figures(report: Report) -> ClaimFigures | None:
    """The report's claim figures, if it compared claims."""
    claims = report.claims
    return claims.figures if isinstance(claims, ClaimComparison) else None


def has_claims(report: Report | None) -> bool:
    """Whether either reviewer has a claim in the compared articles."""
    figures = None if report is None else claim_figures(report)
    return figures is not None and figures.a + figures.b > 0
