"""A claim's timeline: its sentences by article date, each with its article and date.

The sentence wraps over as many lines as it needs (plain text: the default
delegate never reads markup). Enter or a double-click asks to open the article
at that sentence; Backspace goes back to the claims. Two sentences selected
(Ctrl-click, Shift+arrows) and D ask for their word difference: the window
passes :attr:`TimelineView.differenceRequested` on to whoever shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ...project.claims import TimelineEntry
from ..i18n import translate
from ..models.roles import Role
from ..widgets.keys import keep_keys
from .models import ARTICLE, DATE, SENTENCE, TimelineModel

ARTICLE_WIDTH = 220  # the title column: a title's first words are enough to recognise it
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TimelineView(QTableView):
    openRequested = Signal(str, int)  # article id, sentence id
    differenceRequested = Signal(int, int)  # two sentence ids, in timeline order
    backRequested = Signal()

    def __init__(self, model: TimelineModel, parent=None):
        super().__init__(parent)
        self.setObjectName("claims-timeline")
        self.setAccessibleName(translate("claims.timeline", "Timeline of the claim"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ARTICLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ARTICLE, ARTICLE_WIDTH)
        header.setSectionResizeMode(SENTENCE, QHeaderView.ResizeMode.Stretch)
        self.doubleClicked.connect(lambda _index: self.open_current())
        keep_keys(self)

    def entry(self, row: int) -> TimelineEntry:
        return self.model().index(row, 0).data(Role.ITEM)

    def open_current(self) -> None:
        """Ask for the current sentence in its article (nothing when the timeline is empty)."""
        index = self.currentIndex()
        if index.isValid():
            entry = index.data(Role.ITEM)
            self.openRequested.emit(entry.article_id, entry.sentence_id)

    def compare_selected(self) -> bool:
        """Ask for the difference of the two selected sentences; False unless exactly two are."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        if len(rows) != 2:
            return False
        self.differenceRequested.emit(self.entry(rows[0]).sentence_id, self.entry(rows[1]).sentence_id)
        return True

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in ENTER:
            self.open_current()
        elif key == Qt.Key.Key_Backspace:
            self.backRequested.emit()
        elif key == Qt.Key.Key_D and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.compare_selected()
        else:
            super().keyPressEvent(event)
