"""What the window remembers between runs, in QSettings (UI state only, never data).

Keys are gathered here so the window, ``app.run`` and the tests agree on them.
Per-file state (last article, side pane) is keyed by a digest of the file's path.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

REVIEWER = "reviewer/name"
LAST_FILE = "files/last"
RECENT = "files/recent"
GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
# Versioned: a layout saved by an older window (a 215 px list, five equal columns) is not restored.
SPLITTER = "window/splitter2"
TABLE_HEADER = "window/articleHeader2"
LANGUAGE = "view/language"  # "fr" or "en"; absent: the system's
SIDE_SIZES = "window/sideBySide"  # the splitter's sizes with both articles shown
READING_SIZE = "view/readingPoints"  # the articles' font size
MAX_RECENT = 8


def _file_key(path: Path, name: str) -> str:
    digest = hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:12]
    return f"state/{digest}/{name}"


def get_text(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default


def file_value(settings: QSettings, path: Path, name: str, default: str = "") -> str:
    return get_text(settings, _file_key(path, name), default)


def set_file_value(settings: QSettings, path: Path, name: str, value: str) -> None:
    settings.setValue(_file_key(path, name), value)


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value(RECENT, [])
    if isinstance(value, str):
        value = [value]
    return [v for v in (value or []) if isinstance(v, str)]


def remember_file(settings: QSettings, path: Path) -> None:
    """The file first among the recent ones, and the one opened next time. Written only
    when that changes: QSettings rewrites its file for a value set again unchanged (at
    every start, in the window's first turn of the event loop)."""
    text = str(Path(path).resolve())
    files = [text] + [f for f in recent_files(settings) if f != text]
    if recent_files(settings) == files[:MAX_RECENT] and get_text(settings, LAST_FILE) == text:
        return
    settings.setValue(RECENT, files[:MAX_RECENT])
    settings.setValue(LAST_FILE, text)


def forget_file(settings: QSettings, path: Path | str) -> None:
    """Drop a file from the recent list (it was moved or deleted)."""
    text = str(Path(path).resolve())
    settings.setValue(RECENT, [f for f in recent_files(settings) if f != text])
