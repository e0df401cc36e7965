"""Label sets as small integers, so that a million units fit in one numpy array.

There are three labels, hence eight possible label sets. Each set is encoded
as a bitmask 0..7 (bit i set when ``LABELS[i]`` is present); every figure of
the comparison is then a count over these codes, which numpy does in C.
"""

from __future__ import annotations

from annotator.model import LABELS

#: How many distinct label sets there are (the categories of set-level alpha).
SET_COUNT = 1 << len(LABELS)

#: ``LABEL_SETS[mask]`` is the label set a mask stands for.
LABEL_SETS: tuple[frozenset[str], ...] = tuple(
    frozenset(label for bit, label in enumerate(LABELS) if mask >> bit & 1)
    for mask in range(SET_COUNT)
)

#: ``MASK[labels]`` is the bitmask of a valid label set.
MASK: dict[frozenset[str], int] = {labels: mask for mask, labels in enumerate(LABEL_SETS)}


def mask_of(labels: frozenset[str]) -> int:
    """The bitmask of a label set; ValueError for a label the model does not know."""
    try:
        return MASK[labels]
    except KeyError:
        unknown = sorted(set(labels) - set(LABELS))
        raise ValueError(f"unknown label(s) {unknown}; expected some of {list(LABELS)}") from None


def sorted_labels(labels: frozenset[str]) -> list[str]:
    """A label set as a list in the model's order (claim, quote, statistic), for output."""
    return [label for label in LABELS if label in labels]

