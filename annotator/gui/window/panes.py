"""The two article panes (main and side), which of them has the keyboard, and the room they get.

The side pane is made the first time something asks for it (a key that opens it, a
link to pick, a candidate to open): most sessions start without it, and the window
starts faster. Until then a hidden, empty widget holds its place in the splitter, so
the splitter's layout, as saved across runs, keeps its four parts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSplitter

from ..widgets.article_list import LIST_WIDTH
from ..widgets.article_pane import ArticlePane
from ..widgets.article_view import ArticleView

SIDE_MIN = 200  # a side pane narrower than this opens at half the main one's room
ROOMY = 1600  # a splitter at least this wide keeps the article list beside two articles
LIST, MAIN, SIDE, INSPECTOR = range(4)  # the splitter's children


class Panes:
    """Actions act on the active pane; the splitter is the window's, laid out list | main | side | inspector."""

    def __init__(self, main: ArticlePane, make_side: Callable[[], ArticlePane], splitter: QSplitter):
        self.main, self.splitter = main, splitter
        self._make_side = make_side
        self._side: ArticlePane | None = None
        self.active = main
        main.set_active(True)
        #: the splitter's sizes while both articles show, as the reviewer last left them
        #: (the window keeps them across runs); None: not moved yet
        self.side_sizes: list[int] | None = None
        splitter.splitterMoved.connect(self._moved)

    @property
    def side(self) -> ArticlePane:
        """The side pane, made (hidden, in its place in the splitter) when first asked for."""
        if self._side is None:
            self._side = self._make_side()
            self.splitter.replaceWidget(SIDE, self._side).deleteLater()  # keeps the place's size, hidden
            self.splitter.setStretchFactor(SIDE, 2)
        return self._side

    def made(self) -> tuple[ArticlePane, ...]:
        """The panes made so far (what refreshes and settings apply to): the side one once asked for."""
        return (self.main,) if self._side is None else (self.main, self._side)

    def side_shown(self) -> bool:
        return self._side is not None and self._side.isVisible()

    def _moved(self, _position: int, _index: int) -> None:
        if self.side_shown():
            self.side_sizes = self.splitter.sizes()

    def pane(self, name: str) -> ArticlePane:
        return self.side if name == "side" else self.main

    def name_of(self, pane: ArticlePane) -> str:
        return "main" if pane is self.main else "side"

    def active_view(self) -> ArticleView:
        return self.active.view

    def activate(self, pane: ArticlePane) -> None:
        self.active = pane
        for each in self.made():
            each.set_active(each is pane)

    def show_side(self) -> None:
        """Open the side pane as the reviewer last sized the two; else by halving the main one,
        the list stepping aside when the window is too narrow for it and two articles."""
        if self.side_shown():
            return
        sizes = self.splitter.sizes()
        self.side.show()
        if self.side_sizes is not None and len(self.side_sizes) == len(sizes):
            self.splitter.setSizes(self.side_sizes)
        elif sizes[SIDE] < SIDE_MIN:
            listed, main, side, inspector = sizes
            if sum(sizes) < ROOMY:
                listed, main = 0, main + listed
            room = main + side
            self.splitter.setSizes([listed, room - room // 2, room // 2, inspector])

    def hide_side(self) -> None:
        """Close the side pane; a list that stepped aside for it comes back."""
        self.fold_side()
        if self.splitter.sizes()[LIST] == 0:
            self.toggle_list()

    def fold_side(self) -> None:
        """The side pane out of sight (when made), the list left as it is."""
        if self._side is not None:
            self._side.hide()

    def show_list(self) -> None:
        """The article list in sight (Ctrl+0 goes there even when it was folded away)."""
        if self.splitter.sizes()[LIST] == 0:
            self.toggle_list()

    def toggle_list(self) -> None:
        """Show the article list (taking its room from the articles), or fold it away (giving it to the main one)."""
        sizes = self.splitter.sizes()
        if sizes[LIST] > 0:
            sizes[MAIN] += sizes[LIST]
            sizes[LIST] = 0
        else:  # from the article panes shown, evenly
            shown = [MAIN, SIDE] if self.side_shown() else [MAIN]
            width = min(LIST_WIDTH, sum(sizes[i] for i in shown) // 2)
            for i in shown:
                sizes[i] -= width // len(shown)
            sizes[LIST] = width
        self.splitter.setSizes(sizes)
        if self.side_shown():
            self.side_sizes = self.splitter.sizes()
