"""Claims and fact-check fields in the exchange file (version 2): their JSON and their rules.

Like :mod:`rules`, the checks run on plain data, so the writer holds the
store's claims to the rules the reader holds a file to; each raises
``DocumentError`` naming the place, e.g. ``claims[2].appearances[0]``.
Order that carries no meaning is made canonical on reading (a sentence's
fields as ``LABELS`` then ``FIELDS``, a claim's appearances by article and
offsets), so that a re-export is identical; sources keep their order.
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
from collections.abc import Container, Mapping
from dataclasses import replace
from typing import Any

from annotator.claims.model import FIELDS, VERDICTS, Appearance, Claim, Source
from annotator.exchange.document import Field
from annotator.exchange.errors import DocumentError
from annotator.exchange.rules import check_text, read_date
from annotator.model import LABELS

#: Labels with fields, in the canonical order.
_FIELD_LABELS = tuple(label for label in LABELS if label in FIELDS)


# -- fields ------------------------------------------------------------------

def read_fields(item: Mapping[str, Any]) -> tuple[Field, ...]:
    """A sentence's ``fields`` object (schema-checked) as canonical triples; keys a
    later release may add are ignored, like any key this release does not know."""
    return tuple(
        (label, field, item[label][field])
        for label in _FIELD_LABELS if label in item
        for field in FIELDS[label] if field in item[label]
    )


@functools.lru_cache(maxsize=256)
def fields_json(fields: tuple[Field, ...]) -> str:
    """The ``fields`` object as the writer puts it on a sentence's line."""
    grouped: dict[str, dict[str, str]] = {}
    for label, field, value in fields:
        grouped.setdefault(label, {})[field] = value
    return json.dumps(grouped, ensure_ascii=False)


def check_fields(fields: tuple[Field, ...], where: str, reviewed: bool) -> None:
    """Known (label, field) pairs in the canonical order, each once, each with a value."""
    if fields and not reviewed:
        raise DocumentError(f"{where}.fields", "a file with no reviewer has no fields")
    order = [(label, field) for label in _FIELD_LABELS for field in FIELDS[label]]
    keys = [(label, field) for label, field, _ in fields]
    for (label, field, value), key in zip(fields, keys):
        if key not in order:
            raise DocumentError(f"{where}.fields", f"{label!r} has no field {field!r}")
        if not isinstance(value, str) or not value:
            raise DocumentError(f"{where}.fields.{label}.{field}", "must be text, not empty")
        check_text(value, f"{where}.fields.{label}.{field}")
    if keys != sorted(set(keys), key=order.index):
        raise DocumentError(f"{where}.fields", "repeated or out of the canonical order")


# -- claims ------------------------------------------------------------------

def read_claim(item: Mapping[str, Any], where: str) -> Claim:
    """A claim from its (schema-checked) JSON object, appearances in the file's order
    (so that a refusal names the right one; :meth:`ClaimSet.add` sorts them)."""
    return Claim(
        id=item["id"],
        statement=item["statement"],
        verdict=item["verdict"],
        rationale=item["rationale"],
        checked_at=read_date(item["checked_at"], f"{where}.checked_at"),
        sources=tuple(
            Source(s["url"], s["title"], read_date(s["accessed"], f"{where}.sources[{n}].accessed"))
            for n, s in enumerate(item["sources"])
        ),
        appearances=tuple(Appearance(a["article"], a["start"], a["end"]) for a in item["appearances"]),
    )


def claim_json(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "statement": claim.statement,
        "verdict": claim.verdict,
        "rationale": claim.rationale,
        "checked_at": _iso(claim.checked_at),
        "sources": [{"url": s.url, "title": s.title, "accessed": _iso(s.accessed)} for s in claim.sources],
        "appearances": [
            {"article": a.article_id, "start": a.start, "end": a.end} for a in sorted(claim.appearances)
        ],
    }


def check_claim(claim: Claim, where: str) -> None:
    """What a claim must be on its own: a statement, a known verdict, texts and
    dates that can be written, sources with a URL or citation, appearances
    with start before end (:class:`ClaimSet` checks the rest of them)."""
    if not isinstance(claim.id, int) or isinstance(claim.id, bool) or claim.id < 1:
        raise DocumentError(f"{where}.id", f"{claim.id!r} is not a positive integer")
    if not claim.statement.strip():
        raise DocumentError(f"{where}.statement", "is empty: a claim says what is claimed")
    if claim.verdict is not None and claim.verdict not in VERDICTS:
        raise DocumentError(f"{where}.verdict", f"{claim.verdict!r} is not one of {list(VERDICTS)}")
    for key in ("statement", "rationale"):
        check_text(getattr(claim, key), f"{where}.{key}")
    _check_date(claim.checked_at, f"{where}.checked_at")
    for n, source in enumerate(claim.sources):
        here = f"{where}.sources[{n}]"
        if not source.url.strip():
            raise DocumentError(f"{here}.url", "is empty: a source is a URL or a citation")
        check_text(source.url, f"{here}.url")
        check_text(source.title, f"{here}.title")
        _check_date(source.accessed, f"{here}.accessed")
    for n, appearance in enumerate(claim.appearances):
        if appearance.start >= appearance.end:
            raise DocumentError(f"{where}.appearances[{n}]", f"start {appearance.start} is not before end {appearance.end}")


class ClaimSet:
    """The claims of one document as they are checked in turn: ids unique, and a
    sentence in at most one claim, which is the store's rule for a reviewer."""

    def __init__(self) -> None:
        self.ids: dict[int, int] = {}
        self.held: dict[Appearance, int] = {}

    def add(self, claim: Claim, n: int, articles: Container[str],
            sentences: Mapping[str, Container[tuple[int, int]]] | None = None) -> Claim:
        """Check claim ``n`` against those before it; each appearance's article must
        be in ``articles`` and, when ``sentences`` is given, a listed sentence of it.
        Returns the claim with its appearances in the canonical order."""
        where = f"claims[{n}]"
        check_claim(claim, where)
        if claim.id in self.ids:
            raise DocumentError(f"{where}.id", f"{claim.id} is already the id of claims[{self.ids[claim.id]}]")
        self.ids[claim.id] = n
        for m, appearance in enumerate(claim.appearances):
            here = f"{where}.appearances[{m}]"
            _check_appearance(appearance, here, articles, sentences)
            if appearance in self.held:
                other = self.held[appearance]
                raise DocumentError(here, "this sentence is listed twice in the claim" if other == n else
                                    f"this sentence already states claims[{other}]; a sentence belongs "
                                    "to at most one claim")
            self.held[appearance] = n
        return replace(claim, appearances=tuple(sorted(claim.appearances)))


def _check_appearance(
    appearance: Appearance, where: str, articles: Container[str],
    sentences: Mapping[str, Container[tuple[int, int]]] | None,
) -> None:
    if appearance.article_id not in articles:
        raise DocumentError(f"{where}.article", f"{appearance.article_id} is not an article of this file")
    if sentences is not None and (appearance.start, appearance.end) not in sentences[appearance.article_id]:
        raise DocumentError(
            where, f"{appearance.start}-{appearance.end} is not one of the sentences listed for "
            f"article {appearance.article_id}",
        )


def _check_date(value: object, where: str) -> None:
    if value is not None and (not isinstance(value, _dt.date) or isinstance(value, _dt.datetime)):
        raise DocumentError(where, f"{value!r} is not a date")


def _iso(day: _dt.date | None) -> str | None:
    return day.isoformat() if day else None
