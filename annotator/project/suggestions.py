"""Suggestions, reached as ``project.suggestions``: what the rules propose, accepted or rejected.

A suggestion is computed from the text each time it is asked for (the rules of
:mod:`annotator.suggest` are fast and pure), never stored: only a reviewer's
*rejections* are, so a suggestion turned down does not come back for them. A
label the sentence already carries is not proposed again.

Accepting is an ordinary edit of the reviewer's layer, one transaction, undone
like any other: the label goes on with the proposed fields, each written only
where the reviewer has no value of their own. Its :class:`Changes` undo puts
back exactly what was there (the label off, the fields as they were), and the
undo of that undo accepts again. Rejecting is an edit too (undo forgets it).

The rules are imported when first asked for: compiling their patterns is about 60 ms,
which the window's start leaves until its first screen is painted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from ..errors import ProjectError
from ..store import annotations, suggestions, transaction
from ..store import fields as sentence_fields
from .changes import Changes, no_change
from .clock import now
from .store_errors import translating_errors

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .facade import Project


@dataclass(frozen=True)
class Suggested:
    """A label proposed for a sentence of an article, with its fields and why."""

    sentence_id: int
    article_id: str
    start: int
    end: int
    label: str
    fields: dict[str, str] = field(default_factory=dict)
    reason: str = ""


@dataclass(frozen=True)
class Candidate:
    """A sentence likely to state the same fact as another: where it is, its text, how likely."""

    sentence_id: int
    article_id: str
    start: int
    end: int
    text: str
    score: float
    contradiction: bool
    reason: str


#: One sentence's label and fields as an edit leaves them: (sentence id, label, on, field -> value).
State = tuple[int, str, bool, dict[str, str]]


@translating_errors
class Suggestions:
    """The suggestions of ``project``'s sentences, for each reviewer."""

    def __init__(self, project: Project):
        self.project = project

    @property
    def db(self) -> Database:
        return self.project.db

    # -- reads ---------------------------------------------------------------

    def of_article(self, reviewer: str, article_id: str, first: int = 0,
                   last: int | None = None) -> list[Suggested]:
        """The article's suggestions for the reviewer, in sentence order (of the sentences at
        positions [``first``, ``last``) only, when given: the window reads those on screen): none
        for a label the sentence carries or the reviewer rejected (their labels read for the few
        sentences with a suggestion only, the sentences as bare offsets: a long article is read
        at every open)."""
        from .. import suggest

        article = self.project.article(article_id)
        spans = suggestions.spans_of(self.db, article_id)
        found = [(spans[index], s) for index, s in
                 suggest.suggest_article(article.text, [(a, b) for _, a, b in spans], first, last)]
        rid = self.project.existing_reviewer_id(reviewer)
        if rid is not None:
            done = suggestions.labelled(self.db, rid, {sid for (sid, _, _), _ in found})
            done |= suggestions.rejected_in_article(self.db, rid, article_id)
            found = [(span, s) for span, s in found if (span[0], s.label) not in done]
        return [Suggested(sid, article_id, start, end, s.label, s.fields, s.reason) for (sid, start, end), s in found]

    def of_sentence(self, reviewer: str, sentence_id: int) -> list[Suggested]:
        """The sentence's suggestions for the reviewer (as :meth:`of_article` gives them)."""
        from .. import suggest

        sentence = self.project.sentence(sentence_id)
        text = self.project.sentence_text(sentence_id)
        previous = suggestions.text_before(self.db, sentence_id)
        rid = self.project.existing_reviewer_id(reviewer)
        labels = set() if rid is None else annotations.labels_of_sentence(self.db, rid, sentence_id)
        rejected = set() if rid is None else suggestions.rejected_of_sentence(self.db, rid, sentence_id)
        return [
            Suggested(sentence_id, sentence.article_id, sentence.start, sentence.end, s.label, s.fields, s.reason)
            for s in suggest.suggest(text, previous)
            if s.label not in labels and s.label not in rejected
        ]

    def candidates(self, sentence_id: int, limit: int = 5) -> list[Candidate]:
        """The sentences of any article (this one's included) most likely to state the same
        fact, best first, each flagged when it may contradict this one."""
        from ..suggest import pairs

        text = self.project.sentence_text(sentence_id)
        if not text:
            raise ProjectError(f"no sentence {sentence_id} in {self.project.path}")
        total = suggestions.sentence_total(self.db)
        words = pairs.index_terms(text)
        counts = suggestions.frequencies(self.db, words)
        rows = suggestions.candidates(self.db, words, sentence_id, counts)
        if not rows:
            return []
        # The shared terms, the score's numerator, are all this sentence's: their rarity is known.
        # A candidate's other words count at this sentence's mean rarity (a length measure),
        # which spares a second look-up of a few hundred words.
        idf = pairs.idf_of(counts, total)
        default = sum(idf.values()) / len(idf) if idf else 1.0
        by_id = {row[0]: row for row in rows}
        ranked = pairs.rank(text, ((row[0], row[4]) for row in rows), idf, limit, default=default)
        return [Candidate(p.key, *by_id[p.key][1:], p.score, p.contradiction, p.reason) for p in ranked]

    # -- edits ---------------------------------------------------------------

    def accept(self, reviewer: str, sentence_id: int, label: str | None = None) -> Changes:
        """Put the suggested label (the first one when ``label`` is None) on the sentence with its
        fields; no change when nothing is suggested."""
        chosen = [s for s in self.of_sentence(reviewer, sentence_id) if label in (None, s.label)][:1]
        return self._accept(reviewer, chosen)

    def accept_all(self, reviewer: str, article_id: str) -> Changes:
        """Every suggestion of the article at once: one edit, one undo."""
        return self._accept(reviewer, self.of_article(reviewer, article_id))

    def _accept(self, reviewer: str, chosen: Iterable[Suggested]) -> Changes:
        rid = self.project.existing_reviewer_id(reviewer)
        states = []
        for s in chosen:
            mine = {} if rid is None else sentence_fields.fields_of_sentence(self.db, rid, s.sentence_id)
            held = mine.get(s.label, {})
            states.append((s.sentence_id, s.label, True, {k: v for k, v in s.fields.items() if not held.get(k)}))
        return self.apply(reviewer, states, "accept") if states else no_change()

    def apply(self, reviewer: str, states: list[State], action: str = "accept") -> Changes:
        """Set each sentence's label on or off and the given fields to their values, in one
        transaction; ``before`` and the undo are the states replaced."""
        if not states:
            return no_change()
        with transaction(self.db):
            rid = self.project.reviewer_id(reviewer)
            before: list[State] = []
            articles = set()
            for sentence_id, label, on, values in states:
                sentence = self.project.sentence(sentence_id)
                articles.add(sentence.article_id)
                held = sentence_fields.fields_of_sentence(self.db, rid, sentence_id).get(label, {})
                was_on = label in annotations.labels_of_sentence(self.db, rid, sentence_id)
                before.append((sentence_id, label, was_on, {k: held.get(k, "") for k in values}))
                annotations.set_label(self.db, rid, sentence_id, label, on, now())
                for name, value in values.items():
                    sentence_fields.set_field(self.db, rid, sentence_id, label, name, value, now())
                annotations.log(self.db, now(), reviewer, f"suggestion {action}", sentence.article_id,
                                sentence_id, label)
        return Changes.of(
            {"labels", "fields"}, articles, {s[0] for s in states}, before=before,
            undo=partial(self.apply, reviewer, before, "undo" if action != "undo" else "accept"),
        )

    def reject(self, reviewer: str, sentence_id: int, label: str | None = None) -> Changes:
        """Turn down the suggested label (the first when None): it does not come back for this reviewer."""
        chosen = [s for s in self.of_sentence(reviewer, sentence_id) if label in (None, s.label)][:1]
        if not chosen:
            return no_change()
        return self.set_rejected(reviewer, sentence_id, chosen[0].label, True)

    def set_rejected(self, reviewer: str, sentence_id: int, label: str, on: bool) -> Changes:
        """Remember (or forget) the reviewer's rejection of a suggested label."""
        sentence = self.project.sentence(sentence_id)
        with transaction(self.db):
            rid = self.project.reviewer_id(reviewer)
            if not suggestions.set_rejected(self.db, rid, sentence_id, label, on, now()):
                return no_change()
            annotations.log(self.db, now(), reviewer, "suggestion reject" if on else "suggestion restore",
                            sentence.article_id, sentence_id, label)
        return Changes.of(
            {"suggestions"}, {sentence.article_id}, {sentence_id}, before=not on,
            undo=partial(self.set_rejected, reviewer, sentence_id, label, not on),
        )
