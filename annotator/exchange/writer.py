"""Writing an exchange file, streamed: one article in memory at a time.

The layout is fixed so that two exports of the same work are identical bytes
and a diff between two exports reads as the work that changed: the header
keys one per line, each article's header, text and each of its sentences on
a line of their own, one link per line, one claim per line.
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from annotator.claims.model import Claim
from annotator.exchange.claims import ClaimSet, check_fields, claim_json, fields_json
from annotator.exchange.document import (
    FORMAT,
    VERSION,
    ExportArticle,
    ExportLink,
    ExportSentence,
)
from annotator.exchange.errors import DocumentError
from annotator.exchange.rules import check_article, check_header, check_link, link_key
from annotator.model import LABELS, SentenceRef


def write_export(
    out: TextIO,
    reviewer: str | None,
    exported_at: str,
    articles: Iterable[ExportArticle],
    links: Iterable[ExportLink],
    labels: Sequence[str] = LABELS,
    *,
    claims: Iterable[Claim] = (),
    check_sentences: bool = True,
) -> None:
    """Write one reviewer's work (none when ``reviewer`` is None) to ``out``.

    ``articles``, ``links`` and ``claims`` are consumed lazily, once each, in
    that order. ``labels`` is the vocabulary the file declares; every sentence's
    labels must be among them. Each piece is checked with the reader's rules before it is
    written, and ``DocumentError`` (a ValueError) stops the export at the
    first bad one; what was written so far is then not a valid file. The one
    rule not checked here is that a link's ends and a claim's appearances
    are listed sentences: that would mean holding every sentence of the
    export in memory.

    ``check_sentences=False`` skips the per-sentence rules (offsets in order,
    labels known, notes and fields writable) for data whose source already guarantees
    them, the database's constraints and segmenter, as they cost a large
    share of a big export's time. Everything else is still checked.
    """
    check_header(reviewer, exported_at)
    for n, label in enumerate(labels):
        if label not in LABELS or label in labels[:n]:
            raise DocumentError(f"labels[{n}]", f"{label!r} is unknown or repeated")
    out.write("{\n")
    for key, value in (
        ("format", FORMAT),
        ("version", VERSION),
        ("reviewer", reviewer),
        ("exported_at", exported_at),
        ("labels", [label for label in LABELS if label in labels]),
    ):
        out.write(f" {_dump(key)}: {_dump(value)},\n")
    reviewed = reviewer is not None
    ids = _write_articles(out, articles, reviewed, labels, check_sentences)
    _write_links(out, links, ids, reviewed)
    _write_claims(out, claims, ids, reviewed)


def _write_articles(
    out: TextIO, articles: Iterable[ExportArticle], reviewed: bool, labels: Sequence[str],
    check_sentences: bool,
) -> set[str]:
    """The ``articles`` array, each checked before it is written; the ids written."""
    out.write(' "articles": [')
    ids: set[str] = set()
    for n, article in enumerate(articles):
        where = f"articles[{n}]"
        check_article(article, where, reviewed, labels, check_sentences)
        if check_sentences:
            for m, sentence in enumerate(article.sentences):
                check_fields(sentence.fields, f"{where}.sentences[{m}]", reviewed)
        if article.id in ids:
            raise DocumentError(f"{where}.id", f"{article.id} was already written")
        ids.add(article.id)
        out.write(",\n  " if n else "\n  ")
        out.write(_article(article))
    out.write("\n ],\n" if ids else "],\n")
    return ids


def _write_links(out: TextIO, links: Iterable[ExportLink], ids: set[str], reviewed: bool) -> None:
    """The ``links`` array; each link's ends among ``ids``."""
    out.write(' "links": [')
    keys: set[tuple[SentenceRef, SentenceRef]] = set()
    for n, link in enumerate(links):
        where = f"links[{n}]"
        if not reviewed:
            raise DocumentError("links", "a file with no reviewer has no links")
        check_link(link, where)
        for key, end in (("from", link.source), ("to", link.target)):
            if end.article_id not in ids:
                raise DocumentError(f"{where}.{key}.article", f"{end.article_id} is not an article of this file")
        if link_key(link) in keys:
            raise DocumentError(where, "links the same two sentences as an earlier link")
        keys.add(link_key(link))
        out.write(",\n  " if n else "\n  ")
        out.write(_dump(_link(link)))
    out.write("\n ],\n" if keys else "],\n")


def _write_claims(out: TextIO, claims: Iterable[Claim], ids: set[str], reviewed: bool) -> None:
    """The ``claims`` array and the end of the document; each appearance in an article of ``ids``."""
    out.write(' "claims": [')
    checked = ClaimSet()
    for n, claim in enumerate(claims):
        if not reviewed:
            raise DocumentError("claims", "a file with no reviewer has no claims")
        checked.add(claim, n, ids)
        out.write(",\n  " if n else "\n  ")
        out.write(_dump(claim_json(claim)))
    out.write("\n ]\n}\n" if checked.ids else "]\n}\n")


def timestamp(moment: _dt.datetime | None = None) -> str:
    """``moment`` (default: now) as an ``exported_at`` value: UTC, to the
    second, with a Z, the one spelling every reader of RFC 3339 accepts."""
    moment = (moment or _dt.datetime.now(_dt.timezone.utc)).astimezone(_dt.timezone.utc)
    # isoformat, not strftime: strftime drops the zero padding of years < 1000.
    return moment.replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _article(article: ExportArticle) -> str:
    head = {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "status": article.status,
    }
    lines = [_dump(head)[:-1] + ",", f'   "text": {_dump(article.text)},']
    if article.sentences:
        lines.append('   "sentences": [')
        lines.append(",\n".join(_sentence_line(s) for s in article.sentences))
        lines.append("   ]}")
    else:
        lines.append('   "sentences": []}')
    return "\n".join(lines)


def _sentence_line(sentence: ExportSentence) -> str:
    """One sentence as ``json.dumps`` would write its object, without building it:
    an export may hold a million sentences, and this is its innermost loop."""
    note = _dump(sentence.note) if sentence.note else '""'
    return (
        f'    {{"start": {sentence.start}, "end": {sentence.end}, '
        f'"labels": {_labels_json(sentence.labels)}, "note": {note}, "fields": {fields_json(sentence.fields)}}}'
    )


@functools.lru_cache(maxsize=64)
def _labels_json(labels: tuple[str, ...]) -> str:
    return _dump([label for label in LABELS if label in labels])


def _ref(ref: SentenceRef) -> dict[str, Any]:
    return {"article": ref.article_id, "start": ref.start, "end": ref.end}


def _link(link: ExportLink) -> dict[str, Any]:
    return {"from": _ref(link.source), "to": _ref(link.target), "relation": link.relation, "note": link.note}
