"""The claim section of the sentence panel: the claim the sentence states, and its tags' fact-check fields.

Statement, verdict, rationale, the date it was checked and the sources, each
edited from the keyboard (V puts the keyboard on the verdict; arrows change
it; Tab goes on). The panel only shows and asks: every change goes out as a
signal carrying the claim's id (or the sentence's), and the window makes it
an undoable edit. Typing is handed on when the reviewer pauses or leaves a box
(:mod:`typed_text`); a date is checked when it is whole, with a message
saying how to write it. The claim's boxes are made when a claim is first shown
(most sentences are in none; the window starts without them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from ...claims.model import Claim
from ..claims.verdicts import choices as verdict_choices
from ..i18n import QT_TRANSLATE_NOOP, translate
from .days import EXAMPLE, day_text, parse_day
from .fact_fields import FactFields
from .keys import keep_keys
from .labels import ERROR_STYLE, wrapped_label
from .typed_text import TypedText

NO_CLAIM = QT_TRANSLATE_NOOP("widgets.claim_panel", "In no claim: C makes one from this sentence or joins one")


def claim_summary(claim: Claim) -> str:
    articles = len({appearance.article_id for appearance in claim.appearances})
    return translate("widgets.claim_panel", "Claim #{id} · {n} appearance(s) in {m} article(s)").format(
        id=claim.id, n=len(claim.appearances), m=articles)


class ClaimPanel(QWidget):
    claimEdited = Signal(int, str, object)  # claim id, "statement" | "verdict" | "rationale" | "checked_at", value
    sourcesEdited = Signal(int, object)  # claim id, the new tuple of Source
    fieldEdited = Signal(int, str, str, str)  # sentence id, label, field, value ("" clears)
    escaped = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("claim-panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(translate("widgets.claim_panel", "Claim (C choose, V verdict)"))
        inner = QVBoxLayout(box)
        self.summary = wrapped_label("claim-summary", translate("widgets.claim_panel", NO_CLAIM),
                                     style="color:#333;")
        self.message = wrapped_label("claim-message", style=ERROR_STYLE)
        inner.addWidget(self.summary)
        self.form = QWidget()  # its rows made on the first claim shown (_build_form)
        self.form.setObjectName("claim-form")
        self.form.hide()
        self._typed_boxes: tuple[TypedText, ...] = ()
        inner.addWidget(self.form)
        inner.addWidget(self.message)
        layout.addWidget(box)
        self.fields = FactFields()
        self.fields.edited.connect(lambda label, field, value: self.fieldEdited.emit(
            self._sentence_id, label, field, value))
        self.fields.escaped.connect(self.escaped)
        layout.addWidget(self.fields)
        self._claim_id = -1
        self._sentence_id = -1
        self.show_claim(-1, None, set(), {}, False)

    def _build_form(self) -> None:
        from .claim_sources import SourcesEditor  # with its dialog, on first use

        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # a narrow panel: labels above
        statement = QPlainTextEdit()
        statement.setTabChangesFocus(True)
        statement.setMaximumHeight(62)
        self.statement = self._typed(statement, "claim-statement", "statement", one_line=True)
        self.verdict = QComboBox()
        self.verdict.setObjectName("claim-verdict")
        self.verdict.setToolTip(translate("widgets.claim_panel", "The verdict (V; arrows change it)"))
        self.choices = verdict_choices()
        self.verdict.addItems([name for _verdict, name in self.choices])
        self.verdict.activated.connect(
            lambda row: self.claimEdited.emit(self._claim_id, "verdict", self.choices[row][0]))
        keep_keys(self.verdict)
        self.checked = self._typed(QLineEdit(), "claim-checked", "checked_at", pause=False)
        self.checked.edit.setPlaceholderText(translate("widgets.claim_panel", "YYYY-MM-DD, e.g. {example}").format(
            example=EXAMPLE))
        rationale = QPlainTextEdit()
        rationale.setTabChangesFocus(True)
        rationale.setMaximumHeight(70)
        rationale.setPlaceholderText(translate("widgets.claim_panel", "Why this verdict…"))
        self.rationale = self._typed(rationale, "claim-rationale", "rationale")
        self.sources = SourcesEditor()
        self.sources.edited.connect(lambda sources: self.sourcesEdited.emit(self._claim_id, sources))
        self.sources.message.connect(self.message.setText)
        self.sources.escaped.connect(self.escaped)
        form.addRow(translate("widgets.claim_panel", "Statement"), self.statement.edit)
        form.addRow(translate("widgets.claim_panel", "Verdict"), self.verdict)
        form.addRow(translate("widgets.claim_panel", "Checked on"), self.checked.edit)
        form.addRow(translate("widgets.claim_panel", "Rationale"), self.rationale.edit)
        form.addRow(translate("widgets.claim_panel", "Sources"), self.sources)
        self._typed_boxes = (self.statement, self.checked, self.rationale)

    def _typed(self, edit: QLineEdit | QPlainTextEdit, name: str, field: str, pause: bool = True,
               one_line: bool = False) -> TypedText:
        edit.setObjectName(name)
        typed = TypedText(edit, pause, one_line)
        typed.committed.connect(lambda text: self._committed(field, text))
        typed.escaped.connect(self.escaped)
        return typed

    def _committed(self, field: str, text: str) -> None:
        if field != "checked_at":
            self.claimEdited.emit(self._claim_id, field, text)
            return
        try:
            day = parse_day(text)
        except ValueError as error:
            self.message.setText(str(error))
            return
        self.message.clear()
        self.claimEdited.emit(self._claim_id, field, day)

    # -- showing -------------------------------------------------------------

    def commit(self) -> None:
        """What is being typed becomes its edit now (before another sentence or claim is shown)."""
        for typed in self._typed_boxes:
            typed.commit()
        self.fields.commit()

    def show_claim(self, sentence_id: int, claim: Claim | None, labels: set[str],
                   fields: dict[str, dict[str, str]], editable: bool) -> None:
        """The sentence's claim (None: in none) and the fields of its tags."""
        self.commit()
        if claim is None or claim.id != self._claim_id:
            self.message.clear()
        self._sentence_id = sentence_id
        self._claim_id = claim.id if claim is not None else -1
        self.summary.setText(claim_summary(claim) if claim is not None else translate("widgets.claim_panel", NO_CLAIM))
        if claim is not None and not self._typed_boxes:
            self._build_form()
        self.form.setVisible(claim is not None)
        if claim is not None:
            self.statement.show(claim.statement)
            self.verdict.setCurrentIndex(next(n for n, (v, _) in enumerate(self.choices) if v == claim.verdict))
            self.checked.show(day_text(claim.checked_at))
            self.rationale.show(claim.rationale)
            self.sources.show_sources(claim.sources, editable)
        for typed in self._typed_boxes:
            typed.edit.setReadOnly(not editable)
        if self._typed_boxes:
            self.verdict.setEnabled(editable)
        self.fields.show_fields(labels if sentence_id >= 0 else set(), fields, editable)

    def claim_id(self) -> int | None:
        return self._claim_id if self._claim_id >= 0 else None

    def focus_verdict(self) -> bool:
        """The keyboard on the verdict; False when no claim is shown (nothing to judge)."""
        if self._claim_id < 0 or not self.verdict.isEnabled():
            return False
        self.verdict.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True
