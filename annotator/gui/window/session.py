"""The open file and who works on it: what every controller of the window reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from ...project import Project
from .. import state

REMEMBER_MS = 1000  # where the reviewer is goes to the settings once they rest this long


@dataclass
class Session:
    """Shared, and mutable: a file or reviewer switch changes it under every controller at once.

    ``settings`` hold UI state only; :meth:`recall` and :meth:`remember` are the
    open file's own part of it (last article, last sentence, side article).
    """

    project: Project
    reviewer: str
    settings: QSettings
    _pending: dict[tuple[Path, str], str] = field(default_factory=dict, repr=False)
    _timer: QTimer | None = field(default=None, repr=False)

    def recall(self, name: str) -> str:
        pending = self._pending.get((self.project.path, name))
        return pending if pending is not None else state.file_value(self.settings, self.project.path, name)

    def remember(self, name: str, value: str) -> None:
        """Kept, and written to the settings once the reviewer rests (or the window closes):
        each write has QSettings rewrite its file at the next turn of the event loop, 10 ms
        or more on every article switched and every sentence stepped."""
        self._pending[(self.project.path, name)] = value
        if self._timer is None:
            self._timer = QTimer(singleShot=True, interval=REMEMBER_MS)
            self._timer.timeout.connect(self.flush)
        self._timer.start()

    def flush(self) -> None:
        """What :meth:`remember` kept, into the settings now."""
        if self._timer is not None:
            self._timer.stop()
        for (path, name), value in self._pending.items():
            state.set_file_value(self.settings, path, name, value)
        self._pending.clear()
