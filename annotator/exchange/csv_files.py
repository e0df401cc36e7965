"""CSV out: tidy tables a spreadsheet or pandas opens, as one ``.zip``.

One ``.zip`` rather than a folder of files: ``-o FILE`` names one file, which is
written whole or not at all (and can go to standard output), and is one thing
to send to a colleague; ``pandas.read_csv(zipfile.ZipFile(f).open("labels.csv"))``
or any archive tool opens it. Inside, one table per kind of thing:

- ``labels.csv``: one row per reviewer, article, sentence and label, with the
  sentence text and the label's fact-check fields (value, unit, period, source; speaker);
- ``notes.csv``, ``links.csv``, ``articles.csv`` (metadata and status);
- ``claims.csv``, ``claim_appearances.csv``, ``claim_sources.csv``.

UTF-8 with a byte-order mark (so that spreadsheets read it as UTF-8), a header
row, CRLF line ends (RFC 4180), numbers written as integers. A text cell that
begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
leading ``'``, so that a spreadsheet shows it instead of running it as a formula.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from typing import IO

from annotator.claims.model import FIELDS
from annotator.exchange.archive import open_entry
from annotator.exchange.background import PIECE, Background
from annotator.exchange.work import Work, WorkArticle, WorkClaim, WorkLink

FIELD_COLUMNS = tuple(field for label in ("statistic", "quote") for field in FIELDS[label])
TABLES: dict[str, tuple[str, ...]] = {
    "articles.csv": ("article_id", "title", "date", "outlet", "url", "author", "source", "status", "sentences"),
    "labels.csv": ("reviewer", "article_id", "article_title", "article_date", "sentence_start", "sentence_end",
                   "sentence", "label", *FIELD_COLUMNS, "changed_at"),
    "notes.csv": ("reviewer", "article_id", "article_title", "sentence_start", "sentence_end", "sentence", "note"),
    "links.csv": ("reviewer", "relation", "note", "from_article_id", "from_start", "from_end", "from_sentence",
                  "to_article_id", "to_start", "to_end", "to_sentence", "created_at"),
    "claims.csv": ("reviewer", "claim_id", "statement", "verdict", "rationale", "checked_at", "appearances",
                   "sources", "created_at", "updated_at"),
    "claim_appearances.csv": ("reviewer", "claim_id", "article_id", "sentence_start", "sentence_end", "sentence"),
    "claim_sources.csv": ("reviewer", "claim_id", "position", "url", "title", "accessed"),
}
_RISKY = ("=", "+", "-", "@", "\t", "\r")
#: What makes the csv module quote a cell: the delimiter, the quote, a line end.
_QUOTED = re.compile('[,"\r\n]')
_NO_FIELDS = "," * (len(FIELD_COLUMNS) - 1)
_NO_STAMPS = ("", "")


def cell(value: object) -> object:
    """A value as a spreadsheet may safely show it: text opening like a formula gets a ``'``."""
    if isinstance(value, str) and value.startswith(_RISKY):
        return "'" + value
    return "" if value is None else value


class _Table:
    """One CSV table being written to a text stream."""

    def __init__(self, name: str, stream: IO[str]):
        self.stream = stream
        self.writer = csv.writer(stream, lineterminator="\r\n")
        self.writer.writerow(TABLES[name])

    def row(self, values: Sequence[object]) -> None:
        self.writer.writerow([cell(value) for value in values])


def write_csv_zip(out: IO[bytes], work: Work) -> None:
    """Write every table of ``work`` into a zip archive on ``out`` (which need not seek).

    labels.csv streams straight into the archive; the tables filled at the same
    time (articles, notes; appearances and sources) wait in temporary files.
    """
    with zipfile.ZipFile(out, "w") as archive:
        with _spooled() as articles, _spooled() as notes:
            side = {"articles.csv": _Table("articles.csv", articles), "notes.csv": _Table("notes.csv", notes)}
            with _entry(archive, "labels.csv") as stream:
                _Table("labels.csv", stream)
                # Encoded, compressed and written on a second thread while the next articles are
                # read, a megabyte of articles at a time, each article's lines written as they are
                # (joined into a megabyte first, each buffer was fresh pages from the kernel).
                with Background() as writer:
                    rows: list[str] = []
                    size = 0
                    for item in work.articles:
                        rows.append(_article_rows(work.reviewer, item, side))
                        size += len(rows[-1])
                        if size >= PIECE:
                            writer.call(stream.writelines, rows)
                            rows, size = [], 0
                    writer.call(stream.writelines, rows)
            for name, spool in (("articles.csv", articles), ("notes.csv", notes)):
                _copy(archive, name, spool)
        with _entry(archive, "links.csv") as stream:
            links = _Table("links.csv", stream)
            for link in work.links:
                links.row(_link_row(work.reviewer, link))
        _write_claims(archive, work.reviewer, work.claims)


