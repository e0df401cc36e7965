"""A layer read from an annotator file: its units as columns rather than a dict of tuples.

A file's layer has a unit for every sentence, 600,000 at 10,000 articles. As a
dict from ``(article, start, end)`` tuples to frozensets, reading two of them
and looking every key of one up in the other took most of ``compare``'s time
(about 3 s of CPU per layer, where the figures take a fraction of a second).
Here the sentences are numpy columns in (article, start, end) order, shared by
every layer read from the same file, and a layer adds only its label-set
bitmasks; two layers over the same sentences align by position, and tuples
are built only for what asks for them (a listing of disagreements, a merge).

:class:`UnitColumns` is still the ``Mapping`` a :class:`~annotator.review.layers.Layer`
holds, so every other use of a layer (panels, merges, writing one back) works
on it unchanged.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, Mapping, Sequence, ValuesView
from dataclasses import dataclass
from functools import cached_property
from itertools import compress
from operator import itemgetter

import numpy as np

from annotator.review.labelsets import LABEL_SETS, SET_COUNT

#: A sentence: (article_id, start, end), offsets in code points.
UnitKey = tuple[str, int, int]


@dataclass(frozen=True, eq=False)
class Sentences:
    """Every sentence of a file, sorted by (article id, start, end).

    ``articles``: the distinct article ids, sorted; ``article[i]``: the index in
    ``articles`` of sentence i's article; ``start[i]``, ``end[i]``: its offsets.
    """

    articles: tuple[str, ...]
    article: np.ndarray
    start: np.ndarray
    end: np.ndarray

    def __len__(self) -> int:
        return len(self.article)

    def same(self, other: Sentences) -> bool:
        """Whether ``other`` lists the same sentences in the same order (two reads of one file)."""
        return self is other or (
            self.articles == other.articles
            and all(np.array_equal(x, y) for x, y in ((self.article, other.article),
                                                    (self.start, other.start), (self.end, other.end)))
        )

    @cached_property
    def keys(self) -> list[UnitKey]:
        """Every sentence as a tuple, built once (in C) for whatever iterates a layer."""
        names = map(self.articles.__getitem__, self.article.tolist())
        return list(zip(names, self.start.tolist(), self.end.tolist()))

    @cached_property
    def positions(self) -> dict[UnitKey, int]:
        """Key -> position, built once for whatever looks a single sentence up."""
        return dict(zip(self.keys, range(len(self))))


class UnitColumns(Mapping[UnitKey, frozenset[str]]):
    """One reviewer's label-set bitmask (``masks[i]``, see labelsets) on each of ``sentences``."""

    def __init__(self, sentences: Sentences, masks: np.ndarray):
        if masks.shape != (len(sentences),):
            raise ValueError(f"{masks.shape[0]} label sets for {len(sentences)} sentences")
        if masks.size and not (0 <= masks.min() and masks.max() < SET_COUNT):
            raise ValueError(f"label-set masks outside 0..{SET_COUNT - 1}")
        self.sentences = sentences
        self.masks = masks

    def __len__(self) -> int:
        return len(self.sentences)

    def __iter__(self) -> Iterator[UnitKey]:
        return iter(self.sentences.keys)

    def __getitem__(self, key: UnitKey) -> frozenset[str]:
        return LABEL_SETS[self.masks[self.sentences.positions[key]]]

    def __contains__(self, key: object) -> bool:
        return key in self.sentences.positions

    def values(self) -> ValuesView[frozenset[str]]:
        return _Values(self)

    def items(self) -> ItemsView[UnitKey, frozenset[str]]:
        return _Items(self)

    def label_sets(self) -> Iterator[frozenset[str]]:
        """Each unit's labels, in the order of the keys, without a lookup per key."""
        return map(LABEL_SETS.__getitem__, self.masks.tolist())

    def article_ids(self) -> set[str]:
        """The articles that have at least one unit."""
        return set(map(self.sentences.articles.__getitem__, np.unique(self.sentences.article).tolist()))

    def __repr__(self) -> str:
        return f"UnitColumns({len(self)} units in {len(self.sentences.articles)} articles)"


class _Values(ValuesView):
    def __iter__(self) -> Iterator[frozenset[str]]:
        return self._mapping.label_sets()


class _Items(ItemsView):
    def __iter__(self) -> Iterator[tuple[UnitKey, frozenset[str]]]:
        return zip(self._mapping, self._mapping.label_sets())


class UnitKeys(Sequence[UnitKey]):
    """The keys of ``rows`` (ascending positions) of ``sentences``: an alignment's units,
    kept as positions so that a comparison that only counts them builds no tuple."""

    def __init__(self, sentences: Sentences, rows: np.ndarray):
        self.sentences = sentences
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self.sentences.keys[self.rows[index]]

    def __iter__(self) -> Iterator[UnitKey]:
        return iter(self.take(self.rows))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, UnitKeys):
            return list(self) == list(other)
        return isinstance(other, list) and list(self) == other

    __hash__ = None  # a sequence compared by content, like the list it stands for

    def take(self, rows: np.ndarray) -> list[UnitKey]:
        """The keys of some positions of the file's sentences, in the order given."""
        return list(map(self.sentences.keys.__getitem__, rows.tolist()))

    def articles(self) -> tuple[np.ndarray, tuple[str, ...]]:
        """Each unit's article as an index into the ids of the articles that have units (sorted)."""
        codes = self.sentences.article[self.rows]
        present = np.bincount(codes, minlength=len(self.sentences.articles)) > 0
        renumbered = np.cumsum(present) - 1
        return renumbered[codes], tuple(compress(self.sentences.articles, present.tolist()))


def in_key_order(keys: Sequence[UnitKey], positions: np.ndarray) -> tuple[np.ndarray, list[UnitKey]]:
    """Some positions (ascending) of an alignment's keys sorted by key, and their keys."""
    if isinstance(keys, UnitKeys):  # already in key order
        return positions, keys.take(keys.rows[positions])
    order = sorted(positions.tolist(), key=keys.__getitem__)
    return np.array(order, dtype=np.int64), list(map(keys.__getitem__, order))


def article_codes(keys: Sequence[UnitKey]) -> tuple[np.ndarray, tuple[str, ...]]:
    """Each key's article as an index into the article ids returned (sorted)."""
    if isinstance(keys, UnitKeys):
        return keys.articles()
    names = tuple(sorted(set(map(itemgetter(0), keys))))
    index = dict(zip(names, range(len(names))))
    return np.fromiter(map(index.__getitem__, map(itemgetter(0), keys)), dtype=np.int64, count=len(keys)), names
