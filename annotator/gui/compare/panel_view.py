"""The compare window's box for more than two reviewers: the summary in plain words,
the figures over all of them, and the pairwise matrix of one label's figure.

The summary scrolls when the window is short of room.
Hidden unless the team lead picked more reviewers than A and B (:mod:`picker`);
A and B stay the pair whose disagreements are listed and decided below.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout

from ...model import LABELS
from ...review.panel import Panel
from .. import names
from ..i18n import core_text, translate
from ..widgets.labels import wrapped_label
from ..widgets.notes_area import NotesArea
from .compact import compact_table
from .figure_models import bootstrap_text
from .panel_models import CONTEXT, MATRIX_FIGURES, OverallModel, PairMatrixModel


class PanelBox(QGroupBox):
    """Figures of every picked reviewer; :meth:`set_panel` fills it (None hides it)."""

    def __init__(self, parent=None):
        super().__init__(translate("compare.panel_view", "All picked reviewers"), parent)
        self.setObjectName("panel-box")
        self.panel: Panel | None = None
        self.summary = wrapped_label("panel-summary")
        self.overall_model = OverallModel(self)
        self.matrix_model = PairMatrixModel(self)
        self.overall_view = compact_table(self.overall_model, "overall-figures", len(LABELS))
        self.overall_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix_view = compact_table(self.matrix_model, "pair-matrix", 6)
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.label_combo, self.figure_combo = QComboBox(), QComboBox()
        self.label_combo.setObjectName("matrix-label")
        self.figure_combo.setObjectName("matrix-figure")
        for label in LABELS:
            self.label_combo.addItem(names.shown(label), label)
        for figure in MATRIX_FIGURES:
            self.figure_combo.addItem(translate(CONTEXT, figure), figure)
        for combo in (self.label_combo, self.figure_combo):
            combo.currentIndexChanged.connect(self._show)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(translate("compare.panel_view", "Pairwise")))
        choose.addWidget(self.figure_combo)
        choose.addWidget(QLabel(translate("compare.panel_view", "of")))
        choose.addWidget(self.label_combo)
        choose.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(NotesArea("panel-notes", self.summary))
        layout.addWidget(self.overall_view)
        layout.addLayout(choose)
        layout.addWidget(self.matrix_view)
        layout.addStretch(1)
        self.hide()

    def set_panel(self, panel: Panel | None) -> None:
        self.panel = panel
        self.overall_model.set_panel(panel)
        self.matrix_model.set_panel(panel)
        self._show()
        if panel is not None:
            reasons = {path.rsplit(".", 1)[1]: why for path, why in panel.undefined().items()}
            notes = [f"{translate(CONTEXT, name)} —: {core_text(why)}" for name, why in reasons.items()]
            summary = [*map(core_text, panel.summary()), bootstrap_text(panel.bootstrap) + "."]
            self.summary.setText("\n".join([*summary, *notes]))
            self.matrix_view.setFixedHeight(self.matrix_view.horizontalHeader().sizeHint().height()
                                            + len(panel.reviewers) * self.matrix_view.verticalHeader().defaultSectionSize()
                                            + 2 * self.matrix_view.frameWidth() + 2)
        self.setVisible(panel is not None)

    def _show(self) -> None:
        self.matrix_model.show(self.label_combo.currentData(), self.figure_combo.currentData())