def _article_rows(reviewer: str, item: WorkArticle, side: dict[str, _Table]) -> str:
    """One article's rows of the side tables written, and its lines of labels.csv returned.
    labels.csv is the export's inner loop (a million rows): each sentence's columns are
    escaped once and shared by its labels' lines, built as text."""
    article, meta = item.article, item.meta
    date = article.date.isoformat() if article.date else ""
    title = meta.title or article.title
    side["articles.csv"].row((article.id, title, date, meta.outlet, meta.url, meta.author,
                              article.source, article.status, len(article.sentences)))
    head = ",".join(map(text_field, (reviewer, article.id, title, date)))
    lines: list[str] = []
    write = lines.append
    text, stamps = article.text, item.stamps
    for s in article.sentences:
        if s.labels:
            changed = stamps.get((s.start, s.end), _NO_STAMPS)[1]
            sentence = f"{head},{s.start},{s.end},{text_field(text[s.start:s.end])},"
            if s.fields:
                fields = {(label, field): value for label, field, value in s.fields}
                for label in s.labels:
                    values = ",".join(text_field(fields.get((label, field), "")) for field in FIELD_COLUMNS)
                    write(f"{sentence}{label},{values},{changed}\r\n")
            else:
                for label in s.labels:
                    write(f"{sentence}{label},{_NO_FIELDS},{changed}\r\n")
        if s.note:
            side["notes.csv"].row((reviewer, article.id, title, s.start, s.end, text[s.start:s.end], s.note))
    return "".join(lines)


def text_field(value: str) -> str:
    """One text cell as the csv module writes it (minimal quoting), after :func:`cell`."""
    if value.startswith(_RISKY):
        value = "'" + value
    if _QUOTED.search(value):
        return '"' + value.replace('"', '""') + '"'
    return value


def _link_row(reviewer: str, item: WorkLink) -> tuple:
    link, (a, b) = item.link, item.places
    return (reviewer, link.relation, link.note, link.source.article_id, a.start, a.end, a.exact,
            link.target.article_id, b.start, b.end, b.exact, item.created)


def _write_claims(archive: zipfile.ZipFile, reviewer: str, claims: Iterable[WorkClaim]) -> None:
    with _spooled() as appearances, _spooled() as sources:
        placed = _Table("claim_appearances.csv", appearances)
        cited = _Table("claim_sources.csv", sources)
        with _entry(archive, "claims.csv") as stream:
            table = _Table("claims.csv", stream)
            for item in claims:
                c = item.claim
                table.row((reviewer, c.id, c.statement, c.verdict or "", c.rationale,
                           c.checked_at.isoformat() if c.checked_at else "", len(c.appearances),
                           len(c.sources), item.created, item.modified))
                for appearance, place in zip(c.appearances, item.places):
                    placed.row((reviewer, c.id, appearance.article_id, appearance.start, appearance.end, place.exact))
                for n, source in enumerate(c.sources, 1):
                    cited.row((reviewer, c.id, n, source.url, source.title,
                               source.accessed.isoformat() if source.accessed else ""))
        _copy(archive, "claim_appearances.csv", appearances)
        _copy(archive, "claim_sources.csv", sources)


def _spooled() -> IO[str]:
    """A text file that stays in memory while small and goes to disk past 8 MB."""
    return tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+", encoding="utf-8", newline="")


class _entry:
    """A zip entry opened for writing as UTF-8 text with a byte-order mark."""

    def __init__(self, archive: zipfile.ZipFile, name: str):
        self.raw = open_entry(archive, name)
        self.text = io.TextIOWrapper(self.raw, encoding="utf-8-sig", newline="")

    def __enter__(self) -> IO[str]:
        return self.text

    def __exit__(self, *exc: object) -> None:
        self.text.close()


def _copy(archive: zipfile.ZipFile, name: str, spool: IO[str]) -> None:
    spool.seek(0)
    with _entry(archive, name) as stream:
        shutil.copyfileobj(spool, stream, 1 << 20)
