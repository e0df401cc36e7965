"""The exchange file's content as plain data, shared by the writer and the reader.

These mirror the JSON one to one, so that the store can fill them from its rows
for an export and read them back for an import without knowing the file's
layout. Offsets are code points, like everywhere else in the core.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from annotator.model import Label, Relation, SentenceRef, Status

FORMAT = "annotator"
VERSION = 1


@dataclass(frozen=True)
class ExportSentence:
    """One sentence of an article with the reviewer's labels and note on it."""

    start: int
    end: int
    labels: tuple[Label, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class ExportArticle:
    """One article with its text and every one of its sentences, in order."""

    id: str
    source: str
    title: str
    date: _dt.date | None
    status: Status
    text: str
    sentences: tuple[ExportSentence, ...]

    @property
    def offsets(self) -> tuple[tuple[int, int], ...]:
        """The (start, end) of each listed sentence, for the store to compare
        with its own segmentation before it accepts an import."""
        return tuple((s.start, s.end) for s in self.sentences)


@dataclass(frozen=True)
class ExportLink:
    """A relation between two sentences, each named by article id and offsets
    because sentence ids are private to one database."""

    source: SentenceRef
    target: SentenceRef
    relation: Relation
    note: str = ""


@dataclass(frozen=True)
class ExportDocument:
    """A whole exchange file as read: one reviewer's work (or none, when
    ``reviewer`` is None) on the articles it carries."""

    reviewer: str | None
    exported_at: str
    labels: tuple[Label, ...]
    articles: tuple[ExportArticle, ...]
    links: tuple[ExportLink, ...]
