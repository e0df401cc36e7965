"""How long work reports how far it is, and how the user stops it.

A face passes a ``Progress`` callback (the command line's terminal bar, the
window's progress dialog); the work calls :func:`report` between steps, which
raises :class:`annotator.errors.Cancelled` when the callback asks to stop, so
the work's transaction rolls back and nothing of it is kept.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import Cancelled

#: progress(done, total, current) -> False to cancel the rest.
Progress = Callable[[int, int, str], bool]


def report(progress: Progress | None, done: int, total: int, current: str) -> None:
    """Tell ``progress`` how far the work is; raise Cancelled when it asks to stop."""
    if progress is not None and progress(done, total, current) is False:
        raise Cancelled("cancelled; nothing was changed")
