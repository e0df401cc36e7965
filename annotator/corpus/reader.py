"""Reading one article file: bytes from disk to an ``Article``.

Every way a file can be wrong turns into a CorpusError naming it, so that a
bulk import can list what it refused and why, and go on.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from annotator.corpus.decoding import decode_text
from annotator.errors import CorpusError, printable
from annotator.corpus.header import parse_header
from annotator.corpus.title import make_title
from annotator.model import Article
from annotator.translatable import QT_TRANSLATE_NOOP

# Far above any news article (a long one is ~100 KB), low enough that a
# mistaken drop of a video or a database is refused at once instead of
# filling memory and the store.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024


def read_article(path: Path, source: str | None = None) -> Article:
    """Read ``path`` as an article; ``source`` defaults to the file's name.

    The file must be UTF-8 text (a byte-order mark is allowed), at most
    MAX_ARTICLE_BYTES long. Line ends become LF, the optional date header is
    parsed and removed, and the body is stripped of white space at both ends
    (see ``header``); nothing else in the text is changed. The title is made
    from the body, the id from the body's text.

    Raises CorpusError for a missing file, a folder or other non-file, an
    unreadable, too large, binary or non-UTF-8 file, and for a file with no
    text or only a date header.
    """
    path = Path(path)
    name = str(path)
    data = _read_bytes(path, name)
    text = decode_text(data, name)
    if not text.strip():
        raise CorpusError(name, QT_TRANSLATE_NOOP("corpus.reader", "empty file: no text"))
    date, body = parse_header(text)
    if not body:
        raise CorpusError(name, QT_TRANSLATE_NOOP("corpus.reader", "only a date header, no article text"))
    return Article(
        text=body,
        source=printable(path.name) if source is None else source,
        title=make_title(body),
        date=date,
    )


def _read_bytes(path: Path, name: str) -> bytes:
    """The file's bytes, refusing what is not a readable regular file within the cap.

    The size is checked before reading, and the read itself stops one byte
    past the cap, so a huge file is never loaded whole, even one that grows
    after it was measured.
    """
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            if not os.access(path, os.R_OK | os.X_OK):
                raise CorpusError(name, QT_TRANSLATE_NOOP("corpus.reader",
                                                          "folder cannot be opened: permission denied"))
            raise CorpusError(name, QT_TRANSLATE_NOOP("corpus.reader", "is a folder, not a file"))
        if not stat.S_ISREG(info.st_mode):
            # A pipe or device: opening it could block or never end.
            raise CorpusError(name, QT_TRANSLATE_NOOP("corpus.reader", "not a regular file"))
        if info.st_size > MAX_ARTICLE_BYTES:
            raise CorpusError(name, _too_large(info.st_size))
        with path.open("rb") as f:
            data = f.read(MAX_ARTICLE_BYTES + 1)
    except FileNotFoundError:
        raise CorpusError(name, QT_TRANSLATE_NOOP("corpus.reader",
                                                  "no such file (missing, or removed while importing)")) from None
    except PermissionError:
        raise CorpusError(name, QT_TRANSLATE_NOOP("corpus.reader", "cannot be read: permission denied")) from None
    except OSError as e:
        raise CorpusError(name, QT_TRANSLATE_NOOP("corpus.reader", "cannot be read: {why}").format(
            why=e.strerror or e)) from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise CorpusError(name, _too_large(None))
    return data


def _too_large(size: int | None) -> str:
    """In bytes, exactly: a rounded figure would say "20.0 MiB: the limit is 20 MiB"."""
    limit = QT_TRANSLATE_NOOP("corpus.reader", "the limit is {mib} MiB ({limit:,} bytes)").format(
        mib=MAX_ARTICLE_BYTES // (1024 * 1024), limit=MAX_ARTICLE_BYTES)
    if size is None:
        return QT_TRANSLATE_NOOP("corpus.reader", "too large for an article (grew past the limit while read): {limit}"
                                 ).format(limit=limit)
    return QT_TRANSLATE_NOOP("corpus.reader", "too large for an article ({size:,} bytes): {limit}").format(
        size=size, limit=limit)
