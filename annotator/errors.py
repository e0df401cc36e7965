"""Every error a user is shown: one family, so each face catches one type.

The command line prints any :class:`AnnotatorError` and exits 2; the window
shows it in a dialog. What a face may offer next is a structured flag, never
a match on the message: ``readonly_would_work`` says that opening the same
file read-only would succeed (the file or its folder cannot be written).

A message the window shows is built as annotator/translatable.py says, so that
the window can say it in its language (``str()`` is the English, as the
command line prints it): the file's name stays as it is, the reason is
translated.

This is the lowest layer but translatable.py: it imports nothing else from the
package, so every other module can raise these.
"""

from __future__ import annotations

from pathlib import Path

from .translatable import QT_TRANSLATE_NOOP, Joined

MESSAGE_LIMIT = 300

_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: C0 and C1 controls, DEL, lone surrogates (a file name's bytes that are not UTF-8,
#: decoded by Python as U+DC80-U+DCFF), bidirectional overrides and isolates, and
#: the Unicode line and paragraph separators: each written as an escape.
_ESCAPED = {
    **{code: _NAMED_ESCAPES.get(chr(code), f"\\x{code:02x}") for code in [*range(0x20), *range(0x7F, 0xA0)]},
    **{code: f"\\x{code - 0xDC00:02x}" for code in range(0xDC80, 0xDD00)},
    **{code: f"\\u{code:04x}" for code in [*range(0xD800, 0xDC80), *range(0xDD00, 0xE000)]},
    **{code: f"\\u{code:04x}" for code in [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029]},
}


def printable(text: str) -> str:
    """``text`` (a file or reviewer name, a message quoting one) safe to print on one
    line: control characters, bidirectional overrides and undecodable bytes of a
    file name become visible escapes, so a name cannot forge lines of output,
    move the cursor, reorder what a terminal shows, or fail to encode as UTF-8.
    """
    return text.translate(_ESCAPED)


def shorten(text: str) -> str:
    """Cut a message that quotes input down to a size a dialog can show: a
    bad value may be a megabyte of text."""
    if len(text) <= MESSAGE_LIMIT:
        return text
    return text[: MESSAGE_LIMIT - 1] + "…"


def about(path: object, reason: str) -> str:
    """``"<path>: <reason>"``, the file's name made printable."""
    return QT_TRANSLATE_NOOP("errors", "{path}: {reason}").format(path=printable(str(path)), reason=reason)


class AnnotatorError(Exception):
    """Something the user asked for that cannot be done; ``str()`` says why.

    ``path`` is the file concerned, when there is one.
    """

    readonly_would_work: bool = False
    path: str | Path | None = None

    def __init__(
        self, message: str = "", *, path: str | Path | None = None,
        readonly_would_work: bool | None = None,
    ) -> None:
        super().__init__(message)
        if path is not None:
            self.path = path
        if readonly_would_work is not None:
            self.readonly_would_work = readonly_would_work


class StoreError(AnnotatorError):
    """A database file that cannot be used, with a reason a user can act on."""

    def __init__(self, path: Path | str, reason: str, *, readonly_would_work: bool = False):
        super().__init__(about(path, reason), path=str(path), readonly_would_work=readonly_would_work)
        self.reason = reason


class CorpusError(AnnotatorError):
    """A file that cannot be read as an article: ``str()`` is "<path>: <reason>".

    Importing is done in bulk: the caller reads many files, keeps going past
    the bad ones and lists them at the end, so every problem with a file
    (missing, binary, wrong encoding, too large...) comes out as this one type.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(about(path, reason), path=path)
        self.reason = reason


class ExchangeError(AnnotatorError):
    """An exchange file that cannot be imported, with the reason and where it lies."""

    def __init__(self, path: Path, message: str) -> None:
        self.message = shorten(message)
        super().__init__(about(path, self.message), path=path)


class ProjectError(AnnotatorError):
    """A user operation that cannot be done as asked (unknown article, bad label...)."""


class WouldReplace(ProjectError):
    """An import that would overwrite work the reviewer has in the file and the
    file does not hold (say, an older export of theirs): refused until confirmed."""

    def __init__(self, path: object, reviewer: str, lost: dict[str, int]):
        self.reviewer, self.lost = reviewer, lost
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "{path}: importing it would replace work of {reviewer} that it does not hold "
                              "({work})").format(path=path, reviewer=reviewer, work=self.summary()),
            path=path,  # type: ignore[arg-type]
        )

    def summary(self) -> str:
        """``"3 labels, 1 note, 2 claims"``: what would be removed."""
        return count_work(self.lost)


class LayerHoldsWork(ProjectError):
    """A whole layer written (a merge ``--into``) over a reviewer's layer that already
    holds work of any kind: refused until confirmed, since it would be replaced."""

    def __init__(self, path: object, reviewer: str, held: dict[str, int]):
        self.reviewer, self.held = reviewer, held
        super().__init__(QT_TRANSLATE_NOOP("errors", "{path}: {reviewer} already has {work}").format(
            path=path, reviewer=reviewer, work=count_work(held)), path=path)  # type: ignore[arg-type]


#: kind of work -> how one and several are counted in a message
_COUNTED = {
    "labels": (QT_TRANSLATE_NOOP("errors", "{n} label"), QT_TRANSLATE_NOOP("errors", "{n} labels")),
    "notes": (QT_TRANSLATE_NOOP("errors", "{n} note"), QT_TRANSLATE_NOOP("errors", "{n} notes")),
    "links": (QT_TRANSLATE_NOOP("errors", "{n} link"), QT_TRANSLATE_NOOP("errors", "{n} links")),
    "statuses": (QT_TRANSLATE_NOOP("errors", "{n} status"), QT_TRANSLATE_NOOP("errors", "{n} statuses")),
    "claims": (QT_TRANSLATE_NOOP("errors", "{n} claim"), QT_TRANSLATE_NOOP("errors", "{n} claims")),
    "fields": (QT_TRANSLATE_NOOP("errors", "{n} field"), QT_TRANSLATE_NOOP("errors", "{n} fields")),
}


def count_work(counts: dict[str, int]) -> str:
    """``{"labels": 3, "notes": 1}`` -> ``"3 labels, 1 note"``, naming only what is there."""
    return Joined(", ", [_COUNTED[kind][count != 1].format(n=count) if kind in _COUNTED else f"{count} {kind}"
                         for kind, count in counts.items() if count])


class Cancelled(ProjectError):
    """The user stopped a long operation; nothing of it was kept."""
