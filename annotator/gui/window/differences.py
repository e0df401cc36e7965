"""The word difference of two sentences: a link's two ends, the main and side panes' sentences, or
any two by id (a claim's timeline asks that way)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from .. import names
from ..i18n import shown_date, translate
from ..models.links import LinkRow
from ..widgets.article_view import ArticleView
from .navigation import Say
from .panes import Panes
from .session import Session

if TYPE_CHECKING:
    from ..widgets.difference import DifferenceDialog

Side = tuple[str, str]  # where the sentence is, and its text


TITLE_CHARS = 60  # of an article's title in a heading: enough to recognise it


def short(title: str) -> str:
    return title if len(title) <= TITLE_CHARS else title[:TITLE_CHARS - 1].rstrip() + "…"


def _side(view: ArticleView, pane: str) -> Side | None:
    sentence, article = view.current_sentence(), view.article()
    if sentence is None or article is None:
        return None
    where = translate("window.differences", "{pane} pane · sentence {n} · {title}").format(
        pane=pane, n=view.current_index() + 1, title=short(article.title or article.id))
    return where, article.text[sentence.start:sentence.end]


class Differences:
    """``dialog`` is the last one opened (tests read it); it is not modal, so several can be compared."""

    def __init__(self, session: Session, panes: Panes, parent: QWidget, say: Say):
        self.session, self.panes, self.parent, self.say = session, panes, parent, say
        self.dialog: DifferenceDialog | None = None

    def of_link(self, row: LinkRow) -> None:
        """The active pane's sentence against the other end of one of its links."""
        view = self.panes.active_view()
        here = _side(view, translate("window.differences", "Main") if self.panes.active is self.panes.main
                     else translate("window.differences", "Side"))
        if here is not None:
            self._show(here, (f"{names.title(row.link.relation)} · {short(row.other_title)}", row.other_text))

    def of_panes(self) -> None:
        """The main pane's sentence against the side pane's (as when linking them)."""
        main = _side(self.panes.main.view, translate("window.differences", "Main"))
        side = (_side(self.panes.side.view, translate("window.differences", "Side"))
                if self.panes.side_shown() else None)
        if main is None or side is None:
            self.say(translate("window.differences",
                               "Select a sentence in each pane (Shift+O opens this article in the side pane)"), 5000)
            return
        self._show(main, side)

    def of_sentences(self, first: int, second: int) -> None:
        """Two sentences by id, wherever they are."""
        project = self.session.project
        sides = []
        for sentence_id in (first, second):
            sentence = project.sentence(sentence_id)
            article = project.article(sentence.article_id)
            day = shown_date(article.date) if article.date else translate("window.differences", "no date")
            where = f"{short(article.title or article.id)} · {day}"
            sides.append((where, article.text[sentence.start:sentence.end]))
        self._show(*sides)

    def _show(self, first: Side, second: Side) -> None:
        from ..widgets import difference  # made on first use: not on the start path

        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = difference.DifferenceDialog(difference.Side(*first), difference.Side(*second), self.parent)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
