"""The JSON Schema of the exchange format, loaded from resources/.

The schema file is the format's documentation; validating against it first
means the shape is stated once, and every later check can trust the types.
"""

from __future__ import annotations

import functools
import itertools
import json
from typing import Any

import jsonschema
import jsonschema.exceptions
import jsonschema.validators

from annotator.exchange.errors import DocumentError
from annotator.paths import resource

SCHEMA_NAME = "annotations.schema.json"

# Errors looked at to choose the one to report: enough to pick well, few
# enough that a million broken sentences do not take a minute to describe.
ERRORS_CONSIDERED = 1000


def schema_text() -> str:
    """The schema as shipped (installed package or source checkout)."""
    return resource(SCHEMA_NAME).read_text("utf-8")


@functools.cache
def _validator() -> jsonschema.protocols.Validator:
    base = jsonschema.Draft202012Validator
    # JSON Schema counts 1.0 as an integer; an offset of 1.0 would then reach
    # the store as a float, so only true integers pass.
    checker = base.TYPE_CHECKER.redefine(
        "integer", lambda _checker, value: isinstance(value, int) and not isinstance(value, bool)
    )
    strict = jsonschema.validators.extend(base, type_checker=checker)
    schema = json.loads(schema_text())
    return strict(_inline(schema, schema["$defs"]))


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    """Replace each ``{"$ref": "#/$defs/x"}`` with a copy of ``x``: a validator
    follows a reference at every use, for every article and sentence, and this
    schema has no recursion that would need them."""
    if isinstance(node, list):
        return [_inline(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    inlined = {key: _inline(value, defs) for key, value in node.items() if key not in ("$ref", "$defs")}
    if "$ref" in node:
        inlined = {**_inline(defs[node["$ref"].removeprefix("#/$defs/")], defs), **inlined}
    return inlined


def check_schema(document: Any) -> None:
    """Raise ``DocumentError`` at the most relevant place where ``document``
    breaks the schema."""
    errors = itertools.islice(_validator().iter_errors(document), ERRORS_CONSIDERED)
    try:
        error = jsonschema.exceptions.best_match(errors)
    except RecursionError:
        raise DocumentError("document", "nested too deeply to check") from None
    if error is not None:
        where = error.json_path.removeprefix("$").removeprefix(".") or "document"
        raise DocumentError(where, error.message)
