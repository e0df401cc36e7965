"""What is checked about the file on disk before SQLite is let near it.

SQLite opens almost anything: a device (and writes ``/dev/null-journal``
beside it), a text file (failing later), a main file with another file's
``-wal`` beside it (replaying the WAL's pages into it, which damages it). Each
check here refuses with the file and its neighbours left as they were.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path

from ..errors import StoreError
from ..translatable import QT_TRANSLATE_NOOP

SQLITE_MAGIC = b"SQLite format 3\x00"

STALE_WAL = (
    "its -wal file does not belong to it (the file is damaged once the -wal is applied: "
    "{detail}); nothing was changed. A copy of a file must be taken with its -wal, or after "
    "every program using it has closed it; move the -wal away to open the file as it is"
)


def check_header(path: Path) -> None:
    """Refuse a folder, a device or pipe, an unreadable file or one that is not SQLite.

    A missing file passes (it will be created) if its folder exists; so does an
    empty one (SQLite treats it as new).
    """
    if path.is_dir():
        raise StoreError(path, QT_TRANSLATE_NOOP("store.file_checks", "is a folder, not a database file"))
    if not path.exists():
        if not path.parent.is_dir():
            raise StoreError(path, QT_TRANSLATE_NOOP("store.file_checks", "folder {folder} does not exist").format(
                folder=path.parent))
        return
    if not stat.S_ISREG(path.stat().st_mode):
        raise StoreError(path, QT_TRANSLATE_NOOP(
            "store.file_checks", "is not a regular file (a device, pipe or socket); give a database file"))
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise StoreError(path, QT_TRANSLATE_NOOP("store.file_checks", "cannot be read ({why})").format(
            why=error.strerror)) from None
    if head and head != SQLITE_MAGIC:
        raise StoreError(path, QT_TRANSLATE_NOOP("store.file_checks",
                                                 "is not an annotator database (not an SQLite file)"))


def check_writable(path: Path) -> None:
    """Refuse before SQLite opens: it would quietly open a read-only file for reading,
    and the first edit (or the backup before an upgrade) would fail half-way."""
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(
            path, QT_TRANSLATE_NOOP("store.file_checks",
                                    "cannot be written (read-only file); it can be opened read-only"),
            readonly_would_work=True,
        )
    if not os.access(path.parent, os.W_OK):
        raise StoreError(
            path, QT_TRANSLATE_NOOP("store.file_checks", "cannot be written (read-only folder {folder}); it can be "
                                    "opened read-only").format(folder=path.parent),
            readonly_would_work=True,
        )


def writable(path: Path) -> bool:
    """The file and its folder can both be written (so SQLite can tidy up at close)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def check_wal(path: Path) -> None:
    """A ``-wal`` that no open connection is using is recovered into the file by the
    next opener: check, through a reader that cannot write, that the file with it
    applied is sound, before any connection that could checkpoint it opens."""
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if not wal.exists() or wal.stat().st_size == 0 or _in_use(shm):
        return
    if not path.exists():
        raise StoreError(path, "is missing, but its -wal is there (a file deleted or moved without it): "
                               "nothing was changed; move the -wal away to start a new file")
    had_shm = shm.exists()
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as reader:
            found = [row[0] for row in reader.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as error:
        if "malformed" not in str(error) and "not a database" not in str(error):
            return  # cannot be read here at all (a read-only folder, say): opening will say why
        found = [str(error)]
    if found != ["ok"]:
        if not had_shm and not _in_use(shm):
            shm.unlink(missing_ok=True)  # the reader's own: refused, the folder is left as it was
        said = [line for row in found for line in row.splitlines() if not line.startswith("***")]
        raise StoreError(path, STALE_WAL.format(detail="; ".join(said[:3])))


def _in_use(shm: Path) -> bool:
    """Another connection has the file open: it holds a lock on the ``-shm``.

    Read from ``/proc/locks`` (Linux), so no descriptor of the file is opened
    here (closing one would drop this process's own SQLite locks). Where that
    cannot be read, the file is taken as not in use, and checked.
    """
    try:
        info = shm.stat()
        with open("/proc/locks", encoding="ascii", errors="replace") as locks:
            listed = locks.read()
    except OSError:
        return False
    device = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    return any(device in line.split() for line in listed.splitlines())
