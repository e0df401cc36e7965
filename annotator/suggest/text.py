"""What the three rules share: how long a sentence may be, and words folded for comparing.

A sentence longer than :data:`MAX_SENTENCE` characters gets no suggestion at
all: no news sentence is that long, and a pasted table or a run of 10,000
guillemets is answered at once with nothing rather than with a guess.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Longest sentence the rules look at, in characters.
MAX_SENTENCE = 3_000

#: Apostrophes of elision: "l'OTAN", "d’Anthropic".
APOSTROPHES = "'’ʼ"


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Lower case without accents: "Réseaux" and "reseaux" compare equal."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def too_long(text: str) -> bool:
    return len(text) > MAX_SENTENCE


def alternation(words: list[str]) -> str:
    """A regular expression matching any of ``words``, as a trie: ``d(?:it|éclar)`` rather than
    ``dit|déclar``. Python's engine tries the branches of an alternation one by one at each
    position; grouped by their first letters, a position that starts none of them is left
    after one test per distinct letter, which makes a list of a hundred words several times
    faster to search."""
    if "" in words:
        rest = [w for w in words if w]
        return f"(?:{alternation(rest)})?" if rest else ""
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        by_first.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + alternation(tails) for first, tails in by_first.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
