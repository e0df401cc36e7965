"""Dates the reviewer types (when a claim was checked, when a source was read): YYYY-MM-DD only.

One written form, the one files hold, so what is typed is what is exported; a
date that is not that, or not a day of the calendar, is refused with a message
saying how to write it.
"""

from __future__ import annotations

import datetime as dt
import re

from ..i18n import translate

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
EXAMPLE = "2026-03-04"


def parse_day(text: str) -> dt.date | None:
    """The date written in ``text`` (None when empty); ``ValueError`` with a message for the reviewer."""
    text = text.strip()
    if not text:
        return None
    if not _DAY.fullmatch(text):
        raise ValueError(translate("widgets.days", "“{text}” is not a date: write it YYYY-MM-DD, e.g. {example}")
                         .format(text=text, example=EXAMPLE))
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(translate("widgets.days", "{text} is not a day of the calendar (YYYY-MM-DD)").format(
            text=text)) from None


def day_text(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""
