"""The W3C Web Annotation export: every MUST of the data model, JSON-LD that a processor
(pyld) expands against the W3C context with nothing dropped, offsets in code points, and
export -> import-annotations giving the same layer back, on the seeds and on hostile text.

No network: the context is the copy in tests/exchange/contexts/ (from the W3C's
web-annotation repository, jsonld/anno.jsonld), served by a document loader that refuses
every other address.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from pyld import jsonld

from annotator import cli
from annotator.errors import ExchangeError
from annotator.exchange.work import article_iri
from tests.exchange.w3c_must import CONTEXT, collection_problems

CONTEXTS = Path(__file__).resolve().parent / "contexts"
OA = "http://www.w3.org/ns/oa#"
XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"


def local_loader(url: str, options=None) -> dict:
    """pyld's document loader, offline: the W3C context from tests/, nothing else."""
    if url.rstrip("/") in (CONTEXT, CONTEXT.replace("http:", "https:")):
        document = json.loads((CONTEXTS / "anno.jsonld").read_text(encoding="utf-8"))
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": document}
    raise AssertionError(f"the test asked for {url}: no network in tests")


def export(project, reviewer: str, path: Path) -> dict:
    project.exports.export("w3c", reviewer, path)
    return json.loads(path.read_text(encoding="utf-8"))


def layer_state(project, reviewer: str) -> dict:
    """Everything of a reviewer's layer that an import replaces, by article id and offsets."""
    layer = project.exchange.layer(reviewer)
    notes, fields = {}, {}
    for summary in project.articles(None):
        spans = {s.id: (summary.id, s.start, s.end) for s in project.sentences(summary.id)}
        notes |= {spans[sid]: note for sid, note in project.notes(reviewer, summary.id).items()}
        fields |= {spans[sid]: found for sid in spans if (found := project.fields(reviewer, sid))}
    return {"statuses": layer.statuses, "units": layer.units, "links": layer.links, "claims": layer.claims,
            "notes": notes, "fields": fields}


def forget(project, reviewer: str) -> None:
    """Remove every piece of the reviewer's work (test only), so an import has it all to bring back."""
    rid = project.existing_reviewer_id(reviewer)
    for table in ("labels", "notes", "links", "article_status", "sentence_fields", "claims"):
        project.db.execute(f"DELETE FROM {table} WHERE reviewer_id = ?", [rid])


def test_every_must_holds_on_hostile_work(hostile, tmp_path):
    project, reviewers = hostile
    for reviewer in reviewers:
        doc = export(project, reviewer, tmp_path / "out.jsonld")
        assert collection_problems(doc) == []
        motivations = {item["motivation"] for item in doc["first"]["items"]}
        assert motivations == {"tagging", "commenting", "describing", "linking", "assessing", "identifying"}


def test_the_must_checker_catches_each_broken_rule(hostile, tmp_path):
    project, reviewers = hostile
    doc = export(project, reviewers[0], tmp_path / "out.jsonld")
    for breaking, expected in (
        (lambda a: a.pop("target"), "3.1 an Annotation MUST have 1 or more targets"),
        (lambda a: a.update(created="2026-03-01 10:00"), "created MUST be xsd:dateTime"),
        (lambda a: a.update(type="Note"), "type MUST include Annotation"),
        (lambda a: a.update(motivation="liking"), "MUST be a Motivation"),
        (lambda a: a["target"]["selector"][0].update(start=-1), "4.2.5 start"),
        (lambda a: a["target"]["selector"][1].pop("exact"), "4.2.4"),
        (lambda a: a["target"].pop("source"), "exactly 1 source"),
    ):
        broken = copy.deepcopy(doc)
        item = next(i for i in broken["first"]["items"] if i["motivation"] == "commenting")
        breaking(item)
        assert any(expected in problem for problem in collection_problems(broken)), expected


def test_positions_are_code_points_and_quotes_are_the_article_text(hostile, tmp_path):
    project, reviewers = hostile
    texts = {
        article_iri(s.id, project.metadata.of(s.id).url): project.article(s.id).text for s in project.articles(None)
    }
    doc = export(project, reviewers[1], tmp_path / "out.jsonld")
    checked = 0
    for item in doc["first"]["items"]:
        for target in item["target"] if isinstance(item["target"], list) else [item["target"]]:
            if isinstance(target, str):
                continue
            position, quote = target["selector"]
            text = texts[target["source"]]
            start, end = position["start"], position["end"]
            assert text[start:end] == quote["exact"]
            assert text[:start].endswith(quote["prefix"]) and text[end:].startswith(quote["suffix"])
            checked += 1
    assert checked > 300
    assert any(ord(ch) > 0xFFFF for item in doc["first"]["items"] for ch in json.dumps(item, ensure_ascii=False))


