"""The Qt bindings themselves: a PySide6 that leaks references to None kills the app.

PySide6 6.12.0 on Python 3.11 takes one reference from None on every Qt call
returning nothing; after a few thousand calls Python aborts ("none_dealloc"),
losing the reviewer's session. pyproject.toml excludes it; this test fails on
any binding with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.update()
    assert abs(sys.getrefcount(None) - before) < 100
