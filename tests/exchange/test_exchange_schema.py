"""The schema is the format's documentation: it must be valid and complete."""

from __future__ import annotations

import json
from typing import Any

import jsonschema

from annotator.exchange import schema_text
from annotator.model import LABELS, RELATIONS, STATUSES

SCHEMA = json.loads(schema_text())


def _objects(node: Any, where: str = "schema"):
    """Every subschema that describes an object, with its place."""
    if isinstance(node, dict):
        if node.get("type") == "object":
            yield where, node
        for key, value in node.items():
            yield from _objects(value, f"{where}.{key}")


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_every_key_is_documented_and_extra_keys_are_allowed() -> None:
    objects = list(_objects(SCHEMA))
    assert len(objects) == 5  # document, article, sentence, sentence reference, link
    for where, node in objects:
        assert node.get("additionalProperties", True) is True, where
        assert set(node["required"]) == set(node["properties"]), where
        for key, sub in node["properties"].items():
            described = sub.get("description") or SCHEMA["$defs"][sub["$ref"].rsplit("/", 1)[1]]["description"]
            assert len(described) > 20, f"{where}.{key}"


def test_schema_words_match_the_model() -> None:
    defs = SCHEMA["$defs"]
    assert tuple(defs["label"]["enum"]) == LABELS
    assert tuple(defs["link"]["properties"]["relation"]["enum"]) == RELATIONS
    assert tuple(defs["article"]["properties"]["status"]["enum"]) == STATUSES
