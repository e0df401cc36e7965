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

from . import statistics
from .quotes import find_quote
from .statistics import find_statistic

#: What a sentence must hold for either rule to find anything, besides a number word
#: (:data:`statistics.TRIGGER`): a digit or a quotation mark.
_DIGIT_OR_MARK = re.compile(r"[\d«»“”„‹›\"]")


@dataclass(frozen=True)
class Suggestion:
    """A label proposed for a sentence, with the fact-check fields it would carry and why."""

    label: str  # "statistic" or "quote"
    fields: dict[str, str]
    reason: str


def suggest(text: str, previous: str = "", words: bool = True) -> list[Suggestion]:
    """What the rules propose for the sentence ``text`` (``previous``: the sentence before;
    ``words`` False: the caller knows it holds no number written in words)."""
    found = []
    if (statistic := find_statistic(text, words)) is not None:
        fields = {"value": statistic.value, "unit": statistic.unit}
        found.append(Suggestion("statistic", {k: v for k, v in fields.items() if v}, statistic.reason))
    if (quote := find_quote(text, previous)) is not None:
        found.append(Suggestion("quote", {"speaker": quote.speaker} if quote.speaker else {}, quote.reason))
    return found


def suggest_article(text: str, spans: list[tuple[int, int]], first: int = 0,
                    last: int | None = None) -> Iterator[tuple[int, Suggestion]]:
    """(index of the sentence, suggestion) for an article's sentences (``spans``: start and end
    offsets in order), each sentence with the one before it; only those at indexes
    [``first``, ``last``) when given (the window reads the sentences on screen).

    Two scans of the text find the sentences holding anything either rule looks for (a
    digit or a quotation mark; a number word); only those are read by the rules, most
    sentences holding none, and the number words are not looked for again where the scan
    found none: a 2,000-sentence article within the 50 ms goal.
    """
    last = len(spans) if last is None else min(last, len(spans))
    if first >= last:
        return
    starts = [start for start, _ in spans]
    lo, hi = spans[first][0], spans[last - 1][1]

    def sentences_of(pattern: re.Pattern) -> set[int]:
        found = set()
        for match in pattern.finditer(text, lo, hi):
            index = bisect.bisect_right(starts, match.start()) - 1
            if index >= 0 and match.start() < spans[index][1]:
                found.add(index)
        return found

    worded = sentences_of(statistics.TRIGGER)
    for index in sorted(worded | sentences_of(_DIGIT_OR_MARK)):
        start, end = spans[index]
        previous = text[spans[index - 1][0]:spans[index - 1][1]] if index else ""
        for found in suggest(text[start:end], previous, index in worded):
            yield index, found


__all__ = ["Suggestion", "find_quote", "find_statistic", "suggest", "suggest_article"]
