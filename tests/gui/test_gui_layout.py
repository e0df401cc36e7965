"""What the window shows at 1280x800 on the seeds: nothing clipped, nothing dropped.

Each test here pins a fault seen on screen: text wider than its view, a tag
chip missing from the margin, the status bar losing its labels, the list
losing the open article's highlight, compare headers cut short.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def settle(qtbot) -> None:
    """Let the deferred layout work (resizes, lazy document layout) run, as a shown window does."""
    for _ in range(20):
        QApplication.processEvents()
    qtbot.wait(10)


def test_article_text_fits_its_view_at_start_and_after_a_resize(seeded, make_window, qtbot):
    window = make_window(seeded.path)
    settle(qtbot)
    view = window.main_pane.view
    assert view.horizontalScrollBar().maximum() == 0
    assert view.document().textWidth() <= view.viewport().width()
    for width in (1500, 1100, 1280):
        window.resize(width, 800)
        settle(qtbot)
        assert view.horizontalScrollBar().maximum() == 0, width
        assert view.document().textWidth() <= view.viewport().width(), width
