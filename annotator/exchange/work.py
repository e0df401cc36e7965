"""A reviewer's work as the formats that cite articles read it: W3C, ClaimReview, CSV, brat.

The same content as the JSON export (:mod:`.document`), plus what those formats
have a place for and the JSON does not carry: each article's metadata (outlet,
URL, author) and when each piece of work was done. Every iterable is consumed
lazily, once, in the order of the fields (articles, then links, then claims),
so a writer holds one article in memory at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import quote

from annotator.claims.model import Claim
from annotator.exchange.document import ExportArticle, ExportLink
from annotator.model import ArticleMeta

#: (start, end) of a sentence
Span = tuple[int, int]
#: The prefix of the IRI of an article with no URL: its id follows.
ARTICLE_URN = "urn:annotator:article:"


@dataclass(frozen=True)
class WorkArticle:
    """An article with the reviewer's work on it. ``stamps`` gives, per sentence
    holding work, when that work was first and last changed (ISO 8601, UTC)."""

    article: ExportArticle
    meta: ArticleMeta = ArticleMeta()
    stamps: Mapping[Span, tuple[str, str]] = field(default_factory=dict)

    @property
    def iri(self) -> str:
        return article_iri(self.article.id, self.meta.url)


#: Code points of context kept on each side of a quoted sentence.
CONTEXT_CHARS = 32


@dataclass(frozen=True)
class Place:
    """A sentence as a format that quotes it needs it: its article's IRI, offsets,
    text, and up to ``CONTEXT_CHARS`` code points of text on either side."""

    iri: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""

    @classmethod
    def of(cls, iri: str, text: str, start: int, end: int) -> Place:
        return cls(iri, start, end, text[start:end], text[max(0, start - CONTEXT_CHARS):start],
                   text[end:end + CONTEXT_CHARS])


@dataclass(frozen=True)
class WorkLink:
    """A link with its two ends quoted (from, to): they may lie in articles streamed long before."""

    link: ExportLink
    places: tuple[Place, Place]
    created: str = ""
    modified: str = ""


@dataclass(frozen=True)
class WorkClaim:
    """A claim with each appearance quoted, in the order of its appearances."""

    claim: Claim
    places: tuple[Place, ...] = ()
    created: str = ""
    modified: str = ""


@dataclass(frozen=True)
class Work:
    """One reviewer's whole work, streamed."""

    reviewer: str
    exported_at: str
    articles: Iterable[WorkArticle]
    links: Iterable[WorkLink] = ()
    claims: Iterable[WorkClaim] = ()


def article_iri(article_id: str, url: str = "") -> str:
    """The article's IRI: its URL when known (with the characters an IRI cannot hold, such as
    spaces and ``<``, percent-encoded), else a URN from its id (which the import reads back)."""
    return quote(url, safe=_IRI_SAFE) if url else ARTICLE_URN + article_id


#: What an IRI may hold as is: the reserved characters, ``%`` and ``~``.
_IRI_SAFE = ":/?#[]@!$&'()*+,;=%~"


def reviewer_part(reviewer: str) -> str:
    """The reviewer's name as it can stand inside an IRI."""
    return quote(reviewer, safe="")
