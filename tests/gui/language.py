"""The language the GUI tests run in, and the one way a test names a text of the window.

``pytest --language fr`` starts the session's QApplication in French as a
French user's start does (tests/gui/conftest.py). A test that expects a text
the window shows writes it as the code does, in English with its context, and
compares against :func:`shown`: the same text through the same translators,
so the test holds in both languages. :func:`shown` refuses a text the
translation sources lack (a wrong context, a text the code no longer has), so
an expected text cannot pass by staying English. A test about one language
(the French of a date, the English of a file) pins it with :func:`speaking`.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager

from annotator.gui import i18n, translations


@functools.cache
def _sources() -> frozenset[tuple[str, str]]:
    """(context, English) of every text the translation sources hold."""
    found = set()
    for ts in translations.ts_files():
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            found |= {(name, message.findtext("source")) for message in context.iter("message")}
    return frozenset(found)


def shown(context: str, english: str, **values: object) -> str:
    """``english`` as the window shows it in the session's language, with ``values`` put in."""
    assert (context, english) in _sources(), f"no text {english!r} in context {context!r} of the translations"
    text = i18n.translate(context, english)
    return text.format(**values) if values else text


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """The interface in ``code`` for the block, then back in the session's language."""
    before = i18n.language()
    i18n.install(code)
    try:
        yield
    finally:
        i18n.install(before)
