"""What an edit changed, and how to take it back (Anki's ``OpChanges``).

Every edit of the facade returns a :class:`Changes`. A face refreshes what it
names (``articles``, ``sentences``, ``kinds``) instead of everything, and one
generic undo step fits every edit::

    redo: changes = self.next(); self.next = changes.undo; refresh(changes)
    undo: the same

because ``changes.undo()`` performs the inverse edit through the facade and
returns *its own* Changes, whose ``undo`` performs the original again, exactly
(the same link id, note and relation). An undo sets values back as they were
rather than replaying a difference, and reads the current value when it runs:
so after consecutive edits merged into one step (:meth:`Changes.then`), the
first edit's undo restores the value from before all of them, and its own undo
the value after all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

KINDS = frozenset({
    "labels", "notes", "status", "links", "articles", "layer", "decisions", "claims", "fields",
    "suggestions",
})


@dataclass(frozen=True)
class Changes:
    """The record of one edit.

    ``before`` is what the edit replaced: the sentence's old label set, the old
    note, the old status, the old :class:`annotator.model.Link` (None: there was
    none), the old decision, field value or claims (see
    :mod:`annotator.project.claims`). An edit that changed nothing has empty
    ``kinds`` and an ``undo`` that changes nothing either (never None), so a
    face needs no special case for it.
    """

    articles: frozenset[str] = frozenset()  # articles whose view must refresh
    sentences: frozenset[int] = frozenset()  # sentences whose tags, notes or links changed
    kinds: frozenset[str] = frozenset()  # a subset of KINDS
    before: object = None
    undo: Callable[[], Changes] | None = None
    merge_key: tuple | None = None  # consecutive edits with the same key are one undo step
    claims: frozenset[int] = frozenset()  # claims created, changed or deleted

    @classmethod
    def of(
        cls, kinds: Iterable[str], articles: Iterable[str], sentences: Iterable[int] = (), *,
        before: object = None, undo: Callable[[], Changes], merge_key: tuple | None = None,
        claims: Iterable[int] = (),
    ) -> Changes:
        """A record from any iterables (a set, a tuple of one id...)."""
        kinds = frozenset(kinds)
        if not kinds <= KINDS:
            raise ValueError(f"unknown kinds of change: {sorted(kinds - KINDS)}")
        return cls(frozenset(articles), frozenset(sentences), kinds, before, undo, merge_key, frozenset(claims))

    @property
    def labels_only(self) -> bool:
        """Only labels changed: a view may redraw those sentences' tags alone."""
        return self.kinds == {"labels"}

    @property
    def changed(self) -> bool:
        return bool(self.kinds)

    def then(self, later: Changes) -> Changes:
        """This edit and ``later`` (the same ``merge_key``) as one undo step: what
        both touched, what was there before this one, and this one's undo."""
        if later.merge_key is None or later.merge_key != self.merge_key:
            raise ValueError("only edits with the same merge key make one step")
        return replace(
            later, articles=self.articles | later.articles, sentences=self.sentences | later.sentences,
            kinds=self.kinds | later.kinds, claims=self.claims | later.claims, before=self.before,
            undo=self.undo,
        )


def no_change(before: object = None) -> Changes:
    """What an edit that changed nothing returns (``before`` is the value it found,
    and kept); undoing it changes nothing."""
    return Changes(before=before, undo=no_change)
