"""Progress of long command-line work, shown on stderr only when it is a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from .errors import printable


class TerminalProgress:
    """A ``Progress`` callback drawing one updating line, at most ten times a second."""

    def __init__(self, verb: str, stream: TextIO | None = None):
        self.verb = verb
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._last = 0.0

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.enabled and self._last:
            self.stream.write("\n")
            self.stream.flush()

    def __call__(self, done: int, total: int, current: str) -> bool:
        if not self.enabled:
            return True
        moment = time.monotonic()
        if done < total and moment - self._last < 0.1:
            return True
        self._last = moment
        name = printable(current)[-50:]
        self.stream.write(f"\r{self.verb} {done}/{total} {name:<50}")
        self.stream.flush()
        return True
