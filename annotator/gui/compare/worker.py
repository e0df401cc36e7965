"""Running a comparison: in the GUI thread when small, as a background job when large.

:func:`run_comparison` is the one code path (plain Python, no Qt). On a
writable file it is :meth:`Adjudication.refresh` (compare A and B, rebuild
gold from their agreement plus the decisions kept); on a read-only file it
only compares, and lists the disagreements without a gold layer.

:func:`compare_task` is it as a :class:`~annotator.gui.jobs.Job` task, on the
job's OWN :class:`Project` (an SQLite connection belongs to the thread that
opened it); the window then adopts the result on its own project, where the
decisions are taken, in the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ...adjudication import Adjudication, Decision, Item
from ...project import Progress, Project
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
    """An Adjudication on ``project`` holding a result computed elsewhere (a background job)."""
    adjudication = Adjudication(project, request.a, request.b, request.gold, request.all_articles)
    adjudication.adopt(outcome.report, outcome.items)
    return adjudication


def compare_task(request: Request) -> Callable[[Project, Progress], Outcome]:
    """:func:`run_comparison` for a background job: the outcome without its
    Adjudication, whose project closes with the job's thread."""
    def run(project: Project, _progress: Progress) -> Outcome:
        return run_comparison(project, request)._replace(adjudication=None)

    return run
