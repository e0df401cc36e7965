"""Parsing JSON text strictly, with errors that say where.

The standard parser keeps the last of two equal keys and accepts NaN; both
would let a damaged file through looking whole, so they are refused here.
"""

from __future__ import annotations

import json
import json.scanner
from typing import Any

from annotator.exchange.errors import DocumentError


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


class _NotJson(Exception):
    def __init__(self, what: str) -> None:
        self.what = what


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return obj


def _constant(name: str) -> float:
    raise _NotJson(f"{name} is not a JSON value")


def _position(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    column = index - text.rfind("\n", 0, index)
    return f"line {line} column {column}"


def parse(text: str) -> Any:
    """Parse ``text`` as strict JSON or raise ``DocumentError``."""
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_constant)
    except json.JSONDecodeError as error:
        raise DocumentError(f"line {error.lineno} column {error.colno}", f"invalid JSON: {error.msg}") from None
    except _DuplicateKey as error:
        raise _locate_duplicate(text, error.key) from None
    except _NotJson as error:
        raise DocumentError("document", f"invalid JSON: {error.what}") from None
    except RecursionError:
        raise DocumentError(_position(text, _deepest(text)), "invalid JSON: nested too deeply to read") from None
    except ValueError as error:  # an integer too long for int(), say
        raise DocumentError("document", f"invalid JSON: {error}") from None


def _deepest(text: str) -> int:
    """Where the nesting of ``text`` first reaches its greatest depth (brackets in
    strings not counted): the place to show for a file nested too deeply."""
    depth = deepest = where = 0
    in_string = escaped = False
    for index, char in enumerate(text):
        if in_string:
            escaped, in_string = (False, True) if escaped else (char == "\\", char != '"')
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest, where = depth, index
        elif char in "]}":
            depth -= 1
    return where


def _locate_duplicate(text: str, key: str) -> DocumentError:
    """Parse again, slowly, to find the object holding a repeated key: only
    the pure-Python scanner lets us see where each object starts, and we pay
    for it only when the file is already refused."""
    decoder = json.JSONDecoder(object_pairs_hook=_object)
    parse_object = decoder.parse_object

    def located(s_and_end: tuple[str, int], *args: Any) -> Any:
        try:
            return parse_object(s_and_end, *args)
        except _DuplicateKey as error:
            raise DocumentError(
                _position(text, s_and_end[1] - 1), f"invalid JSON: key {error.key!r} appears twice in this object"
            ) from None

    decoder.parse_object = located
    decoder.scan_once = json.scanner.py_make_scanner(decoder)
    try:
        decoder.decode(text)
    except DocumentError as error:
        return error
    except RecursionError:
        pass
    return DocumentError("document", f"invalid JSON: key {key!r} appears twice in one object")
