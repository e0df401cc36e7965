"""Checks on text a user gives, before any of it is written."""

from __future__ import annotations

from ..errors import ProjectError


def savable(text: str, what: str) -> str:
    """Refuse text UTF-8 cannot hold (a lone surrogate from a hostile file) before any write."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ProjectError(f"{what} holds a character that cannot be saved (position {error.start})") from None
    return text
