"""Exporting or importing one reviewer's JSON off the GUI thread.

An export of a large reviewer (a million labels) or the import of such a file
takes seconds to minutes: the worker opens its OWN :class:`Project` on the
same file (an SQLite connection belongs to one thread) and runs the facade's
``export_json`` / ``import_annotations``, both of which are all-or-nothing
(a temporary file renamed into place; one transaction). The window shows a
busy dialog meanwhile and refreshes from ``data_version`` when it is done.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..errors import WouldReplace
from ..project import Project

EXPORT, IMPORT = "export", "import"


def export_task(reviewer: str, out: Path) -> Callable[[Project], Path]:
    def run(project: Project) -> Path:
        project.exchange.export_json(reviewer, out)
        return out

    return run


def import_task(source: Path, replace: bool = False) -> Callable[[Project], str | WouldReplace | None]:
    """The import; one that would replace work the file lacks returns the refusal,
    so that the window can ask before running it again with ``replace``."""
    def run(project: Project) -> str | WouldReplace | None:
        try:
            return project.exchange.import_annotations(source, replace=replace)
        except WouldReplace as refusal:
            return refusal

    return run


class _Worker(QObject):
    finished = Signal(object)  # what the task returned
    failed = Signal(str)  # the error, as the user reads it

    def __init__(self, db_path: Path, readonly: bool, task: Callable[[Project], Any]):
        super().__init__()
        self.db_path, self.readonly, self.task = db_path, readonly, task

    @Slot()
    def run(self) -> None:
        try:
            with Project(self.db_path, readonly=self.readonly) as project:
                result = self.task(project)
        except Exception as error:  # noqa: BLE001 - shown to the user, not swallowed
            self.failed.emit(str(error))
            return
        self.finished.emit(result)


class ExchangeJob(QObject):
    """Owns the thread and the worker; ``done(result, error)`` fires on the GUI thread."""

    done = Signal(object, str)  # the task's result (None on failure), the error ("" on success)

    def __init__(self, kind: str, db_path: Path, readonly: bool, task: Callable[[Project], Any], parent=None):
        super().__init__(parent)
        self.kind = kind
        self.thread = QThread()
        self.worker = _Worker(db_path, readonly, task)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        # Bound methods of this GUI-thread object (not lambdas): queued, so they run on the GUI thread.
        self.worker.finished.connect(self._succeeded)
        self.worker.failed.connect(self._failed)

    def start(self) -> None:
        self.thread.start()

    def wait(self) -> None:
        """Block until the worker is done."""
        self.thread.quit()
        self.thread.wait()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self._finish(result, "")

    @Slot(str)
    def _failed(self, error: str) -> None:
        self._finish(None, error)

    def _finish(self, result: Any, error: str) -> None:
        self.thread.quit()
        self.thread.wait()
        self.done.emit(result, error)
