"""A reviewer's claims, reached as ``project.claims``: what the Claims view and the
panel read, and the edits, one transaction each.

Every edit returns its :class:`Changes`; ``claims`` names the claims it touched
(a create, the new one). Undo restores *states* rather than replaying an
inverse: an edit records each claim it touches as it was (statement, verdict,
sources, appearances, ids and timestamps; or absent), and its undo writes those
states back, recording the states it replaced as its own undo. One rule then
makes every undo exact: a create undone and redone comes back with the same id,
a deleted claim with its id, sources and appearances, a sentence moved out of
another claim goes back into it. The Claims view's figures follow through the
schema's triggers.

Store rows become :mod:`annotator.claims.model` values here; the only store
rows a face sees are the Claims view's ``ClaimSummary`` and ``TimelineEntry``.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Final

from ..claims.model import VERDICTS, Appearance, Claim, Source
from ..errors import ProjectError, shorten
from ..translatable import QT_TRANSLATE_NOOP
from ..store import annotations, claim_summaries, claims, transaction
from ..store.claim_summaries import ClaimSummary, TimelineEntry
from .changes import Changes, no_change
from .clock import now
from .store_errors import translating_errors
from .text import savable

if TYPE_CHECKING:
    from ..store.database import Database

    from .facade import Project


class _Unset:
    """The value of an argument not given (None already means "no verdict", "no date")."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()

