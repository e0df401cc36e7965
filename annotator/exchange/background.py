"""Writes handed to a second thread, in order, so that compressing and writing overlap building.

The W3C, CSV and brat exports spend a good part of their time in ``zlib`` and in the
``write`` system call, both of which let go of the GIL: done on a thread, that
part runs on another core while the caller builds the next piece. The queue is
bounded, so memory stays flat however much is written; an error on the thread
is raised again in the caller, at its next call or at the end.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

#: Calls waiting at most: a few megabytes of pieces, whatever the export's size.
DEPTH = 8
#: Bytes (or characters) a caller gathers before handing them over: each hand-over
#: wakes the thread and passes the GIL, which per article cost more CPU than it saved.
PIECE = 1 << 20

_DONE = object()


class Background:
    """A thread running the calls it is given, one after another, in their order.

    Use as a context manager: leaving it waits for every call to have run, and
    raises what any of them raised (the first error stops the rest).
    """

    def __init__(self) -> None:
        self._calls: queue.Queue = queue.Queue(DEPTH)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="export-writer", daemon=True)

    def __enter__(self) -> Background:
        self._thread.start()
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        self._calls.put(_DONE)
        self._thread.join()
        if kind is None:
            self._raise()

    def call(self, function: Callable[..., Any], *args: Any) -> None:
        """Run ``function(*args)`` on the thread after the calls given before."""
        self._raise()
        self._calls.put((function, args))

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        while (item := self._calls.get()) is not _DONE:
            if self._error is None:
                function, args = item
                try:
                    function(*args)
                except BaseException as error:  # noqa: BLE001 - handed to the caller's thread
                    self._error = error
