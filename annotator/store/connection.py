"""Opening the annotator file safely, and the one way to write to it.

Opening checks, before anything is written, that the file is SQLite, is not
damaged, and is not from a newer release; then upgrades an older file after
writing a backup copy beside it. Writes go through :func:`transaction`, which
takes the write lock up front (``BEGIN IMMEDIATE``) so that a second window or
process waits its turn (busy timeout) instead of failing half-way with
"database is locked".
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from .database import Database, committed

from ..errors import StoreError
from ..translatable import QT_TRANSLATE_NOOP
from . import creation, file_checks, schema, schema_check

BUSY_TIMEOUT_MS = 10_000


def open_database(path: Path, *, readonly: bool = False) -> Database:
    """Open (creating if missing) and upgrade the file at ``path``.

    Raises :class:`StoreError` for a file that is not SQLite, is damaged, is
    from a newer release, has a schema unlike its version's, or cannot be
    written when writing is asked for. The file's bytes are unchanged whenever
    it is refused. Read-only, an older file is not upgraded on disk: it is read
    from an upgraded copy in memory.
    """
    path = Path(path)
    file_checks.check_header(path)
    if readonly and not path.exists():
        raise StoreError(path, QT_TRANSLATE_NOOP("store.connection", "does not exist"))
    if readonly and path.stat().st_size == 0:
        raise StoreError(path, QT_TRANSLATE_NOOP("store.connection", "is empty (0 bytes): it holds no annotator data"))
    if not readonly:
        file_checks.check_writable(path)
    file_checks.check_wal(path)
    conn = _connect(path, readonly)
    try:
        db = Database(conn)
        _check_version(path, db)
        if not readonly:
            _use_wal(db)
            _upgrade(path, db)
        elif schema_version(db) < schema.SCHEMA_VERSION:
            db = _upgraded_in_memory(db)
        return db
    except sqlite3.DatabaseError as error:
        conn.close()
        raise refusal(path, error, writing=not readonly) from None
    except BaseException:
        conn.close()
        raise


def _read_only_uri(path: Path) -> str:
    """Reading a WAL file needs its ``-shm`` beside it; in a read-only folder where
    none can be made (and no ``-wal`` holds recent commits) the file is read as
    immutable, which SQLite allows without one."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    beside = [Path(f"{path}{suffix}") for suffix in ("-shm", "-wal")]
    if not os.access(path.parent, os.W_OK) and not any(p.exists() for p in beside):
        uri += "&immutable=1"
    return uri


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    """A connection to ``path``. Read-only on a file that could be written, it opens for
    writing but refuses every write (``query_only``): a reader that cannot write
    cannot remove the ``-wal`` and ``-shm`` it makes either, and would leave them."""
    query_only = readonly and file_checks.writable(path)
    if readonly and not query_only:
        uri = _read_only_uri(path)
    else:
        uri = f"{path.resolve().as_uri()}?mode={'rw' if readonly else 'rwc'}"
    try:
        conn = sqlite3.connect(
            uri,
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if query_only:
            conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.DatabaseError as error:
        raise refusal(path, error, writing=not readonly) from None


def _upgraded_in_memory(db: Database) -> Database:
    """An older file opened read-only: a copy in memory brought to the current schema,
    so every read works as on a current file, and no write is accepted."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        db.conn.backup(memory)
        upgraded = Database(memory)
        schema.migrations().apply(upgraded)
        memory.execute("PRAGMA foreign_keys = ON")
        memory.execute("PRAGMA query_only = ON")
    except BaseException:
        memory.close()
        raise
    db.close()
    return upgraded


def _use_wal(db: Database, attempts: int = 100) -> None:
    """WAL lets a reader and a writer (two windows) work at once; FULL sync survives power loss.

    Switching to WAL needs a moment alone with the file, so a second window
    opening at the same instant retries briefly instead of failing.
    """
    for attempt in range(attempts):
        try:
            db.execute("PRAGMA journal_mode = WAL")
            break
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt == attempts - 1:
                raise
            time.sleep(0.01)
    db.execute("PRAGMA synchronous = FULL")


_READ_ONLY = QT_TRANSLATE_NOOP("store.connection",
                               "cannot be written (read-only file or folder); it can be opened read-only")


def explain(error: sqlite3.DatabaseError) -> str:
    """What an SQLite error means for the user's file, in words they can act on."""
    text = str(error)
    if "not a database" in text or "malformed" in text or "disk image" in text:
        return QT_TRANSLATE_NOOP("store.connection", "is damaged or not an annotator database (SQLite says: {detail})"
                                 ).format(detail=text)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return _READ_ONLY
    if "locked" in text:
        return QT_TRANSLATE_NOOP("store.connection", "is busy in another program; try again in a moment")
    return QT_TRANSLATE_NOOP("store.connection", "cannot be used (SQLite says: {detail})").format(detail=text)


def refusal(path: Path | str, error: sqlite3.DatabaseError, *, writing: bool = True) -> StoreError:
    """The user's error for an SQLite error on ``path``: explained, and flagged when
    the file could still be opened read-only (it was being opened for writing)."""
    reason = explain(error)
    return StoreError(path, reason, readonly_would_work=writing and reason == _READ_ONLY)


def data_version(db: Database) -> int:
    """A number that changes when another connection commits to the file."""
    return db.execute("PRAGMA data_version").fetchone()[0]


def schema_version(db: Database) -> int:
    """The schema step the file is at, as kept in ``PRAGMA user_version``."""
    return db.execute("PRAGMA user_version").fetchone()[0]


def _check_version(path: Path, db: Database) -> None:
    """Refuse a newer or foreign file; both reads see one snapshot of the file."""
    if db.conn.in_transaction:
        _check_snapshot(path, db)
        return
    db.conn.execute("BEGIN")
    try:
        _check_snapshot(path, db)
    finally:
        db.conn.execute("COMMIT")


def _check_snapshot(path: Path, db: Database) -> None:
    """Refuse a file from a newer release or another program, or whose schema is not
    the one its version promises (see :mod:`.schema_check`)."""
    version = schema_version(db)
    if version > schema.SCHEMA_VERSION:
        raise StoreError(
            path,
            QT_TRANSLATE_NOOP("store.connection", "was written by a newer annotator (schema {version}); "
                              "this release reads schema {known} and older").format(
                version=version, known=schema.SCHEMA_VERSION),
        )
    tables = set(db.table_names())
    if version < 0 or (version == 0 and tables - {"_sqlite_migrations"}):
        raise StoreError(path, QT_TRANSLATE_NOOP("store.connection",
                                                 "is an SQLite file of another program, not an annotator database"))
    problems = schema_check.differences(db.conn, version) if version else []
    if problems:
        raise StoreError(
            path, f"its schema is not the one of its version (schema {version}): "
            f"{'; '.join(problems[:5])}; it was changed by another program or damaged, and is left as it is",
        )


def _upgrade(path: Path, db: Database) -> None:
    """Bring an older (or new, empty) file to the current schema, under the write lock.

    Two windows opening the same new or old file at once must not both run
    the steps: the lock is taken first, then the version is read again, and
    an opener that finds the work done by the other simply returns. A new
    file is created without sqlite-utils (see :mod:`.creation`). The
    backup is read through a second connection, since the one holding the
    write lock cannot be the source of SQLite's backup.
    """
    if schema_version(db) == schema.SCHEMA_VERSION:
        return
    # A step may rebuild a table others refer to (see sentence_table.py), which
    # SQLite allows only with foreign keys off, and they cannot change inside
    # a transaction; such a step keeps the ids the references hold.
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        _run_steps(path, db)
    finally:
        db.execute("PRAGMA foreign_keys = ON")


def _run_steps(path: Path, db: Database) -> None:
    """The steps the file lacks, in one transaction taken before reading its version."""
    with transaction(db):
        _check_snapshot(path, db)
        version = schema_version(db)
        if version == schema.SCHEMA_VERSION:
            return
        if version == 0 and not db.table_names():
            creation.create(db)
            return
        if version > 0:
            backup_copy(path, path.with_name(f"{path.name}.schema{version}.bak"))
        schema.migrations().apply(db)


def backup_copy(source: Path, target: Path) -> None:
    """Write a consistent copy of the committed file ``source`` to ``target``."""
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    with contextlib.closing(reader), contextlib.closing(sqlite3.connect(target)) as copy:
        reader.backup(copy)


#: Bytes of the file a snapshot reads through a memory map.
SNAPSHOT_MAP = 1 << 30


@contextlib.contextmanager
def snapshot(db: Database) -> Iterator[Database]:
    """Many reads that see the file as it was at the first: another window's commit
    during a long export lands after it, never half inside it (WAL read transaction).

    While it lasts SQLite reads the file through a memory map rather than a system call
    per page: a snapshot reads the whole file (an export of a million labels, a comparison),
    and this took a fifth of the CPU of reading it. (A database in memory, an older file read
    without writing, has no map: the pragma gives nothing there.)"""
    if db.conn.in_transaction:
        yield db
        return
    mapped = db.execute("PRAGMA mmap_size").fetchone()
    if mapped:
        db.execute(f"PRAGMA mmap_size = {SNAPSHOT_MAP}")
    db.conn.execute("BEGIN")
    try:
        yield db
    finally:
        if db.conn.in_transaction:
            db.conn.execute("COMMIT")
        if mapped:
            db.execute(f"PRAGMA mmap_size = {mapped[0]}")


@contextlib.contextmanager
def bulk_import(db: Database) -> Iterator[Database]:
    """Commits that survive a crash of the program but not a power cut, for imports only.

    An import can always be run again (articles are keyed by their text), so
    it may trade the last few files of a power cut for one sync less per file;
    the file stays consistent either way (WAL). Edits keep ``FULL``.
    """
    db.execute("PRAGMA synchronous = NORMAL")
    try:
        yield db
    finally:
        db.execute("PRAGMA synchronous = FULL")


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One user action: all of it in the file when the block ends, or none of it.

    ``BEGIN IMMEDIATE`` takes the write lock before any read, so a concurrent
    writer makes us wait (up to the busy timeout) rather than fail mid-way;
    a lock still held past that is retried a few times before giving up.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    _begin_immediate(db)
    with committed(db.conn):
        yield db


def _begin_immediate(db: Database, attempts: int = 3) -> None:
    for attempt in range(attempts):
        try:
            db.conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