def test_pyld_expands_every_annotation_against_the_w3c_context_with_nothing_dropped(hostile, tmp_path):
    project, reviewers = hostile
    doc = export(project, reviewers[0], tmp_path / "out.jsonld")
    expanded = jsonld.expand(doc, {"documentLoader": local_loader})
    page = expanded[0]["http://www.w3.org/ns/activitystreams#first"][0]
    items = page["http://www.w3.org/ns/activitystreams#items"][0]["@list"]
    assert len(items) == doc["total"] == len(doc["first"]["items"])
    for compact, node in zip(doc["first"]["items"], items):
        assert node["@type"] == [OA + "Annotation"]
        assert node["@id"] == compact["id"]
        assert node["http://purl.org/dc/terms/created"][0]["@type"] == XSD_DATETIME
        assert node[OA + "motivatedBy"][0]["@id"] == OA + compact["motivation"]
        # Each annotation carries the context, and every other key written is a term of it: expansion keeps them all.
        assert compact["@context"] == CONTEXT and len(node) == len(compact) - 1
        assert len(node[OA + "hasBody"]) == len(compact["body"]) if isinstance(compact["body"], list) else 1
    # And the whole document as RDF: every annotation a typed node.
    quads = jsonld.to_rdf(doc, {"documentLoader": local_loader, "format": "application/n-quads"})
    assert quads.count(f"<{OA}Annotation>") == doc["total"]


@pytest.mark.parametrize("which", [0, 1])
def test_export_then_import_gives_the_same_layer(hostile, tmp_path, which):
    project, reviewers = hostile
    reviewer = reviewers[which]
    before = layer_state(project, reviewer)
    other = layer_state(project, reviewers[1 - which])
    path = tmp_path / "out.jsonld"
    export(project, reviewer, path)
    forget(project, reviewer)
    assert layer_state(project, reviewer) != before
    assert project.exchange.import_annotations(path) == reviewer
    assert layer_state(project, reviewer) == before
    assert layer_state(project, reviewers[1 - which]) == other


def test_a_sentence_s_tags_are_one_annotation_and_one_per_label_is_read_as_well(hostile, tmp_path):
    """One annotation per sentence with a body per label (what is written), or one annotation per
    label each with its own @context (what earlier exports wrote): the same layer either way."""
    project, reviewers = hostile
    before = layer_state(project, reviewers[0])
    path = tmp_path / "out.jsonld"
    doc = export(project, reviewers[0], path)
    tags = [i for i in doc["first"]["items"] if i["motivation"] == "tagging" and isinstance(i["target"], dict)]
    assert any(isinstance(i["body"], list) and len(i["body"]) > 1 for i in tags)
    assert all(len({b["value"] for b in i["body"]}) == len(i["body"]) for i in tags if isinstance(i["body"], list))
    items = []
    for item in doc["first"]["items"]:
        if item in tags and isinstance(item["body"], list):
            items += [{**item, "@context": CONTEXT, "id": f"{item['id']}:{b['value']}", "body": b} for b in item["body"]]
        else:
            items.append({**item, "@context": CONTEXT})
    doc["first"]["items"] = items
    doc["total"] = len(items)
    assert collection_problems(doc) == []
    path.write_text(json.dumps(doc), encoding="utf-8")
    forget(project, reviewers[0])
    assert project.exchange.import_annotations(path) == reviewers[0]
    assert layer_state(project, reviewers[0]) == before


def test_the_command_line_round_trip_on_the_seeds(disputed, tmp_path):
    project, _, _ = disputed
    before = layer_state(project, "alice")
    path = tmp_path / "alice.jsonld"
    assert cli.main(["export", "--db", str(project.path), "--reviewer", "alice", "--format", "w3c", "-o", str(path)]) == 0
    forget(project, "alice")
    assert cli.main(["import-annotations", "--db", str(project.path), str(path)]) == 0
    assert layer_state(project, "alice") == before


def test_a_quote_that_no_longer_matches_is_refused_by_place_and_nothing_is_imported(hostile, tmp_path):
    project, reviewers = hostile
    path = tmp_path / "out.jsonld"
    doc = export(project, reviewers[0], path)
    texts = [i["target"]["selector"][1] for i in doc["first"]["items"] if i["motivation"] == "commenting"]
    texts[0]["exact"] = "autre texte"
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = layer_state(project, reviewers[0])
    with pytest.raises(ExchangeError, match=r"first\.items\[\d+\]\.target: quotes \d+-\d+ otherwise than"):
        project.exchange.import_annotations(path)
    for item in doc["first"]["items"]:  # every quote alike: the articles' text is what refuses them
        for target in item["target"] if isinstance(item["target"], list) else [item["target"]]:
            if isinstance(target, dict):
                target["selector"][1]["exact"] = "autre texte"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ExchangeError, match=r"first\.items\[\d+\]\.target: the text at \d+-\d+ of article"):
        project.exchange.import_annotations(path)
    assert layer_state(project, reviewers[0]) == before


def test_an_article_not_in_the_file_is_refused_by_its_iri(hostile, tmp_path):
    project, reviewers = hostile
    path = tmp_path / "out.jsonld"
    doc = export(project, reviewers[0], path)
    item = next(i for i in doc["first"]["items"] if i["motivation"] == "commenting")
    item["target"]["source"] = "urn:annotator:article:0000000000000000"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ExchangeError, match="urn:annotator:article:0000000000000000: is not an article"):
        project.exchange.import_annotations(path)
