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


class WouldReplace(ProjectError):
    """An import that would overwrite work the reviewer has in the file and the
    file does not hold (say, an older export of theirs): refused until confirmed."""

    def __init__(self, path: object, reviewer: str, lost: dict[str, int]):
        self.path, self.reviewer, self.lost = path, reviewer, lost
        super().__init__(
            f"{path}: importing it would replace work of {reviewer} that it does not hold "
            f"({self.summary()})"
        )

    def summary(self) -> str:
        """``"3 labels, 1 note"``: what would be removed."""
        one = {"labels": "label", "notes": "note", "links": "link", "statuses": "status"}
        return ", ".join(
            f"{count} {one[kind] if count == 1 else kind}" for kind, count in self.lost.items() if count
        )


class Cancelled(ProjectError):
    """The user stopped a long operation; nothing of it was kept."""


def report(progress: Progress | None, done: int, total: int, current: str) -> None:
    """Tell ``progress`` how far the work is; raise Cancelled when it asks to stop."""
    if progress is not None and progress(done, total, current) is False:
        raise Cancelled("cancelled; nothing was changed")
