"""Dates written in French words, for python-dateutil.

dateutil knows English month and day names only. Our articles are mostly
French, and their headers say "25 février 2026" or "1er mars 2026", often
typed without accents. This parserinfo teaches dateutil those names while
keeping the English ones, so an English date still parses.
"""

from __future__ import annotations

from dateutil import parser

# One tuple per month, January first: every spelling we accept, with and
# without accents, full and abbreviated.
_FRENCH_MONTHS = (
    ("janvier", "janv"),
    ("février", "fevrier", "févr", "fevr"),
    ("mars",),
    ("avril", "avr"),
    ("mai",),
    ("juin",),
    ("juillet", "juil"),
    ("août", "aout"),
    ("septembre", "sept"),
    ("octobre", "oct"),
    ("novembre", "nov"),
    ("décembre", "decembre", "déc", "dec"),
)

# Monday first, as dateutil counts. Full names only: "mar" (mardi) would
# collide with the English "Mar" for March.
_FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def _merged(english: list[tuple[str, ...]], french) -> list[tuple[str, ...]]:
    return [
        tuple(dict.fromkeys((*fr, *en)))
        for en, fr in zip(english, french, strict=True)
    ]


class FrenchParserInfo(parser.parserinfo):
    """French month and weekday names (English still known), and the "er" of "1er"."""

    MONTHS = _merged(parser.parserinfo.MONTHS, _FRENCH_MONTHS)
    WEEKDAYS = _merged(parser.parserinfo.WEEKDAYS, [(day,) for day in _FRENCH_WEEKDAYS])
    JUMP = [*parser.parserinfo.JUMP, "er"]


def month_names() -> list[str]:
    """Every month spelling FrenchParserInfo knows, for a pattern that finds dates."""
    return [name for names in FrenchParserInfo.MONTHS for name in names]


def weekday_names() -> list[str]:
    """Every weekday spelling FrenchParserInfo knows."""
    return [name for names in FrenchParserInfo.WEEKDAYS for name in names]
