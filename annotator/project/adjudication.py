"""Deciding two reviewers' disagreements into a gold layer, one undoable step at a time.

The gold layer is always *what A and B agree on, plus the decisions taken*.
Decisions live in their own table, so that refreshing (after A or B changed
their work) rebuilds gold from a fresh merge and re-applies every decision,
and so that "decided: no label" is told apart from "not decided yet".
A disagreement is a sentence's labels, a pair's relation, or the verdicts of
two matched claims (:mod:`.claim_review` says what goes into gold); gold's
claims are rebuilt by each refresh, so their numbers are not kept.
Each decision is one transaction, and returns the :class:`Changes` it made,
whose ``undo`` puts back the decision it replaced.

What a file allows is decided here too: :func:`run_comparison` on a read-only
file only compares (no gold layer is written), on a writable one it refreshes
gold. It is plain Python, so a face may run it on a thread with its own
:class:`Project` on the same file, then :func:`adopt` the result.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import partial
from typing import TYPE_CHECKING, Literal, NamedTuple

from ..claims.compare import ClaimMatch
from ..claims.model import Claim
from ..errors import ProjectError
from ..translatable import QT_TRANSLATE_NOOP
from ..model import LABELS
from ..review import Report, merge
from ..review.panel import Panel
from ..store import annotations, claims, transaction
from . import claim_files, claim_review
from .changes import Changes, no_change
from .clock import now
from .store_errors import translating_errors

if TYPE_CHECKING:
    from .facade import Project

Choice = Literal["a", "b", "edit"]

#: ``Item.other`` of a verdict disagreement: no sentence has this id.
VERDICT = -1


@dataclass(frozen=True)
class Item:
    """One disagreement: a sentence's labels (``other`` 0), a pair's relation
    (``other`` the second sentence) or two matched claims' verdicts (``other``
    :data:`VERDICT`, ``sentence`` the first sentence both claims share).

    ``a`` and ``b`` are each side's value: label names for a sentence, the
    relation (or nothing: not linked) for a pair, the verdict (or nothing: not
    judged) for claims, whose ``match`` holds the two claims.
    """

    article_id: str
    sentence: int
    other: int
    a: frozenset[str]
    b: frozenset[str]
    match: ClaimMatch | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> tuple[int, int]:
        return self.sentence, self.other

    @property
    def is_link(self) -> bool:
        return self.other > 0

    @property
    def is_verdict(self) -> bool:
        return self.other == VERDICT


@dataclass(frozen=True)
class Decision:
    """How an item was decided: the choice and the value that went into gold."""

    choice: Choice
    value: frozenset[str]


@translating_errors
class Adjudication:
    """Reviewers ``a`` and ``b`` of ``project``, decided into the layer ``gold``."""

    def __init__(self, project: Project, a: str, b: str, gold: str = "gold", all_articles: bool = False):
        if gold in (a, b):
            raise ProjectError(QT_TRANSLATE_NOOP(
                "project.adjudication", "the gold layer must be a third name, not {gold!r}").format(gold=gold))
        self.project, self.a, self.b, self.gold = project, a, b, gold
        self.all_articles = all_articles
        self.report: Report | None = None
        self.items: list[Item] = []
        self._ids: dict[str, dict[tuple[int, int], int]] = {}

    def refresh(self) -> Report:
        """Compare A and B again, and rebuild gold: their agreement plus every decision."""
        report = self.compute()
        self.write_gold()
        return report

    def compute(self) -> Report:
        """Compare A and B and list the disagreements; reads only (a read-only file works)."""
        self._layers = self.project.exchange.layers([self.a, self.b])
        self.report = claim_review.report(*self._layers, self.all_articles)
        self.items = self._items(self.report) + self._verdict_items()
        return self.report

    def adopt(self, report: Report, items: list[Item]) -> None:
        """Take a result computed on another connection (a worker thread's) as this one's."""
        self.report, self.items = report, list(items)

    def write_gold(self) -> None:
        """Gold := what A and B agree on, then every recorded decision, in one transaction."""
        merged = merge(*self._layers, reviewer=self.gold, all_articles=self.all_articles)
        layer = replace(merged.layer, claims=claim_review.merged(*self._layers, None, self.all_articles))
        with transaction(self.project.db):
            self.project.exchange.write_layer(layer)
            gold = self._gold_id()
            decided = self.decisions()
            for item in self.items:
                if item.key in decided:
                    self._apply(gold, item, decided[item.key])
            for article_id in {item.article_id for item in self.items}:
                self._settle(gold, article_id)

    def _sentence(self, article_id: str, start: int, end: int) -> int | None:
        """The id of the sentence at these offsets in this file, if it has one."""
        if article_id not in self._ids:
            self._ids[article_id] = {(s.start, s.end): s.id for s in self.project.sentences(article_id)}
        return self._ids[article_id].get((start, end))

    def _items(self, report: Report) -> list[Item]:
        """The disagreements with sentence ids; a sentence this file lacks cannot be decided here."""
        items = []
        for unit in report.unit_disagreements:
            sid = self._sentence(unit.article_id, unit.start, unit.end)
            if sid is not None:
                items.append(Item(unit.article_id, sid, 0, unit.a, unit.b))
        for link in report.link_disagreements:
            first, second = self._sentence(*link.first), self._sentence(*link.second)
            if first is not None and second is not None:
                items.append(Item(link.first[0], first, second, link.a, link.b))
        return items

    def _verdict_items(self) -> list[Item]:
        """Matched claims whose verdicts differ, where this file has every sentence they share."""
        items = []
        for match in claim_review.matches(*self._layers, self.all_articles):
            if match.a.verdict == match.b.verdict:
                continue
            sentences = [self._sentence(*x.key) for x in match.shared]
            if None not in sentences:
                first = match.shared[0]
                items.append(Item(first.article_id, self._found(*first.key, "claim"), VERDICT,
                                  _verdict(match.a), _verdict(match.b), match))
        return items

    def _gold_id(self) -> int:
        return self.project.reviewer_id(self.gold)

    def decisions(self) -> dict[tuple[int, int], Decision]:
        gold = self.project.reviewer_id(self.gold)
        return {
            key: Decision(choice, frozenset(filter(None, value.split(","))))  # type: ignore[arg-type]
            for key, (choice, value) in annotations.decisions(self.project.db, gold).items()
        }

    def decide(self, item: Item, choice: Choice, value: frozenset[str] | None = None) -> Changes:
        """Take A's value, B's, or an edited one into gold; ``before`` is the decision replaced."""
        if value is None:
            value = item.a if choice == "a" else item.b
        return self.restore(item, Decision(choice, frozenset(value)))

    def restore(self, item: Item, decision: Decision | None) -> Changes:
        """Make ``decision`` the item's (None: undecided, gold as merged), in one
        transaction; what ``decide`` does, and what its undo does with the one replaced."""
        self._check(item, decision)
        before = self.decisions().get(item.key)
        if before == decision:
            return no_change(before)
        with transaction(self.project.db):
            gold = self._gold_id()
            value = decision.value if decision else (item.a if item.a == item.b else frozenset())
            touched = self._apply(gold, item, decision)
            annotations.set_decision(
                self.project.db, gold, item.sentence, item.other,
                decision.choice if decision else None, ",".join(sorted(value)), now(),
            )
            annotations.log(self.project.db, now(), self.gold, "decide", item.article_id,
                            item.sentence, decision.choice if decision else "undecided")
            self._settle(gold, item.article_id)
        sentences = self._sentences_of(item)
        kind = "claims" if item.is_verdict else "links" if item.is_link else "labels"
        return Changes.of(
            {"decisions", kind, "status"},
            {self.project.sentence(sid).article_id for sid in sentences}, sentences,
            before=before, undo=partial(self.restore, item, before), claims=touched,
        )

    def _sentences_of(self, item: Item) -> set[int]:
        if item.match is not None:
            return {self._found(*x.key, "claim") for x in item.match.shared}
        return {item.sentence, item.other} - {0}

    def _settle(self, gold: int, article_id: str) -> None:
        """Gold's article is done once every disagreement in it is decided (it has some: a
        reviewer worked on it; see :func:`annotator.review.merge.worked_on`)."""
        decided = annotations.decisions(self.project.db, gold)
        open_items = any(
            item.key not in decided for item in self.items if item.article_id == article_id
        )
        status = "in progress" if open_items else "done"
        annotations.set_status(self.project.db, gold, article_id, status, now())

    def _check(self, item: Item, decision: Decision | None) -> None:
        if decision is None:
            return
        if item.is_verdict:
            if decision.choice == "edit" or decision.value != (item.a if decision.choice == "a" else item.b):
                raise ProjectError("a verdict disagreement is decided by taking A's claim or B's")
            return
        allowed = {"agrees", "contradicts"} if item.is_link else set(LABELS)
        if not decision.value <= allowed or (item.is_link and len(decision.value) > 1):
            raise ProjectError(f"{sorted(decision.value)} is not a possible value here")

    def _apply(self, gold: int, item: Item, decision: Decision | None) -> set[int]:
        """Put the decision (None: undecided) into gold; the claims it touched."""
        if item.is_verdict:
            return self._apply_verdict(gold, item, decision)
        value = decision.value if decision else (item.a if item.a == item.b else frozenset())
        db = self.project.db
        if not item.is_link:
            annotations.replace_labels(db, gold, item.sentence, sorted(value), now())
            return set()
        existing = annotations.find_link(db, gold, item.sentence, item.other)
        if existing:
            annotations.delete_link(db, existing.id)
        if value:
            annotations.insert_link(db, gold, item.sentence, item.other, next(iter(value)), "", now())
        return set()

    def _apply_verdict(self, gold: int, item: Item, decision: Decision | None) -> set[int]:
        """Gold's claim on the shared sentences: the chosen side's, or none while undecided."""
        db, match = self.project.db, item.match
        assert match is not None, "a verdict item holds its two claims"
        held = {claims.claim_of_sentence(db, gold, sid) for sid in self._sentences_of(item)}
        touched = {claim_id for claim_id in held if claim_id is not None}
        for claim_id in touched:
            claims.delete_claim(db, claim_id)
        if decision is not None and decision.choice in ("a", "b"):
            claim = replace(claim_review.decided(match, decision.choice), id=None)
            touched.update(claims.write_claims(db, [claim_files.stored(claim, 0, gold, self._found, now())]))
        return touched

    def _found(self, article_id: str, start: int, end: int, where: str) -> int:
        found = self._sentence(article_id, start, end)
        if found is None:
            raise ProjectError(f"{where}: sentence {article_id} {start}-{end} is not in {self.project.path}")
        return found


class Request(NamedTuple):
    """Which comparison to run: reviewers A and B, the gold layer, which articles,
    and more reviewers to compare with A and B (their figures only: A and B's
    disagreements are the ones decided)."""

    a: str
    b: str
    gold: str
    all_articles: bool
    others: tuple[str, ...] = ()


class Outcome(NamedTuple):
    report: Report
    items: list[Item]
    decisions: dict[tuple[int, int], Decision]
    #: The Adjudication that made it, on the project it ran on (None: read-only file).
    adjudication: Adjudication | None = None
    #: A, B and the request's other reviewers compared together (None: no others).
    panel: Panel | None = None


def run_comparison(project: Project, request: Request) -> Outcome:
    """Compare (and, on a writable file, refresh gold); the disagreements as items."""
    adjudication = Adjudication(project, request.a, request.b, request.gold, request.all_articles)
    panel = None
    if request.others:
        layers = list(project.exchange.layers([request.a, request.b, *request.others]))
        panel = claim_review.panel(layers, request.all_articles)
    if project.readonly:
        report = adjudication.compute()
        return Outcome(report, adjudication.items, {}, panel=panel)
    report = adjudication.refresh()
    return Outcome(report, adjudication.items, adjudication.decisions(), adjudication, panel)


def adopt(project: Project, request: Request, outcome: Outcome) -> Adjudication:
    """An Adjudication on ``project`` holding a result computed elsewhere (a worker thread's)."""
    adjudication = Adjudication(project, request.a, request.b, request.gold, request.all_articles)
    adjudication.adopt(outcome.report, outcome.items)
    return adjudication


def _verdict(claim: Claim) -> frozenset[str]:
    """A claim's verdict as an item's value: the word, or nothing when not judged."""
    return frozenset() if claim.verdict is None else frozenset({claim.verdict})
