"""Item models of the figures over more than two reviewers: per label over all, and pair by pair.

Shown as :mod:`annotator.review.panel` computed them; the cells format like
the two-reviewer figures (:mod:`figure_models`): four decimals, the 95%
interval after the value, the exact value in the tooltip, "—" with the reason
when undefined. The matrix shows one figure of one label for every pair of
reviewers; its diagonal is empty.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from ...model import LABELS
from ...review.panel import OVERALL_FIGURES, OVERALL_INTERVALS, Panel
from ...review.reading import MEANINGS
from .. import names
from ..i18n import translate
from ..models.roles import ALIGNMENT, DISPLAY, TOOLTIP, Role
from ..models.rows import LEFT, RIGHT, Column, RowsTableModel
from .figure_models import UNDEFINED, figure_data, with_interval

#: The pairwise figures the matrix can show.
MATRIX_FIGURES = ("kappa", "alpha", "ac1", "positive")
CONTEXT = "compare.panel_models"
OVERALL_COLUMNS = (Column("label"), *(Column(name + (" [95%]" if name in OVERALL_INTERVALS else ""),
                                             f"{MEANINGS[name].meaning} ({MEANINGS[name].range})")
                                      for name in OVERALL_FIGURES))


def table_texts() -> list[str]:
    """The column titles and tips and the matrix's figure names, in English, for the translation sources."""
    texts = [*MATRIX_FIGURES, *(text for column in OVERALL_COLUMNS for text in (column.title, column.tip))]
    return list(dict.fromkeys(text for text in texts if text))


class OverallModel(RowsTableModel):
    """One row per label, ``(label, OverallFigures)``: alpha, Fleiss' kappa, AC1, observed over all."""

    columns = OVERALL_COLUMNS
    context = CONTEXT

    def set_panel(self, panel: Panel | None) -> None:
        self.set_rows([] if panel is None else list(panel.labels.items()))

    def cell_data(self, row, column: int, role: int):
        label, figures = row
        if column == 0:
            if role == DISPLAY:
                return names.shown(label)
            if role == Role.VALUE:
                return label
            return LEFT if role == ALIGNMENT else None
        name = OVERALL_FIGURES[column - 1]
        if role == Role.KEY:
            return f"overall.{label}.{name}"
        if role == Role.INTERVAL:
            return figures.intervals.get(name)
        return with_interval(getattr(figures, name), figures.intervals.get(name), role)

    def cell(self, label: str, name: str) -> QModelIndex:
        return self.index(LABELS.index(label), OVERALL_FIGURES.index(name) + 1)


class PairMatrixModel(RowsTableModel):
    """Reviewers by reviewers: one label's figure for each pair (see :meth:`show`)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.panel: Panel | None = None
        self.label, self.figure = LABELS[0], MATRIX_FIGURES[0]
        self.columns = (Column(""),)

    def set_panel(self, panel: Panel | None) -> None:
        names = () if panel is None else panel.reviewers
        self.beginResetModel()
        self.panel = panel
        self.columns = (Column(""), *(Column(name) for name in names))
        self._rows = list(names)
        self._reindex()
        self.endResetModel()

    def show(self, label: str, figure: str) -> None:
        self.label, self.figure = label, figure
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def cell_data(self, row: str, column: int, role: int):
        if column == 0:
            return row if role in (DISPLAY, Role.VALUE) else (LEFT if role == ALIGNMENT else None)
        other = self.panel.reviewers[column - 1]
        report = self.panel.pairs.get((row, other)) or self.panel.pairs.get((other, row))
        if report is None:
            return UNDEFINED if role == DISPLAY else (RIGHT if role == ALIGNMENT else None)
        value = getattr(report.labels[self.label], self.figure)
        if role == Role.KEY:
            return f"pairs.{row}.{other}.labels.{self.label}.{self.figure}"
        if role == TOOLTIP:
            return translate("compare.panel_models", "{a} and {b}, {label}, {figure}: {value}").format(
                a=row, b=other, label=names.shown(self.label), figure=translate(CONTEXT, self.figure),
                value=figure_data(value, TOOLTIP))
        return figure_data(value, role)
