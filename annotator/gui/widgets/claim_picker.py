"""The claim key's picker: a new claim from the sentence, or one of the reviewer's claims to join.

First row "New claim from this sentence"; when the sentence is in a claim, a row
to take it out; then the reviewer's claims as the facade lists them (most
recently changed first). Typing filters the claims by their statement, accents
and case ignored (every word typed must appear); Up and Down move in the list
without leaving the box, Enter takes the current row, Esc cancels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QListView, QVBoxLayout

from ..models.roles import DISPLAY, TOOLTIP, Role
from ..models.rows import RowsListModel
from ..models.search import fold
from ..claims.verdicts import name as verdict_name
from ..i18n import translate
from ..plain import plain_tip
from .keys import keep_keys
from .labels import wrapped_label

if TYPE_CHECKING:
    from ...project.claims import ClaimSummary

NEW, DETACH, CLAIM = "new", "detach", "claim"
STATEMENT_CHARS = 160


class PickerRow(NamedTuple):
    """What a row offers: a new claim, leaving the claim, or claim ``claim_id``."""

    kind: str
    claim_id: int | None
    text: str
    folded: str = ""  # what the search matches: the statement without accents or case


def claim_row(summary: ClaimSummary, current: int | None) -> PickerRow:
    statement = summary.statement if len(summary.statement) <= STATEMENT_CHARS else \
        summary.statement[:STATEMENT_CHARS - 1] + "…"
    facts = [verdict_name(summary.verdict),
             translate("widgets.claim_picker", "{n} appearance(s)").format(n=summary.appearances),
             translate("widgets.claim_picker", "{n} article(s)").format(n=summary.articles)]
    if summary.id == current:
        facts.append(translate("widgets.claim_picker", "this sentence's claim"))
    return PickerRow(CLAIM, summary.id, f"{statement}\n{' · '.join(facts)}", fold(summary.statement))


class PickerModel(RowsListModel):
    """The rows offered, the claims among them filtered by :meth:`search`."""

    def __init__(self, claims: list[ClaimSummary], current: int | None, parent=None):
        super().__init__(parent)
        self.fixed = [PickerRow(NEW, None, translate("widgets.claim_picker", "New claim from this sentence"))]
        if current is not None:
            self.fixed.append(PickerRow(DETACH, current,
                                        translate("widgets.claim_picker", "Take this sentence out of its claim")))
        self.claims = [claim_row(summary, current) for summary in claims]
        self.search("")

    def search(self, text: str) -> None:
        words = fold(text).split()
        self.set_rows(self.fixed + [row for row in self.claims if all(w in row.folded for w in words)])

    def cell_data(self, row: PickerRow, _column: int, role: int):
        if role == DISPLAY:
            return row.text
        if role == TOOLTIP:
            return plain_tip(row.text)
        if role == Role.ITEM:
            return row
        return None


class _SearchBox(QLineEdit):
    """Up and Down move the list's current row; the typing stays here."""

    step = Signal(int)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class ClaimPicker(QDialog):
    """``chosen`` carries the :class:`PickerRow` taken with Enter (or a double click)."""

    chosen = Signal(object)

    def __init__(self, sentence: str, claims: list[ClaimSummary], current: int | None, parent=None):
        super().__init__(parent)
        self.setObjectName("claim-picker")
        self.setWindowTitle(translate("widgets.claim_picker", "Claim"))
        layout = QVBoxLayout(self)
        quote = sentence if len(sentence) <= STATEMENT_CHARS else sentence[:STATEMENT_CHARS - 1] + "…"
        layout.addWidget(wrapped_label("claim-picker-sentence", f"“{quote}”",
                                       style="background:#fafafa; border:1px solid #ddd; padding:6px;"))
        self.box = _SearchBox()
        self.box.setObjectName("claim-search")
        self.box.setAccessibleName(translate("widgets.claim_picker", "Search your claims"))
        self.box.setPlaceholderText(translate("widgets.claim_picker",
                                              "Find one of your claims (↑ ↓ to choose, Enter to take)"))
        self.box.setClearButtonEnabled(True)
        self.model = PickerModel(claims, current, self)
        self.list = QListView()
        self.list.setObjectName("claim-list")
        self.list.setAccessibleName(translate("widgets.claim_picker", "Your claims"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        keep_keys(self.box)
        keep_keys(self.list)
        layout.addWidget(self.box)
        layout.addWidget(self.list, 1)
        self.box.textChanged.connect(self._search)
        self.box.step.connect(self._step)
        self.box.returnPressed.connect(self.take)
        self.list.activated.connect(lambda _index: self.take())
        self.list.setCurrentIndex(self.model.index(0))
        self.resize(560, 420)
        self.box.setFocus()

    def _search(self, text: str) -> None:
        self.model.search(text)
        first_claim = len(self.model.fixed) if text.strip() and self.model.rowCount() > len(self.model.fixed) else 0
        self.list.setCurrentIndex(self.model.index(first_claim))

    def _step(self, step: int) -> None:
        row = max(0, min(self.list.currentIndex().row() + step, self.model.rowCount() - 1))
        self.list.setCurrentIndex(self.model.index(row))

    def current(self) -> PickerRow | None:
        index = self.list.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def take(self) -> None:
        row = self.current()
        if row is not None:
            self.chosen.emit(row)
            self.accept()
