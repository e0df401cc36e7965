"""A scroll area's viewport made in Python, so that asking for it costs nothing.

The first time Python asks a scroll area for the viewport Qt made itself,
PySide6 looks for the most derived class of a ``QWidget`` and resolves every
class of QtWidgets on the way, creating their Python enums (some 70 enums,
15-30 ms of the window's start). A viewport made here already has its Python
wrapper, and ``viewport()`` returns it as it is.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QTextEdit, QWidget


def own_viewport(area: QAbstractScrollArea) -> QWidget:
    """Give ``area`` a new viewport set up as Qt sets up its own; returns it.

    What Qt gave the viewport it made is given again: the page's background, and for a
    text edit, its mouse tracking, drops, and its document laid out for that viewport
    (the old one is deleted); its I-beam cursor is the caller's to choose."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")  # Qt's name for its own
    area.setViewport(viewport)
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    if isinstance(area, QTextEdit):
        viewport.setMouseTracking(True)
        viewport.setAcceptDrops(True)
        area.document().documentLayout().setPaintDevice(viewport)
    return viewport
