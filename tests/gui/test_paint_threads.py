"""Qt paints in the window's own thread (``QT_NO_GUI_THREADPOOL``, see annotator/gui/__init__.py)."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = "import os, annotator.gui; print(os.environ.get('QT_NO_GUI_THREADPOOL'))"


def _seen(env: dict[str, str]) -> str:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True)
    return out.stdout.strip()


def test_the_gui_package_turns_qt_paint_threads_off_before_any_window():
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    assert _seen(env) == "1"


def test_a_value_the_user_set_is_kept():
    assert _seen(dict(os.environ, QT_NO_GUI_THREADPOOL="0")) == "0"
