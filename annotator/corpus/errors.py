"""The one exception the corpus layer raises for bad input.

Importing is done in bulk: the caller reads many files, keeps going past the
bad ones and lists them at the end. So every problem with a file, whatever
its cause (missing, binary, wrong encoding, too large...), comes out as this
single type carrying the file's name and a reason a user can act on, never
as a traceback.
"""

from __future__ import annotations


class CorpusError(Exception):
    """A file that cannot be read as an article: ``str()`` is "<path>: <reason>"."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
