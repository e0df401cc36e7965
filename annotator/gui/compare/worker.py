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
from ...comparison import layer_from_exchange
from ...project import Project
from ...review import Report, compare


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
    if not project.readonly:
        adjudication = Adjudication(project, request.a, request.b, request.gold, request.all_articles)
        report = adjudication.refresh()
        return Outcome(report, adjudication.items, adjudication.decisions(), adjudication)
    layer_a = layer_from_exchange(request.a, *project.export_pieces(request.a))
    layer_b = layer_from_exchange(request.b, *project.export_pieces(request.b))
    report = compare(layer_a, layer_b, request.all_articles)
    return Outcome(report, _items(project, report), {})


def _items(project: Project, report: Report) -> list[Item]:
    """The disagreements as Adjudication lists them, read through the facade only."""
    ids: dict[str, dict[tuple[int, int], int]] = {}

    def sentence_id(article_id: str, start: int, end: int) -> int | None:
        if article_id not in ids:
            ids[article_id] = {(s.start, s.end): s.id for s in project.sentences(article_id)}
        return ids[article_id].get((start, end))

    items = []
    for unit in report.unit_disagreements:
        sid = sentence_id(unit.article_id, unit.start, unit.end)
        if sid is not None:
            items.append(Item(unit.article_id, sid, 0, unit.a, unit.b))
    for link in report.link_disagreements:
        first, second = sentence_id(*link.first), sentence_id(*link.second)
        if first is not None and second is not None:
            items.append(Item(link.first[0], first, second, link.a, link.b))
    return items


def adopt(project: Project, request: Request, outcome: Outcome) -> Adjudication:
    """An Adjudication on ``project`` holding a result computed elsewhere (the worker)."""
    adjudication = Adjudication(project, request.a, request.b, request.gold, request.all_articles)
    adjudication.report = outcome.report
    adjudication.items = list(outcome.items)
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
