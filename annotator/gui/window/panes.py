"""The two article panes (main and side), which of them has the keyboard, and the room they get."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter

from ..widgets.article_list import LIST_WIDTH
from ..widgets.article_pane import ArticlePane
from ..widgets.article_view import ArticleView

SIDE_MIN = 200  # a side pane narrower than this opens at half the main one's room
ROOMY = 1600  # a splitter at least this wide keeps the article list beside two articles
LIST, MAIN, SIDE, INSPECTOR = range(4)  # the splitter's children


class Panes:
    """Actions act on the active pane; the splitter is the window's, laid out list | main | side | inspector."""

    def __init__(self, main: ArticlePane, side: ArticlePane, splitter: QSplitter):
        self.main, self.side, self.splitter = main, side, splitter
        self.active = main
        main.set_active(True)
        #: the splitter's sizes while both articles show, as the reviewer last left them
        #: (the window keeps them across runs); None: not moved yet
        self.side_sizes: list[int] | None = None
        splitter.splitterMoved.connect(self._moved)

    def _moved(self, _position: int, _index: int) -> None:
        if self.side.isVisible():
            self.side_sizes = self.splitter.sizes()

    def pane(self, name: str) -> ArticlePane:
        return self.side if name == "side" else self.main

    def name_of(self, pane: ArticlePane) -> str:
        return "side" if pane is self.side else "main"

    def active_view(self) -> ArticleView:
        return self.active.view

    def activate(self, pane: ArticlePane) -> None:
        self.active = pane
        self.main.set_active(pane is self.main)
        self.side.set_active(pane is self.side)

    def show_side(self) -> None:
        """Open the side pane as the reviewer last sized the two; else by halving the main one,
        the list stepping aside when the window is too narrow for it and two articles."""
        if self.side.isVisible():
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
        self.side.hide()
        if self.splitter.sizes()[LIST] == 0:
            self.toggle_list()

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
            shown = [MAIN, SIDE] if self.side.isVisible() else [MAIN]
            width = min(LIST_WIDTH, sum(sizes[i] for i in shown) // 2)
            for i in shown:
                sizes[i] -= width // len(shown)
            sizes[LIST] = width
        self.splitter.setSizes(sizes)
        if self.side.isVisible():
            self.side_sizes = self.splitter.sizes()
