"""Review > Claims…: every claim of the reviewer, and the selected claim's timeline.

A window of its own beside the main one, never modal: the reviewer goes back
and forth between a claim's sentences and the articles. It only reads, so it
works the same on a read-only file. What it shows is read again from the
facade when it is shown or activated, when the main window reports an edit of
claims (:meth:`ClaimsWindow.changed`) and on F5; reading again keeps the claim
selected, and changes nothing on screen when the claims did not change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from ...errors import ProjectError
from ...project.changes import Changes
from ..i18n import translate
from ..models.roles import Role
from ..shortcuts import CLAIMS_KEYS, bind
from ..widgets.labels import plain_label, wrapped_label
from ..window.session import Session
from . import verdicts
from .models import ALL, NO_VERDICT, ClaimsModel, TimelineModel
from .table import ClaimsTable, FilterBox
from .timeline import TimelineView




class ClaimsWindow(QWidget):
    """The claims of ``session``'s reviewer in ``session``'s file (both may change: each read asks).

    :attr:`openRequested` asks the main window for an article at a sentence;
    :attr:`differenceRequested` passes on the timeline's request for the word
    difference of two of its sentences.
    """

    openRequested = Signal(str, int)  # article id, sentence id
    differenceRequested = Signal(int, int)  # two sentence ids

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("claims-window")
        self.setWindowTitle(translate("claims.window", "Claims"))
        self.session = session
        self.model = ClaimsModel(self)
        self.timeline_model = TimelineModel(self)
        self._shown_claim: int | None = None
        self._left = False  # the reviewer went to another window since the last read
        self._build()
        self._connect()
        self.actions_by_name = bind(CLAIMS_KEYS, self, "claims-action-")
        for action in self.actions_by_name.values():
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.resize(1100, 720)

    # -- building ------------------------------------------------------------------

    def _build(self) -> None:
        self.filter_box = FilterBox()
        self.verdict_box = QComboBox()
        self.verdict_box.setObjectName("claims-verdict")
        self.verdict_box.addItem(translate("claims.window", "All verdicts"), ALL)
        for verdict, name in verdicts.names().items():
            self.verdict_box.addItem(name, NO_VERDICT if verdict is None else verdict)
        self.count_label = plain_label("claims-count")
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(plain_label("claims-verdict-label", translate("claims.window", "Verdict (Alt+V):")))
        top.addWidget(self.verdict_box)
        top.addWidget(self.count_label)

        self.table = ClaimsTable(self.model)
        self.heading = wrapped_label("claims-timeline-heading", style="font-weight:600;")
        self.timeline = TimelineView(self.timeline_model)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        self.badge = plain_label("claims-timeline-verdict")
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        heading_row.addWidget(self.heading, 1)
        lower_layout.addLayout(heading_row)
        lower_layout.addWidget(self.timeline, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("claims-splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([420, 300])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        hint = translate("claims.window", "Enter: the claim's timeline · Enter on a sentence: open it in the main "
                                          "window · Backspace: back to the claims · Esc: close")
        layout.addWidget(plain_label("claims-hint", hint, style="color:#555555;"))

    def _connect(self) -> None:
        self.filter_box.textChanged.connect(self._text_filter)
        self.filter_box.leave.connect(self.focus_table)
        self.verdict_box.currentIndexChanged.connect(self._verdict_filter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_timeline())
        self.model.modelReset.connect(self._update_count)
        self.table.entered.connect(self.focus_timeline)
        self.timeline.openRequested.connect(self.openRequested)
        self.timeline.differenceRequested.connect(self.differenceRequested)
        self.timeline.backRequested.connect(self.table.setFocus)

    # -- reading ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read the reviewer's claims again; the current claim stays current if still shown."""
        project, reviewer = self.session.project, self.session.reviewer
        self.setWindowTitle(translate("claims.window", "Claims of {reviewer} — {file}").format(
            reviewer=reviewer, file=project.path.name))
        current = self.current_claim()
        if self.model.load(project.claims.list(reviewer)):
            self._select(current)
        self.show_timeline(force=True)

    def changed(self, changes: Changes) -> None:
        """An edit reached the file: read again if it touched claims and the window shows."""
        if "claims" in changes.kinds and self.isVisible():
            self.reload()

    def current_claim(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(Role.ID) if index.isValid() else None

    def show_timeline(self, force: bool = False) -> None:
        """The current claim's sentences below the table (read again when ``force``)."""
        claim_id = self.current_claim()
        if claim_id == self._shown_claim and not force:
            return
        self._shown_claim = claim_id
        entries = []
        if claim_id is not None:
            try:
                entries = self.session.project.claims.timeline(self.session.reviewer, claim_id)
            except ProjectError:  # deleted since the list was read: the next read drops it
                entries = []
        self.timeline_model.set_rows(entries)
        self._update_heading()

    def _update_heading(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.heading.setText(translate("claims.window", "Select a claim to see where it appears"))
            self.badge.hide()
            return
        claim = index.data(Role.ITEM)
        text, tint = verdicts.COLOURS.get(claim.verdict, verdicts.COLOURS[None])
        self.badge.setStyleSheet(f"color:{text}; background:{tint or 'transparent'}; font-weight:600;"
                                 f" padding:1px 6px; border:1px solid {text}; border-radius:3px;")
        self.badge.setText(self.model.verdict_names.get(claim.verdict, claim.verdict or ""))
        self.badge.show()
        articles = (translate("claims.window", "article") if claim.articles == 1
                    else translate("claims.window", "articles"))
        sentences = (translate("claims.window", "sentence") if claim.appearances == 1
                     else translate("claims.window", "sentences"))
        self.heading.setText(translate("claims.window", "{statement}  ({n} {sentences} in {m} {articles})").format(
            statement=claim.statement, n=claim.appearances, sentences=sentences, m=claim.articles, articles=articles))

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count_label.setText(translate("claims.window", "{total} claims").format(total=total) if shown == total
                                 else translate("claims.window", "{shown} of {total} claims").format(shown=shown,
                                                                                                    total=total))

    # -- filters and focus -------------------------------------------------------------

    def _text_filter(self, text: str) -> None:
        current = self.current_claim()
        self.model.set_text_filter(text)
        self._select(current)

    def _verdict_filter(self, _index: int) -> None:
        current = self.current_claim()
        self.model.set_verdict_filter(self.verdict_box.currentData())
        self._select(current)

    def _select(self, claim_id: int | None) -> None:
        """Make the claim current again after the rows changed (else no claim is current)."""
        row = self.model.row_of(claim_id) if claim_id is not None else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
        self.show_timeline()

    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def choose_verdict(self) -> None:
        self.verdict_box.setFocus()
        self.verdict_box.showPopup()

    def focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def focus_timeline(self) -> None:
        self.timeline.setFocus()
        if not self.timeline.currentIndex().isValid() and self.timeline_model.rowCount():
            self.timeline.setCurrentIndex(self.timeline_model.index(0, 0))

    # -- events ------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802
        """Shown: read the claims, the keyboard in the table on a claim."""
        self.reload()
        self._left = False
        self.focus_table()
        super().showEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        """Back from another window (where claims may have been edited): read again."""
        if event.type() == QEvent.Type.ActivationChange:
            if not self.isActiveWindow():
                self._left = True
            elif self._left:
                self._left = False
                self.reload()
        super().changeEvent(event)
