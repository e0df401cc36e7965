"""The small dialog that links two sentences: A agrees, C contradicts, optional note, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QFormLayout, QLabel, QLineEdit, QRadioButton,
    QVBoxLayout,
)

from ...model import RELATIONS
from .dialog_buttons import ok_cancel


def _quote(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class LinkDialog(QDialog):
    def __init__(self, first: str, first_where: str, second: str, second_where: str,
                 relation: str = "contradicts", note: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("link-dialog")
        self.setWindowTitle("Link two sentences")
        layout = QVBoxLayout(self)
        for text, where in ((first, first_where), (second, second_where)):
            label = QLabel(f"{where}\n“{_quote(text)}”")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setStyleSheet("background:#fafafa; border:1px solid #ddd; padding:6px;")
            layout.addWidget(label)
        form = QFormLayout()
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        row = QVBoxLayout()
        for relation in RELATIONS:
            key = relation[0].upper()
            radio = QRadioButton(f"{relation}   ({key})")
            radio.setObjectName(f"relation-{relation}")
            self.group.addButton(radio)
            self.radios[relation] = radio
            row.addWidget(radio)
        self.radios.get(relation, self.radios[RELATIONS[-1]]).setChecked(True)
        form.addRow("Relation", row)
        self.note = QLineEdit(note)
        self.note.setObjectName("link-note")
        self.note.setPlaceholderText("optional note (Tab to reach)")
        form.addRow("Note", self.note)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, "Link"))
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

    def note_text(self) -> str:
        return self.note.text().strip()
