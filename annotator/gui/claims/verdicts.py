"""How a verdict is shown: its name in the interface's language, and its colour.

Files hold the verdict words of :data:`annotator.claims.model.VERDICTS`; only
what is shown is translated, and every name shown is here, so the translation
work has one place to look. The colour runs from red (false) to green (true)
along the scale, with grey for ``unverifiable``; the name is always shown
beside it, so colour is never the only signal.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor

from ...claims.model import VERDICTS

#: language -> verdict word -> the name shown; ``None`` is a claim not judged yet.
NAMES: dict[str, dict[str | None, str]] = {
    "fr": {
        "false": "Faux", "misleading": "Trompeur", "mixed": "Mitigé", "mostly-true": "Plutôt vrai",
        "true": "Vrai", "unverifiable": "Invérifiable", None: "Sans verdict",
    },
    "en": {
        "false": "False", "misleading": "Misleading", "mixed": "Mixed", "mostly-true": "Mostly true",
        "true": "True", "unverifiable": "Unverifiable", None: "No verdict",
    },
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


def language() -> str:
    """The interface's language as far as verdict names go: French or English."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def name(verdict: str | None, lang: str | None = None) -> str:
    """The name shown for a verdict word (or for no verdict yet)."""
    return NAMES[lang or language()].get(verdict, verdict or "")


def names(lang: str | None = None) -> dict[str | None, str]:
    """Every verdict's shown name, in :data:`VERDICTS` order, no verdict last."""
    shown = NAMES[lang or language()]
    return {**{verdict: shown[verdict] for verdict in VERDICTS}, None: shown[None]}


def text_colour(verdict: str | None) -> QColor:
    return _QCOLOURS.get(verdict, _QCOLOURS[None])[0]


def tint(verdict: str | None) -> QColor | None:
    return _QCOLOURS.get(verdict, _QCOLOURS[None])[1]


def rank(verdict: str | None) -> int:
    """Where a verdict sorts: along the scale worst first, ``unverifiable`` next, none last."""
    return VERDICTS.index(verdict) if verdict in VERDICTS else len(VERDICTS)


def choices(lang: str | None = None) -> list[tuple[str | None, str]]:
    """(word, name) for a chooser: no verdict first, then the scale worst to best, then unverifiable."""
    shown = NAMES[lang or language()]
    return [(verdict, shown[verdict]) for verdict in (None, *VERDICTS)]
