"""The open file and who works on it: what every controller of the window reads."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from ...project import Project
from .. import state


@dataclass
class Session:
    """Shared, and mutable: a file or reviewer switch changes it under every controller at once.

    ``settings`` hold UI state only; :meth:`recall` and :meth:`remember` are the
    open file's own part of it (last article, last sentence, side article).
    """

    project: Project
    reviewer: str
    settings: QSettings

    def recall(self, name: str) -> str:
        return state.file_value(self.settings, self.project.path, name)

    def remember(self, name: str, value: str) -> None:
        state.set_file_value(self.settings, self.project.path, name, value)
