"""Importing article files: read and segmented ahead of the writer, written in chunks.

Where the time went: a commit per file (each one flushing a small full-text
segment and rewriting the same index pages) took half the import, and reading
and segmenting (Python) waited for SQLite and the other way round. So files
are read and segmented ahead (in a process of its own for a large import, see
:mod:`.read_ahead`) and written in chunks: one transaction holds the files
written in about :data:`CHUNK_SECONDS`, each file in its own savepoint. A
chunk is all in the file or none of it, so no article is ever half-imported;
the full-text index catches up after the import
(:mod:`annotator.store.search_index`), and search says it is partial until
then. The write lock is never held much longer than a chunk (or one huge
file), so another window's edit waits a moment rather than failing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import CorpusError
from ..model import Article, ImportProblem, ImportReport
from ..store import annotations, articles, transaction
from .clock import now
from .progress import Progress
from .read_ahead import read_ahead

if TYPE_CHECKING:
    from ..corpus.reading_process import Parsed
    from ..store.database import Database

#: How long one transaction of an import may write before it commits.
CHUNK_SECONDS = 0.25


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
    parsed = read_ahead(files)
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
    db: Database, files: list[Path], done: int, parsed: Iterator[Parsed | CorpusError], report: ImportReport,
    progress: Progress | None, known: dict[str, set[str]],
) -> tuple[int, bool]:
    """One transaction: files from ``done`` on, for about CHUNK_SECONDS; (done, stopped)."""
    stopped = False
    with transaction(db):
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
            article, spans, size = item
            report.bytes_read += size
            added = add_article(db, article, spans, index=False)
            _record(report, known, files[done - 1], article, added)
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
