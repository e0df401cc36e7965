"""The two ways an exchange document is refused.

``DocumentError`` names the place inside a document, and is all the checks
need to know; the reader adds the file's path by turning it into an
``ExchangeError``, which is what the faces show to the user.
"""

from __future__ import annotations

from pathlib import Path

MESSAGE_LIMIT = 300


def shorten(text: str) -> str:
    """Cut a message that quotes input down to a size a dialog can show: a
    bad value may be a megabyte of text."""
    if len(text) <= MESSAGE_LIMIT:
        return text
    return text[: MESSAGE_LIMIT - 1] + "…"


class DocumentError(ValueError):
    """A rule broken at ``where`` (a JSON path such as
    ``articles[2].sentences[5].end``, or ``line 3 column 17``)."""

    def __init__(self, where: str, what: str) -> None:
        self.where = where
        self.what = shorten(what)
        super().__init__(f"{where}: {self.what}")


class ExchangeError(Exception):
    """A file that cannot be imported, with the reason and where it lies."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        self.message = shorten(message)
        super().__init__(f"{path}: {self.message}")
