"""The dialog behind E: the gold value of one disagreement, chosen by hand, under the
sentence (or the link's two sentences) being decided.

A sentence: three check boxes (1 / 2 / 3 or C / Q / S toggle them). A link:
agrees (A), contradicts (C) or not linked (N). Enter decides the value its button
names (the button follows the boxes), Esc cancels.
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
from ..layouts import digit_of, shown
from ..widgets.dialog_buttons import ok_cancel
from ..widgets.labels import wrapped_label
from .models import value_text

NOT_LINKED = ""


class EditDialog(QDialog):
    """``texts``: the sentence decided, or a link's two sentences, shown whole."""

    WIDTH = 520

    def __init__(self, item: Item, current: frozenset[str], names: tuple[str, str], texts: list[str],
                 parent=None):
        super().__init__(parent)
        self.item = item
        self.setObjectName("compare-edit-dialog")
        self.setWindowTitle(translate("compare.edit_dialog", "Edit the gold value"))
        self.setMinimumWidth(self.WIDTH)
        layout = QVBoxLayout(self)
        for n, text in enumerate(texts, start=1):
            quoted = wrapped_label(f"edit-sentence-{n}", f"{n}. “{text}”" if len(texts) > 1 else f"“{text}”",
                                  style="background:#fafafa; border:1px solid #e0e0e0; padding:4px;")
            quoted.setAccessibleName(translate("compare.edit_dialog", "Sentence {n}").format(n=n) if len(texts) > 1
                                     else translate("compare.edit_dialog", "Sentence"))
            layout.addWidget(quoted)
        a, b = names
        summary = QLabel(f"A · {a}: {value_text(item, item.a)}\nB · {b}: {value_text(item, item.b)}")
        summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(summary)
        self.boxes: dict[str, QAbstractButton] = {}
        self._keys: dict[str, str] = {}
        if item.is_link:
            self.group = QButtonGroup(self)
            for value, text, key in (*((r, r, r[0]) for r in RELATIONS), (NOT_LINKED, "not linked", "n")):
                name = (translate("compare.edit_dialog", "not linked") if value == NOT_LINKED
                        else shown_names.shown(value))
                radio = QRadioButton(f"{name}   ({key.upper()})")
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
                key = shown(str(n)).replace("&", "&&")  # "& (1)" on AZERTY; "&&": no mnemonic
                box = QCheckBox(translate("compare.edit_dialog", "{label}   ({n} or {letter})").format(
                    label=shown_names.shown(label), n=key, letter=letter))
                box.setObjectName(f"edit-{label}")
                box.setChecked(label in current)
                self.boxes[label] = box
                self._keys[str(n)] = label
                self._keys[letter.lower()] = label
                layout.addWidget(box)
        self.buttons = ok_cancel(self, translate("compare.edit_dialog", "Decide"))
        layout.addWidget(self.buttons)
        for box in self.boxes.values():
            box.toggled.connect(lambda _on: self._name_decision())
        self._name_decision()
        first = next((box for box in self.boxes.values() if box.isChecked()), next(iter(self.boxes.values())))
        first.setFocus()

    def _name_decision(self) -> None:
        """The Decide button says what Enter will put in gold."""
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setText(translate("compare.edit_dialog", "Decide: {value}").format(value=value_text(self.item, self.value())))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        text = digit_of(event.text().lower())  # on AZERTY the digit row gives & é "
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
