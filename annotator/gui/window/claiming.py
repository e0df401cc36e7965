"""Claims from the window: the claim key and its picker, leaving a claim, the panel's claim section, and
the link dialog's "same claim".

Every change is one facade edit made first, then kept as an :class:`EditCommand` on
the window's undo stack: an edit the facade refuses (an empty statement, a bad
date) is said in the status bar and leaves nothing to undo, and an edit that
changed nothing is not kept. Nothing is pushed on a read-only file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ...claims.model import Source
from ...errors import AnnotatorError, ProjectError
from ...project import Changes
from .. import names
from ..commands import EditCommand
from ..i18n import QT_TRANSLATE_NOOP, error_text, translate
from ..widgets.fact_fields import shown_name
from ..widgets.inspector import Inspector
from .navigation import Say
from .panes import Panes
from .refresh import Refresh
from .session import Session

if TYPE_CHECKING:
    from ..widgets.claim_picker import ClaimPicker, PickerRow

#: the undo step's name for an edit of each of a claim's own values
CLAIM_EDITS = {
    "statement": QT_TRANSLATE_NOOP("window.claiming", "Claim statement"),
    "verdict": QT_TRANSLATE_NOOP("window.claiming", "Claim verdict"),
    "rationale": QT_TRANSLATE_NOOP("window.claiming", "Claim rationale"),
    "checked_at": QT_TRANSLATE_NOOP("window.claiming", "Claim checked at"),
}


class Claiming:
    """``picker`` is the last claim picker opened (tests drive it)."""

    def __init__(self, session: Session, undo_stack: QUndoStack, panes: Panes, inspector: Inspector,
                 refresh: Refresh, parent: QWidget, say: Say):
        self.session, self.undo_stack, self.panes = session, undo_stack, panes
        self.inspector, self.refresh, self.parent, self.say = inspector, refresh, parent, say
        self.picker: ClaimPicker | None = None

    @property
    def _editable(self) -> bool:
        return not self.session.project.readonly

    def _claims(self):
        return self.session.project.claims

    # -- the claim key ---------------------------------------------------------

    def pick(self) -> None:
        """The picker for the active pane's sentence: a new claim, one of mine, or out of its claim."""
        view = self.panes.active_view()
        sentence, article = view.current_sentence(), view.article()
        if sentence is None or not self._editable:
            return
        from ..widgets.claim_picker import ClaimPicker  # made on first use: not on the start path

        reviewer = self.session.reviewer
        self.picker = ClaimPicker(article.text[sentence.start:sentence.end], self._claims().list(reviewer),
                                  self._claims().of_sentence(reviewer, sentence.id), self.parent)
        self.picker.chosen.connect(lambda row: self._chosen(sentence.id, row))
        self.picker.finished.connect(lambda _result: view.setFocus())
        self.picker.open()

    def _chosen(self, sentence_id: int, row: PickerRow) -> None:
        from ..widgets.claim_picker import CLAIM, DETACH, NEW

        claims, reviewer = self._claims(), self.session.reviewer
        if row.kind == NEW:
            self._push(translate("window.claiming", "New claim"), lambda: claims.create(reviewer, sentence_id))
        elif row.kind == DETACH:
            self._push(translate("window.claiming", "Take the sentence out of its claim"),
                       lambda: claims.detach(reviewer, sentence_id))
        elif row.kind == CLAIM:
            self._push(translate("window.claiming", "Add the sentence to claim #{id}").format(id=row.claim_id),
                       lambda: claims.attach(reviewer, row.claim_id, sentence_id))

    def detach(self) -> None:
        """The active sentence out of its claim (the claim stays, with its other appearances)."""
        sentence = self.panes.active_view().current_sentence()
        if sentence is None or not self._editable:
            return
        reviewer = self.session.reviewer
        if self._claims().of_sentence(reviewer, sentence.id) is None:
            self.say(translate("window.claiming", "This sentence is in no claim"), 3000)
            return
        self._push(translate("window.claiming", "Take the sentence out of its claim"),
                   lambda: self._claims().detach(reviewer, sentence.id))

    # -- two linked sentences --------------------------------------------------

    def offer(self, a: int, b: int) -> bool:
        """Whether linking ``a`` and ``b`` as agreeing should put them in one claim by default:
        one of them is in a claim already, or both are tagged claim."""
        project, reviewer = self.session.project, self.session.reviewer
        if any(self._claims().of_sentence(reviewer, s) is not None for s in (a, b)):
            return True
        return all("claim" in project.sentence_labels(reviewer, s) for s in (a, b))

    def join(self, a: int, b: int) -> None:
        """``a`` and ``b`` in one claim: ``a``'s, else ``b``'s, else a new one made from ``a``.

        One or two edits on the stack; the caller wraps them with the link in one macro.
        """
        claims, reviewer = self._claims(), self.session.reviewer
        first, second = claims.of_sentence(reviewer, a), claims.of_sentence(reviewer, b)
        if first is not None and first == second:
            return
        if first is None and second is not None:
            self._push(translate("window.claiming", "Add the sentence to claim #{id}").format(id=second),
                       lambda: claims.attach(reviewer, second, a))
            return
        if first is None:
            self._push(translate("window.claiming", "New claim"), lambda: claims.create(reviewer, a))
            first = claims.of_sentence(reviewer, a)
        if first is not None:
            self._push(translate("window.claiming", "Add the sentence to claim #{id}").format(id=first),
                       lambda: claims.attach(reviewer, first, b))

    # -- the panel's claim section ---------------------------------------------

    def show(self, sentence_id: int, labels: set[str]) -> None:
        """The claim section for the sentence the panel shows (-1: none)."""
        project, reviewer = self.session.project, self.session.reviewer
        claim_id = self._claims().of_sentence(reviewer, sentence_id) if sentence_id >= 0 else None
        claim = self._claims().get(reviewer, claim_id) if claim_id is not None else None
        fields = project.fields(reviewer, sentence_id) if sentence_id >= 0 else {}
        self.inspector.claim.show_claim(sentence_id, claim, labels, fields, self._editable)

    def update(self, claim_id: int, field: str, value: object) -> None:
        """One of the claim's own values: statement, verdict, rationale or the day it was checked."""
        if claim_id >= 0 and self._editable:
            reviewer = self.session.reviewer
            self._push(translate("window.claiming", CLAIM_EDITS[field]) if field in CLAIM_EDITS
                       else f"Claim {field.replace('_', ' ')}",
                       lambda: self._claims().update(reviewer, claim_id, **{field: value}))

    def set_sources(self, claim_id: int, sources: tuple[Source, ...]) -> None:
        if claim_id >= 0 and self._editable:
            reviewer = self.session.reviewer
            self._push(translate("window.claiming", "Claim sources"),
                       lambda: self._claims().set_sources(reviewer, claim_id, sources))

    def set_field(self, sentence_id: int, label: str, field: str, value: str) -> None:
        if sentence_id >= 0 and self._editable:
            reviewer, project = self.session.reviewer, self.session.project
            self._push(f"{names.title(label)} · {shown_name(field, field)}",
                       lambda: project.set_field(reviewer, sentence_id, label, field, value.strip()))

    def focus_verdict(self) -> None:
        if not self.inspector.focus_verdict():
            self.say(translate("window.claiming", "This sentence is in no claim: C makes one or joins one"), 4000)

    # -- undo ----------------------------------------------------------------

    def _push(self, text: str, edit: Callable[[], Changes]) -> None:
        try:
            changes = edit()
        except ProjectError as error:
            self.say(error_text(error), 6000)
            self.refresh.update_inspector()  # the panel shows the file's values again
            return
        except AnnotatorError as error:  # the file, not the request: locked, damaged
            self.refresh.failed(error)
            return
        if changes.changed:
            self.undo_stack.push(EditCommand(text, lambda: changes, self.refresh.changed, self.refresh.failed))

