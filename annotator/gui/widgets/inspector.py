"""The panel for the selected sentence: tag toggles, note, its claim, links, candidates, article status.

It scrolls: with a claim and its sources shown it can be taller than the window.
The claim section is its own widget (:mod:`claim_panel`), filled by the window
when a sentence is shown (:attr:`Inspector.sentenceShown`).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QFrame, QGroupBox, QPlainTextEdit, QScrollArea, QSizePolicy,
    QToolButton, QVBoxLayout, QWidget,
)

from ...model import LABELS, STATUSES
from .. import names
from ..i18n import translate
from ..models.links import LinkRow, LinksModel
from ..layouts import shown
from ..palette import TAGS
from ..plain import bounded
from .candidate_box import CandidateBox
from .claim_panel import ClaimPanel
from .keys import keep_keys
from .labels import plain_label, wrapped_label
from .wrapped_rows import WrappedList

NOTE_DELAY_MS = 800


class NoteEdit(QPlainTextEdit):
    """The note box: Esc hands the keyboard back to the article."""

    escaped = Signal()
    leaving = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.leaving.emit()
        super().focusOutEvent(event)


class LinkList(WrappedList):
    activatedRow = Signal(int)
    removeRow = Signal(int)
    differenceRow = Signal(int)
    escaped = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        row = self.currentIndex().row()
        if event.key() == Qt.Key.Key_D and row >= 0 and not event.modifiers():
            self.differenceRow.emit(row)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0:
            self.activatedRow.emit(row)
            return
        if event.key() == Qt.Key.Key_Delete and row >= 0:
            self.removeRow.emit(row)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class Inspector(QWidget):
    toggled = Signal(str, bool)  # label, on
    noteEdited = Signal(int, str)  # sentence id, new note
    linkActivated = Signal(object)  # LinkRow
    linkRemoveRequested = Signal(object)  # LinkRow
    linkDifference = Signal(object)  # LinkRow: show the two sentences' word difference
    statusChosen = Signal(str)
    escaped = Signal()
    sentenceShown = Signal(int, object)  # sentence id (-1: none), its tags: the claim section is filled then

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("inspector")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll)
        content = QWidget()
        self.scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 4, 6, 4)
        self.heading = plain_label("sentence-heading", translate("widgets.inspector", "No sentence selected"),
                                   style="font-weight: 600;")
        self.excerpt = wrapped_label(
            "sentence-excerpt", style="color:#333; background:#fafafa; border:1px solid #e0e0e0; padding:4px;")
        layout.addWidget(self.heading)
        layout.addWidget(self.excerpt)
        layout.addWidget(self._build_tags())
        layout.addWidget(self._build_note())
        self.claim = ClaimPanel()
        self.claim.escaped.connect(self.escaped)
        layout.addWidget(self.claim)
        layout.addWidget(self._build_links(), 1)
        self.candidates = CandidateBox()
        self.candidates.escaped.connect(self.escaped)
        layout.addWidget(self.candidates, 1)
        layout.addWidget(self._build_status())
        self.setMinimumWidth(240 + self.scroll.verticalScrollBar().sizeHint().width())  # 240 for the content

    def _build_tags(self) -> QGroupBox:
        tags = QGroupBox(translate("widgets.inspector", "Tags"))
        row = QVBoxLayout(tags)
        row.setSpacing(3)
        self.buttons: dict[str, QToolButton] = {}
        for number, label in enumerate(LABELS, start=1):
            style = TAGS[label]
            button = QToolButton()
            button.setObjectName(f"toggle-{label}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            key = shown(str(number))  # "& (1)" on AZERTY; "&&": no mnemonic
            button.setText(f"{style.letter}   {names.shown(label)}   ({key.replace('&', '&&')})")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setToolTip(translate("widgets.inspector", "Toggle {label} ({number})").format(
                label=names.shown(label), number=key))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setStyleSheet(
                "QToolButton { padding: 3px 6px; border: 1px solid #bbb; border-radius: 3px; text-align: left; }"
                f"QToolButton:checked {{ background: {style.strong}; color: white; border-color: {style.strong};"
                " font-weight: bold; }"
            )
            button.clicked.connect(lambda on, label=label: self.toggled.emit(label, on))
            self.buttons[label] = button
            row.addWidget(button)
        return tags

    def _build_note(self) -> QGroupBox:
        note_box = QGroupBox(translate("widgets.inspector", "Note (E to edit, Esc to return)"))
        note_layout = QVBoxLayout(note_box)
        self.note = NoteEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(translate("widgets.inspector", "A note on this sentence…"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        note_layout.addWidget(self.note)
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_DELAY_MS)
        self._note_timer.timeout.connect(self.commit_note)
        self._loading = False
        self._note_shown = ""
        self._sentence_id = -1
        self.note.textChanged.connect(self._note_typed)
        self.note.leaving.connect(self.commit_note)
        self.note.escaped.connect(self._escape)
        return note_box

    def _build_links(self) -> QGroupBox:
        links_box = QGroupBox(translate("widgets.inspector", "Links (G go, B back, Del remove)"))
        links_box.setToolTip(translate("widgets.inspector",
                                       "On a link: Enter goes there, D shows the word difference, Delete removes it"))
        links_layout = QVBoxLayout(links_box)
        self.links_model = LinksModel(self)
        self.links = LinkList()
        self.links.setObjectName("links")
        self.links.setModel(self.links_model)
        self.links.setAlternatingRowColors(True)
        self.links.activatedRow.connect(lambda row: self.linkActivated.emit(self.links_model.row(row)))
        self.links.doubleClicked.connect(lambda index: self.linkActivated.emit(self.links_model.row(index.row())))
        self.links.removeRow.connect(lambda row: self.linkRemoveRequested.emit(self.links_model.row(row)))
        self.links.differenceRow.connect(lambda row: self.linkDifference.emit(self.links_model.row(row)))
        self.links.escaped.connect(self.escaped)
        keep_keys(self.links)
        links_layout.addWidget(self.links)
        return links_box

    def _build_status(self) -> QGroupBox:
        status_box = QGroupBox(translate("widgets.inspector", "Article"))
        form = QFormLayout(status_box)
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.addItems([names.shown(status) for status in STATUSES])
        self.status.setToolTip(translate("widgets.inspector", "The article's status for you (Ctrl+D: done)"))
        self.status.activated.connect(lambda row: self.statusChosen.emit(STATUSES[row]))
        keep_keys(self.status)
        form.addRow(translate("widgets.inspector", "Status"), self.status)
        return status_box

    # -- showing -------------------------------------------------------------

    def show_sentence(
        self, sentence_id: int, heading: str, text: str, labels: set[str], note: str, links: list[LinkRow],
        editable: bool = True,
    ) -> None:
        self.commit_note()
        self._sentence_id = sentence_id
        self.heading.setText(heading)
        self.excerpt.setText(bounded(text))
        for label, button in self.buttons.items():
            button.setChecked(label in labels)
            button.setEnabled(editable and bool(text))
        self._set_note(note)
        self.note.setReadOnly(not editable or not text)
        self.links_model.set_rows(links)
        self.sentenceShown.emit(sentence_id, labels)

    def _set_note(self, note: str) -> None:
        if note == self.note.toPlainText():
            self._note_shown = note
            return
        self._loading = True
        self.note.setPlainText(note)
        self._loading = False
        self._note_shown = note

    def refresh_note(self, note: str) -> None:
        """Show a note changed elsewhere (undo), unless the user is typing one."""
        if not self._note_timer.isActive():
            self._set_note(note)

    def show_status(self, status: str, editable: bool = True) -> None:
        self.status.setCurrentIndex(STATUSES.index(status) if status in STATUSES else 0)
        self.status.setEnabled(editable)

    # -- note editing ----------------------------------------------------------

    def _note_typed(self) -> None:
        if not self._loading:
            self._note_timer.start()

    def commit_note(self) -> None:
        """What is being typed becomes its edit now: the note, and the claim section's boxes."""
        self.claim.commit()
        self._note_timer.stop()
        text = self.note.toPlainText()
        if text != self._note_shown and self._sentence_id >= 0:
            self._note_shown = text
            self.noteEdited.emit(self._sentence_id, text)

    def _escape(self) -> None:
        self.commit_note()
        self.escaped.emit()

    def focus_verdict(self) -> bool:
        """The keyboard on the claim's verdict, scrolled into sight; False when the sentence is in no claim."""
        if not self.claim.focus_verdict():
            return False
        self.scroll.ensureWidgetVisible(self.claim.verdict)
        return True

    def focus_links(self) -> None:
        if self.links_model.rowCount():
            self.links.setFocus()
            if not self.links.currentIndex().isValid():
                self.links.setCurrentIndex(self.links_model.index(0))

    def first_link(self) -> LinkRow | None:
        index = self.links.currentIndex()
        if isinstance(index, QModelIndex) and index.isValid():
            return self.links_model.row(index.row())
        return self.links_model.row(0) if self.links_model.rowCount() else None
