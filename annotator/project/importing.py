"""Importing article files: read and segmented ahead of the writer, written in chunks.

Where the time went: a commit per file (each one flushing a small full-text
segment and rewriting the same index pages) took half the import, and reading
and segmenting (Python) waited for SQLite and the other way round. So files
are read and segmented ahead, by a second process for a large import (a
thread shares the GIL with the writer: on a busy machine each waited for the
other, and the import was slower than with no thread at all, at a load of 4 on
two cores) or a thread
for a few files, and written in chunks: one
transaction holds the files written in about :data:`CHUNK_SECONDS`, each file
in its own savepoint, and the chunk's sentences are indexed for search in
one statement before it commits. A chunk is all in the file or none of it, so
no article is ever half-imported and search finds every committed article;
the write lock is never held much longer than a chunk (or one huge file), so
another window's edit waits a moment rather than failing.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..errors import CorpusError
from ..model import Article, ImportProblem, ImportReport
from ..store import annotations, articles, transaction
from .clock import now
from .progress import Progress

if TYPE_CHECKING:
    from ..corpus.parsed import Parsed
    from ..store.database import Database

#: How long one transaction of an import may write before it commits.
CHUNK_SECONDS = 0.25
#: Files read ahead of the writer, at most (bounds the memory held).
READ_AHEAD = 64
#: An import of this many bytes or more reads them in a second process (see
#: :func:`_read_ahead`): starting it costs about 0.15 s of CPU, what reading and
#: segmenting 2 MB takes.
PROCESS_BYTES = 2_000_000
#: Files a worker process parses per request (one round trip each).
BATCH = 16
#: The worker process's program, run by this Python.
WORKER = ("-m", "annotator.corpus.parsed")
#: Where the ``annotator`` package lies, for the worker process to import it from.
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])


def add_article(db: Database, article: Article, spans: Sequence[tuple[int, int]], *, index: bool) -> bool:
    """Write one article in the caller's transaction, in a savepoint of its own;
    False if the file already holds it."""
    with db.atomic():
        if articles.has_article(db, article.id):
            return False
        stamp = now()
        articles.insert_article(db, article, spans, stamp, index=index)
        annotations.log(db, stamp, None, "import", article.id, detail=article.source)
    return True


def import_files(db: Database, files: list[Path], report: ImportReport, progress: Progress | None) -> None:
    """Import ``files`` in order; ``progress(done, total, file)`` before each, and
    False from it stops after committing the files read so far."""
    parsed = _read_ahead(files)
    known = articles.sources(db)
    done = 0
    try:
        while done < len(files):
            done, stopped = _write_chunk(db, files, done, parsed, report, progress, known)
            if stopped:
                return
        if progress:
            progress(len(files), len(files), "")
    finally:
        parsed.close()


def _write_chunk(
    db: Database, files: list[Path], done: int, parsed: Iterator[Parsed], report: ImportReport,
    progress: Progress | None, known: dict[str, set[str]],
) -> tuple[int, bool]:
    """One transaction: files from ``done`` on, for about CHUNK_SECONDS; (done, stopped)."""
    stopped = False
    with transaction(db):
        first_sentence = articles.next_sentence_id(db)
        began = time.monotonic()
        while done < len(files) and time.monotonic() - began < CHUNK_SECONDS:
            if progress and progress(done, len(files), str(files[done])) is False:
                stopped = True
                break
            item = next(parsed)
            done += 1
            if isinstance(item, CorpusError):
                report.refused.append(ImportProblem(item.path, item.reason))
                continue
            article, spans = item
            report.bytes_read += len(article.text.encode("utf-8"))
            added = add_article(db, article, spans, index=False)
            _record(report, known, files[done - 1], article, added)
        articles.index_sentences(db, first_sentence)
    return done, stopped


def _record(report: ImportReport, known: dict[str, set[str]], path: Path, article: Article, added: bool) -> None:
    """What the report says of one file: added or skipped, the article it became, and
    whether it is a changed copy of a file imported before under the same name
    (``known``: the article ids of each file name, kept up to date)."""
    (report.added if added else report.skipped).append(article.id)
    report.articles_by_path[path] = article.id
    if added and known.get(article.source, set()) - {article.id}:
        report.changed.append((article.source, article.id))
    known.setdefault(article.source, set()).add(article.id)


class _Failed(NamedTuple):
    """What stopped the reading thread (not a refused file), raised again in the writer's."""

    error: BaseException


def _read_ahead(files: list[Path]) -> Iterator[Parsed]:
    """Each file read and segmented, in order, ahead of the writer: by a second process for
    a large import, so that reading and segmenting (Python) never waits for the writer's
    Python or makes it wait (one GIL); by a thread for a few files, which starting a
    process would cost more than it saves."""
    if _size_reaches(files, PROCESS_BYTES):
        return _in_process(files)
    return _in_thread(files)


def _size_reaches(files: list[Path], limit: int) -> bool:
    """Whether the files hold ``limit`` bytes or more (one that cannot be read counts none)."""
    total = 0
    for path in files:
        with contextlib.suppress(OSError):
            total += path.stat().st_size
            if total >= limit:
                return True
    return False


def _in_process(files: list[Path]) -> Iterator[Parsed]:
    """Batches of files parsed by a worker process (``python -m annotator.corpus.parsed``),
    at most READ_AHEAD files ahead. A program of its own rather than ``multiprocessing``,
    which would import the caller's main script again in the worker; the worker ends
    when its input does, so also when this process is killed."""
    from ..corpus import parsed

    batches = [[str(path) for path in files[at:at + BATCH]] for at in range(0, len(files), BATCH)]
    worker = subprocess.Popen(
        [sys.executable, *WORKER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [_PACKAGE_ROOT, os.environ.get("PYTHONPATH")]))},
    )
    try:
        sent = received = 0
        while received < len(batches):
            while sent < len(batches) and (sent - received) * BATCH < READ_AHEAD:
                pickle.dump(batches[sent], worker.stdin, protocol=pickle.HIGHEST_PROTOCOL)
                sent += 1
            worker.stdin.flush()
            answer = _answer(worker)
            received += 1
            yield from parsed.received(answer)
    finally:
        worker.stdin.close()
        worker.kill()
        worker.wait()


def _answer(worker: subprocess.Popen) -> list:
    """The worker's next batch; what went wrong in it, raised here."""
    try:
        answer = pickle.load(worker.stdout)
    except EOFError:
        raise RuntimeError(f"the process reading the files to import stopped (status {worker.wait()})") from None
    if isinstance(answer, str):
        raise RuntimeError(f"reading the files to import failed: {answer}")
    return answer


def _in_thread(files: list[Path]) -> Iterator[Parsed]:
    """Each file parsed by a thread running ahead of the writer."""
    ready: queue.Queue[Parsed | _Failed] = queue.Queue(maxsize=READ_AHEAD)
    stop = threading.Event()

    from ..corpus import parsed

    def work() -> None:
        for path in files:
            if stop.is_set():
                return
            try:
                item: Parsed | _Failed = parsed.parse(path)
            except BaseException as error:  # noqa: BLE001 - re-raised in the writer's thread
                item = _Failed(error)
            while not stop.is_set():
                try:
                    ready.put(item, timeout=0.1)
                    break
                except queue.Full:
                    continue

    reader = threading.Thread(target=work, name="annotator-read-ahead", daemon=True)
    reader.start()
    try:
        for _ in files:
            item = ready.get()
            if isinstance(item, _Failed):
                raise item.error
            yield item
    finally:
        stop.set()
        reader.join()
