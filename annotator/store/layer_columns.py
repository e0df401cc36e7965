"""Reviewers' layers read as columns, for comparing at a million sentences.

Read row by row, a layer of 600,000 sentences cost a Python tuple, a string
and two integers per sentence and per label (about 1.5 s of CPU). Here SQLite
writes each column as one comma-separated string (``group_concat``) and numpy
parses it, so no Python object is made per row: the file's sentences in one
query (grouped by article), each reviewer's labels in one more, already
reduced to a number per label (``sentence id * 8 + bit``).

Imported only when a layer is read: it loads numpy, which the window's start
does not need.
"""

from __future__ import annotations

from operator import itemgetter

import numpy as np

from ..model import LABELS
from ..review.unit_columns import Sentences
from .database import Database

#: bit i of a label-set mask stands for ``LABELS[i]`` (as in review.labelsets)
_BITS = " ".join(f"WHEN '{label}' THEN {1 << i}" for i, label in enumerate(LABELS))
_SHIFT = len(LABELS)


def sentences(db: Database) -> tuple[Sentences, np.ndarray]:
    """Every sentence of the file in (article, start, end) order, and their ids in that order.

    Each article's three columns come from one aggregate, so they list its
    sentences in the same (unspecified) order; the sort by offsets is ours.
    """
    rows = db.execute(
        "SELECT article_id, count(*), group_concat(id), group_concat(char_start), group_concat(char_end)"
        " FROM sentences GROUP BY article_id"
    ).fetchall()
    rows.sort(key=itemgetter(0))
    counts = [row[1] for row in rows]
    total = sum(counts)
    article = np.repeat(np.arange(len(rows), dtype=np.int64), counts)
    ids, start, end = (_integers([row[column] for row in rows], total) for column in (2, 3, 4))
    if not _in_order(article, start, end):
        order = np.lexsort((end, start, article))
        article, start, end, ids = article[order], start[order], end[order], ids[order]
    return Sentences(tuple(map(itemgetter(0), rows)), article, start, end), ids


def _in_order(article: np.ndarray, start: np.ndarray, end: np.ndarray) -> bool:
    """Whether the sentences are already sorted by (article, start, end), as SQLite lists
    them when it walks the (article, start, end) index: checking costs a twentieth of sorting."""
    same_article = article[1:] == article[:-1]
    same_start = same_article & (start[1:] == start[:-1])
    return bool(np.all((article[1:] > article[:-1])
                       | (same_article & (start[1:] > start[:-1]))
                       | (same_start & (end[1:] >= end[:-1]))))


def masks(db: Database, reviewer: int | None, ids: np.ndarray) -> np.ndarray:
    """The reviewer's labels on each sentence of ``ids`` as a label-set bitmask (int64)."""
    count, text = db.execute(
        f"SELECT count(*), group_concat(sentence_id * {1 << _SHIFT} + CASE label {_BITS} END)"
        " FROM labels WHERE reviewer_id = ?",
        [reviewer if reviewer is not None else -1],
    ).fetchone()
    if not count or not ids.size:
        return np.zeros(ids.size, dtype=np.int64)
    coded = _integers([text], count)
    # one row per (sentence, label): the sum of a sentence's bits is their union
    by_id = np.bincount(coded >> _SHIFT, weights=coded & ((1 << _SHIFT) - 1), minlength=int(ids.max()) + 1)
    return by_id.astype(np.int64)[ids]


def _integers(texts: list[str], count: int) -> np.ndarray:
    """``count`` integers written by ``group_concat`` in the strings ``texts``."""
    if not count:
        return np.zeros(0, dtype=np.int64)
    found = np.fromstring(",".join(texts), dtype=np.int64, sep=",")
    if found.size != count:
        raise ValueError(f"read {found.size} integers where SQLite wrote {count}")
    return found
