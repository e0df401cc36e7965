"""Running a comparison: in the GUI thread when small, off it when large.

:func:`run_comparison` is the one code path (plain Python, no Qt). On a
writable file it is :meth:`Adjudication.refresh` (compare A and B, rebuild
gold from their agreement plus the decisions kept); on a read-only file it
only compares, and lists the disagreements without a gold layer.

:class:`CompareJob` runs it on a ``QThread`` with its OWN :class:`Project` on
the same file (an SQLite connection belongs to the thread that opened it);
the window then adopts the result on its own project, where the decisions are
taken, in the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ...adjudication import Adjudication, Decision, Item
from ...project import Project
from ...review import Report


class Request(NamedTuple):
    a: str
    b: str
    gold: str
    all_articles: bool


class Outcome(NamedTuple):
    report: Report
    items: list[Item]
    decisions: dict[tuple[int, int], Decision]
    #: The Adjudication that made it, on the project it ran on (None: read-only file).
    adjudication: Adjudication | None = None


def run_comparison(project: Project, request: Request) -> Outcome:
    """Compare (and, on a writable file, refresh gold); the disagreements as items."""
    adjudication = Adjudication(project, request.a, request.b, request.gold, request.all_articles)
    if project.readonly:
        report = adjudication.compute()
        return Outcome(report, adjudication.items, {})
    report = adjudication.refresh()
    return Outcome(report, adjudication.items, adjudication.decisions(), adjudication)


def adopt(project: Project, request: Request, outcome: Outcome) -> Adjudication:
    """An Adjudication on ``project`` holding a result computed elsewhere (the worker)."""
    adjudication = Adjudication(project, request.a, request.b, request.gold, request.all_articles)
    adjudication.adopt(outcome.report, outcome.items)
    return adjudication


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
