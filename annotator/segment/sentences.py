"""Sentences of French (and English) text, as offsets into the text.

Speed comes from looking only where a sentence could end. One compiled
regex walks each line and stops at terminal punctuation that is followed by
white space or the end of the line (so "3.5", "1.000", "example.com" and
"U.S.A" never stop it); only there does Python decide, with a few cheap
look-ups, whether the sentence really ends. It walks line by line (the
paragraphs) because a line break always ends a sentence.
"""

from __future__ import annotations

import re

from .abbreviations import (
    ALWAYS_CONTINUE,
    BEFORE_NUMBER,
    NAME_PARTS,
    STARTERS,
    TITLES,
)
from .paragraphs import LINE

# Terminal punctuation, then any closing marks that belong to the sentence,
# then white space or the end of the line. French sets « guillemets » and
# some closers apart with a space ("Je pense. »"); only marks that cannot
# open anything may be spaced. The first visible character after the gap
# is captured inside the look-ahead so the scan resumes right after the
# punctuation and never skips a candidate. The pattern opens with one plain
# character set, not a group or a repeat, because only then does the regex
# engine skip ahead with its fast prefix scan (about 2x the throughput).
# A run of terminals is one candidate, tried from its first character only
# (the look-behind) and read once (the possessive repeats never give back):
# tried at each of its characters, "a" + 20,000 dots + "x" took 29 s.
# Giving back closers could only expose a closer as the next character,
# which never starts a sentence, so nothing is lost by not doing so.
_CANDIDATE = re.compile(
    r"""
    [.!?…](?<![.!?…][.!?…])(?P<more>[.!?…]*+)
    (?P<close>(?:[»”"’')\]]|\s+[»”)\]])*+)
    (?=\s+(?P<next>\S)|\Z)
    """,
    re.VERBOSE,
)

# What may follow a sentence end inside the same sentence: a lower-case
# letter (« Je pense. » a-t-il dit; hésite… puis), or punctuation that
# cannot start a sentence (etc., ; « Non ! », dit-il).
_CONTINUATIONS = frozenset(",;:.!?…»”)]}%")

# An enumerator alone before the period ("1. Premier point", "IV. Suite").
_ENUMERATOR = re.compile(r"\(?(?:\d{1,3}|[A-Za-z]|[IVXLC]{1,5})\.")
_ROMAN = re.compile(r"[IVXLCDM]+\b")
_NEXT_WORD = re.compile(r"[^\W\d_]+['’]?")
_OPENERS = "(«“\"'‘["
_APOSTROPHES = re.compile(r"['’]")
_INITIAL_SEPARATORS = re.compile(r"[.-]")

# How far back to look for the word before a period: enough for any
# abbreviation, bounded so a long URL costs nothing.
_LOOKBACK = 40


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Every sentence of ``text``, in order, as ``(start, end)`` offsets.

    ``text[start:end]`` has no surrounding white space, spans never overlap
    or cross a line break, and every non-space character is in exactly one.
    """
    spans: list[tuple[int, int]] = []
    for line in LINE.finditer(text):
        start, line_end = line.span()
        for m in _CANDIDATE.finditer(text, start, line_end):
            nxt = m.start("next")  # -1 at the end of the line
            if nxt > 0 and _ends_here(text, m, start, nxt, line_end):
                spans.append((start, m.end("close")))
                start = nxt
        spans.append((start, line_end))
    return spans


def _ends_here(text: str, m: re.Match[str], start: int, nxt: int, line_end: int) -> bool:
    """Whether candidate ``m`` ends the sentence begun at ``start``.

    ``nxt`` is the position of the first visible character after it.
    """
    next_char = text[nxt]
    if next_char.islower() or next_char in _CONTINUATIONS:
        return False
    term_start, term_end = m.start(), m.end("more")
    if term_end - start <= 7 and _ENUMERATOR.fullmatch(text, start, term_end):
        return False
    term = text[term_start:term_end]
    if term in ("...", "…"):
        # "(...)" and "[…]" mark words left out of a quotation.
        return text[term_start - 1 : term_start] not in ("(", "[")
    if term != ".":
        return True
    word = _word_before(text, term_start)
    return not _abbreviation_continues(word, text, nxt, line_end)


def _word_before(text: str, period: int) -> str:
    """The word ending at ``period``, without opening marks or an elision.

    "(M" gives "M", "l'art" gives "art", "U.S" stays "U.S".
    """
    chunk = text[max(0, period - _LOOKBACK) : period]
    if not chunk or chunk[-1].isspace():
        return ""
    word = chunk.rsplit(None, 1)[-1].lstrip(_OPENERS)
    return _APOSTROPHES.split(word)[-1]


def _abbreviation_continues(word: str, text: str, nxt: int, line_end: int) -> bool:
    """Whether ``word.`` is an abbreviation the sentence goes on after."""
    lower = word.lower()
    if word in TITLES or lower in ALWAYS_CONTINUE:
        return True
    if lower in BEFORE_NUMBER and (
        text[nxt].isdigit() or _ROMAN.match(text, nxt, line_end) is not None
    ):
        return True
    if word in NAME_PARTS or _is_initials(word):
        following = _NEXT_WORD.match(text, nxt, line_end)
        return following is None or following.group() not in STARTERS
    return False


def _is_initials(word: str) -> bool:
    """"J", "U.S", "J.-P", "Jean-P": ends in a capital standing alone.

    "J.-C" (Jésus-Christ, in dates) is excluded: it often ends a sentence.
    """
    last = _INITIAL_SEPARATORS.split(word)[-1]
    return len(last) == 1 and last.isupper() and word != "J.-C"
