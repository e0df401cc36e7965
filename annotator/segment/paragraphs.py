"""Paragraphs: the non-blank lines of a text, as stripped offsets.

News bodies arrive with one paragraph per line (some sources add a blank
line between them, some do not), and headings, bullets, captions and table
rows are lines of their own. So a line break is always a hard boundary and a
paragraph is simply a non-blank line. Sentences never cross one, which keeps
every sentence inside exactly one paragraph.
"""

from __future__ import annotations

import re

# The characters ``str.splitlines`` breaks on: the same notion of "line" as
# the rest of Python, so text pasted with \r, \r\n, \f or U+2028 behaves.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

# A line without its surrounding white space: starts and ends on a
# non-space character (``\S`` is exactly ``not str.isspace()``), and every
# line break is white space, so a match never crosses one.
LINE = re.compile(rf"\S(?:[^{LINE_BREAKS}]*\S)?")
