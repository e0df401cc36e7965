"""The rules an exchange document keeps beyond its JSON shape.

They run on the dataclasses, so the writer checks the store's data with the
very rules the reader applies to a file: the writer does not produce a file
the reader would refuse (bar the one check ``write_export`` names). Each check raises ``DocumentError`` naming the place.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Container, Mapping

from annotator.exchange.document import ExportArticle, ExportLink
from annotator.exchange.errors import DocumentError
from annotator.model import LABELS, RELATIONS, STATUSES, SentenceRef, article_id

# Same shape as "exported_at" in resources/annotations.schema.json: the
# writer checks its header with this rather than run the schema.
TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})"
)


def check_text(value: str, where: str) -> None:
    """Refuse a lone surrogate (``"\\ud800"`` is valid JSON but not Unicode):
    it could be neither hashed into an id nor written back as UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        code = ord(value[error.start])
        raise DocumentError(
            where, f"character {error.start} is a lone surrogate (U+{code:04X}), not Unicode text"
        ) from None


def read_date(value: str | None, where: str) -> _dt.date | None:
    """A YYYY-MM-DD the schema let through (or null), refused if not on the calendar."""
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise DocumentError(where, f"{value!r} is not a calendar date") from None


def check_header(reviewer: str | None, exported_at: str) -> None:
    """Check the file's reviewer and timestamp; the pattern alone would let
    through a 13th month."""
    if reviewer is not None:
        if not reviewer:
            raise DocumentError("reviewer", "is empty; use null for a file with no reviewer")
        check_text(reviewer, "reviewer")
    if not TIMESTAMP.fullmatch(exported_at):
        raise DocumentError("exported_at", f"{exported_at!r} is not a timestamp like 2026-11-23T10:00:00Z")
    try:
        _dt.datetime.fromisoformat(exported_at)
    except ValueError:
        raise DocumentError("exported_at", f"{exported_at!r} is not a real moment") from None


def check_article(
    article: ExportArticle, where: str, reviewed: bool, labels: Container[str] = LABELS,
    check_sentences: bool = True,
) -> None:
    """Check one article on its own: id against text, then (unless
    ``check_sentences`` is False) sentence offsets within the text and in
    order, labels known. ``reviewed`` is False for a file with no reviewer,
    which may carry no work at all."""
    for key in ("source", "title", "text"):
        check_text(getattr(article, key), f"{where}.{key}")
    if article.status not in STATUSES:
        raise DocumentError(f"{where}.status", f"{article.status!r} is not one of {list(STATUSES)}")
    if not reviewed and article.status != "todo":
        raise DocumentError(f"{where}.status", f"is {article.status!r} in a file with no reviewer")
    actual = article_id(article.text)
    if article.id != actual:
        raise DocumentError(f"{where}.id", f"{article.id} does not match the text, whose id is {actual}")
    if check_sentences:
        _check_sentences(article, where, reviewed, labels)


def _check_sentences(article: ExportArticle, where: str, reviewed: bool, labels: Container[str]) -> None:
    """The per-sentence rules, the bulk of the work on a large file."""
    length = len(article.text)
    previous_end = 0
    for n, sentence in enumerate(article.sentences):
        here = f"{where}.sentences[{n}]"
        if sentence.start < 0:
            raise DocumentError(f"{here}.start", f"{sentence.start} is negative")
        if sentence.end > length:
            raise DocumentError(
                f"{here}.end", f"{sentence.end} is past the end of the text ({length} characters)"
            )
        if sentence.start >= sentence.end:
            raise DocumentError(here, f"start {sentence.start} is not before end {sentence.end}")
        if sentence.start < previous_end:
            raise DocumentError(
                f"{here}.start",
                f"{sentence.start} is before the end of the previous sentence ({previous_end}):"
                " sentences must be in order and must not overlap",
            )
        previous_end = sentence.end
        for label in sentence.labels:
            if label not in labels:
                raise DocumentError(f"{here}.labels", f"{label!r} is not one of the file's labels")
        if len(set(sentence.labels)) != len(sentence.labels):
            raise DocumentError(f"{here}.labels", "has a label twice")
        check_text(sentence.note, f"{here}.note")
        if not reviewed and (sentence.labels or sentence.note):
            raise DocumentError(here, "has labels or a note in a file with no reviewer")


def check_link(link: ExportLink, where: str) -> None:
    """Check what a link must be on its own: a known relation between two
    different sentences."""
    if link.relation not in RELATIONS:
        raise DocumentError(f"{where}.relation", f"{link.relation!r} is not one of {list(RELATIONS)}")
    check_text(link.note, f"{where}.note")
    if link.source == link.target:
        raise DocumentError(where, "links a sentence to itself")


def check_link_ends(
    link: ExportLink, where: str, sentences: Mapping[str, Container[tuple[int, int]]]
) -> None:
    """Check that both ends of a link are sentences listed in the document
    (``sentences`` maps an article id to its (start, end) pairs)."""
    for key, end in (("from", link.source), ("to", link.target)):
        spans = sentences.get(end.article_id)
        if spans is None:
            raise DocumentError(f"{where}.{key}.article", f"{end.article_id} is not an article of this file")
        if (end.start, end.end) not in spans:
            raise DocumentError(
                f"{where}.{key}",
                f"{end.start}-{end.end} is not one of the sentences listed for article {end.article_id}",
            )


def link_key(link: ExportLink) -> tuple[SentenceRef, SentenceRef]:
    """What makes two links the same link: a pair is linked once per direction."""
    return (link.source, link.target)
