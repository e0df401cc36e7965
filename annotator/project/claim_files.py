"""A reviewer's claims and fact-check fields in bulk, for ``project.exchange``: read for an
export or a comparison, written by an import or a merge, and weighed before an
import replaces them.

Like labels, an import is the reviewer's word on the articles it carries:
their claims stating anything there (and their claims stating nothing, which
belong to no article) and their fields on those sentences are replaced. A
file's claim keeps its number when no claim in this file has any of the
file's numbers, so that moving work to a fresh file keeps "claim 7" claim 7;
otherwise the claims are numbered after the highest.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..claims.model import FIELDS, Claim
from ..model import LABELS
from ..store import claims as stored_claims
from ..store import fields as stored_fields
from .claims import claim_of

if TYPE_CHECKING:
    from ..store.database import Database

    from ..exchange import ExportDocument

#: Field triples in the exchange's canonical order: labels as LABELS, fields as FIELDS.
_ORDER = {
    (label, field): n
    for n, (label, field) in enumerate(
        (label, field) for label in LABELS if label in FIELDS for field in FIELDS[label]
    )
}

Span = tuple[int, int]
Field = tuple[str, str, str]
#: (article id, start, end) -> the sentence's id in this file; raises naming ``where`` if none.
SentenceId = Callable[[str, int, int, str], int]


def claims_of(db: Database, reviewer: int | None) -> Iterator[Claim]:
    """Every claim of the reviewer by id, as plain values (none for no reviewer)."""
    if reviewer is None:
        return iter(())
    return (claim_of(stored) for stored in stored_claims.iter_claims(db, reviewer))


def fields_of(db: Database, reviewer: int | None) -> dict[str, dict[Span, tuple[Field, ...]]]:
    """Article -> sentence offsets -> its fields in the canonical order."""
    found: dict[str, dict[Span, list[Field]]] = defaultdict(lambda: defaultdict(list))
    if reviewer is not None:
        for row in stored_fields.iter_fields(db, reviewer):
            found[row.article_id][row.start, row.end].append((row.label, row.field, row.value))
    return {
        article: {span: tuple(sorted(triples, key=lambda t: _ORDER[t[:2]])) for span, triples in spans.items()}
        for article, spans in found.items()
    }


def write(
    db: Database, reviewer: int, articles: Iterable[str], claims: Iterable[Claim],
    fields: Iterable[tuple[int, Field]] | None, sentence_id: SentenceId, now: str,
) -> None:
    """Replace the reviewer's claims and fields on ``articles`` with these.

    ``fields`` are (sentence id, triple), or None to leave the fields as they
    are (a merged layer has none to give); a claim's appearances are found with
    ``sentence_id``, which refuses one this file does not have, naming
    ``claims[n].appearances[m]`` (the claims are counted in the order given).
    """
    articles = list(articles)
    stored_claims.clear_claims(db, reviewer, articles)
    if fields is not None:
        stored_fields.clear_fields(db, reviewer, articles)
        stored_fields.write_fields(db, reviewer, ((sid, *triple) for sid, triple in fields), now)
    rows = [stored(claim, n, reviewer, sentence_id, now) for n, claim in enumerate(claims)]
    if stored_claims.ids_taken(db, (row.claim.id for row in rows)):
        rows = [row._replace(claim=row.claim._replace(id=None)) for row in rows]
    stored_claims.write_claims(db, rows)


def stored(claim: Claim, n: int, reviewer: int, sentence_id: SentenceId, now: str) -> stored_claims.StoredClaim:
    """Claim ``n`` of a batch as the store writes it, its number kept, its sentences found."""
    return stored_claims.StoredClaim(
        stored_claims.ClaimRow(
            claim.id, reviewer, claim.statement, claim.verdict, claim.rationale, claim.checked_at, now, now
        ),
        tuple(stored_claims.Source(s.url, s.title, s.accessed) for s in claim.sources),
        tuple(
            stored_claims.Appearance(
                sentence_id(a.article_id, a.start, a.end, f"claims[{n}].appearances[{m}]"),
                a.article_id, a.start, a.end, now,
            )
            for m, a in enumerate(claim.appearances)
        ),
    )


def document_fields(
    document: ExportDocument, sentence_id: SentenceId
) -> Iterator[tuple[int, Field]]:
    """The document's fields with their sentence ids in this file."""
    for n, item in enumerate(document.articles):
        for m, sentence in enumerate(item.sentences):
            if sentence.fields:
                sid = sentence_id(item.id, sentence.start, sentence.end, f"articles[{n}].sentences[{m}]")
                yield from ((sid, triple) for triple in sentence.fields)


def lacking(db: Database, reviewer: int, document: ExportDocument) -> dict[str, int]:
    """How many of the reviewer's claims and fields an import of ``document`` would
    remove that the document does not hold (a claim counted by its content, not its number)."""
    touched = {item.id for item in document.articles}
    theirs = Counter(_content(claim) for claim in document.claims)
    claims = 0
    for claim in claims_of(db, reviewer):
        if claim.appearances and not touched & {a.article_id for a in claim.appearances}:
            continue
        if theirs[_content(claim)]:
            theirs[_content(claim)] -= 1
        else:
            claims += 1
    held = {(item.id, s.start, s.end, *triple) for item in document.articles for s in item.sentences
            for triple in s.fields}
    fields = sum(
        1 for row in stored_fields.iter_fields(db, reviewer) if row.article_id in touched and row not in held
    )
    return {"claims": claims, "fields": fields}


def _content(claim: Claim) -> Claim:
    """A claim without its number: what two files must agree on for it to be the same."""
    return replace(claim, id=0)
