"""W3C Web Annotation out: one reviewer's work as a JSON-LD ``AnnotationCollection``.

Annotation servers and viewers read this. Every piece of work is one complete
annotation (its own ``@context``, an ``id``, ``creator``, ``created`` and ``modified``),
in the collection's ``first`` page, one per line, so that any line taken alone can be
posted to an annotation server as it is (the 50 bytes of ``@context`` cost about 3%
of the file):

- a sentence's tags: motivation ``tagging``, a ``TextualBody`` per label (each body
  applies to the target, so this says what one annotation per label would, in half the
  bytes: the target, quoting the sentence, is most of an annotation);
- a note: ``commenting``, its text as the body;
- fact-check fields: ``describing``, one body per field, ``"unit: %"``;
- an article's status: ``tagging``, the status word, targeting the whole article;
- a link: ``linking``, the relation (and the link's note) as bodies, the two
  sentences as the two targets, from first;
- a claim: ``assessing`` when it has a verdict, else ``identifying``, every
  appearance a target; its bodies carry their role in their ``id``
  (``…:statement``, ``:verdict``, ``:rationale``, ``:checked``, ``:source:N``);
  a source is a ``SpecificResource`` whose ``TimeState`` says when it was read.

A sentence is a ``SpecificResource`` on the article's IRI (its URL when known)
with a ``TextPositionSelector`` (code points, as the store's offsets) and a
``TextQuoteSelector``. :mod:`.w3c_reader` reads this back. Strings are built
by hand rather than by ``json.dumps`` of dicts: an export may hold a million
annotations, and this is its inner loop.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from itertools import combinations, islice
from typing import IO
from urllib.parse import quote

from annotator.claims.model import Claim
from annotator.exchange.background import PIECE, Background
from annotator.exchange.work import CONTEXT_CHARS, Place, Work, WorkArticle, WorkClaim, WorkLink, reviewer_part
from annotator.model import LABELS

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CITATION_URN = "urn:annotator:citation:"
_s = json.encoder.encode_basestring  # type: ignore[attr-defined]


def write_w3c(out: IO[bytes], work: Work) -> int:
    """Write ``work`` to ``out`` as UTF-8; the number of annotations written.

    Bytes, written on a second thread (:mod:`.background`): a gigabyte of text through
    a text stream cost about twice its encoding and writing apart."""
    base = f"urn:annotator:{reviewer_part(work.reviewer)}"
    creator = f'{{"type": "Person", "name": {_s(work.reviewer)}}}'
    head = f'"@context": {_s(CONTEXT)}, "type": "Annotation", "creator": {creator}'
    opening = (
        f'{{"@context": {_s(CONTEXT)},\n "id": {_s(base + ":collection")},\n'
        f' "type": "AnnotationCollection",\n "label": {_s("Work of " + work.reviewer)},\n'
        f' "creator": {creator},\n "generated": {_s(work.exported_at)},\n'
        f' "generator": {{"type": "Software", "name": "annotator"}},\n'
        f' "first": {{"id": {_s(base + ":page:1")}, "type": "AnnotationPage",'
        f' "partOf": {_s(base + ":collection")}, "startIndex": 0, "items": ['
    )
    count, chunks, size = 0, [opening.encode("utf-8")], 0
    pieces = iter(_annotations(work, base, head))
    with Background() as writer:
        while batch := list(islice(pieces, _BATCH)):
            chunk = ((",\n  " if count else "\n  ") + ",\n  ".join(batch)).encode("utf-8")
            count += len(batch)
            chunks.append(chunk)
            size += len(chunk)
            if size >= PIECE:
                writer.call(out.writelines, chunks)
                chunks, size = [], 0
        chunks.append(f'\n ]}},\n "last": {_s(base + ":page:1")},\n "total": {count}\n}}\n'.encode("utf-8"))
        writer.call(out.writelines, chunks)
    return count


#: Annotations joined and encoded at a time, some 45 kB: small enough for malloc to reuse
#: the same memory for each (joining a thousand at a time, every buffer was fresh pages from
#: the kernel: 180,000 page faults, a fifth of the CPU of 1.2M labels). The encoded chunks go
#: to the writer thread a megabyte at a time (a hand-over per chunk would cost more than it saves).
_BATCH = 50


def _annotations(work: Work, base: str, head: str) -> Iterable[str]:
    for item in work.articles:
        yield from _article_annotations(item, base, head, work.exported_at)
    for link in work.links:
        yield _link_annotation(link, base, head)
    for claim in work.claims:
        yield _claim_annotation(claim, base, head)


def _target(place: Place) -> str:
    """A sentence as a SpecificResource with both its selectors, as JSON."""
    return (
        f'{{"type": "SpecificResource", "source": {_s(place.iri)}, "selector": ['
        f'{{"type": "TextPositionSelector", "start": {place.start}, "end": {place.end}}}, '
        f'{{"type": "TextQuoteSelector", "exact": {_s(place.exact)}, '
        f'"prefix": {_s(place.prefix)}, "suffix": {_s(place.suffix)}}}]}}'
    )


def _times(created: str, modified: str) -> str:
    return f'"created": {_s(created)}, "modified": {_s(modified or created)}'


def _body(value: str, purpose: str, extra: str = "") -> str:
    return f'{{"type": "TextualBody", "purpose": "{purpose}", "format": "text/plain", "value": {_s(value)}{extra}}}'


def _tag_bodies(labels: tuple[str, ...]) -> str:
    bodies = [_body(label, "tagging") for label in labels]
    return bodies[0] if len(bodies) == 1 else f'[{", ".join(bodies)}]'


#: The bodies of each set of tags (in the order of LABELS), written as is for each of a million.
_TAGS = {labels: _tag_bodies(labels) for n in range(1, len(LABELS) + 1) for labels in combinations(LABELS, n)}


def _article_annotations(item: WorkArticle, base: str, head: str, exported_at: str) -> Iterable[str]:
    """The article's status, then each sentence's tags, note and fields. Ids are written
    unescaped: they are ASCII without quotes or backslashes (hex ids, a percent-encoded name)."""
    article, iri = item.article, item.iri
    where = f"{base}:{article.id}"
    yield (
        f'{{"id": "{where}:status", {head}, "motivation": "tagging", {_times(exported_at, "")}, '
        f'"body": {_body(article.status, "tagging")}, "target": {_s(iri)}}}'
    )
    text, stamps, default = article.text, item.stamps, (exported_at, exported_at)
    opening = f'{{"type": "SpecificResource", "source": {_s(iri)}, "selector": [{{"type": "TextPositionSelector", '
    for sentence in article.sentences:
        if not (sentence.labels or sentence.note or sentence.fields):
            continue
        start, end = sentence.start, sentence.end
        target = (
            f'{opening}"start": {start}, "end": {end}}}, {{"type": "TextQuoteSelector", '
            f'"exact": {_s(text[start:end])}, "prefix": {_s(text[max(0, start - CONTEXT_CHARS):start])}, '
            f'"suffix": {_s(text[end:end + CONTEXT_CHARS])}}}]}}'
        )
        times = _times(*stamps.get((start, end), default))
        at = f'{{"id": "{where}:{start}-{end}:'
        if sentence.labels:
            bodies = _TAGS.get(sentence.labels) or _tag_bodies(sentence.labels)
            yield f'{at}tags", {head}, "motivation": "tagging", {times}, "body": {bodies}, "target": {target}}}'
        if sentence.note:
            yield (
                f'{at}note", {head}, "motivation": "commenting", {times}, '
                f'"body": {_body(sentence.note, "commenting")}, "target": {target}}}'
            )
        if sentence.fields:
            bodies = ", ".join(_body(f"{field}: {value}", "describing") for _, field, value in sentence.fields)
            yield (
                f'{at}fields", {head}, "motivation": "describing", {times}, '
                f'"body": [{bodies}], "target": {target}}}'
            )


def _link_annotation(item: WorkLink, base: str, head: str) -> str:
    link = item.link
    ends = "/".join(f"{end.article_id}:{end.start}-{end.end}" for end in (link.source, link.target))
    bodies = [_body(link.relation, "tagging")]
    if link.note:
        bodies.append(_body(link.note, "commenting"))
    targets = ", ".join(_target(place) for place in item.places)
    return (
        f'{{"id": {_s(f"{base}:link:{ends}")}, {head}, "motivation": "linking", '
        f'{_times(item.created, item.modified)}, "body": [{", ".join(bodies)}], "target": [{targets}]}}'
    )


def _claim_annotation(item: WorkClaim, base: str, head: str) -> str:
    claim = item.claim
    iri = f"{base}:claim:{claim.id}"
    motivation = "assessing" if claim.verdict else "identifying"
    # An annotation MUST have a target: a claim no sentence states yet targets the collection.
    targets = ", ".join(_target(place) for place in item.places) or _s(f"{base}:collection")
    return (
        f'{{"id": {_s(iri)}, {head}, "motivation": "{motivation}", {_times(item.created, item.modified)}, '
        f'"body": [{", ".join(_claim_bodies(claim, iri))}], "target": [{targets}]}}'
    )


def _claim_bodies(claim: Claim, iri: str) -> list[str]:
    def tagged(value: str, purpose: str, role: str) -> str:
        return _body(value, purpose, f', "id": {_s(f"{iri}:{role}")}')

    bodies = [tagged(claim.statement, "describing", "statement")]
    if claim.verdict:
        bodies.append(tagged(claim.verdict, "assessing", "verdict"))
    if claim.rationale:
        bodies.append(tagged(claim.rationale, "commenting", "rationale"))
    if claim.checked_at:
        bodies.append(tagged(claim.checked_at.isoformat(), "describing", "checked"))
    for n, source in enumerate(claim.sources, 1):
        label = f', "label": {_s(source.title)}' if source.title else ""
        state = (
            f', "state": {{"type": "TimeState", "sourceDate": {_s(source.accessed.isoformat() + "T00:00:00Z")}}}'
            if source.accessed else ""
        )
        bodies.append(
            f'{{"id": {_s(f"{iri}:source:{n}")}, "type": "SpecificResource", "purpose": "linking", '
            f'"source": {_s(source_iri(source.url))}{label}{state}}}'
        )
    return bodies


def source_iri(url: str) -> str:
    """A source's URL as is when it is an absolute IRI, else (a citation, or a URL holding
    characters no IRI may) kept whole, percent-encoded, in a URN the reader decodes."""
    if _IRI.match(url) and not url.startswith(CITATION_URN):
        return url
    return CITATION_URN + quote(url, safe="")


#: An absolute IRI: a scheme, then no white space, control character or ``<>"{}|\^` ``.
_IRI = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*:[^\s\x00-\x1f\x7f<>"{}|\\^`]+\Z')
