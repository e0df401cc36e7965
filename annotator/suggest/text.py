"""What the three rules share: how long a sentence may be, and words folded for comparing.

A sentence longer than :data:`MAX_SENTENCE` characters gets no suggestion at
all: no news sentence is that long, and a pasted table or a run of 10,000
guillemets is answered at once with nothing rather than with a guess.
"""

from __future__ import annotations

import unicodedata

#: Longest sentence the rules look at, in characters.
MAX_SENTENCE = 3_000

#: Apostrophes of elision: "l'OTAN", "d’Anthropic".
APOSTROPHES = "'’ʼ"


def fold(word: str) -> str:
    """Lower case without accents: "Réseaux" and "reseaux" compare equal."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def too_long(text: str) -> bool:
    return len(text) > MAX_SENTENCE
