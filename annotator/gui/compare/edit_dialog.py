"""The small dialog behind E: the gold value of one disagreement, chosen by hand.

A sentence: three check boxes (1 / 2 / 3 or C / Q / S toggle them). A link:
agrees (A), contradicts (C) or not linked (N). Enter keeps, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QButtonGroup, QCheckBox, QDialog, QLabel, QRadioButton,
    QVBoxLayout,
)

from ...project.adjudication import Item
from ...model import LABELS, RELATIONS
from .. import names as shown_names
from ..i18n import translate
from ..palette import TAGS
from ..widgets.dialog_buttons import ok_cancel
from .models import value_text

NOT_LINKED = ""


class EditDialog(QDialog):
    def __init__(self, item: Item, current: frozenset[str], names: tuple[str, str], parent=None):
        super().__init__(parent)
        self.item = item
        self.setObjectName("compare-edit-dialog")
        self.setWindowTitle(translate("compare.edit_dialog", "Edit the gold value"))
        layout = QVBoxLayout(self)
        a, b = names
        summary = QLabel(f"A · {a}: {value_text(item, item.a)}\nB · {b}: {value_text(item, item.b)}")
        summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(summary)
        self.boxes: dict[str, QAbstractButton] = {}
        self._keys: dict[str, str] = {}
        if item.is_link:
            self.group = QButtonGroup(self)
            for value, text, key in (*((r, r, r[0]) for r in RELATIONS), (NOT_LINKED, "not linked", "n")):
                shown = (translate("compare.edit_dialog", "not linked") if value == NOT_LINKED
                         else shown_names.shown(value))
                radio = QRadioButton(f"{shown}   ({key.upper()})")
                radio.setObjectName(f"edit-{text.replace(' ', '-')}")
                self.group.addButton(radio)
                self.boxes[value] = radio
                self._keys[key] = value
                layout.addWidget(radio)
            chosen = next(iter(current), NOT_LINKED)
            self.boxes.get(chosen, self.boxes[NOT_LINKED]).setChecked(True)
        else:
            for n, label in enumerate(LABELS, start=1):
                letter = TAGS[label].letter
                box = QCheckBox(translate("compare.edit_dialog", "{label}   ({n} or {letter})").format(
                    label=shown_names.shown(label), n=n, letter=letter))
                box.setObjectName(f"edit-{label}")
                box.setChecked(label in current)
                self.boxes[label] = box
                self._keys[str(n)] = label
                self._keys[letter.lower()] = label
                layout.addWidget(box)
        layout.addWidget(ok_cancel(self, translate("compare.edit_dialog", "Decide")))
        first = next((box for box in self.boxes.values() if box.isChecked()), next(iter(self.boxes.values())))
        first.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        text = event.text().lower()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if text in self._keys and plain:
            box = self.boxes[self._keys[text]]
            if self.item.is_link:
                box.setChecked(True)
            else:
                box.toggle()
            box.setFocus()
            return
        super().keyPressEvent(event)

    def value(self) -> frozenset[str]:
        if self.item.is_link:
            return frozenset(v for v, box in self.boxes.items() if box.isChecked() and v != NOT_LINKED)
        return frozenset(label for label, box in self.boxes.items() if box.isChecked())
