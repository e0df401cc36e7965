"""Writing a file whole or not at all: what every export of the application writes through.

The text goes to a temporary file in the target's own folder (so the rename
stays on one file system), which is renamed over the target only once it is
complete and on disk. A failed or cancelled write leaves the target as it was
and no temporary file behind; one left by a writer that was killed is removed
by the next write to that target (a live writer keeps a lock on its own, so
only the dead ones go). Text is UTF-8 and written as given: no newline
translation (the CSV writer chooses its own line ends).

The target is what the user meant by its name: a symbolic link is written
through (the link stays), a new file gets the permissions the user's umask
gives, a replaced file keeps its own; a device or pipe (``/dev/stdout``,
``/dev/full``) cannot be replaced by renaming, so it is written directly.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

try:
    import fcntl
except ImportError:  # Windows: no lock, so stale temporary files are not cleaned
    fcntl = None  # type: ignore[assignment]

#: how long a temporary file must have been left alone before it may be stale
STALE_AFTER_S = 60


def write_atomically(path: Path, write: Callable[[TextIO], None]) -> None:
    """Call ``write(stream)`` on a temporary file beside ``path``, then rename it to ``path``.

    Whatever ``write`` raises (an OSError, a cancel) propagates, and so does an
    OSError from creating or renaming the temporary file: the caller words it.
    """
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        with target.open("w", encoding="utf-8", newline="") as stream:
            write(stream)
        return
    _remove_stale(target)
    with _temporary(target) as (temporary, stream):
        write(stream)
        stream.flush()
        os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(stream.fileno(), stat.S_IMODE(mode))
        os.replace(temporary, target)


@contextlib.contextmanager
def _temporary(target: Path) -> Iterator[tuple[Path, TextIO]]:
    """A new file ``.NAME.XXXXXXXX.tmp`` beside ``target``, locked while it is written,
    created with mode 0666 so that the umask alone decides its permissions."""
    while True:
        temporary = target.with_name(f".{target.name}.{os.urandom(4).hex()}.tmp")
        try:
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileExistsError:
            continue
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            if fcntl is not None:
                fcntl.flock(stream.fileno(), fcntl.LOCK_EX)
            yield temporary, stream
    finally:
        temporary.unlink(missing_ok=True)


def _remove_stale(target: Path) -> None:
    """Remove the temporary files of earlier writes to ``target`` whose writer is gone:
    those no process holds a lock on, untouched for a minute (a writer that has just
    made its file may not hold the lock yet)."""
    if fcntl is None:
        return
    import glob  # here: the window imports this module at start, and writes no file then

    ours = "[0-9a-f]" * 8  # the names _temporary gives, and no other file's
    for candidate in target.parent.glob(f".{glob.escape(target.name)}.{ours}.tmp"):
        try:
            if time.time() - candidate.stat().st_mtime < STALE_AFTER_S:
                continue
            with candidate.open("rb") as handle:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                candidate.unlink()
        except OSError:
            continue  # being written by a live export, or already gone
