"""Running a comparison: in the GUI thread when small, off it when large.

:func:`annotator.project.adjudication.run_comparison` is the one code path
(plain Python, no Qt), and holds the rule of what a read-only file allows.

:class:`CompareJob` runs it on a ``QThread`` with its OWN :class:`Project` on
the same file (an SQLite connection belongs to the thread that opened it);
the window then adopts the result on its own project, where the decisions are
taken, in the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ...project import Project
from ...project.adjudication import Outcome, Request, run_comparison


class _Worker(QObject):
    finished = Signal(object)  # Outcome
    failed = Signal(str)

    def __init__(self, path: Path, readonly: bool, request: Request):
        super().__init__()
        self.path, self.readonly, self.request = path, readonly, request

    @Slot()
    def run(self) -> None:
        try:
            with Project(self.path, readonly=self.readonly) as project:
                outcome = run_comparison(project, self.request)
        except Exception as error:  # noqa: BLE001 - shown to the user, not swallowed
            self.failed.emit(str(error))
            return
        self.finished.emit(outcome._replace(adjudication=None))  # its project is closed


class CompareJob(QObject):
    """Owns the thread and the worker; ``done`` fires on the GUI thread."""

    done = Signal(object)  # Outcome, or str (the error)

    def __init__(self, path: Path, readonly: bool, request: Request, parent=None):
        super().__init__(parent)
        self.request = request
        self.thread = QThread()
        self.worker = _Worker(path, readonly, request)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._finish)
        self.worker.failed.connect(self._finish)
        self.running = False

    def start(self) -> None:
        self.running = True
        self.thread.start()

    def wait(self) -> None:
        """Block until the worker is done (closing the window mid-comparison)."""
        self.thread.quit()
        self.thread.wait()

    def _finish(self, result: Outcome | str) -> None:
        self.thread.quit()
        self.thread.wait()
        self.running = False
        self.done.emit(result)
