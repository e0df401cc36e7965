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

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import quotes, statistics
from .quotes import find_quote
from .statistics import find_statistic

#: What a sentence must hold for either rule to find anything: a digit, a number word or a
#: quotation mark (see :mod:`statistics` and :mod:`quotes`).
_ANYTHING = re.compile("|".join(
    (r"\d", statistics.TRIGGER.pattern, quotes.MARKS.pattern)))


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


def suggest_article(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, Suggestion]]:
    """(index of the sentence, suggestion) for an article's sentences (``spans``: start and end
    offsets in order), each sentence with the one before it.

    One scan of the whole text finds the sentences holding anything either rule looks
    for; only those are read by the rules (most sentences hold no digit, number word or
    quotation mark), which keeps a 2,000-sentence article well under the 50 ms goal.
    """
    starts = [start for start, _ in spans]
    worth, last = [], -1
    for match in _ANYTHING.finditer(text):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index > last and index >= 0 and match.start() < spans[index][1]:
            worth.append(index)
            last = index
    for index in worth:
        start, end = spans[index]
        previous = text[spans[index - 1][0]:spans[index - 1][1]] if index else ""
        for found in suggest(text[start:end], previous):
            yield index, found


__all__ = ["Suggestion", "find_quote", "find_statistic", "suggest", "suggest_article"]
