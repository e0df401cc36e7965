"""Sentences the core writes with values, kept so that the window can say them in its language.

The core never imports Qt, yet the window shows sentences it builds: the
agreement readings, the warnings, why two sentences are paired, the messages
of its errors. Such a sentence is written as the window writes its own::

    QT_TRANSLATE_NOOP("review.reading", "only {n} sentences tagged {label}").format(n=3, label=Name("claim"))

``QT_TRANSLATE_NOOP`` here is this module's marker, named as Qt's because that
name is what ``pyside6-lupdate`` looks for when it reads the source (it matches
the name, not where it comes from): the refresh command (gui/translations.py)
collects the template into the translations with its context, the module's path
under ``annotator``, dotted. It gives a :class:`Said`, and ``.format`` another
with the values put in: a ``str`` equal to the English sentence, so the command
line, the files and the exports keep exactly what they wrote, which also
carries its template and values (a fixed text needs no ``.format``). The
window translates the template and puts the values back in (gui/i18n.py
:func:`~annotator.gui.i18n.core_text`), translating the values that are
themselves :class:`Said`, :class:`Name` (a tag, relation or status word of the
file) or :class:`Joined` (a list of either), and writing its numbers (and any
:class:`Figure`, a number written out beforehand) the language's way.

This is the lowest layer, below errors.py (whose messages it builds): it
imports nothing of the package.
"""

from __future__ import annotations

from collections.abc import Iterable


def QT_TRANSLATE_NOOP(context: str, text: str) -> Said:  # noqa: N802 - the name pyside6-lupdate recognises
    """``text`` marked for translation in ``context``, still English here; ``.format`` puts values in."""
    return Said(context, text)


class Said(str):
    """A sentence in English, with the context, template and values it was built from."""

    def __new__(cls, context: str, template: str, values: dict[str, object] | None = None) -> Said:
        made = super().__new__(cls, template if values is None else template.format(**values))
        made.context, made.template, made.values = context, template, values or {}
        return made

    def format(self, /, **values: object) -> Said:  # type: ignore[override]
        """The template with ``values`` put in (as ``str.format``), still carrying both."""
        return Said(self.context, self.template, values)

    def __reduce__(self):
        return Said, (self.context, self.template, self.values or None)


class Name(str):
    """A tag, relation or status word of the file inside a sentence: translated where shown, written as is."""

    __slots__ = ()


class Figure(str):
    """A number the core wrote out itself (``f"{kappa:.2f}"``), the English way: written the window's way where shown."""

    __slots__ = ()


class Joined(str):
    """Several values written one after the other with ``separator``; each translated where shown."""

    def __new__(cls, separator: str, parts: Iterable[str]) -> Joined:
        parts = tuple(parts)
        made = super().__new__(cls, separator.join(parts))
        made.separator, made.parts = separator, parts
        return made

    def __reduce__(self):
        return Joined, (self.separator, self.parts)
