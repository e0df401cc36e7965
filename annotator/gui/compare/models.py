"""Item models of the compare window: the figures, and the disagreements to decide.

Figures are shown exactly as :mod:`annotator.review` computed them: four
decimals in the cell, the full value in the tooltip (and under ``Role.VALUE``
for tests and copy), an undefined figure as "—" with the reason it is
undefined. The disagreement list is a model over ``Adjudication.items`` (plain
frozen data, sentence ids); titles and sentence texts are fetched from the
facade the first time a row is drawn and kept.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from ...project.adjudication import Decision, Item
from ...model import LABELS
from ...project import Project
from ...review import Figure, LabelFigures, Report
from ...review.labelsets import sorted_labels
from ..models.roles import ALIGNMENT, DECORATION, DISPLAY, FOREGROUND, TOOLTIP, Role
from ..models.rows import LEFT, RIGHT, Column, RowsTableModel
from ..palette import TAGS
from .report_export import DisagreementRow

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
        return f"Undefined: {reason}" if reason else "Undefined"
    return repr(value) if isinstance(value, float) else str(value)


def _unpack(value: Figure | int) -> tuple[float | int | None, str]:
    return (value.value, value.reason) if isinstance(value, Figure) else (value, "")


def _figure_data(value: Figure | int, role: int):
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

LABEL_FIELDS = ("kappa", "alpha", "observed", "both", "a_only", "b_only", "neither")
LABEL_COLUMNS = (
    Column("label"),
    Column("kappa", "Cohen's kappa of the label's yes/no decision per sentence"),
    Column("alpha", "Krippendorff's alpha (nominal) of the label's yes/no decision per sentence"),
    Column("observed", "share of sentences on which A and B decided the label alike"),
    Column("both", "sentences both A and B gave this label"),
    Column("A only", "sentences only A gave this label"),
    Column("B only", "sentences only B gave this label"),
    Column("neither", "sentences neither gave this label"),
)


class LabelFiguresModel(RowsTableModel):
    """One row per label, ``(label, its LabelFigures)``: kappa, alpha, observed agreement, the 2x2 counts."""

    columns = LABEL_COLUMNS

    def set_report(self, report: Report | None) -> None:
        self.set_rows([] if report is None else [(label, report.labels[label]) for label in LABELS])

    def cell_data(self, row: tuple[str, LabelFigures], column: int, role: int):
        label, figures = row
        if column == 0:
            if role in (DISPLAY, Role.VALUE):
                return label
            if role == ALIGNMENT:
                return LEFT
            if role == DECORATION:
                return QColor(TAGS[label].strong)
            return None
        name = LABEL_FIELDS[column - 1]
        if role == Role.KEY:
            return f"labels.{label}.{name}"
        return _figure_data(getattr(figures, name), role)

    def cell(self, label: str, name: str) -> QModelIndex:
        return self.index(LABELS.index(label), LABEL_FIELDS.index(name) + 1)


# -- label sets and links -----------------------------------------------------------


class FigureRow(NamedTuple):
    key: str  # the path in Report.to_json(), e.g. "sets.alpha_masi"
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


class FigureListModel(RowsTableModel):
    """A figure per row (name | value), for the label-set or the link figures;
    a row is ``(FigureRow, its value)``."""

    def __init__(self, figures: tuple[FigureRow, ...], title: str, parent=None):
        super().__init__(parent)
        self._figures = figures
        self.columns = (Column(title), Column("value"))

    def set_report(self, report: Report | None) -> None:
        self.set_rows([] if report is None else [(figure, _value(report, figure.key)) for figure in self._figures])

    def key_of(self, row: tuple[FigureRow, Figure | int]) -> str:
        return row[0].key

    def cell_data(self, row: tuple[FigureRow, Figure | int], column: int, role: int):
        figure, value = row
        if role == Role.KEY:
            return figure.key
        if column == 0:
            if role in (DISPLAY, Role.VALUE):
                return figure.name
            if role == TOOLTIP:
                return figure.help
            return None
        return _figure_data(value, role)


def _value(report: Report, key: str) -> Figure | int:
    group, name = key.split(".")
    return getattr(getattr(report, group), name)


# -- the disagreements ----------------------------------------------------------------

ARTICLE, KIND, SENTENCE, A_TAGS, B_TAGS, DECISION = range(6)
EXCERPT = 110


def value_text(item: Item, value: frozenset[str]) -> str:
    """A side's value in words: labels for a sentence, the relation for a pair."""
    if item.is_link:
        return ", ".join(sorted(value)) or "(not linked)"
    return ", ".join(sorted_labels(value)) or "(no tag)"


def decision_text(item: Item, decision: Decision | None) -> str:
    if decision is None:
        return "undecided"
    who = {"a": "A", "b": "B", "edit": "edited"}[decision.choice]
    return f"{who}: {value_text(item, decision.value)}"


