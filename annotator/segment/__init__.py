"""Paragraphs and sentences of French (and English) text, as offsets.

Offsets are ``str`` indices (code points) into the text given, so the store
can keep them and the window can highlight them without copying text. A line
break always ends a paragraph and a sentence: headings, bullets, captions
and table rows stand alone.
"""

from .sentences import split_sentences

__all__ = ["split_sentences"]
