"""The list of disagreements in the compare window: how many remain, then one row each.

Every column but the sentence is as wide as its header (which carries the
reviewers' names) or a sample value; the sentence column takes what is left.
Letters are the window's commands, so the table never searches rows by a typed
letter: a letter whose command is off is handed to the window (``typed``) to
say why, and the selection stays where it is.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QProgressBar, QTableView, QVBoxLayout,
    QWidget,
)

from ...model import LABELS
from .. import names
from ..claims.verdicts import name as verdict_name
from ..i18n import translate
from ..widgets.labels import plain_label

from .models import A_TAGS, ARTICLE, B_TAGS, DECISION, KIND, SENTENCE, kind_texts, no_tag_text

ARTICLE_WIDTH = 150  # enough of a title to tell articles apart (the whole title is in the tooltip)


def column_samples() -> dict[int, str]:
    """What each short column shows whole besides its header, in the interface's language (one tag's
    name or "no tag": two French names would squeeze the sentence); longer values elide, whole in the tooltip."""
    tags = max((*map(names.shown, LABELS), no_tag_text()), key=len)
    return {KIND: max(kind_texts(), key=len), A_TAGS: tags, B_TAGS: tags, DECISION: f"A: {verdict_name('misleading')}"}


class DisagreementTable(QTableView):
    """The disagreements (through ``view_model``, a filter over ``model``), selected by row."""

    typed = Signal(str)  #: a letter typed on the list that no enabled command took

    def __init__(self, model: QAbstractItemModel, view_model: QAbstractItemModel):
        super().__init__()
        self.setObjectName("disagreements")
        self.setAccessibleName(translate("compare.table", "Disagreements"))
        self.setModel(view_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(SENTENCE, QHeaderView.ResizeMode.Stretch)
        columns.setStretchLastSection(False)
        self.fit_columns(Qt.Orientation.Horizontal, ARTICLE, DECISION)
        model.headerDataChanged.connect(self.fit_columns)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt's name
        self.typed.emit(search)

    def fit_columns(self, orientation: Qt.Orientation, first: int, last: int) -> None:
        """Each column but the sentence as wide as its header or its sample value; the
        article title at least ARTICLE_WIDTH. Never a width fixed in advance: the
        headers carry the reviewers' names ("B · <name>"), of any length."""
        if orientation != Qt.Orientation.Horizontal:
            return
        columns = self.horizontalHeader()
        metrics, samples = self.fontMetrics(), column_samples()
        for column in range(first, last + 1):
            if column == SENTENCE:
                continue
            width = max(columns.sectionSizeFromContents(column).width(),
                        metrics.horizontalAdvance(samples.get(column, "")) + 12)
            columns.resizeSection(column, max(width, ARTICLE_WIDTH) if column == ARTICLE else width)


class DisagreementList(QWidget):
    """The table under a line saying how many are decided, a progress bar, and the
    "Undecided only" switch (the dialog wires its behaviour). Rows are named by their
    number in ``model``; ``view_model`` is a filter over it."""

    def __init__(self, model: QAbstractItemModel, view_model: QSortFilterProxyModel):
        super().__init__()
        self.model, self.view_model = model, view_model
        self.table = DisagreementTable(model, view_model)
        self.undecided_box = QCheckBox(translate("compare.table", "Undecided only (U)"))
        self.undecided_box.setObjectName("undecided-only")
        self.progress = QProgressBar()
        self.progress.setObjectName("decided-progress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress_label = plain_label("progress-label")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top_row = QHBoxLayout()
        top_row.addWidget(self.progress_label, 1)
        top_row.addWidget(self.undecided_box)
        layout.addLayout(top_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)

    def current_row(self) -> int:
        """The current row of ``model``, or -1."""
        index = self.table.currentIndex()
        return self.view_model.mapToSource(index).row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        """Make ``model``'s row current, turning the filter off first if it hides the row."""
        index = self.view_model.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.undecided_box.setChecked(False)
            index = self.view_model.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def row_after(self, step: int) -> int:
        """``model``'s row ``step`` rows on from the current one as shown (kept in the list), or -1."""
        rows = self.view_model.rowCount()
        if not rows:
            return -1
        current = self.table.currentIndex().row()
        target = max(0, min(rows - 1, current + step if current >= 0 else 0))
        return self.view_model.mapToSource(self.view_model.index(target, 0)).row()

    def show_progress(self, decided: int, total: int, compared: bool) -> None:
        """How many of ``total`` are decided (``compared``: a comparison has run)."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(decided if total else 0)
        if not compared:
            self.progress_label.setText(translate("compare.table", "No comparison yet"))
        elif not total:
            self.progress_label.setText(translate("compare.table",
                                                  "No disagreements: nothing to decide · 0 remaining"))
        else:
            self.progress_label.setText(translate("compare.table", "{decided} of {total} disagreements decided · "
                                                  "{remaining} remaining").format(decided=decided, total=total,
                                                                                  remaining=total - decided))
