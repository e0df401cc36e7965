"""The process that reads and segments an import's files ahead of its writer.

It is started by :mod:`annotator.project.read_ahead` as a ``python -c`` that
calls :func:`main`: a fresh interpreter importing only the reader and the
segmenter (not the store, not Qt), in 0.08-0.10 s of CPU. It reads the list of files (pickled) on its
standard input and writes back, on its standard output, batches of what
each became, in order: a :class:`Parsed` file, a :class:`Refused` one (a
CorpusError does not survive pickling), or the :class:`Failed` error that
stopped it. A batch holds about :data:`BATCH_BYTES` of text, so the writer
is never more than a batch in hand and one in the pipe behind.

When the writer closes the pipe or its process dies, the next batch finds
the pipe broken and the process ends, so it never outlives its import.
"""

from __future__ import annotations

import array
import datetime
import os
import pickle
import signal
import sys
import traceback
from pathlib import Path
from typing import BinaryIO, NamedTuple

from ..errors import CorpusError
from ..model import Article
from .reader import read_article

#: Bytes of article text gathered before a batch is sent.
BATCH_BYTES = 256_000


class Parsed(NamedTuple):
    """One file read and segmented: its article, sentence spans, and size in UTF-8.

    It crosses the pipe as the article's fields and its spans' offsets in one array
    of bytes: pickling the spans as tuples took half of the reading process's time
    spent sending, and unpickling them a fifth of the writer's CPU."""

    article: Article
    spans: list[tuple[int, int]]
    size: int

    def __reduce__(self) -> tuple:
        article = self.article
        offsets = array.array("q", [offset for span in self.spans for offset in span]).tobytes()
        return _parsed, (article.text, article.source, article.title, article.date, article.id, offsets, self.size)


def _parsed(text: str, source: str, title: str, date: datetime.date | None, article_id: str,
            offsets: bytes, size: int) -> Parsed:
    """A :class:`Parsed` from what its ``__reduce__`` sent."""
    flat = array.array("q")
    flat.frombytes(offsets)
    return Parsed(Article(text, source, title, date, article_id), list(zip(flat[0::2], flat[1::2])), size)


class Refused(NamedTuple):
    """A file that is not an article, as CorpusError says it (path and reason)."""

    path: str
    reason: str


class Failed(NamedTuple):
    """What stopped the reading (not a refused file), to be raised again by the writer."""

    error: BaseException


def parse(path: Path) -> Parsed:
    """Read and segment one file; CorpusError for a file that is not an article."""
    from .. import segment

    article = read_article(path)
    return Parsed(article, segment.split_sentences(article.text), len(article.text.encode("utf-8")))


def main() -> None:
    """The process: the file list from standard input, batches to standard output. Its
    standard output is kept for the batches (anything printed goes to standard error),
    and Ctrl-C is the writer's to handle."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(_stray_output(), 1)
    try:
        with open(0, "rb", closefd=False) as source:
            files = pickle.load(source)
        _send_all(files, out)
        out.close()
    except (EOFError, BrokenPipeError, ConnectionResetError):
        os._exit(0)  # the writer is gone (or went before sending the list): nothing to say


def _stray_output() -> int:
    """Where anything printed goes: standard error, or nowhere in a process without one
    (a window started without a console)."""
    try:
        return sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):
        return os.open(os.devnull, os.O_WRONLY)


def _send_all(files: list[str], out: BinaryIO) -> None:
    batch: list[Parsed | Refused | Failed] = []
    held = 0
    for path in files:
        item = _parse_or_refuse(Path(path))
        batch.append(item)
        held += item.size if isinstance(item, Parsed) else 0
        if isinstance(item, Failed):
            break
        if held >= BATCH_BYTES:
            _send(batch, out)
            batch, held = [], 0
    _send(batch, out)


def _send(batch: list, out: BinaryIO) -> None:
    pickle.dump(batch, out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()


def _parse_or_refuse(path: Path) -> Parsed | Refused | Failed:
    try:
        return parse(path)
    except CorpusError as error:
        return Refused(str(error.path), error.reason)
    except Exception as error:  # noqa: BLE001 - raised again in the writer's process
        return Failed(_picklable(error))


def _picklable(error: Exception) -> Exception:
    """``error`` if it crosses the pipe intact, else a RuntimeError carrying its traceback."""
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:  # noqa: BLE001 - any failure to round-trip means: send the text
        return RuntimeError("".join(traceback.format_exception(error)))
