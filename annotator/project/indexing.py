"""Catching the full-text index up with the sentences, after an import, in chunks.

An import of article files writes rows only (indexing was a third of its CPU);
the index follows here, one transaction per chunk of sentences, each moving
the index's watermark with it (see ``store/search_index.py``): a kill loses at
most the chunk being written, and the next catch-up resumes there. Chunks keep
the write lock for a few tenths of a second, as an import's do, so an edit in
a window waits a moment, not the whole catch-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..store import bulk_import, search_index, transaction
from .progress import Progress

if TYPE_CHECKING:
    from ..store.database import Database

#: Sentences per transaction: about 3 MB of text, a few tenths of a second.
CHUNK_SENTENCES = 20_000


def catch_up(db: Database, progress: Progress | None = None, chunk: int = CHUNK_SENTENCES) -> int:
    """Index every pending sentence; the count indexed.

    ``progress(done, total, "")`` (counts of sentences) after each chunk; False
    from it stops there, keeping the chunks done. Commits are ``NORMAL``, as an
    import's: a power cut may lose the last chunks, never split one from its
    watermark.
    """
    total = search_index.pending(db).sentences
    done = 0
    with bulk_import(db):
        while True:
            with transaction(db):
                indexed = search_index.index_chunk(db, chunk)
            if not indexed:
                return done
            done += indexed
            if progress is not None and progress(min(done, total), max(done, total), "") is False:
                return done
