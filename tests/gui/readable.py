"""What a user could not read in a window as laid out now: the checks the layout tests share.

A visible label with text must be at least as tall as its text at its width
(a word-wrapped QLabel is otherwise squeezed by a layout short of room), drawn
over no sibling, and not cut by a parent. A text inside a scroll area may go
past the area's bottom: it is read by scrolling, so it is checked up to the
scroll area's content, whose whole height the scroll bar must reach.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QScrollArea, QWidget

from annotator.gui.widgets.labels import needed_height

DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def settle(window: QWidget, width: int, height: int) -> None:
    """``window`` at ``width`` x ``height``, laid out as a user sees it once shown."""
    window.resize(width, height)
    for _ in range(20):
        QApplication.processEvents()


def _in_scroll_content(widget: QWidget) -> bool:
    """Is ``widget`` a scroll area's viewport (what it holds is read by scrolling)?"""
    area = widget.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is widget


def _label_problems(label: QLabel, window: QWidget) -> list[str]:
    name = label.objectName() or repr(label.text()[:40])
    problems = []
    if label.wordWrap() and label.height() < needed_height(label):
        problems.append(f"{name}: {label.height()} px tall, its text needs {needed_height(label)}")
    parent = label.parentWidget()
    for sibling in parent.findChildren(QWidget, options=DIRECT):
        if sibling is not label and sibling.isVisibleTo(window) and sibling.geometry().intersects(label.geometry()):
            problems.append(f"{name} overlaps {sibling.objectName() or type(sibling).__name__}")
    rect, widget = QRect(label.rect()), label
    while widget is not window and not _in_scroll_content(widget.parentWidget()):
        rect = rect.translated(widget.pos())
        widget = widget.parentWidget()
        if not widget.rect().contains(rect):
            problems.append(f"{name} cut by {widget.objectName() or type(widget).__name__}")
            break
    return problems


def _folded(widget: QWidget, window: QWidget) -> bool:
    """Is ``widget`` inside a part of ``window`` folded to nothing (a splitter's collapsed pane)?"""
    while widget is not window:
        if widget.width() == 0 or widget.height() == 0:
            return True
        widget = widget.parentWidget()
    return False


def unreadable(window: QWidget) -> list[str]:
    """What a user could not read in ``window`` as laid out now, in words."""
    problems = []
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.text() and not _folded(label.parentWidget(), window):
            problems += _label_problems(label, window)
    for area in window.findChildren(QScrollArea):
        content = area.widget()
        if area.isVisibleTo(window) and content is not None:
            hidden = content.height() - area.viewport().height()
            if hidden > area.verticalScrollBar().maximum():
                problems.append(f"{area.objectName()}: {hidden} px of text the scroll bar cannot reach")
    return problems
