"""The figures area: the per-label table with a 2x2 grid per label, label sets and links,
and the claims' figures when either reviewer made a claim.

Shows a :class:`Report` as it is: the models format, nothing is computed here.
The claims' box is hidden when neither reviewer has a claim in the compared
articles, so a comparison of tags alone looks as it always did. Under the
per-label table, the report's warnings, then each figure's meaning and range
in plain words, scrolling when the window is short of room (the warnings
first: they are about these reviewers); with more than two reviewers, their figures over all and
the pairwise matrix (:mod:`panel_view`) beside them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from ...model import LABELS
from ...review import Report
from ...review.reading import MEANINGS
from ..i18n import core_text, translate
from ..widgets.labels import wrapped_label
from ..widgets.notes_area import NotesArea
from .compact import compact_table
from .confusion import ConfusionGrid
from .figure_models import (
    CLAIM_ROWS, CONTEXT, LABEL_FIELDS, LINK_ROWS, SET_ROWS, FigureListModel, LabelFiguresModel, bootstrap_text,
    claim_figures, has_claims,
)
from .panel_view import PanelBox


class FiguresPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("compare-figures")
        self.labels_model = LabelFiguresModel(self)
        self.sets_model = FigureListModel(SET_ROWS, translate("compare.figures", "label sets"), self)
        self.links_model = FigureListModel(LINK_ROWS, translate("compare.figures", "links (B against A)"), self)
        self.labels_view = compact_table(self.labels_model, "label-figures", len(LABELS))
        self.sets_view = compact_table(self.sets_model, "set-figures", len(SET_ROWS))
        self.links_view = compact_table(self.links_model, "link-figures", len(LINK_ROWS))
        self.claims_model = FigureListModel(CLAIM_ROWS, translate("compare.figures", "claims (B against A)"), self)
        self.claims_view = compact_table(self.claims_model, "claim-figures", len(CLAIM_ROWS))
        header = self.labels_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in range(LABEL_FIELDS.index("positive") + 1):  # the label and the intervals: never cut
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for view in (self.sets_view, self.links_view, self.claims_view):
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.grids = {label: ConfusionGrid(label) for label in LABELS}

        per_label = QGroupBox(translate("compare.figures", "Per label (yes/no per sentence)"))
        per_label_layout = QVBoxLayout(per_label)
        per_label_layout.addWidget(self.labels_view)
        self.legend = wrapped_label("figure-meanings", legend_text(), style="color:#555; font-size:11px;")
        self.warnings = wrapped_label("figure-warnings", style="color:#8a4b00;")
        self.warnings.hide()
        self.notes = NotesArea("figure-notes", self.warnings, self.legend)
        per_label_layout.addWidget(self.notes)
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
        layout.addWidget(per_label, 5)
        layout.addWidget(right, 2)
        layout.addWidget(self.claims_box, 2)
        self.panel_box = PanelBox()
        layout.addWidget(self.panel_box, 4)

    def set_panel(self, panel) -> None:
        """The figures over more than two reviewers (None: only A and B were picked)."""
        self.panel_box.set_panel(panel)

    def set_report(self, report: Report | None) -> None:
        for model in (self.labels_model, self.sets_model, self.links_model, self.claims_model):
            model.set_report(report)
        for label, grid in self.grids.items():
            grid.set_figures(report.labels[label] if report else None)
        self.claims_box.setVisible(has_claims(report))
        if report is None:
            self.panel_box.set_panel(None)
        warnings = () if report is None else report.warnings()
        self.warnings.setText("\n".join(f"⚠ {core_text(w)}" for w in warnings))
        self.warnings.setVisible(bool(warnings))


def legend_text() -> str:
    """Each per-label figure's meaning and range, one short line each."""
    return "\n".join(f"{translate(CONTEXT, m.name)}: {_meaning(m)}" for m in MEANINGS.values() if m.name != "fleiss")


def _meaning(m) -> str:
    """A figure's meaning and range, translated as the label columns' tips (figure_models.LABEL_COLUMNS)."""
    tip = f"{m.meaning} ({m.range})"
    return translate(CONTEXT, tip)


def summary_text(report: Report, all_articles: bool) -> str:
    """What was compared, which labels agree well and which do not (a line each), and how
    the figures count."""
    a, b = report.reviewers
    which = translate("compare.figures", "shared") if all_articles else translate("compare.figures", "both marked done")
    well, poorly = report.summary()[1:]
    text = translate("compare.figures", "{a} (A) and {b} (B): {units} sentences in {articles} article(s) {which}; "
                     "{unmatched} sentence(s) in one layer only (not counted).").format(
        a=a, b=b, units=report.units, articles=report.articles, which=which, unmatched=len(report.unmatched))
    text += f"\n{core_text(well)}\n{core_text(poorly)}\n" + translate(
        "compare.figures", "All figures are pooled over every unit (sentence), not averaged per article; "
        "{bootstrap}.").format(bootstrap=bootstrap_text(report.bootstrap))
    undefined = len(report.undefined())
    if has_claims(report):
        undefined += len(claim_figures(report).undefined())
    elif claim_figures(report) is not None:
        text += " " + translate("compare.figures", "No claims in these articles.")
    if undefined:
        text += " " + translate("compare.figures", "{n} figure(s) undefined (—): hover for the reason.").format(
            n=undefined)
    return text
