"""One undo command for every edit: the facade's :class:`Changes` says how to take it back.

Every edit of the facade returns a record whose ``undo`` performs the inverse
edit and returns its own record, whose ``undo`` performs the edit again. So one
command fits every edit (a tag, a note, a status, a link, a decision in gold):
it calls the next step, keeps that step's ``undo`` for the next time, and hands
the record to ``refresh``, which redraws what the record names. The rules stay
in the facade; the command remembers nothing of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..errors import AnnotatorError
from ..project.changes import Changes

#: Qt's merge id for every command that may merge; which ones do is decided by
#: their records' ``merge_key`` in :meth:`EditCommand.mergeWith`.
MERGEABLE = 1
UNMERGEABLE = -1  # Qt's "never merge"


class EditCommand(QUndoCommand):
    """``edit`` performs the edit (on the first redo, which ``QUndoStack.push`` runs);
    ``refresh`` shows each record, after redo and undo alike.

    Consecutive commands whose records carry the same non-None ``merge_key`` (a
    note typed in several steps) merge into one step: its undo restores what
    was there before the first of them (see :meth:`Changes.then`).
    """

    def __init__(self, text: str, edit: Callable[[], Changes], refresh: Callable[[Changes], None],
                 failed: Callable[[AnnotatorError], None]):
        super().__init__(text)
        self._next = edit
        self.refresh = refresh
        self.failed = failed
        self.changes: Changes | None = None  # the last record shown (merged ones included)

    def redo(self) -> None:
        self._step()

    def undo(self) -> None:
        self._step()

    def _step(self) -> None:
        """The next step; one that fails (a locked or damaged file) left the file as it was,
        so the command is made obsolete, which QUndoStack takes as "drop me": pushed, it is
        never added; undone or redone, it leaves the stack. ``failed`` tells the user and
        shows the file as it is, so no phantom step remains on screen or on the stack."""
        try:
            changes = self._next()
        except AnnotatorError as error:
            self.setObsolete(True)
            self.failed(error)
            return
        self._next = changes.undo
        self.changes = changes
        self.refresh(changes)

    def id(self) -> int:  # noqa: A003 - Qt's name
        mergeable = self.changes is not None and self.changes.merge_key is not None
        return MERGEABLE if mergeable else UNMERGEABLE

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        """Absorb ``other``, just done: this command's undo already restores what was
        before both, and its redo (after an undo) runs that undo's own, which restores
        what ``other`` left."""
        if not isinstance(other, EditCommand) or self.changes is None or other.changes is None:
            return False
        key = self.changes.merge_key
        if key is None or other.changes.merge_key != key:
            return False
        self.changes = self.changes.then(other.changes)
        return True
