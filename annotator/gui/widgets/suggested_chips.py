"""The suggestions an article view shows as outlined chips, read as the sentences come on screen.

The rules over a 2,000-sentence article cost more than showing it, and only the
sentences on screen show chips: their suggestions are read a chunk of
:data:`CHUNK` sentences at a time, the first time one of the chunk is on screen.
A screen shows some ten to twenty sentences: a chunk of 32 holds them, and
reading 64 took twice the rules' time at every switch (2.1 ms against 1.0 for an
ordinary article).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...model import Sentence

CHUNK = 32

#: the labels suggested for the sentences at indexes [lo, hi), by sentence id
SuggestionSource = Callable[[int, int], dict[int, list[str]]]


class SuggestedChips:
    """Labels suggested by sentence id, for the chunks read so far from ``source`` (None: none shown)."""

    def __init__(self) -> None:
        self.source: SuggestionSource | None = None
        self.by_id: dict[int, list[str]] = {}
        self._chunks: set[int] = set()

    def reset(self, source: SuggestionSource | None) -> None:
        self.source, self.by_id, self._chunks = source, {}, set()

    def read(self, sentences: Sequence[Sentence], lo: int, hi: int) -> None:
        """Those of the chunks holding sentences [lo, hi) not read yet."""
        if self.source is None or hi <= lo:
            return
        for chunk in range(lo // CHUNK, (min(hi, len(sentences)) - 1) // CHUNK + 1):
            if chunk not in self._chunks:
                self._chunks.add(chunk)
                first, last = chunk * CHUNK, min(len(sentences), (chunk + 1) * CHUNK)
                for sentence in sentences[first:last]:
                    self.by_id.pop(sentence.id, None)
                self.by_id.update(self.source(first, last))

    def set_sentence(self, sentence_id: int, labels: list[str]) -> None:
        """One sentence's suggestions read again (after a keypress on it)."""
        if self.source is not None:
            self.by_id[sentence_id] = labels
