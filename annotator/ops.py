"""What every user operation shares: the clock, the error a user sees, progress.

Kept apart from the facade so that the facade's parts (:mod:`annotator.project`,
:mod:`annotator.transfer`) can share them without importing each other.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

#: progress(done, total, current) -> False to cancel the rest.
Progress = Callable[[int, int, str], bool]


def now() -> str:
    """Timestamps are UTC ISO-8601 with a Z, readable in any SQLite tool."""
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class ProjectError(Exception):
    """A user operation that cannot be done as asked (unknown article, bad label...)."""


class Cancelled(ProjectError):
    """The user stopped a long operation; nothing of it was kept."""


def report(progress: Progress | None, done: int, total: int, current: str) -> None:
    """Tell ``progress`` how far the work is; raise Cancelled when it asks to stop."""
    if progress is not None and progress(done, total, current) is False:
        raise Cancelled("cancelled; nothing was changed")
