"""The small dialog that links two sentences: A agrees, C contradicts, optional note, Enter.

Two sentences that agree often state one claim: a box (Alt+S) offers to put
them in the same claim, on by default when the window says so (one of them
is in a claim already, or both are tagged claim), and only for "agrees".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDialog, QFormLayout, QLineEdit, QRadioButton,
    QVBoxLayout,
)

from ...model import RELATIONS
from .. import names
from ..i18n import translate
from .dialog_buttons import ok_cancel
from .labels import wrapped_label


def _quote(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class LinkDialog(QDialog):
    def __init__(self, first: str, first_where: str, second: str, second_where: str,
                 relation: str = "contradicts", note: str = "", same_claim: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName("link-dialog")
        self.setWindowTitle(translate("widgets.link_dialog", "Link two sentences"))
        layout = QVBoxLayout(self)
        for n, (text, where) in enumerate(((first, first_where), (second, second_where))):
            layout.addWidget(wrapped_label(f"link-sentence-{n}", f"{where}\n“{_quote(text)}”",
                                           style="background:#fafafa; border:1px solid #ddd; padding:6px;"))
        form = QFormLayout()
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        row = QVBoxLayout()
        for name in RELATIONS:
            radio = QRadioButton(f"{names.shown(name)}   ({name[0].upper()})")
            radio.setObjectName(f"relation-{name}")
            self.group.addButton(radio)
            self.radios[name] = radio
            row.addWidget(radio)
        form.addRow(translate("widgets.link_dialog", "Relation"), row)
        self.note = QLineEdit(note)
        self.note.setObjectName("link-note")
        self.note.setPlaceholderText(translate("widgets.link_dialog", "optional note (Tab to reach)"))
        form.addRow(translate("widgets.link_dialog", "Note"), self.note)
        self.claim_box = QCheckBox(translate("widgets.link_dialog", "Put both in the &same claim"))
        self.claim_box.setObjectName("same-claim")
        self.claim_box.setChecked(same_claim)
        self.claim_box.setToolTip(translate(
            "widgets.link_dialog", "Only when they agree: one claim, with both sentences as its appearances (Alt+S)"))
        form.addRow(translate("widgets.link_dialog", "Claim"), self.claim_box)
        self.group.buttonToggled.connect(lambda *_: self.claim_box.setEnabled(self.relation() == "agrees"))
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, translate("widgets.link_dialog", "Link")))
        self.radios.get(relation, self.radios[RELATIONS[-1]]).setChecked(True)
        self.claim_box.setEnabled(self.relation() == "agrees")
        self.resize(520, self.sizeHint().height())
        self.checked_radio().setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Letter keys not taken by the note box arrive here: A agrees, C contradicts.
        text = event.text().lower()
        for relation in RELATIONS:
            if text and text == relation[0] and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
                self._choose(relation)
                return
        super().keyPressEvent(event)

    def _choose(self, relation: str) -> None:
        self.radios[relation].setChecked(True)
        self.radios[relation].setFocus()

    def checked_radio(self) -> QRadioButton:
        return next(r for r in self.radios.values() if r.isChecked())

    def relation(self) -> str:
        return next(rel for rel, radio in self.radios.items() if radio.isChecked())

    def same_claim(self) -> bool:
        """Put the two sentences in one claim: asked for, and they agree."""
        return self.claim_box.isChecked() and self.relation() == "agrees"

    def note_text(self) -> str:
        return self.note.text().strip()
