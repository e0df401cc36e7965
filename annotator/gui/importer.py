"""Importing articles off the GUI thread, with a progress dialog that can cancel.

The worker opens its OWN :class:`Project` on the same file (an SQLite
connection belongs to one thread); the window notices the new articles
through ``data_version`` / the ``finished`` signal and reloads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..model import ImportReport
from ..project import Project


class ImportWorker(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)  # ImportReport
    failed = Signal(str)

    def __init__(self, db_path: Path, paths: list[Path]):
        super().__init__()
        self.db_path = db_path
        self.paths = paths
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True  # read by the worker thread between files

    @Slot()
    def run(self) -> None:
        try:
            with Project(self.db_path) as project:
                report = project.import_paths(self.paths, self._progress)
        except Exception as error:  # noqa: BLE001 - shown to the user, not swallowed
            self.failed.emit(str(error))
            return
        self.finished.emit(report)

    def _progress(self, done: int, total: int, current: str) -> bool:
        self.progress.emit(done, total, current)
        return not self.cancelled


class ImportJob(QObject):
    """Owns the thread and the worker; ``done`` fires on the GUI thread."""

    done = Signal(object, bool)  # ImportReport | str (error), cancelled

    def __init__(self, db_path: Path, paths: list[Path], parent=None):
        super().__init__(parent)
        self.thread = QThread()
        self.worker = ImportWorker(db_path, paths)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._finish)
        self.worker.failed.connect(self._finish)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def _finish(self, result: ImportReport | str) -> None:
        self.thread.quit()
        self.thread.wait()
        self.done.emit(result, self.worker.cancelled)
