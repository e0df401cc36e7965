"""The schema is the format's documentation: it must be valid and complete."""

from __future__ import annotations

import json
from typing import Any

import jsonschema

from annotator.claims.model import FIELDS, VERDICTS
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


def _described(sub: dict) -> str:
    return sub.get("description") or SCHEMA["$defs"][sub["$ref"].rsplit("/", 1)[1]]["description"]


def test_every_key_is_documented_and_extra_keys_are_allowed() -> None:
    """Every key is required but the fact-check fields (each may be left out); version 2's
    additions are required by its own branch."""
    objects = dict(_objects(SCHEMA))
    # document, article, sentence, sentence reference, link; claim, source; fields, quote's, statistic's
    assert len(objects) == 10
    optional = {"schema.$defs.fields", "schema.$defs.fields.properties.quote", "schema.$defs.fields.properties.statistic"}
    assert set(objects) >= optional
    for where, node in objects.items():
        assert node.get("additionalProperties", True) is True, where
        assert set(node["required"]) == (set() if where in optional else set(node["properties"])), where
        for key, sub in node["properties"].items():
            assert len(_described(sub)) > 20, f"{where}.{key}"
    added = SCHEMA["then"]
    assert added["required"] == ["claims"] and len(_described(added["properties"]["claims"])) > 20
    sentence = added["properties"]["articles"]["items"]["properties"]["sentences"]["items"]
    assert sentence["required"] == ["fields"] and SCHEMA["if"]["properties"]["version"] == {"const": 2}


def test_schema_words_match_the_model() -> None:
    defs = SCHEMA["$defs"]
    assert tuple(defs["label"]["enum"]) == LABELS
    assert tuple(defs["link"]["properties"]["relation"]["enum"]) == RELATIONS
    assert tuple(defs["article"]["properties"]["status"]["enum"]) == STATUSES
    assert tuple(defs["verdict"]["enum"]) == (*VERDICTS, None)
    fields = defs["fields"]["properties"]
    assert {label: tuple(fields[label]["properties"]) for label in fields} == FIELDS
    assert SCHEMA["properties"]["version"]["enum"] == [1, 2]
