"""Suggestions in the window: outlined chips beside the sentences, accepted or rejected by key,
and the candidates of the selected sentence in the panel, opened in the side pane to link.

Accepting (one sentence, or the whole article after a question) and rejecting are facade
edits pushed on the window's undo stack like any other, so Ctrl+Z takes them back. The
chips of a pane are read again when its tags are (:meth:`Refresh.annotations` tells
:meth:`pane_shown`), once the window is idle so that an article opens as fast as before, for
the sentences on screen only (the others as they come into sight: ``widgets/suggested_chips.py``),
and for the sentences a tag keypress changed (:meth:`changed`). Candidates cost a query of
the full-text index: they are looked for once the selection has rested
:data:`CANDIDATE_DELAY_MS`, so that J / K through an article stay instant.

Whether suggestions show is UI state (``QSettings``), per user, not per file.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ...errors import AnnotatorError
from ...project.changes import Changes
from ..commands import EditCommand
from ..i18n import error_text, translate
from ..models.candidates import CandidateRow
from ..widgets.article_pane import ArticlePane
from ..widgets.inspector import Inspector
from ..widgets.messages import Button, MessageBox
from .listing import ArticleListing
from .navigation import Navigation, Say
from .panes import Panes
from .refresh import Refresh
from .session import Session

SHOWN = "suggestions/shown"
CANDIDATE_DELAY_MS = 250
CANDIDATES = 5


class Suggesting:
    """``parent`` owns the accept-all question; ``ask`` may be replaced by tests."""

    def __init__(self, session: Session, undo_stack: QUndoStack, panes: Panes, inspector: Inspector,
                 navigation: Navigation, refresh: Refresh, listing: ArticleListing, parent: QWidget, say: Say):
        self.session, self.undo_stack, self.panes, self.inspector = session, undo_stack, panes, inspector
        self.navigation, self.refresh, self.listing, self.parent, self.say = navigation, refresh, listing, parent, say
        self._sentence = -1
        self._opened = -1  # the candidate row P opened last
        self._timer = QTimer(parent, singleShot=True, interval=CANDIDATE_DELAY_MS)
        self._timer.timeout.connect(self._find_candidates)
        self._waiting: set[str] = set()  # panes whose chips are to be read again
        self._chips_timer = QTimer(parent, singleShot=True, interval=0)
        self._chips_timer.timeout.connect(self._show_waiting)
        self._painted = False  # chips wait for the window's first screen: see first_painted
        self.ask = lambda title, text: MessageBox.question(parent, title, text) == Button.Yes

    @property
    def settings(self) -> QSettings:
        return self.session.settings

    @property
    def shown(self) -> bool:
        return str(self.settings.value(SHOWN, "true")).lower() == "true"

    # -- showing ---------------------------------------------------------------

    def pane_shown(self, pane: ArticlePane) -> None:
        """The pane's tags were just read again: its chips follow as soon as the window is idle, so
        that opening an article shows its text without waiting for the rules."""
        self._waiting.add(pane.objectName())
        if self._painted:
            self._chips_timer.start()

    def first_painted(self) -> None:
        """The window's first screen is up: the chips waiting for it are read now. The rules'
        patterns are compiled then, on first use (about 60 ms the start does not wait for)."""
        self._painted = True
        if self._waiting:
            self._chips_timer.start()

    def _show_waiting(self) -> None:
        for name in sorted(self._waiting):
            self.show_chips(self.panes.pane(name))
        self._waiting.clear()

    def show_chips(self, pane: ArticlePane) -> None:
        """The pane's chips read again now (those on screen; the others as they come into sight)."""
        article = pane.view.article()
        if article is None or not self.shown or not self.parent.isVisible():
            pane.view.set_suggestion_source(None)
            return
        pane.view.set_suggestion_source(partial(self._suggested_between, article.id))

    def _suggested_between(self, article_id: str, first: int, last: int) -> dict[int, list[str]]:
        """The labels suggested for the article's sentences [first, last), by sentence id; none
        once the window is closed (its file may be)."""
        suggested: dict[int, list[str]] = {}
        if self.parent.isVisible():
            for s in self.session.project.suggestions.of_article(self.session.reviewer, article_id, first, last):
                suggested.setdefault(s.sentence_id, []).append(s.label)
        return suggested

    def changed(self, changes: Changes) -> None:
        """After a tag keypress (which reads only that sentence's tags again) the chips of those
        sentences follow, each read alone: a keypress stays instant on a long article."""
        if not changes.labels_only or not self.shown:
            return
        project, reviewer = self.session.project, self.session.reviewer
        for pane in self.panes.made():
            view = pane.view
            if view.article() is None or view.article().id not in changes.articles:
                continue
            for sentence in changes.sentences:
                if view.index_of_id(sentence) >= 0:
                    view.set_sentence_suggested(
                        sentence, [s.label for s in project.suggestions.of_sentence(reviewer, sentence)])

    def toggle(self) -> None:
        """View > Show suggestions: on or off, remembered."""
        self.settings.setValue(SHOWN, "false" if self.shown else "true")
        for pane in self.panes.made():
            self.show_chips(pane)
        self.inspector.candidates.setVisible(self.shown)
        sentence, self._sentence = self._sentence, -1
        self.sentence_shown(sentence)
        self.say(translate("window.suggesting", "Suggestions shown") if self.shown
                 else translate("window.suggesting", "Suggestions hidden (View menu to show them)"), 3000)

    # -- candidates --------------------------------------------------------------

    def sentence_shown(self, sentence_id: int) -> None:
        """The panel shows another sentence: its candidates are looked for once the selection rests.
        The same sentence shown again (after an edit, or P opening a candidate) keeps its list."""
        if sentence_id == self._sentence and sentence_id >= 0:
            return
        self._sentence, self._opened = sentence_id, -1
        self.inspector.candidates.show_rows([], "…" if sentence_id >= 0 and self.shown else "")
        if sentence_id >= 0 and self.shown:
            self._timer.start()
        else:
            self._timer.stop()

    def _find_candidates(self) -> None:
        """The candidates of the sentence shown; nothing once the window is closed (its file may be)."""
        if self._sentence < 0 or not self.parent.isVisible():
            return
        project = self.session.project
        try:
            here = project.sentence(self._sentence).article_id
            found = project.suggestions.candidates(self._sentence, CANDIDATES)
        except AnnotatorError as error:
            self.inspector.candidates.show_rows(
                [], translate("window.suggesting", "Candidates could not be read: {error}").format(
                    error=error_text(error)))
            return
        rows = []
        for c in found:
            summary = self.listing.summary(c.article_id)
            rows.append(CandidateRow(c, (summary.title if summary else "") or c.article_id, c.article_id == here))
        self.inspector.candidates.show_rows(rows)

    def open_candidate(self, row: CandidateRow | None = None) -> None:
        """The next candidate (or ``row``) in the side pane at its sentence, the main pane keeping the
        keyboard: L then links the two."""
        if self._timer.isActive():
            self._timer.stop()
            self._find_candidates()
        model = self.inspector.candidates.model
        if row is None:
            if not model.rowCount():
                self.say(translate("window.suggesting", "No candidate for this sentence"), 3000)
                return
            self._opened = (self._opened + 1) % model.rowCount()
            row = model.row(self._opened)
        number = model.rows().index(row)
        self.inspector.candidates.list.setCurrentIndex(model.index(number))
        self.inspector.scroll.ensureWidgetVisible(self.inspector.candidates)
        self.inspector.scroll.horizontalScrollBar().setValue(0)  # down to the list, never sideways
        main = self.panes.main.view
        self.navigation.open_article(row.candidate.article_id, "side", row.candidate.sentence_id)
        main.setFocus()
        self.navigation.activate(self.panes.main)
        where = (translate("window.suggesting", "contradicts?") if row.candidate.contradiction
                 else translate("window.suggesting", "same fact?"))
        self.say(translate("window.suggesting", "Candidate {n} of {count} in the side pane ({where}): "
                           "L links it, P shows the next").format(n=number + 1, count=model.rowCount(), where=where),
                 6000)

    # -- edits -------------------------------------------------------------------

    def accept(self) -> None:
        sentence = self._editable_sentence()
        if sentence is not None:
            self._push(translate("window.suggesting", "Accept suggestion"), self.session.project.suggestions.accept,
                       sentence)

    def reject(self) -> None:
        sentence = self._editable_sentence()
        if sentence is not None:
            self._push(translate("window.suggesting", "Reject suggestion"), self.session.project.suggestions.reject,
                       sentence)

    def accept_all(self) -> None:
        """Every suggestion of the active pane's article, after a question naming how many."""
        article = self.panes.active_view().article()
        if article is None or not self._editable():
            return
        found = self.session.project.suggestions.of_article(self.session.reviewer, article.id)
        if not found:
            self.say(translate("window.suggesting", "No suggestion in this article"), 3000)
            return
        counts = {label: sum(s.label == label for s in found) for label in ("statistic", "quote")}
        text = translate("window.suggesting", "Accept the {n} suggestions of this article ({statistics} statistics, "
                         "{quotes} quotes) with their fields?\n\nOne undo (Ctrl+Z) takes them all back.").format(
            n=len(found), statistics=counts["statistic"], quotes=counts["quote"])
        if self.ask(translate("window.suggesting", "Accept all suggestions"), text):
            self._push(translate("window.suggesting", "Accept {n} suggestions").format(n=len(found)),
                       self.session.project.suggestions.accept_all, article.id)

    def _editable(self) -> bool:
        if self.session.project.readonly:
            return False
        if not self.shown:
            self.say(translate("window.suggesting", "Suggestions are hidden (View > Show suggestions)"), 4000)
            return False
        return True

    def _editable_sentence(self) -> int | None:
        sentence = self.panes.active_view().current_sentence()
        if sentence is None or not self._editable():
            return None
        if not self.session.project.suggestions.of_sentence(self.session.reviewer, sentence.id):
            self.say(translate("window.suggesting", "No suggestion for this sentence"), 3000)
            return None
        return sentence.id

    def _push(self, text: str, edit, *args: object) -> None:
        bound = partial(edit, self.session.reviewer, *args)
        self.undo_stack.push(EditCommand(text, bound, self.refresh.changed, self.refresh.failed))
