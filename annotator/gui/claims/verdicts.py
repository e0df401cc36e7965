"""How a verdict is shown: its name in the interface's language, and its colour.

Files hold the verdict words of :data:`annotator.claims.model.VERDICTS`; only
what is shown is translated (through Qt's translations, see gui/i18n.py), and
every name shown is marked here. The colour runs from red (false) to green (true)
along the scale, with grey for ``unverifiable``; the name is always shown
beside it, so colour is never the only signal.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from ...claims.model import VERDICTS
from .. import i18n
from ..i18n import QT_TRANSLATE_NOOP

CONTEXT = "claims.verdicts"

#: verdict word -> its English name, translated when shown; ``None`` is a claim not judged yet.
NAMES: dict[str | None, str] = {
    "false": QT_TRANSLATE_NOOP("claims.verdicts", "False"),
    "misleading": QT_TRANSLATE_NOOP("claims.verdicts", "Misleading"),
    "mixed": QT_TRANSLATE_NOOP("claims.verdicts", "Mixed"),
    "mostly-true": QT_TRANSLATE_NOOP("claims.verdicts", "Mostly true"),
    "true": QT_TRANSLATE_NOOP("claims.verdicts", "True"),
    "unverifiable": QT_TRANSLATE_NOOP("claims.verdicts", "Unverifiable"),
    None: QT_TRANSLATE_NOOP("claims.verdicts", "No verdict"),
}

#: verdict word -> (text colour, background tint)
COLOURS: dict[str | None, tuple[str, str]] = {
    "false": ("#b00020", "#fde0e3"),
    "misleading": ("#c43e00", "#ffe5d6"),
    "mixed": ("#8a6d00", "#fff3c4"),
    "mostly-true": ("#4f7a1f", "#e7f3d9"),
    "true": ("#1b6e20", "#d9f0da"),
    "unverifiable": ("#555555", "#ececec"),
    None: ("#8a8a8a", ""),
}

_QCOLOURS = {verdict: (QColor(text), QColor(tint) if tint else None) for verdict, (text, tint) in COLOURS.items()}


def name(verdict: str | None, lang: str | None = None) -> str:
    """The name shown for a verdict word (or for no verdict yet), in ``lang`` or the interface's language."""
    if verdict not in NAMES:
        return verdict or ""
    return i18n.translate_in(lang or i18n.language(), CONTEXT, NAMES[verdict])


def names(lang: str | None = None) -> dict[str | None, str]:
    """Every verdict's shown name, in :data:`VERDICTS` order, no verdict last."""
    return {verdict: name(verdict, lang) for verdict in (*VERDICTS, None)}


def text_colour(verdict: str | None) -> QColor:
    return _QCOLOURS.get(verdict, _QCOLOURS[None])[0]


def tint(verdict: str | None) -> QColor | None:
    return _QCOLOURS.get(verdict, _QCOLOURS[None])[1]


def rank(verdict: str | None) -> int:
    """Where a verdict sorts: along the scale worst first, ``unverifiable`` next, none last."""
    return VERDICTS.index(verdict) if verdict in VERDICTS else len(VERDICTS)


def choices(lang: str | None = None) -> list[tuple[str | None, str]]:
    """(word, name) for a chooser: no verdict first, then the scale worst to best, then unverifiable."""
    return [(verdict, name(verdict, lang)) for verdict in (None, *VERDICTS)]
