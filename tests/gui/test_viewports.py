"""A scroll area given its viewport in Python works as with Qt's own.

Qt's text edit lays its first document out for the viewport it made: given a new one
without telling the document, showing it crashed. The new viewport must also look and
behave as Qt's (the page's background, mouse tracking, drops).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QTableView, QTextEdit

from annotator.gui.widgets.viewports import own_viewport


def _setup(viewport) -> dict:
    attributes = {name: viewport.testAttribute(value) for name, value in vars(Qt.WidgetAttribute).items()
                  if isinstance(value, Qt.WidgetAttribute)}
    return {**attributes, "name": viewport.objectName(), "role": viewport.backgroundRole(), "filled": viewport.autoFillBackground(),
            "tracking": viewport.hasMouseTracking(), "drops": viewport.acceptDrops()}


@pytest.mark.parametrize("kind", [QTextEdit, QTableView, QListView])
def test_an_own_viewport_is_set_up_as_qt_sets_up_its_own(qtbot, kind):
    theirs, ours = kind(), kind()
    viewport = own_viewport(ours)
    for area in (theirs, ours):
        qtbot.addWidget(area)
        if isinstance(area, QTextEdit):
            area.setPlainText("Une phrase. Une autre.")
        area.resize(300, 200)
        area.show()
    qtbot.waitExposed(ours)
    assert ours.viewport() is viewport
    expected, got = _setup(theirs.viewport()), _setup(viewport)
    expected.pop("WA_SetCursor")  # a text edit's I-beam: its caller chooses the cursor
    got.pop("WA_SetCursor")
    assert got == expected
