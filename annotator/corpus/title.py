"""A short title for the article list, taken from the body itself.

Our files carry no title field. News pieces either open with a headline on a
line of its own, or go straight into the first paragraph; in the second case
the first sentence is the best summary we have, but it can run for hundreds
of characters, so it is cut to fit a list row.
"""

from __future__ import annotations

from annotator.segment import split_sentences

HEADLINE_MAX_CHARS = 120
TITLE_MAX_CHARS = 100
ELLIPSIS = "…"
_SENTENCE_END = (".", ":", ";", ELLIPSIS)


def make_title(body: str) -> str:
    """The headline if the body opens with one, else the start of the first sentence.

    A headline is a first line of at most 120 characters, not ending like a
    sentence or a lead-in (``.``, ``…``, ``:``, ``;``; a ``?`` or ``!`` is
    fine in a headline), followed by more text on later lines. Otherwise the
    title is the first sentence, as the segmenter finds it, cut at a word
    boundary to about 100 characters with "…" appended when it is longer.
    White space in the title is collapsed to single spaces: it is a label,
    not part of the text to annotate.
    """
    first_line, _, rest = body.strip().partition("\n")
    first_line = first_line.strip()
    if (
        rest.strip()
        and len(first_line) <= HEADLINE_MAX_CHARS
        and not first_line.endswith(_SENTENCE_END)
    ):
        return _one_line(first_line)
    # No sentence spans a line break, so the first line's first sentence is the
    # body's: segmenting one line instead of the whole body (imports do this per file).
    spans = split_sentences(first_line)
    sentence = first_line[spans[0][0] : spans[0][1]] if spans else first_line
    return _shorten(_one_line(sentence), TITLE_MAX_CHARS)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _shorten(text: str, limit: int) -> str:
    """``text`` if it fits in ``limit`` characters, else cut before a word and ended with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[: limit + 1] else text[:limit]
    return cut.rstrip(" ,;:") + ELLIPSIS
