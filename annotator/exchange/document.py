"""The exchange file's content as plain data, shared by the writer and the reader.

These mirror the JSON one to one, so that the store can fill them from its rows
for an export and read them back for an import without knowing the file's
layout. Offsets are code points, like everywhere else in the core.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import NamedTuple

from annotator.claims.model import Claim
from annotator.model import Label, Relation, SentenceRef, Status

FORMAT = "annotator"
#: The version written. Version 2 added the claims and the sentences' fact-check fields.
VERSION = 2
#: The versions read: a file of version 1 has no claims and no fields.
VERSIONS = (1, 2)

#: A fact-check field of a sentence: (label, field, value), e.g. ("statistic", "unit", "%").
Field = tuple[str, str, str]


class ExportSentence(NamedTuple):
    """One sentence of an article with the reviewer's labels, note and fact-check
    fields on it (in the canonical order: labels as LABELS, fields as FIELDS).

    A named tuple rather than a frozen dataclass: an export makes one per sentence of
    every article, and a frozen dataclass took more than twice as long to build."""

    start: int
    end: int
    labels: tuple[Label, ...] = ()
    note: str = ""
    fields: tuple[Field, ...] = ()


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
    ``reviewer`` is None) on the articles it carries. A claim's ``id`` is its
    number in the file (unique there); its appearances are in order."""

    reviewer: str | None
    exported_at: str
    labels: tuple[Label, ...]
    articles: tuple[ExportArticle, ...]
    links: tuple[ExportLink, ...]
    claims: tuple[Claim, ...] = ()
