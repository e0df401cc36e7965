"""The panel's list of candidates for the selected sentence: the same fact told elsewhere?

Filled by the window (:mod:`annotator.gui.window.suggesting`) a moment after the
selection settles, so that moving through sentences with J / K stays instant.
Enter or a double-click opens a candidate in the side pane, as P does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QListView, QVBoxLayout

from ..i18n import translate
from ..models.candidates import CandidateRow, CandidatesModel
from .keys import keep_keys
from .labels import wrapped_label


class CandidateList(QListView):
    activatedRow = Signal(int)
    escaped = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        row = self.currentIndex().row()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0:
            self.activatedRow.emit(row)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class CandidateBox(QGroupBox):
    """Candidates, best first, and a line saying why there are none."""

    opened = Signal(object)  # CandidateRow
    escaped = Signal()

    def __init__(self, parent=None):
        # short: a group box never wraps its title
        super().__init__(translate("widgets.candidate_box", "Same fact elsewhere?"), parent)
        self.setObjectName("candidates-box")
        self.setToolTip(translate("widgets.candidate_box", "Sentences likely to state the same fact, best first; "
                                  "P opens the next one in the side pane, ready to link with L"))
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label("candidates-hint",
                                       translate("widgets.candidate_box", "P opens the next one in the side pane"),
                                       style="color:#666;"))
        self.model = CandidatesModel(self)
        self.list = CandidateList()
        self.list.setObjectName("candidates")
        self.list.setAccessibleName(translate("widgets.candidate_box", "Candidates"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(False)
        self.list.setMinimumHeight(110)
        self.list.setMaximumHeight(200)
        self.list.activatedRow.connect(lambda row: self.opened.emit(self.model.row(row)))
        self.list.doubleClicked.connect(lambda index: self.opened.emit(self.model.row(index.row())))
        self.list.escaped.connect(self.escaped)
        keep_keys(self.list)
        self.empty = wrapped_label("candidates-empty", "", style="color:#666;")
        layout.addWidget(self.list)
        layout.addWidget(self.empty)

    def show_rows(self, rows: list[CandidateRow], empty_text: str | None = None) -> None:
        """``rows``, or when there are none ``empty_text`` (by default: why there are none)."""
        if empty_text is None:
            empty_text = translate("widgets.candidate_box", "No other sentence shares its figures or names")
        self.model.set_rows(rows)
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText("" if rows else empty_text)
        if rows:
            self.list.setCurrentIndex(self.model.index(0))
