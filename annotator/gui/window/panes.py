"""The two article panes (main and side) and which of them has the keyboard."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter

from ..widgets.article_pane import ArticlePane
from ..widgets.article_view import ArticleView

SIDE_MIN = 200  # a side pane narrower than this opens at half the main one's room


class Panes:
    """Actions act on the active pane; the splitter is the window's, laid out list | main | side | inspector."""

    def __init__(self, main: ArticlePane, side: ArticlePane, splitter: QSplitter):
        self.main, self.side, self.splitter = main, side, splitter
        self.active = main
        main.set_active(True)

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
        """Open the side pane by halving the main one: the list and the inspector keep their widths."""
        if self.side.isVisible():
            return
        sizes = self.splitter.sizes()
        self.side.show()
        if sizes[2] < SIDE_MIN:
            listed, main, side, inspector = sizes
            room = main + side
            self.splitter.setSizes([listed, room - room // 2, room // 2, inspector])
