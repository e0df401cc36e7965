"""What every user operation shares: the clock, progress, and the translation
of SQLite's errors into the user's.

Kept apart from the facade so that the facade's parts (:mod:`annotator.project`,
:mod:`annotator.transfer`) can share them without importing each other.
"""

from __future__ import annotations

import datetime as _dt
import functools
import sqlite3
from collections.abc import Callable

from .errors import Cancelled
from .store import refusal

#: progress(done, total, current) -> False to cancel the rest.
Progress = Callable[[int, int, str], bool]


def now() -> str:
    """Timestamps are UTC ISO-8601 with a Z, readable in any SQLite tool."""
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def report(progress: Progress | None, done: int, total: int, current: str) -> None:
    """Tell ``progress`` how far the work is; raise Cancelled when it asks to stop."""
    if progress is not None and progress(done, total, current) is False:
        raise Cancelled("cancelled; nothing was changed")


def translating_errors(cls: type) -> type:
    """Make every public method of a facade class raise SQLite's errors as the
    user's: damage found after the file opened (a page read by this call), or a
    file that stopped being writable, becomes a :class:`StoreError` naming it.

    The faces then catch :class:`annotator.errors.AnnotatorError` only.
    """
    for name, method in list(vars(cls).items()):
        if callable(method) and not name.startswith("_"):
            setattr(cls, name, _translated(method))
    return cls


def _translated(method: Callable) -> Callable:
    @functools.wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as error:
            raise refusal(_path_of(self), error) from None

    return call


def _path_of(part: object) -> object:
    path = getattr(part, "path", None)
    return path if path is not None else part.project.path  # type: ignore[attr-defined]
