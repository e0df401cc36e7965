"""The default annotator file, for the command line, without asking Qt.

The window takes its default from ``QStandardPaths.AppDataLocation``; the core
must not import Qt, so this mirrors Qt's rule per platform (organisation and
application both "annotator"), and a GUI test checks the two agree.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "annotator"
DB_NAME = "annotator.db"


def app_data_dir() -> Path:
    """Qt's AppDataLocation for organisation and application "annotator"."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP / APP


def default_db_path() -> Path:
    """The default file, its folder created so that opening it can succeed."""
    folder = app_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / DB_NAME
