"""Long work off the GUI thread: one runner for importing articles, a reviewer's
JSON out or in, and comparing reviewers.

A task is ``task(project, progress) -> result``, plain Python over the facade.
:class:`Job` runs it on a ``QThread`` with its OWN :class:`Project` on the same
file (an SQLite connection belongs to the thread that opened it), relays
``progress(done, total, current)`` to the GUI thread, and delivers
``done(result, error)`` there. ``error`` is the exception the task raised, the
object itself and not its text, so that the window can tell a refusal it may
ask about (:class:`WouldReplace`) from a failure to show. After
:meth:`Job.cancel`, the task's ``progress`` returns False and the core stops as
it documents: an import of articles keeps the files read so far; an export or
an import of a reviewer's JSON raises ``Cancelled`` and keeps nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..project import Progress, Project

if TYPE_CHECKING:
    from ..project.adjudication import Outcome, Request

Task = Callable[[Project, Progress], Any]

EXPORT, IMPORT = "export", "import"


def export_task(reviewer: str, out: Path) -> Task:
    """Write ``reviewer``'s layer to ``out``; the result is ``out``."""
    def run(project: Project, progress: Progress) -> Path:
        project.exchange.export_json(reviewer, out, progress)
        return out

    return run


def export_as_task(reviewer: str, out: Path, fmt: str) -> Task:
    """Write ``reviewer``'s layer to ``out`` in ``fmt`` (W3C, ClaimReview, CSV, brat...);
    the result is ``out`` and the warnings to show (a ClaimReview without url, brat's crossing links)."""
    def run(project: Project, progress: Progress) -> tuple[Path, list[str]]:
        return out, project.exports.export(fmt, reviewer, out, progress).warnings

    return run


def import_task(source: Path, replace: bool = False) -> Task:
    """Read a reviewer's JSON; the result is its reviewer (None: articles only).
    Without ``replace``, an import that would remove work the file lacks fails
    with :class:`WouldReplace`, so that the window can ask and run it again."""
    def run(project: Project, progress: Progress) -> str | None:
        return project.exchange.import_annotations(source, progress, replace=replace)

    return run


def compare_task(request: Request) -> Task:
    """Compare (and on a writable file refresh gold) for a background job: the
    outcome without its Adjudication, whose project closes with the job's thread."""
    from ..project.adjudication import run_comparison  # NumPy: only when comparing

    def run(project: Project, _progress: Progress) -> Outcome:
        return run_comparison(project, request)._replace(adjudication=None)

    return run


class _Worker(QObject):
    """Runs the task on the job's thread and keeps its outcome for the job to deliver."""

    progress = Signal(int, int, str)
    ended = Signal()

    def __init__(self, path: Path, readonly: bool, task: Task, stop: threading.Event):
        super().__init__()
        self.path, self.readonly, self.task, self.stop = path, readonly, task, stop
        self.outcome: tuple[Any, Exception | None] | None = None

    @Slot()
    def run(self) -> None:
        try:
            with Project(self.path, readonly=self.readonly) as project:
                result = self.task(project, self._progress)
        except Exception as error:  # noqa: BLE001 - delivered to the GUI thread, which shows it
            self.outcome = (None, error)
        else:
            self.outcome = (result, None)
        self.ended.emit()

    def _progress(self, done: int, total: int, current: str) -> bool:
        self.progress.emit(done, total, current)
        return not self.stop.is_set()


class Job(QObject):
    """One task on its own thread; the signals fire on the GUI thread, ``done`` once."""

    progress = Signal(int, int, str)  # done, total, current
    done = Signal(object, object)  # the task's result (None on failure), its exception (None on success)

    def __init__(self, path: Path, task: Task, *, readonly: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = QThread()
        self._worker = _Worker(Path(path), readonly, task, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._relay)
        self._worker.ended.connect(self._deliver)
        self.running = False  # started, and its outcome not yet delivered

    def start(self) -> None:
        self.running = True
        self._thread.start()

    def cancel(self) -> None:
        """Ask the task to stop at its next progress report."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def wait(self) -> None:
        """Block until the task has ended, and deliver its outcome now (a window closing mid-job)."""
        self._thread.quit()
        self._thread.wait()
        self._deliver()

    @Slot(int, int, str)
    def _relay(self, done: int, total: int, current: str) -> None:
        if self.running:  # a report queued behind an outcome that wait() delivered is stale
            self.progress.emit(done, total, current)

    @Slot()
    def _deliver(self) -> None:
        if not self.running or self._worker.outcome is None:
            return
        self._thread.quit()
        self._thread.wait()
        self.running = False
        result, error = self._worker.outcome
        self.done.emit(result, error)
