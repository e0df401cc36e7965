"""Suggestions the reviewer accepts or rejects: statistics, quotes with their speaker, pairs.

Pure rules over text (no Qt, no SQL, no model downloaded): :mod:`statistics`
finds a quantity worth checking, :mod:`quotes` quoted words and who said them,
:mod:`pairs` ranks the sentences likely to state the same fact and flags
possible contradictions. A suggestion is not a label: the facade
(``project.suggestions``) turns one into a label only when the reviewer
accepts it, as an ordinary undoable edit.

Hostile text gets no suggestion rather than an error: every rule answers
None for a sentence past :data:`text.MAX_SENTENCE` characters, and runs in
time linear in the sentence's length.
"""

from __future__ import annotations

from dataclasses import dataclass

from .quotes import find_quote
from .statistics import find_statistic


@dataclass(frozen=True)
class Suggestion:
    """A label proposed for a sentence, with the fact-check fields it would carry and why."""

    label: str  # "statistic" or "quote"
    fields: dict[str, str]
    reason: str


def suggest(text: str, previous: str = "") -> list[Suggestion]:
    """What the rules propose for the sentence ``text`` (``previous``: the sentence before)."""
    found = []
    if (statistic := find_statistic(text)) is not None:
        fields = {"value": statistic.value, "unit": statistic.unit}
        found.append(Suggestion("statistic", {k: v for k, v in fields.items() if v}, statistic.reason))
    if (quote := find_quote(text, previous)) is not None:
        found.append(Suggestion("quote", {"speaker": quote.speaker} if quote.speaker else {}, quote.reason))
    return found


__all__ = ["Suggestion", "find_quote", "find_statistic", "suggest"]
