"""Where two sentences differ, word by word.

Shown when two linked sentences sit one above the other: the words only one
side has are marked, the shared ones are not, and a number that differs from
the number at the same place on the other side stands out, because a changed
figure is the commonest way a claim drifts as it travels.

Tokens. A *number* is a run of decimal digits, with French thousands groups
("1 500", with a space, a no-break space U+00A0 or a narrow no-break space
U+202F, each group exactly three digits) and decimal parts ("3,5", "2.5") kept
in the one token. A *word* is a run of letters, with the combining accents
that follow a letter (text in NFD form keeps its accents in the word).
Everything else is punctuation or space and belongs to no token; in
particular the apostrophe of an elision is punctuation, so "l'OTAN" gives the
two words "l" and "OTAN" (and "aujourd'hui" gives "aujourd" and "hui"): the
elided article then aligns with "le" or "la" only where the text says so, and
"OTAN" aligns with "OTAN" whatever precedes it. Offsets are code points into
the string given, so ``text[w.start:w.end] == w.text`` holds for any text,
emoji and right-to-left marks included.

Alignment. The two token sequences are aligned by ``difflib.SequenceMatcher``
(``autojunk=False``: its heuristic would drop frequent words like "de" from
the alignment) over keys that ignore accents and case, so "Réseaux" matches
"reseaux". Numbers are keyed by their digits, so "1 500" matches "1500" and
"3,5" matches "3.5". Inside a stretch that does not align, the numbers of the
two sides are paired in order: a pair that differs is marked ``number`` on
both sides, a pair of equal values counts as the same; a number left without
a partner is only that side's.

Cost. SequenceMatcher's work grows with the number of (i, j) places where
the two sides hold equal tokens, times the number of aligned blocks: cubic
on text made of one repeated word. The common beginning and end are stripped
first (linear); when what remains has more than :data:`MATCH_BUDGET` equal
pairs (counted in linear time), it is not aligned word by word but marked as
one differing stretch. The answer stays exact at the edges and coarse in the
middle, and comes back at once instead of hanging on a pasted book.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Literal

Kind = Literal["same", "only", "number"]

#: Most pairs of equal tokens (one from each side) left to align word by word
#: once the shared beginning and end are stripped. A sentence has a few
#: hundred at most; two versions of a 1,000-word article about 11,000.
MATCH_BUDGET = 20_000

_GROUP_SPACE = " \u00a0\u202f"
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_NUMBER = rf"\d{{1,3}}(?:[{_GROUP_SPACE}]\d{{3}}(?!\d))+(?:[.,]\d+)*|\d+(?:[.,]\d+)*"
_WORD = rf"[^\W\d_](?:[^\W\d_]|[{_COMBINING}])*"
_TOKEN = re.compile(rf"(?P<number>{_NUMBER})|(?P<word>{_WORD})")


@dataclass(frozen=True, slots=True)
class Word:
    """One word or number of a sentence and how it compares with the other sentence.

    ``kind``: ``same`` (aligned with an equal token), ``only`` (this side alone
    has it), ``number`` (a number differing from the one at the aligned place).
    """

    start: int
    end: int
    text: str
    kind: Kind


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str
    key: str
    is_number: bool


def difference(a: str, b: str) -> tuple[tuple[Word, ...], tuple[Word, ...]]:
    """The words and numbers of ``a`` and of ``b``, each marked against the other side."""
    ta, tb = _tokens(a), _tokens(b)
    kinds_a: list[Kind] = ["same"] * len(ta)
    kinds_b: list[Kind] = ["same"] * len(tb)
    for tag, i1, i2, j1, j2 in _opcodes([t.key for t in ta], [t.key for t in tb]):
        if tag != "equal":
            _mark_stretch(ta, tb, range(i1, i2), range(j1, j2), kinds_a, kinds_b)
    return _words(ta, kinds_a), _words(tb, kinds_b)


def only_words(a: str, b: str) -> tuple[list[str], list[str]]:
    """The words (and numbers) only ``a`` has and only ``b`` has, each in text order."""
    words_a, words_b = difference(a, b)
    return ([w.text for w in words_a if w.kind != "same"], [w.text for w in words_b if w.kind != "same"])


def _tokens(text: str) -> list[_Token]:
    """The words and numbers of ``text`` with their offsets and alignment keys."""
    found = []
    for m in _TOKEN.finditer(text):
        is_number = m.lastgroup == "number"
        key = _number_key(m[0]) if is_number else _word_key(m[0])
        found.append(_Token(m.start(), m.end(), m[0], key, is_number))
    return found


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str:
    """Accents and case do not count: NFD, combining marks dropped, casefolded.

    Cached: a text repeats its words, and a long one repeats them thousands of times.
    """
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return "w" + bare.casefold()


def _number_key(number: str) -> str:
    """The digits (as ASCII), the decimal separator as '.', group spaces dropped."""
    kept = (str(unicodedata.decimal(c)) if c.isdecimal() else "." for c in number if c not in _GROUP_SPACE)
    return "n" + "".join(kept)


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """SequenceMatcher's opcodes, on the middle left after the shared ends, within budget."""
    head = 0
    limit = min(len(a), len(b))
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    a_end, b_end = len(a) - tail, len(b) - tail
    ops = [("equal", 0, head, 0, head)] if head else []
    if _equal_pairs(a[head:a_end], b[head:b_end]) <= MATCH_BUDGET:
        matcher = SequenceMatcher(None, a[head:a_end], b[head:b_end], autojunk=False)
        ops += [(tag, i1 + head, i2 + head, j1 + head, j2 + head) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]
    else:
        ops.append(("replace", head, a_end, head, b_end))
    if tail:
        ops.append(("equal", a_end, len(a), b_end, len(b)))
    return ops


def _equal_pairs(a: list[str], b: list[str]) -> int:
    """How many (i, j) have ``a[i] == b[j]``: the size of the matcher's search."""
    in_b = Counter(b)
    return sum(count * in_b[key] for key, count in Counter(a).items())


def _mark_stretch(
    ta: list[_Token], tb: list[_Token], span_a: range, span_b: range, kinds_a: list[Kind], kinds_b: list[Kind]
) -> None:
    """Mark a stretch that did not align: its tokens are one side's only, except paired numbers.

    The numbers of the two sides are paired in the order they come; a pair of
    different values is marked ``number``, a pair of equal ones ``same`` (it
    is the same figure at the aligned place).
    """
    for i in span_a:
        kinds_a[i] = "only"
    for j in span_b:
        kinds_b[j] = "only"
    numbers_a = [i for i in span_a if ta[i].is_number]
    numbers_b = [j for j in span_b if tb[j].is_number]
    for i, j in zip(numbers_a, numbers_b):
        kinds_a[i] = kinds_b[j] = "same" if ta[i].key == tb[j].key else "number"


def _words(found: list[_Token], kinds: list[Kind]) -> tuple[Word, ...]:
    return tuple(Word(t.start, t.end, t.text, kind) for t, kind in zip(found, kinds))
