"""Checks on text a user gives, before any of it is written."""

from __future__ import annotations

import unicodedata

from ..errors import ProjectError, printable


def savable(text: str, what: str) -> str:
    """Refuse text UTF-8 cannot hold (a lone surrogate from a hostile file) before any write."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ProjectError(f"{what} holds a character that cannot be saved (position {error.start})") from None
    return text


def reviewer_name(name: str, existing: list[str]) -> str:
    """The name a new reviewer is saved under: NFC, so that "Zoé" typed two ways is one
    person; refused when blank, when holding a control character (it could forge
    lines of output), or when an existing reviewer's name differs from it only by
    case (a second layer for the same person, by a slip of the Shift key)."""
    name = unicodedata.normalize("NFC", savable(name, "the reviewer's name"))
    if not name.strip():
        raise ProjectError("a reviewer needs a name")
    if any(unicodedata.category(char) == "Cc" for char in name):
        raise ProjectError(f"a reviewer's name cannot hold control characters: '{printable(name)}'")
    folded = name.casefold()
    for other in existing:
        if other != name and unicodedata.normalize("NFC", other).casefold() == folded:
            raise ProjectError(
                f"reviewer '{printable(other)}' exists already; '{printable(name)}' differs from it "
                "only by case: use the same name"
            )
    return name
