"""The plain data of a fact-check: claims, their verdicts, sources and appearances.

A claim is one reviewer's statement of what is asserted, gathered from every
sentence (in any article) that asserts it. Appearances name sentences the way
every other layer does, by article id and code-point offsets, so claims can be
matched across two reviewers' files without sharing database ids.

Values are checked by :func:`problems` rather than in ``__post_init__``: an
import must be able to build a claim from a file and then say everything that
is wrong with it, not stop at the first bad field.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

#: Every verdict, the five-point scale from worst to best first, then the one
#: that is not on the scale. The words are what files hold; display names are
#: translated by the faces.
VERDICTS: tuple[str, ...] = ("false", "misleading", "mixed", "mostly-true", "true", "unverifiable")

#: The ordinal scale, worst to best: ``unverifiable`` says nothing about how
#: true a claim is, so it has no place on it.
SCALE: tuple[str, ...] = VERDICTS[:5]

#: The fact-check fields a tagged sentence may carry, per label.
FIELDS: dict[str, tuple[str, ...]] = {
    "statistic": ("value", "unit", "period", "source"),
    "quote": ("speaker",),
}


@dataclass(frozen=True)
class Source:
    """Evidence for a verdict: a URL or a citation, its title, when it was consulted."""

    url: str
    title: str = ""
    accessed: _dt.date | None = None


@dataclass(frozen=True, order=True)
class Appearance:
    """A sentence stating a claim: article id and code-point offsets.

    Ordered by article, then offsets, the order lists and reports use.
    """

    article_id: str
    start: int
    end: int

    @property
    def key(self) -> tuple[str, int, int]:
        """The unit key of ``annotator.review`` (``UnitKey``) for this sentence."""
        return (self.article_id, self.start, self.end)


@dataclass(frozen=True)
class Claim:
    """One reviewer's claim. ``verdict`` is one of :data:`VERDICTS` or ``None`` (not yet judged)."""

    id: int
    statement: str
    verdict: str | None = None
    rationale: str = ""
    checked_at: _dt.date | None = None
    sources: tuple[Source, ...] = ()
    appearances: tuple[Appearance, ...] = ()


def problems(claim: Claim) -> tuple[str, ...]:
    """Everything wrong with a claim, each named so that a reviewer can fix it.

    Empty when the claim is sound. A claim with no appearance is allowed: it
    may be written before any sentence is attached, and simply matches nothing.
    """
    found: list[str] = []
    if not _is_int(claim.id):
        found.append(f"claim id must be an integer, not {claim.id!r}")
    if not isinstance(claim.statement, str) or not claim.statement.strip():
        found.append(f"claim {claim.id}: empty statement")
    if claim.verdict is not None and claim.verdict not in VERDICTS:
        found.append(f"claim {claim.id}: unknown verdict {claim.verdict!r}; expected one of {', '.join(VERDICTS)}")
    if not isinstance(claim.rationale, str):
        found.append(f"claim {claim.id}: rationale must be text")
    found += _date_problems(f"claim {claim.id}: checked_at", claim.checked_at)
    for n, source in enumerate(claim.sources, 1):
        found += _source_problems(f"claim {claim.id}, source {n}", source)
    seen: set[Appearance] = set()
    for appearance in claim.appearances:
        found += _appearance_problems(f"claim {claim.id}", appearance)
        if appearance in seen:
            found.append(f"claim {claim.id}: appearance {_where(appearance)} listed twice")
        seen.add(appearance)
    return tuple(found)


def check(claim: Claim) -> Claim:
    """The claim itself if sound; otherwise ``ValueError`` listing every problem."""
    found = problems(claim)
    if found:
        raise ValueError("; ".join(found))
    return claim


def _source_problems(where: str, source: Source) -> list[str]:
    if not isinstance(source, Source):
        return [f"{where}: not a source: {source!r}"]
    found = []
    if not isinstance(source.url, str) or not source.url.strip():
        found.append(f"{where}: empty URL or citation")
    if not isinstance(source.title, str):
        found.append(f"{where}: title must be text")
    return found + _date_problems(f"{where}: accessed", source.accessed)


def _appearance_problems(where: str, appearance: Appearance) -> list[str]:
    if not isinstance(appearance, Appearance):
        return [f"{where}: not an appearance: {appearance!r}"]
    if not isinstance(appearance.article_id, str) or not appearance.article_id:
        return [f"{where}: appearance without an article id"]
    if not (_is_int(appearance.start) and _is_int(appearance.end)):
        return [f"{where}: appearance {_where(appearance)} offsets must be integers"]
    if not 0 <= appearance.start < appearance.end:
        return [f"{where}: appearance {_where(appearance)} needs 0 <= start < end"]
    return []


def _date_problems(where: str, value: object) -> list[str]:
    """A calendar date or nothing; a datetime would carry a time files cannot hold."""
    if value is None or (isinstance(value, _dt.date) and not isinstance(value, _dt.datetime)):
        return []
    return [f"{where} must be a date (YYYY-MM-DD) or empty, not {value!r}"]


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _where(appearance: Appearance) -> str:
    return f"{appearance.article_id}[{appearance.start}:{appearance.end}]"
