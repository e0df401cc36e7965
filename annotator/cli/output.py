"""Standard output that fails as a command error, never as a traceback.

A command's results go to standard output, which may be a full disk
(``> /dev/full``), closed (``>&-``) or a file that stops growing. Python would
raise from deep inside ``print`` (or find ``sys.stdout`` None), then complain
again at exit while flushing. Here every write and flush is guarded: a failure
becomes :class:`OutputError`, the command stops with exit status 2, and what
could not be written is dropped so that nothing is retried at exit.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from ..errors import AnnotatorError


class OutputError(AnnotatorError):
    """Standard output cannot be written: the command's result is lost, so it failed."""


class _Guarded:
    """A stand-in for ``sys.stdout`` whose writes raise :class:`OutputError`."""

    def __init__(self, stream: TextIO | None):
        self.stream = stream

    def write(self, text: str) -> int:
        return self._guard("write", text)

    def flush(self) -> None:
        self._guard("flush")

    def _guard(self, method: str, *args: Any) -> Any:
        if self.stream is None:
            raise OutputError("cannot write to standard output: it is closed")
        try:
            return getattr(self.stream, method)(*args)
        except BrokenPipeError:
            raise
        except OSError as error:
            _drop_pending()
            raise OutputError(f"cannot write to standard output: {error.strerror or error}") from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _drop_pending() -> None:
    """Point the standard output descriptor at the null device: what Python still
    holds for it is flushed there at exit, instead of failing a second time."""
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.close(null)


@contextlib.contextmanager
def guarded_stdout() -> Iterator[None]:
    """Run a command with ``sys.stdout`` guarded, flushed before the command counts as done.

    A closed standard error (``2>&-``, which Python gives as None) becomes the null
    device: messages have nowhere to go, and the exit status still tells.
    """
    real, real_errors = sys.stdout, sys.stderr
    sys.stdout = _Guarded(real)  # type: ignore[assignment]
    if real_errors is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - closed below
    try:
        yield
        if real is not None:  # closed, but never written to (the window): nothing was lost
            sys.stdout.flush()
    finally:
        sys.stdout = real
        if real_errors is None:
            sys.stderr.close()
            sys.stderr = real_errors
