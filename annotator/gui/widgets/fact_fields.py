"""The fact-check fields of a tagged sentence: a statistic's value, unit, period and source; a quote's speaker.

A group per tag that has fields (:data:`annotator.claims.model.FIELDS`), shown
only while the sentence carries that tag. What is typed goes out as
``edited(label, field, value)`` when the reviewer pauses or leaves the box; ""
clears the field.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from ...claims.model import FIELDS
from ..i18n import QT_TRANSLATE_NOOP, translate
from .typed_text import TypedText

CONTEXT = "widgets.fact_fields"
PLACEHOLDERS = {
    ("statistic", "value"): QT_TRANSLATE_NOOP("widgets.fact_fields", "e.g. 295"),
    ("statistic", "unit"): QT_TRANSLATE_NOOP("widgets.fact_fields", "e.g. %"),
    ("statistic", "period"): QT_TRANSLATE_NOOP("widgets.fact_fields", "e.g. 28 February 2026"),
    ("statistic", "source"): QT_TRANSLATE_NOOP("widgets.fact_fields", "e.g. Sensor Tower"),
    ("quote", "speaker"): QT_TRANSLATE_NOOP("widgets.fact_fields", "who said it"),
}
#: the names shown for the groups and fields of :data:`FIELDS` (files keep the English words)
NAMES = {
    "statistic": QT_TRANSLATE_NOOP("widgets.fact_fields", "Statistic fields"),
    "quote": QT_TRANSLATE_NOOP("widgets.fact_fields", "Quote fields"),
    "value": QT_TRANSLATE_NOOP("widgets.fact_fields", "Value"),
    "unit": QT_TRANSLATE_NOOP("widgets.fact_fields", "Unit"),
    "period": QT_TRANSLATE_NOOP("widgets.fact_fields", "Period"),
    "source": QT_TRANSLATE_NOOP("widgets.fact_fields", "Source"),
    "speaker": QT_TRANSLATE_NOOP("widgets.fact_fields", "Speaker"),
}


def shown_name(word: str, fallback: str) -> str:
    """A group or field of :data:`FIELDS` as shown (``fallback`` for one not named here)."""
    return translate(CONTEXT, NAMES[word]) if word in NAMES else fallback


class FactFields(QWidget):
    edited = Signal(str, str, str)  # label, field, value
    escaped = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.groups: dict[str, QGroupBox] = {}
        self.boxes: dict[tuple[str, str], TypedText] = {}
        for label, fields in FIELDS.items():
            group = QGroupBox(shown_name(label, f"{label.capitalize()} fields"))
            group.setObjectName(f"fields-{label}")
            form = QFormLayout(group)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for field in fields:
                edit = QLineEdit()
                edit.setObjectName(f"field-{label}-{field}")
                edit.setPlaceholderText(translate(CONTEXT, PLACEHOLDERS[(label, field)])
                                        if (label, field) in PLACEHOLDERS else "")
                typed = TypedText(edit)
                typed.committed.connect(lambda text, label=label, field=field: self.edited.emit(label, field, text))
                typed.escaped.connect(self.escaped)
                self.boxes[(label, field)] = typed
                form.addRow(shown_name(field, field.capitalize()), edit)
            self.groups[label] = group
            layout.addWidget(group)

    def commit(self) -> None:
        """What is being typed becomes its edit now (before another sentence is shown)."""
        for typed in self.boxes.values():
            typed.commit()

    def show_fields(self, labels: set[str], values: dict[str, dict[str, str]], editable: bool) -> None:
        """The groups of the sentence's tags, with the values the reviewer gave."""
        for label, group in self.groups.items():
            group.setVisible(label in labels)
        for (label, field), typed in self.boxes.items():
            typed.show(values.get(label, {}).get(field, ""))
            typed.edit.setReadOnly(not editable)

    def edit(self, label: str, field: str) -> QLineEdit:
        return self.boxes[(label, field)].edit
