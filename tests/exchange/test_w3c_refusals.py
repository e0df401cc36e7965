"""A W3C file that is not as annotator writes it is refused by place, never with a traceback,
and the file is left as it was: every key of every kind of annotation removed or given a value
of each wrong type, in turn."""

from __future__ import annotations

import copy
import json

import pytest

from annotator.errors import ExchangeError
from tests.exchange.test_w3c_export import export

WRONG = (None, -1, "x", [], {"type": "SpecificResource"})
TABLES = ("labels", "notes", "links", "article_status", "sentence_fields", "claims", "claim_sources",
          "claim_appearances")


def fingerprint(project) -> list:
    """Every row of the reviewers' layers, timestamps included: a refusal changes none."""
    return [project.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3").fetchall() for table in TABLES]


def paths(node, prefix=()):
    """Every (path) to a value inside ``node``."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*prefix, key)
            yield from paths(value, (*prefix, key))
    elif isinstance(node, list):
        for n, value in enumerate(node):
            yield (*prefix, n)
            yield from paths(value, (*prefix, n))


def changed(doc: dict, path: tuple, value, delete: bool) -> dict:
    broken = copy.deepcopy(doc)
    node = broken
    for key in path[:-1]:
        node = node[key]
    if delete:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return broken


def test_every_damaged_key_is_refused_by_place_or_read_and_nothing_else(disputed, tmp_path):
    project, article, s = disputed
    project.set_note("alice", s[1].id, "à vérifier")
    project.set_field("alice", s[1].id, "quote", "speaker", "Sam Altman")
    claim = project.claims.create("alice", s[0].id)
    project.claims.update("alice", min(claim.claims), verdict="false", checked_at="2026-03-05")
    path = tmp_path / "alice.jsonld"
    doc = export(project, "alice", path)
    # One annotation of each kind, and the collection around them.
    kinds, items = set(), []
    for item in doc["first"]["items"]:
        key = (item["motivation"], isinstance(item["target"], str))
        if key not in kinds:
            kinds.add(key)
            items.append(item)
    doc["first"]["items"] = items
    assert len(kinds) >= 5
    refused = 0
    for where in list(paths(doc)):
        for value, delete in [(None, True), *((v, False) for v in WRONG)]:
            path.write_text(json.dumps(changed(doc, where, value, delete)), encoding="utf-8")
            before = fingerprint(project)
            try:
                project.exchange.import_annotations(path)
            except ExchangeError as error:
                assert str(error).startswith(f"{path}: "), error
                assert fingerprint(project) == before, f"{where}: refused, yet the file changed"
                refused += 1
            except Exception as error:  # noqa: BLE001 - the point of the test
                pytest.fail(f"{where} = {value!r} (delete={delete}): {type(error).__name__}: {error}")
    assert refused > 300
