"""A rule of the exchange format broken inside a document.

``DocumentError`` names the place inside a document, and is all the checks
need to know; the reader adds the file's path by turning it into the
user-facing :class:`annotator.errors.ExchangeError`.
"""

from __future__ import annotations

from annotator.errors import shorten


class DocumentError(ValueError):
    """A rule broken at ``where`` (a JSON path such as
    ``articles[2].sentences[5].end``, or ``line 3 column 17``)."""

    def __init__(self, where: str, what: str) -> None:
        self.where = where
        self.what = shorten(what)
        super().__init__(f"{where}: {self.what}")
