"""How tag, relation and status words are shown: in the interface's language.

Files and the core hold the English words of :data:`annotator.model.LABELS`,
:data:`~annotator.model.RELATIONS` and :data:`~annotator.model.STATUSES`; only
what is shown is translated, here, so every such name has one place (verdicts
have theirs in claims/verdicts.py).
"""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "names"

_SHOWN = {
    "claim": QT_TRANSLATE_NOOP("names", "claim"),
    "quote": QT_TRANSLATE_NOOP("names", "quote"),
    "statistic": QT_TRANSLATE_NOOP("names", "statistic"),
    "agrees": QT_TRANSLATE_NOOP("names", "agrees"),
    "contradicts": QT_TRANSLATE_NOOP("names", "contradicts"),
    "todo": QT_TRANSLATE_NOOP("names", "todo"),
    "in progress": QT_TRANSLATE_NOOP("names", "in progress"),
    "done": QT_TRANSLATE_NOOP("names", "done"),
    "untagged": QT_TRANSLATE_NOOP("names", "untagged"),
}


def shown(word: str) -> str:
    """The name shown for a tag, relation or status word (lower case, as the file has it)."""
    return translate(CONTEXT, _SHOWN[word]) if word in _SHOWN else word


def title(word: str) -> str:
    """:func:`shown`, its first letter capitalised (a heading, a button)."""
    name = shown(word)
    return name[:1].upper() + name[1:]
