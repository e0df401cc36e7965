"""The figures area: the per-label table with a 2x2 grid per label, label sets and links,
and the claims' figures when either reviewer made a claim.

Shows a :class:`Report` as it is: the models format, nothing is computed here.
The claims' box is hidden when neither reviewer has a claim in the compared
articles, so a comparison of tags alone looks as it always did.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QSizePolicy, QTableView, QVBoxLayout,
    QWidget,
)

from ...model import LABELS
from ...review import Report
from ..i18n import translate
from .confusion import ConfusionGrid
from .figure_models import (
    CLAIM_ROWS, LINK_ROWS, SET_ROWS, FigureListModel, LabelFiguresModel, claim_figures, has_claims,
)


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
        self.sets_model = FigureListModel(SET_ROWS, translate("compare.figures", "label sets"), self)
        self.links_model = FigureListModel(LINK_ROWS, translate("compare.figures", "links (B against A)"), self)
        self.labels_view = _compact_table(self.labels_model, "label-figures", len(LABELS))
        self.sets_view = _compact_table(self.sets_model, "set-figures", len(SET_ROWS))
        self.links_view = _compact_table(self.links_model, "link-figures", len(LINK_ROWS))
        self.claims_model = FigureListModel(CLAIM_ROWS, translate("compare.figures", "claims (B against A)"), self)
        self.claims_view = _compact_table(self.claims_model, "claim-figures", len(CLAIM_ROWS))
        self.labels_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.labels_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for view in (self.sets_view, self.links_view, self.claims_view):
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.grids = {label: ConfusionGrid(label) for label in LABELS}

        per_label = QGroupBox(translate("compare.figures", "Per label (yes/no per sentence)"))
        per_label_layout = QVBoxLayout(per_label)
        per_label_layout.addWidget(self.labels_view)
        grids = QHBoxLayout()
        for grid in self.grids.values():
            grids.addWidget(grid)
        per_label_layout.addLayout(grids, 1)
        right = QGroupBox(translate("compare.figures", "Label sets and links"))
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.sets_view)
        right_layout.addWidget(self.links_view)
        right_layout.addStretch(1)
        self.claims_box = QGroupBox(translate("compare.figures", "Claims"))
        self.claims_box.setObjectName("claims-box")
        claims_layout = QVBoxLayout(self.claims_box)
        claims_layout.addWidget(self.claims_view)
        claims_layout.addStretch(1)
        self.claims_box.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(per_label, 4)
        layout.addWidget(right, 2)
        layout.addWidget(self.claims_box, 2)

    def set_report(self, report: Report | None) -> None:
        for model in (self.labels_model, self.sets_model, self.links_model, self.claims_model):
            model.set_report(report)
        for label, grid in self.grids.items():
            grid.set_figures(report.labels[label] if report else None)
        self.claims_box.setVisible(has_claims(report))


def summary_text(report: Report, all_articles: bool) -> str:
    """What was compared and how the figures count, in a sentence or three."""
    a, b = report.reviewers
    which = translate("compare.figures", "shared") if all_articles else translate("compare.figures", "both marked done")
    text = translate("compare.figures", "{a} (A) and {b} (B): {units} sentences in {articles} article(s) {which}; "
                     "{unmatched} sentence(s) in one layer only (not counted). "
                     "All figures are pooled over every unit (sentence), not averaged per article.").format(
        a=a, b=b, units=report.units, articles=report.articles, which=which, unmatched=len(report.unmatched))
    undefined = len(report.undefined())
    if has_claims(report):
        undefined += len(claim_figures(report).undefined())
    elif claim_figures(report) is not None:
        text += " " + translate("compare.figures", "No claims in these articles.")
    if undefined:
        text += " " + translate("compare.figures", "{n} figure(s) undefined (—): hover for the reason.").format(
            n=undefined)
    return text