def excerpt(text: str, limit: int = EXCERPT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def disagreement_columns(a: str, b: str) -> tuple[Column, ...]:
    """The list's columns, the reviewers named in the headers of their values."""
    return tuple(Column(title) for title in ("Article", "Kind", "Sentence", f"A · {a}", f"B · {b}", "Decision"))


class DisagreementModel(RowsTableModel):
    """One row per ``Adjudication.items`` entry (``row_of`` finds an item); the decision
    column follows the gold layer."""

    def __init__(self, project: Project, parent=None):
        super().__init__(parent)
        self.project = project
        self._decisions: dict[tuple[int, int], Decision] = {}
        self._titles: dict[str, str] | None = None
        self._texts: dict[int, str] = {}
        self.columns = disagreement_columns("A", "B")

    # -- content --------------------------------------------------------------

    def set_items(self, items: list[Item], decisions: dict[tuple[int, int], Decision],
                  names: tuple[str, str] = ("A", "B")) -> None:
        keys = {item.key for item in items}
        self._decisions = {k: v for k, v in decisions.items() if k in keys}
        self.columns = disagreement_columns(*names)
        self._titles = None
        self._texts.clear()
        self.set_rows(items)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, A_TAGS, B_TAGS)

    def set_decision(self, item: Item, decision: Decision | None) -> None:
        """The gold layer changed for ``item`` (a command's redo or undo)."""
        row = self.row_of(item)
        if row < 0:
            return
        if decision is None:
            self._decisions.pop(item.key, None)
        else:
            self._decisions[item.key] = decision
        self.dataChanged.emit(self.index(row, 0), self.index(row, DECISION))

    items = RowsTableModel.rows  # the names the dialog calls
    item = RowsTableModel.row

    def decision(self, item: Item) -> Decision | None:
        return self._decisions.get(item.key)

    def is_decided(self, row: int) -> bool:
        return self._rows[row].key in self._decisions

    def decided(self) -> int:
        return len(self._decisions)

    def next_undecided(self, after: int) -> int:
        """The first undecided row after ``after`` (wrapping round), or -1."""
        n = len(self._rows)
        for k in range(1, n + 1):
            row = (after + k) % n
            if not self.is_decided(row):
                return row
        return -1

    def title(self, article_id: str) -> str:
        if self._titles is None:
            self._titles = {a.id: a.title or a.source or a.id for a in self.project.articles(None)}
        return self._titles.get(article_id, article_id)

    def text(self, sentence_id: int) -> str:
        if sentence_id not in self._texts:
            self._texts[sentence_id] = self.project.sentence_text(sentence_id)
        return self._texts[sentence_id]

    def sentence_column(self, item: Item) -> str:
        if item.is_link:
            return f"“{excerpt(self.text(item.sentence), 60)}” ↔ “{excerpt(self.text(item.other), 60)}”"
        return excerpt(self.text(item.sentence))

    def export_rows(self) -> list[DisagreementRow]:
        """Every row as the CSV export writes it, with the decision taken so far."""
        rows = []
        for item in self._rows:
            first = self.project.sentence(item.sentence)
            second = self.project.sentence(item.other) if item.is_link else None
            decision = self._decisions.get(item.key)
            names = sorted if item.is_link else sorted_labels
            text = self.text(item.sentence) + (f" ↔ {self.text(item.other)}" if second else "")
            rows.append(DisagreementRow(
                "link" if second else "sentence", item.article_id, self.title(item.article_id),
                first.start, first.end, second.article_id if second else "",
                second.start if second else None, second.end if second else None, text,
                ",".join(names(item.a)), ",".join(names(item.b)),
                decision.choice if decision else "", ",".join(names(decision.value)) if decision else "",
            ))
        return rows

    # -- Qt -------------------------------------------------------------------

    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == DISPLAY else None
        return super().headerData(section, orientation, role)

    def cell_data(self, item: Item, column: int, role: int):
        if role == Role.ITEM:
            return item
        if role == DISPLAY:
            return self._display(item, column)
        if role == TOOLTIP:
            if column == SENTENCE:
                if item.is_link:
                    return f"{self.text(item.sentence)}\n↔\n{self.text(item.other)}"
                return self.text(item.sentence)
            return self._display(item, column)
        if role == FOREGROUND and column == DECISION and item.key not in self._decisions:
            return MUTED
        return None

    def _display(self, item: Item, column: int) -> str:
        if column == ARTICLE:
            return self.title(item.article_id)
        if column == KIND:
            return "link" if item.is_link else "tags"
        if column == SENTENCE:
            return self.sentence_column(item)
        if column == A_TAGS:
            return value_text(item, item.a)
        if column == B_TAGS:
            return value_text(item, item.b)
        return decision_text(item, self._decisions.get(item.key))


class UndecidedFilter(QSortFilterProxyModel):
    """Every disagreement, or only the undecided ones."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._undecided_only = False
        self.setDynamicSortFilter(True)

    def set_undecided_only(self, on: bool) -> None:
        self.beginFilterChange()
        self._undecided_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def undecided_only(self) -> bool:
        return self._undecided_only

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        if not self._undecided_only:
            return True
        source = self.sourceModel()
        return isinstance(source, DisagreementModel) and not source.is_decided(row)
