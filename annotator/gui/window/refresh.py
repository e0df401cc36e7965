"""The views read again from the facade: after one of our edits, and after another process wrote."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QLabel

from ...errors import AnnotatorError
from ...project.changes import Changes
from ..i18n import error_text, translate
from ..models.links import LinkRow
from ..widgets.article_pane import ArticlePane
from ..widgets.inspector import Inspector
from ..widgets.messages import MessageBox
from .listing import ArticleListing
from .panes import Panes
from .session import Session


class Refresh:
    """What shows an article follows the file.

    Our edits return the record of what they changed (:meth:`changed`, the undo
    commands' refresh): only that is read again. Another window or process is
    noticed by the file's ``data_version``, which the window polls and checks when
    it is activated (:meth:`check_external_changes`): then everything is. Not while ``watching`` is
    off (the window is closed, its file may be too).
    """

    def __init__(self, session: Session, listing: ArticleListing, panes: Panes, inspector: Inspector,
                 saved_label: QLabel):
        self.session, self.listing, self.panes = session, listing, panes
        self.inspector, self.saved_label = inspector, saved_label
        self.version = -1
        self.watching = True
        #: other windows' refreshes, told of every record after the main window's views
        #: (the Claims window, which reads again when claims changed)
        self.followers: list[Callable[[Changes], None]] = []
        #: told each time a pane's tags are read again (the suggestions' chips follow them)
        self.pane_followers: list[Callable[[ArticlePane], None]] = []
        # true when the commits just seen can only be the search index's catch-up (see indexing.py)
        self.only_catching_up: Callable[[], bool] = lambda: False

    def seen(self) -> None:
        """The views show the file as it is now."""
        self.version = self.session.project.data_version()

    def stale(self) -> None:
        """Another connection wrote (a worker thread's): read everything at the next check."""
        self.version = -1

    def annotations(self, pane: ArticlePane) -> None:
        """The pane's tags and links, and its header's figures, read again."""
        article = pane.view.article()
        if article is None:
            return
        project, reviewer = self.session.project, self.session.reviewer
        view = pane.view
        linked = set()
        for link in project.links(reviewer, article.id):
            linked.update(x for x in (link.source, link.target) if view.index_of_id(x) >= 0)
        claimed = set(project.claims.of_article(reviewer, article.id))
        noted = {sid for sid, note in project.notes(reviewer, article.id).items() if note}
        pane.view.set_annotations(project.labels(reviewer, article.id), linked, claimed, noted)
        pane.update_header(article, self.listing.summary(article.id))
        for follower in self.pane_followers:
            follower(pane)

    def update_inspector(self) -> None:
        """The sentence panel shows the active pane's sentence: its text, tags, note, links, article status."""
        view = self.panes.active_view()
        sentence, article = view.current_sentence(), view.article()
        project, reviewer = self.session.project, self.session.reviewer
        editable = not project.readonly
        if sentence is None or article is None:
            self.inspector.show_sentence(-1, translate("window.refresh", "No sentence selected"), "", set(), "", [],
                                         editable)
            self.inspector.show_status("todo", False)
            return
        pane = (translate("window.refresh", "side pane") if self.panes.active.objectName() == "side"
                else translate("window.refresh", "main pane"))
        heading = translate("window.refresh", "Sentence {n} of {total} · {pane}").format(
            n=view.current_index() + 1, total=len(view.sentences()), pane=pane)
        self.inspector.show_sentence(
            sentence.id, heading, article.text[sentence.start:sentence.end],
            project.sentence_labels(reviewer, sentence.id), project.note(reviewer, sentence.id),
            self._link_rows(sentence.id), editable)
        self.inspector.show_status(project.status(reviewer, article.id), editable)

    def _link_rows(self, sentence_id: int) -> list[LinkRow]:
        project = self.session.project
        rows = []
        for link in project.sentence_links(self.session.reviewer, sentence_id):
            other = link.target if link.source == sentence_id else link.source
            other_sentence = project.sentence(other)
            summary = self.listing.summary(other_sentence.article_id)
            title = (summary.title if summary else other_sentence.article_id) or other_sentence.article_id
            rows.append(LinkRow(link, other, other_sentence.article_id, title,
                                project.sentence_text(other), link.source == sentence_id))
        return rows

    def changed(self, changes: Changes) -> None:
        """Show an edit's record (an undo command's refresh, after redo and undo alike).

        Only the list rows of ``changes.articles`` are read again (one ``article_summary``
        each); the whole list is reloaded only when the set of articles changes (import,
        file or reviewer switch, another process's change). When only labels changed (a
        tag keypress), only ``changes.sentences``' tags are read again, not the article's.
        The sentence panel is always read again: a record that changed nothing still
        puts back a toggle button pressed.
        """
        self.listing.refresh_rows(changes.articles)
        for pane in self.panes.made():
            article = pane.view.article()
            if article is None or article.id not in changes.articles:
                continue
            if changes.labels_only:
                self._labels(pane, changes.sentences)
                pane.update_header(article, self.listing.summary(article.id))
            else:
                self.annotations(pane)
        self.update_inspector()
        self.saved_label.setText(translate("window.refresh", "✓ Saved {time}").format(time=time.strftime('%H:%M:%S')))
        for follower in self.followers:
            follower(changes)

    def _labels(self, pane: ArticlePane, sentence_ids: Iterable[int]) -> None:
        """Those of ``sentence_ids`` the pane shows get their tags read again."""
        project, reviewer = self.session.project, self.session.reviewer
        for sentence_id in sentence_ids:
            if pane.view.index_of_id(sentence_id) >= 0:
                pane.view.set_sentence_labels(sentence_id, project.sentence_labels(reviewer, sentence_id))

    def check_external_changes(self) -> None:
        """Another window or process wrote to the file: reload the list and the articles."""
        if not self.watching:
            return
        version = self.session.project.data_version()
        if version == self.version:
            return
        self.version = version
        if not self.only_catching_up():
            self.everything()

    def failed(self, error: AnnotatorError) -> None:
        """An edit, undo or redo that did not reach the file (an undo command's ``failed``): the
        views show the file as it is, the step is off the stack (see EditCommand), the user is told."""
        self.everything()
        MessageBox.warning(self.saved_label.window(), translate("window.refresh", "The change was not saved"),
                           translate("window.refresh", "Nothing was changed in the file.\n\n{error}").format(
                               error=error_text(error)))

    def everything(self) -> None:
        """The list, both panes and the panel read again: after another's change, or a failed edit."""
        self.listing.reload()
        for pane in self.panes.made():
            if pane.view.article() is not None:
                self.annotations(pane)
        self.update_inspector()
