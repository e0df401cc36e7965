"""The figures area: the per-label table with a 2x2 grid per label, label sets and links.

Shows a :class:`Report` as it is: the models format, nothing is computed here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QSizePolicy, QTableView, QVBoxLayout,
    QWidget,
)

from ...model import LABELS
from ...review import Report
from .confusion import ConfusionGrid
from .models import LINK_ROWS, SET_ROWS, FigureListModel, LabelFiguresModel


def _compact_table(model, name: str, rows: int) -> QTableView:
    """A read-only table exactly as tall as its rows: no scrolling, no selection."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    height = view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
    view.setFixedHeight(height + 2 * view.frameWidth() + 2)
    return view


class FiguresPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("compare-figures")
        self.labels_model = LabelFiguresModel(self)
        self.sets_model = FigureListModel(SET_ROWS, "label sets", self)
        self.links_model = FigureListModel(LINK_ROWS, "links (B against A)", self)
        self.labels_view = _compact_table(self.labels_model, "label-figures", len(LABELS))
        self.sets_view = _compact_table(self.sets_model, "set-figures", len(SET_ROWS))
        self.links_view = _compact_table(self.links_model, "link-figures", len(LINK_ROWS))
        self.labels_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for view in (self.sets_view, self.links_view):
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.grids = {label: ConfusionGrid(label) for label in LABELS}

        per_label = QGroupBox("Per label (yes/no per sentence)")
        per_label_layout = QVBoxLayout(per_label)
        per_label_layout.addWidget(self.labels_view)
        grids = QHBoxLayout()
        for grid in self.grids.values():
            grids.addWidget(grid)
        per_label_layout.addLayout(grids, 1)
        right = QGroupBox("Label sets and links")
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.sets_view)
        right_layout.addWidget(self.links_view)
        right_layout.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(per_label, 3)
        layout.addWidget(right, 2)

    def set_report(self, report: Report | None) -> None:
        for model in (self.labels_model, self.sets_model, self.links_model):
            model.set_report(report)
        for label, grid in self.grids.items():
            grid.set_figures(report.labels[label] if report else None)


def summary_text(report: Report, all_articles: bool) -> str:
    """What was compared and how the figures count, in a sentence or three."""
    a, b = report.reviewers
    which = "shared" if all_articles else "both marked done"
    text = (f"{a} (A) and {b} (B): {report.units} sentences in {report.articles} article(s) {which}"
            f"; {len(report.unmatched)} sentence(s) in one layer only (not counted). "
            f"All figures are pooled over every unit (sentence), not averaged per article.")
    undefined = report.undefined()
    if undefined:
        text += f" {len(undefined)} figure(s) undefined (—): hover for the reason."
    return text