#: Claim id -> the claim as stored, or None: absent.
States = dict[int, "claims.StoredClaim | None"]

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@translating_errors
class Claims:
    """The claims of every reviewer of ``project``."""

    def __init__(self, project: Project):
        self.project = project

    @property
    def db(self) -> Database:
        return self.project.db

    # -- reads ---------------------------------------------------------------

    def list(self, reviewer: str) -> list[ClaimSummary]:
        """Every claim of the reviewer with its figures, most recently changed first."""
        rid = self.project.existing_reviewer_id(reviewer)
        return [] if rid is None else claim_summaries.claim_summaries(self.db, rid)

    def get(self, reviewer: str, claim_id: int) -> Claim:
        return claim_of(self._stored(reviewer, claim_id))

    def of_sentence(self, reviewer: str, sentence_id: int) -> int | None:
        """The reviewer's claim the sentence states, if any."""
        rid = self.project.existing_reviewer_id(reviewer)
        return None if rid is None else claims.claim_of_sentence(self.db, rid, sentence_id)

    def of_article(self, reviewer: str, article_id: str) -> dict[int, int]:
        """Sentence id -> claim id, for the article's sentences stating a claim of the reviewer."""
        rid = self.project.existing_reviewer_id(reviewer)
        return {} if rid is None else claims.claims_of_article(self.db, rid, article_id)

    def timeline(self, reviewer: str, claim_id: int) -> list[TimelineEntry]:
        """The claim's appearances by article date (undated last)."""
        self._stored(reviewer, claim_id)
        return claim_summaries.timeline(self.db, claim_id)

    def _stored(self, reviewer: str, claim_id: int) -> claims.StoredClaim:
        rid = self.project.existing_reviewer_id(reviewer)
        stored = claims.get_claim(self.db, claim_id)
        if stored is None or rid is None or stored.claim.reviewer_id != rid:
            raise ProjectError(f"no claim {claim_id} of {reviewer} in {self.project.path}")
        return stored

    # -- edits ---------------------------------------------------------------

    def create(self, reviewer: str, sentence_id: int, statement: str | None = None) -> Changes:
        """A new claim stated by the sentence; ``statement`` defaults to the sentence's text.

        A sentence already in another claim of the reviewer moves to the new one
        (``before`` is that claim's id, or None). ``claims`` holds the new id, and
        that other claim's when the sentence moved: the new one is
        ``changes.claims - {changes.before}``.
        """
        self.project.sentence(sentence_id)
        text = _statement(self.project.sentence_text(sentence_id) if statement is None else statement)
        with transaction(self.db), _store_errors(self.db):
            rid = self.project.reviewer_id(reviewer)
            holder = claims.claim_of_sentence(self.db, rid, sentence_id)
            previous = self._states([holder])
            if holder is not None:
                claims.remove_appearance(self.db, holder, sentence_id, now())
            claim_id = claims.create_claim(self.db, rid, text, now())
            claims.add_appearance(self.db, claim_id, sentence_id, now())
            self._log(reviewer, "claim", sentence_id, f"create {claim_id}")
            return self._changes(reviewer, {claim_id: None, **previous}, before=holder)

    def attach(self, reviewer: str, claim_id: int, sentence_id: int) -> Changes:
        """Make the sentence state the claim, moving it out of another claim of the
        reviewer if needed (``before`` is that claim's id, or None)."""
        self.project.sentence(sentence_id)
        with transaction(self.db), _store_errors(self.db):
            target = self._stored(reviewer, claim_id)
            holder = claims.claim_of_sentence(self.db, target.claim.reviewer_id, sentence_id)
            if holder == claim_id:
                return no_change(holder)
            previous = {claim_id: target, **self._states([holder])}
            if holder is not None:
                claims.remove_appearance(self.db, holder, sentence_id, now())
            claims.add_appearance(self.db, claim_id, sentence_id, now())
            self._log(reviewer, "claim", sentence_id, f"attach {claim_id}")
            return self._changes(reviewer, previous, before=holder)

    def detach(self, reviewer: str, sentence_id: int) -> Changes:
        """Take the sentence out of the reviewer's claim (``before`` is that claim's id);
        the claim stays, if need be with no appearance."""
        self.project.sentence(sentence_id)
        with transaction(self.db):
            holder = self.of_sentence(reviewer, sentence_id)
            if holder is None:
                return no_change()
            previous = self._states([holder])
            claims.remove_appearance(self.db, holder, sentence_id, now())
            self._log(reviewer, "claim", sentence_id, f"detach {holder}")
            return self._changes(reviewer, previous, before=holder)

    def update(
        self, reviewer: str, claim_id: int, *, statement: str | _Unset = UNSET,
        verdict: str | None | _Unset = UNSET, rationale: str | _Unset = UNSET,
        checked_at: _dt.date | str | None | _Unset = UNSET,
    ) -> Changes:
        """Set the values given (None clears a verdict or a date; a date may be given
        as YYYY-MM-DD). ``before`` is the claim as it was; edits of the same values
        of one claim share a ``merge_key``, so typing is one undo step."""
        given = {
            name: value
            for name, value in (("statement", statement), ("verdict", verdict),
                                ("rationale", rationale), ("checked_at", checked_at))
            if value is not UNSET
        }
        values = {name: _CHECKS[name](value) for name, value in given.items()}
        with transaction(self.db):
            stored = self._stored(reviewer, claim_id)
            new = stored.claim._replace(**values)
            if new == stored.claim:
                return no_change(claim_of(stored))
            claims.update_claim(
                self.db, claim_id, statement=new.statement, verdict=new.verdict,
                rationale=new.rationale, checked_at=new.checked_at, now=now(),
            )
            self._log(reviewer, "claim", None, f"update {claim_id} {' '.join(given)}")
            field = next(iter(given)) if len(given) == 1 else tuple(given)
            return self._changes(
                reviewer, {claim_id: stored}, before=claim_of(stored),
                merge_key=("claim", reviewer, claim_id, field),
            )

    def set_sources(self, reviewer: str, claim_id: int, sources: Iterable[Source]) -> Changes:
        """Make the claim's sources exactly these, in this order; ``before`` is the claim."""
        rows = [_source(n, source) for n, source in enumerate(sources, 1)]
        with transaction(self.db):
            stored = self._stored(reviewer, claim_id)
            if [s[:3] for s in stored.sources] == [s[:3] for s in rows]:
                return no_change(claim_of(stored))
            claims.set_sources(self.db, claim_id, rows, now())
            self._log(reviewer, "claim", None, f"sources {claim_id}")
            return self._changes(reviewer, {claim_id: stored}, before=claim_of(stored))

    def delete(self, reviewer: str, claim_id: int) -> Changes:
        """Remove the claim; ``before`` is it, and undo brings it back with its id,
        sources and appearances."""
        with transaction(self.db):
            stored = self._stored(reviewer, claim_id)
            claims.delete_claim(self.db, claim_id)
            self._log(reviewer, "claim", None, f"delete {claim_id}")
            return self._changes(reviewer, {claim_id: stored}, before=claim_of(stored))

    # -- undo ----------------------------------------------------------------

    def _restore(self, reviewer: str, states: States, expected: dict[int, str | None]) -> Changes:
        """Put each claim back as ``states`` holds it, in one transaction: the undo of
        every claim edit; its own undo puts back the states it replaced.

        ``expected`` is each claim's creation time after the edit (None: absent).
        A claim made since under an id the edit freed, by another window, is
        refused rather than overwritten.
        """
        with transaction(self.db), _store_errors(self.db):
            previous = self._states(states)
            for claim_id, stored in previous.items():
                if (stored.claim.created_at if stored else None) != expected[claim_id]:
                    raise ProjectError(QT_TRANSLATE_NOOP("project.claims", "claim {id} was made or removed elsewhere "
                                                         "since; this step cannot be undone").format(id=claim_id))
                if stored is not None:
                    claims.delete_claim(self.db, claim_id)
            claims.write_claims(self.db, [s for s in states.values() if s is not None])
            self._log(reviewer, "claim", None, "restore " + " ".join(map(str, states)))
            replaced = {i: claim_of(s) if s else None for i, s in previous.items()}
            return self._changes(reviewer, previous, before=replaced)

    def _states(self, claim_ids: Iterable[int | None]) -> States:
        return {i: claims.get_claim(self.db, i) for i in claim_ids if i is not None}

    def _changes(self, reviewer: str, previous: States, *, before: object, merge_key: tuple | None = None) -> Changes:
        """The record of an edit that replaced the claims ``previous`` holds: what they
        and the claims now state, and an undo that puts them back."""
        current = self._states(previous)
        touched = [a for s in _present(previous, current) for a in s.appearances]
        expected = {i: s.claim.created_at if s else None for i, s in current.items()}
        return Changes.of(
            {"claims"}, {a.article_id for a in touched}, {a.sentence_id for a in touched},
            before=before, undo=partial(self._restore, reviewer, previous, expected),
            merge_key=merge_key, claims=previous,
        )

    def _log(self, reviewer: str, action: str, sentence_id: int | None, detail: str) -> None:
        article = self.project.sentence(sentence_id).article_id if sentence_id else None
        annotations.log(self.db, now(), reviewer, action, article, sentence_id, detail)


