"""Article files read and segmented ahead of the writer, in a process of their own.

Why a process: on a thread, reading and segmenting (pure Python) held the GIL
while the writer, which lets go of it around every SQLite step, waited up
to a switch interval to get it back at each of them; the two took turns
instead of running side by side (an import's wall time was its CPU time).
In a process of its own (:mod:`annotator.corpus.reading_process`) the
segmenter has the second core, and the writer's process no thread to wait for.

The process is a new interpreter (``subprocess``), neither forked (the window
imports from a Qt thread, and forking a process that runs Qt's threads is
unsafe) nor started by ``multiprocessing`` (which runs the caller's main
script again in the child, and fails on one without an
``if __name__ == "__main__"`` guard). Starting it costs 0.08-0.10 s of CPU, so an
import of less than :data:`PROCESS_BYTES` of files is read in line instead.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..errors import CorpusError

if TYPE_CHECKING:
    from ..corpus.reading_process import Parsed

#: Files adding up to less than this are read in the writer's process (no start cost).
PROCESS_BYTES = 2_000_000

#: The reading process: this very package first found (a checkout the caller put on its
#: path, not another copy installed), the interpreter's own modules before anything else.
_START = ("import os, sys; root = sys.argv[1];"
          " any(os.path.realpath(p or '.') == root for p in sys.path) or sys.path.insert(0, root);"
          " from annotator.corpus.reading_process import main; main()")


def read_ahead(files: list[Path]) -> Iterator[Parsed | CorpusError]:
    """Each file read and segmented, in order: in line for a small import, else by a
    process running ahead of the caller. Closing the iterator ends the process."""
    if _total_bytes(files) < PROCESS_BYTES or not sys.executable:
        return _in_line(files)
    return _from_process(files)


def _total_bytes(files: list[Path]) -> int:
    """The size of the files, as far as it is known (a file that cannot be read counts 0:
    the reader refuses it later, naming it)."""
    total = 0
    for path in files:
        try:
            total += os.stat(path).st_size
        except OSError:
            continue
        if total >= PROCESS_BYTES:
            break
    return total


def _in_line(files: list[Path]) -> Iterator[Parsed | CorpusError]:
    from ..corpus.reading_process import parse  # dateutil and the readers: not for a window that only opens

    for path in files:
        try:
            yield parse(path)
        except CorpusError as error:
            yield error


def _from_process(files: list[Path]) -> Iterator[Parsed | CorpusError]:
    """The reading process's items. It is terminated (not waited for) when the caller
    stops early or fails; where no process can be started, the files are read in line."""
    package_root = os.path.realpath(Path(__file__).parents[2])
    try:
        worker = subprocess.Popen([sys.executable, "-c", _START, package_root],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    except OSError:  # no process to be had (a limit reached): read in line, as a small import
        yield from _in_line(files)
        return
    try:
        try:
            pickle.dump([str(f) for f in files], worker.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            worker.stdin.close()
        except BrokenPipeError:
            pass  # it ended at once: said below, with its exit code
        yield from _received(worker.stdout, worker, len(files))
        worker.wait()  # it has sent the last file: ending
    finally:
        worker.stdout.close()
        if worker.poll() is None:
            worker.terminate()
        worker.wait()


def _received(stream: BinaryIO, worker: subprocess.Popen, count: int) -> Iterator[Parsed | CorpusError]:
    """The items of each batch, refusals turned back into CorpusError, a failure raised."""
    from ..corpus.reading_process import Failed, Refused

    while count:
        try:
            batch = pickle.load(stream)
        except EOFError:
            raise RuntimeError(f"the process reading the article files ended early "
                               f"(exit code {worker.wait()})") from None
        for item in batch:
            if isinstance(item, Failed):
                raise item.error
            yield CorpusError(item.path, item.reason) if isinstance(item, Refused) else item
        count -= len(batch)
