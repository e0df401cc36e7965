"""Paragraphs and sentences of French (and English) text, as offsets.

Placeholder: the real segmenter replaces this module.
"""

import re

_SENTENCE = re.compile(r"[^\n]+?(?:[.!?]+(?=\s|$)|$)", re.M)


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        chunk = text[s:e]
        s += len(chunk) - len(chunk.lstrip())
        e -= len(chunk) - len(chunk.rstrip())
        if e > s:
            spans.append((s, e))
    return spans