def _present(*states: States) -> Iterator[claims.StoredClaim]:
    return (s for found in states for s in found.values() if s is not None)


@contextmanager
def _store_errors(db: Database) -> Iterator[None]:
    """The store's refusals as messages naming the claim concerned."""
    try:
        yield
    except claims.AppearanceTaken as taken:
        holder = claims.get_claim(db, taken.claim_id)
        what = f" ({shorten(holder.claim.statement)!r})" if holder else ""
        raise ProjectError(QT_TRANSLATE_NOOP(
            "project.claims", "sentence {sentence} already states claim {id}{what}; a sentence belongs to one claim "
            "of a reviewer").format(sentence=taken.sentence_id, id=taken.claim_id, what=what)) from None
    except claims.UnknownClaim as unknown:
        raise ProjectError(f"no claim {unknown.claim_id}") from None


def claim_of(stored: claims.StoredClaim) -> Claim:
    """A stored claim as the plain value the faces, files and comparisons use."""
    row = stored.claim
    return Claim(
        id=row.id, statement=row.statement, verdict=row.verdict, rationale=row.rationale,  # type: ignore[arg-type]
        checked_at=row.checked_at,
        sources=tuple(Source(s.url, s.title, s.accessed) for s in stored.sources),
        appearances=tuple(Appearance(a.article_id, a.start, a.end) for a in stored.appearances),
    )


def _statement(text: object) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ProjectError(QT_TRANSLATE_NOOP("project.claims",
                                             "a claim needs a statement: one sentence saying what is claimed"))
    return savable(text, "the statement")


def _verdict(verdict: object) -> str | None:
    if verdict is not None and verdict not in VERDICTS:
        raise ProjectError(f"unknown verdict {verdict!r}; verdicts are {', '.join(VERDICTS)}")
    return verdict  # type: ignore[return-value]


def _rationale(text: object) -> str:
    if not isinstance(text, str):
        raise ProjectError("the rationale must be text")
    return savable(text, "the rationale")


def _day(value: object, what: str = "the date checked") -> _dt.date | None:
    """A calendar date, from a date or YYYY-MM-DD text; None or "" for none."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value
    if isinstance(value, str) and _DAY.fullmatch(value):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ProjectError(f"{what} must be a date written YYYY-MM-DD, not {shorten(repr(value))}")


_CHECKS = {"statement": _statement, "verdict": _verdict, "rationale": _rationale, "checked_at": _day}


def _source(n: int, source: object) -> claims.Source:
    """A model source as the store's row, refused with the source's number when unsound."""
    if not isinstance(source, Source):
        raise ProjectError(f"source {n} is not a source: {shorten(repr(source))}")
    if not isinstance(source.url, str) or not source.url.strip():
        raise ProjectError(f"source {n} needs a URL or a citation")
    if not isinstance(source.title, str):
        raise ProjectError(f"source {n}: the title must be text")
    return claims.Source(
        savable(source.url, f"source {n}'s URL"), savable(source.title, f"source {n}'s title"),
        _day(source.accessed, f"source {n}'s date consulted"),
    )
