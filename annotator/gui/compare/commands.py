"""Decisions as QUndoCommands over ``Adjudication.decide`` and the undo it returns.

The rule (what may go into gold, how an article's status follows) lives in
:mod:`annotator.project.adjudication`; a command only remembers what it replaced.
``changed(item, decision, undone)`` tells the window what the item now holds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ...project.adjudication import Adjudication, Choice, Decision, Item
from .models import value_text

Changed = Callable[[Item, "Decision | None", bool], None]


class Decide(QUndoCommand):
    """Take A's value, B's, or an edited one into the gold layer for one item."""

    def __init__(self, adjudication: Adjudication, item: Item, choice: Choice,
                 value: frozenset[str] | None, changed: Changed):
        self.adjudication = adjudication
        self.item = item
        self.choice = choice
        if value is None:
            value = item.a if choice == "a" else item.b
        self.decision = Decision(choice, frozenset(value))
        self.previous: Decision | None = None
        self.take_back = None
        self.changed = changed
        who = {"a": "accept A", "b": "accept B", "edit": "edit"}[choice]
        super().__init__(f"{who} ({value_text(item, self.decision.value)})")

    def redo(self) -> None:
        changes = self.adjudication.decide(self.item, self.choice, self.decision.value)
        self.previous, self.take_back = changes.before, changes.undo
        self.changed(self.item, self.decision, False)

    def undo(self) -> None:
        self.take_back()
        self.changed(self.item, self.previous, True)
