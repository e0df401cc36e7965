"""Search results: one row per sentence found, shown in its context.

The model also works out what a row shows (:class:`ResultText`): the context cut
short at word boundaries, and where the query's words are in the sentence. The
delegate (widgets/search_delegate.py) only lays those strings out, so what it
paints is plain text by construction and the ranges are testable without pixels.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from ...model import SearchHit
from .roles import DISPLAY, TOOLTIP, Role
from .rows import RowsListModel


#: Context kept on each side of the sentence: enough to place it, short enough
#: that the sentence itself stays the thing the eye finds.
CONTEXT_CHARS = 45

_WORD = re.compile(r"\w+")


def fold(word: str) -> str:
    """Lower case without accents: "États" -> "etats", as the index's remove_diacritics tokenizer sees it."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def query_marks(text: str, query: str) -> tuple[tuple[int, int], ...]:
    """Code-point ranges of the words of ``text`` that the query matched.

    The same rule as the search itself (store/search.py): every query word is a
    whole word, the last also a prefix, case and accents ignored. Whole words are
    marked, so "concern" marks "concernait".
    """
    words = [fold(word) for word in _WORD.findall(query)]
    if not words:
        return ()
    whole, prefix = set(words[:-1]), words[-1]
    marks = []
    for match in _WORD.finditer(text):
        folded = fold(match.group())
        if folded in whole or folded.startswith(prefix):
            marks.append((match.start(), match.end()))
    return tuple(marks)


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def context_before(text: str, limit: int = CONTEXT_CHARS) -> str:
    """The end of ``text``, from a word start, with "…" where it was cut; "" if none."""
    text = _squeeze(text)
    if not text:
        return ""
    if len(text) > limit:
        cut = text[-limit:]
        space = cut.find(" ")
        text = "…" + (cut[space + 1:] if 0 <= space < limit // 2 else cut)
    return text + " "


def context_after(text: str, limit: int = CONTEXT_CHARS) -> str:
    """The start of ``text``, up to a word end, with "…" where it was cut; "" if none."""
    text = _squeeze(text)
    if not text:
        return ""
    if len(text) > limit:
        cut = text[:limit]
        space = cut.rfind(" ")
        text = (cut[:space] if space > limit // 2 else cut) + "…"
    return " " + text


@dataclass(frozen=True)
class ResultText:
    """What one row shows, as plain strings; ``marks`` are code-point ranges in ``sentence``."""

    title: str
    before: str
    sentence: str
    after: str
    marks: tuple[tuple[int, int], ...]

    @property
    def display(self) -> str:
        return f"{self.title}\n{self.before}{self.sentence}{self.after}"


class Result(NamedTuple):
    hit: SearchHit
    shown: ResultText


class SearchResultsModel(RowsListModel):
    """One :class:`Result` per row: the sentence found, with a little of its article around it."""

    def set_hits(self, rows: list[tuple[SearchHit, str, str]], query: str = "") -> None:
        """``rows`` are ``(hit, text before it, text after it)``; ``query`` marks its words."""
        self.set_rows(
            Result(hit, ResultText(hit.article_title, context_before(before), hit.text, context_after(after),
                                   query_marks(hit.text, query)))
            for hit, before, after in rows
        )

    def hit(self, row: int) -> SearchHit:
        return self._rows[row].hit

    def cell_data(self, result: Result, _column: int, role: int):
        if role == DISPLAY:
            return result.shown.display
        if role == TOOLTIP:
            # A tooltip guesses rich text from "<b>"-like tags: escaped, the sentence stays literal.
            return f"<p>{html.escape(result.hit.text)}</p>"
        if role == Role.ITEM:
            return result.hit
        if role == Role.TEXT:
            return result.shown
        return None
