"""Moving around: opening articles in a pane, between sentences and articles, jumps and back."""

from __future__ import annotations

from collections.abc import Callable

from .. import names
from ..i18n import translate
from ..models.roles import Role
from ..models.links import LinkRow
from ..widgets.article_pane import ArticlePane
from ..widgets.article_view import FILTERS
from ..widgets.inspector import Inspector
from .listing import ArticleListing
from .panes import Panes
from .recent_articles import RecentArticles
from .refresh import Refresh
from .session import Session

Say = Callable[[str, int], None]  # a message in the status bar for so many milliseconds


class Navigation:
    """Where the reviewer is: the article in each pane, the sentence, and where they jumped from.

    ``history`` holds (pane, article id, sentence id) of each jump, for Go back. The
    last article and sentence of each file are remembered in the session's settings.
    """

    def __init__(self, session: Session, panes: Panes, listing: ArticleListing, refresh: Refresh,
                 inspector: Inspector, say: Say):
        self.session, self.panes, self.listing, self.refresh = session, panes, listing, refresh
        self.inspector, self.say = inspector, say
        self.history: list[tuple[str, str, int]] = []
        self._opening = False  # open_article tells the panel once, at its end
        self.recent = RecentArticles()  # text and sentences of the last articles opened

    def open_article(self, article_id: str, pane_name: str = "main", sentence_id: int | None = None,
                     index: int | None = None) -> None:
        """Show the article in that pane at the sentence (by id, else by index, else where it was)."""
        pane = self.panes.pane(pane_name)
        if pane_name == "side":
            self.panes.show_side()
        view = pane.view
        self._opening = True
        try:
            if view.article() is None or view.article().id != article_id:
                article, sentences = self.recent.get(self.session.project, article_id)
                pane.show_article(article, self.listing.summary(article_id), sentences)
                self.refresh.annotations(pane)
            if sentence_id is not None and view.select_id(sentence_id):
                pass
            elif index is not None:
                view.select(index, center=True)
            elif view.current_index() < 0:
                view.select(0)
        finally:
            self._opening = False
        if pane_name == "main":
            self.listing.select(article_id)
            self.session.remember("last_article", article_id)
        else:
            self.session.remember("side_article", article_id)
        self.sentence_changed(pane)

    def open_last(self) -> None:
        """A file just shown: where the reviewer was in it (else its first article), the main pane active."""
        last = self.session.recall("last_article")
        target = last if self.listing.has(last) else self.listing.first()
        self.panes.fold_side()
        if target:
            sentence = self.session.recall("last_sentence")
            self.open_article(target, "main", index=int(sentence) if sentence.isdigit() else None)
        else:
            self.panes.main.show_article(None, None, [])
            self.sentence_changed(self.panes.main)
        side = self.session.recall("side_article")
        if self.listing.has(side):
            self.open_article(side, "side")
        self.panes.main.view.setFocus()
        self.activate(self.panes.main)

    def list_row_changed(self, current, _previous) -> None:
        if current.isValid():
            article_id = current.data(Role.ID)
            view = self.panes.main.view
            if view.article() is None or view.article().id != article_id:
                self.open_article(article_id, "main")

    def activate(self, pane: ArticlePane) -> None:
        self.panes.activate(pane)
        self.refresh.update_inspector()

    def sentence_changed(self, pane: ArticlePane) -> None:
        if self._opening:
            return
        if pane is self.panes.main and pane.view.current_index() >= 0:
            self.session.remember("last_sentence", str(pane.view.current_index()))
        if pane is self.panes.active:
            self.refresh.update_inspector()

    def jump_to(self, article_id: str, sentence_id: int, pane_name: str | None = None) -> None:
        """Go to a sentence, remembering where we were so that Go back returns."""
        view = self.panes.active_view()
        sentence, article = view.current_sentence(), view.article()
        name = pane_name or self.panes.name_of(self.panes.active)
        if sentence is not None and article is not None:
            self.history.append((name, article.id, sentence.id))
        self.open_article(article_id, name, sentence_id)
        self.panes.pane(name).view.setFocus()

    def go_back(self) -> None:
        if not self.history:
            self.say(translate("window.navigation", "Nowhere to go back to"), 3000)
            return
        name, article_id, sentence_id = self.history.pop()
        self.open_article(article_id, name, sentence_id)
        self.panes.pane(name).view.setFocus()

    def follow_link(self, row: LinkRow | None = None) -> None:
        """To the other end of ``row``, else of the sentence's first link."""
        row = row or self.inspector.first_link()
        if row is None or self.panes.active_view().current_sentence() is None:
            self.say(translate("window.navigation", "This sentence has no link to follow"), 3000)
            return
        self.jump_to(row.other_article, row.other_id)

    def next_untagged(self) -> None:
        if not self.panes.active_view().next_untagged():
            self.say(translate("window.navigation", "Every sentence of this article is tagged"), 3000)

    def step_article(self, step: int) -> None:
        """The active pane shows the article ``step`` rows away in the list as shown."""
        pane = self.panes.active
        current = pane.view.article()
        target = self.listing.neighbour(current.id if current is not None else None, step)
        if target is not None:
            self.open_article(target, self.panes.name_of(pane), index=0)

    def focus_side(self) -> None:
        """The keyboard to the side pane, opened on the main article when it shows none."""
        main, side = self.panes.main.view, self.panes.side.view
        if side.article() is None and main.article() is not None:
            self.open_article(main.article().id, "side")
        self.panes.show_side()
        side.setFocus()

    def open_in_side(self) -> None:
        view = self.panes.main.view
        if view.article() is not None:
            self.open_article(view.article().id, "side", index=view.current_index())
            self.panes.side.view.setFocus()

    def choose_side_article(self) -> None:
        self.focus_side()
        self.panes.side.chooser.setFocus()
        self.panes.side.chooser.showPopup()

    def close_side(self) -> None:
        self.panes.hide_side()
        self.session.remember("side_article", "")
        self.panes.main.view.setFocus()

    def cycle_filter(self) -> None:
        """The active pane visits the sentences of the next tag filter (all, each tag, untagged)."""
        view = self.panes.active_view()
        current = FILTERS.index(view.tag_filter())
        view.set_tag_filter(FILTERS[(current + 1) % len(FILTERS)])
        article = view.article()
        self.panes.active.update_header(article, self.listing.summary(article.id) if article else None)
        flt = view.tag_filter()
        none = flt is not None and not any(view.matches_filter(i) for i in range(len(view.sentences())))
        message = translate("window.navigation", "Tag filter: {filter}").format(
            filter=names.shown(flt) if flt else translate("window.navigation", "all sentences"))
        if none:
            message += " " + translate("window.navigation", "(no sentence of this article matches)")
        self.say(message, 3000)
