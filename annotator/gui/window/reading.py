"""The reading font size of the two articles: larger and smaller (Ctrl+= / Ctrl+-), remembered."""

from __future__ import annotations

from .. import state
from ..widgets.article_format import READING_POINTS
from .panes import Panes
from .session import Session

SMALLEST, LARGEST = 7.0, 32.0


class ReadingSize:
    """The size in points is UI state: kept in the settings, for every file."""

    def __init__(self, session: Session, panes: Panes):
        self.session, self.panes = session, panes

    def current(self) -> float:
        value = self.session.settings.value(state.READING_SIZE, READING_POINTS)
        try:
            return min(LARGEST, max(SMALLEST, float(value)))
        except (TypeError, ValueError):
            return READING_POINTS

    def apply(self) -> None:
        """The articles in the remembered size (the window just built; the side pane when made)."""
        for pane in self.panes.made():
            pane.view.set_reading_size(self.current())

    def step(self, points: float) -> None:
        size = min(LARGEST, max(SMALLEST, self.current() + points))
        self.session.settings.setValue(state.READING_SIZE, size)
        self.apply()
