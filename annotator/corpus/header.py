"""The optional date header at the top of an article file.

Our files start like ``" date 2026-02-25 Anthropic est le créateur..."``: the
keyword, the date, and the body carrying on *on the same line*. So the header
cannot be "the first line"; it has to end exactly where the date ends, or the
first words of the article would be lost (or kept in the header).

The rule, in full:

- The header is the word ``date`` (any case), at the very start of the text
  after optional blanks, then an optional colon, then blanks, then a date in
  one of these shapes, followed by white space or the end of the text:

  * year first: ``2026-02-25``, ``2026/02/25``, optionally with a time glued
    on by ``T`` (``2026-02-25T10:00``, seconds and time zone allowed);
  * day first, in figures: ``25/02/2026``, ``25-02-2026``, ``25.02.26``;
  * day first, in words: ``25 février 2026``, ``1er mars 2026``,
    ``mercredi 25 fevrier 2026``, ``25 févr. 2026`` (French names with or
    without accents, English names too).

  The shapes are fixed patterns, so the body's first word is never taken for
  part of the date, even when it is a number. python-dateutil then turns the
  matched text into a date.
- A header whose date has the right shape but does not exist
  (``2026-02-30``) is still a header: it is removed and the date is None.
  The writer clearly meant a header, and keeping it would put it in the text
  to annotate and make the article's id change once the date is corrected.
- ``date`` followed by anything else ("Date limite : lundi...") is not a
  header: it is the article's first word, and the whole text is the body.
- The body is what follows the date, with white space stripped from both
  ends of the whole body (which also removes the blanks between header and
  body). Nothing inside the body is touched.
"""

from __future__ import annotations

import datetime as _dt
import re

from dateutil import parser

from annotator.corpus.french_dates import FrenchParserInfo, month_names, weekday_names

_INFO = FrenchParserInfo()


def _alternatives(names: list[str]) -> str:
    # Longest first, so that "février" is tried before "févr".
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


_BLANK = r"[^\S\n]"  # white space that stays on the first line
_HEADER = re.compile(
    rf"""
    ^{_BLANK}*date(?:{_BLANK}*:{_BLANK}*|{_BLANK}+)
    (?P<date>
        (?P<year_first>
            [0-9]{{4}}(?P<s1>[-/.])[0-9]{{1,2}}(?P=s1)[0-9]{{1,2}}
            (?:T[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}}(?:\.[0-9]+)?)?
               (?:Z|[+-][0-9]{{2}}(?::?[0-9]{{2}})?)?)?
        )
        | [0-9]{{1,2}}(?P<s2>[-/.])[0-9]{{1,2}}(?P=s2)(?:[0-9]{{4}}|[0-9]{{2}})
        | (?:(?:{_alternatives(weekday_names())}),?{_BLANK}+)?
          [0-9]{{1,2}}(?:er)?{_BLANK}+(?:{_alternatives(month_names())})\.?{_BLANK}+[0-9]{{4}}
    )
    (?!\S)
    """,
    re.IGNORECASE | re.VERBOSE,
)


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_header(text: str) -> tuple[_dt.date | None, str]:
    """Split ``text`` into its header date and its body (see the module doc for the rule).

    Without a header the date is None and the body is the whole text; both
    ways the body is stripped of white space at its two ends, nothing else.
    """
    match = _HEADER.match(text)
    if match is None:
        return None, text.strip()
    return _to_date(match), text[match.end() :].strip()


def _to_date(match: re.Match[str]) -> _dt.date | None:
    # Blanks inside the date may be no-break spaces; dateutil wants plain ones.
    written = " ".join(match["date"].split())
    if _ISO_DAY.fullmatch(written):
        # Most headers: read in C, where dateutil took a tenth of a small file's import.
        try:
            return _dt.date.fromisoformat(written)
        except ValueError:
            return None
    year_first = match["year_first"] is not None
    try:
        moment = parser.parse(
            written, parserinfo=_INFO, yearfirst=year_first, dayfirst=not year_first
        )
    except (ValueError, OverflowError):
        return None
    return moment.date()
