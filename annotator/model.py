"""The domain's plain data: what every layer passes to the next.

Frozen dataclasses, no behaviour beyond small derived values, no I/O. The
store turns rows into these; the faces (window, command line) only read them.
Offsets are Python ``str`` indices (code points) into ``Article.text``.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .errors import printable

LABELS: tuple[str, ...] = ("claim", "quote", "statistic")
RELATIONS: tuple[str, ...] = ("agrees", "contradicts")
STATUSES: tuple[str, ...] = ("todo", "in progress", "done")

Label = Literal["claim", "quote", "statistic"]
Relation = Literal["agrees", "contradicts"]
Status = Literal["todo", "in progress", "done"]


def article_id(text: str) -> str:
    """An article's identity: the first 16 hex digits of the SHA-256 of its body.

    Derived from the text alone so that the same article imported on two
    laptops gets the same id, and importing a file twice adds nothing.
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One article as read from a file: body text exactly as stored."""

    text: str
    source: str = ""
    title: str = ""
    date: _dt.date | None = None
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", article_id(self.text))


@dataclass(frozen=True)
class ArticleMeta:
    """What a person says about an article's publication, editable after import:
    exports that cite the article (ClaimReview, W3C, CSV) carry it."""

    title: str = ""
    outlet: str = ""
    url: str = ""
    author: str = ""


#: The names of ArticleMeta's fields, in the order files and forms list them.
META_FIELDS: tuple[str, ...] = ("title", "outlet", "url", "author")


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: ``text[start:end]`` with no surrounding blanks."""

    id: int
    article_id: str
    position: int
    start: int
    end: int


@dataclass(frozen=True)
class ArticleSummary:
    """A row of the article list, for one reviewer."""

    id: str
    title: str
    source: str
    date: _dt.date | None
    sentences: int
    tagged: int
    status: Status


@dataclass(frozen=True)
class SentenceRef:
    """A sentence named the portable way: article id plus offsets."""

    article_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Link:
    """A relation one reviewer drew between two sentences."""

    id: int
    source: int  # sentence id
    target: int  # sentence id
    relation: Relation
    note: str = ""


@dataclass(frozen=True)
class SearchHit:
    """A sentence found by full-text search, with the article it belongs to."""

    sentence_id: int
    article_id: str
    article_title: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Unindexed:
    """Sentences, and the articles they belong to, that the full-text index does not hold yet."""

    sentences: int = 0
    articles: int = 0

    def __bool__(self) -> bool:
        return self.sentences > 0


@dataclass(frozen=True)
class SearchResults(Sequence[SearchHit]):
    """The hits of a search, best first, and what the full-text index did not hold yet.

    The index catches up after an import (see ``store/search_index.py``); until it
    has, the sentences it lacks are found by no search, and ``partial`` says so.
    A sequence of its hits, so that it reads as the list of hits it is.
    """

    hits: tuple[SearchHit, ...] = ()
    unindexed: Unindexed = field(default_factory=lambda: Unindexed())

    @property
    def partial(self) -> bool:
        return bool(self.unindexed)

    def __len__(self) -> int:
        return len(self.hits)

    def __getitem__(self, index):  # type: ignore[override]
        return self.hits[index]


@dataclass(frozen=True)
class ImportProblem:
    """An input refused, named, with the reason in words a user can act on."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{printable(self.path)}: {self.reason}"


@dataclass
class ImportReport:
    """What an import did: ids added, duplicates skipped, inputs refused."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    refused: list[ImportProblem] = field(default_factory=list)
    bytes_read: int = 0
    #: (file name, new article id): a file whose name an article already had, with
    #: other text (changed since), imported as an article of its own
    changed: list[tuple[str, str]] = field(default_factory=list)
    #: the article each file read became (for the articles.csv/.json beside them)
    articles_by_path: dict[Path, str] = field(default_factory=dict)
