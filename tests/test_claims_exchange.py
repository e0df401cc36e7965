"""Claims and fact-check fields through the JSON exchange file: the seed case exported,
imported into another file and exported again; numbers kept or given anew; a claim
whose sentence this file lacks refused by name with nothing imported; version 1 files."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from annotator.claims.model import Source
from annotator.errors import ExchangeError
from annotator.project import Project

STAMP = "2026-11-23T10:00:00Z"


def export_text(project: Project, reviewer: str) -> str:
    out = io.StringIO()
    project.exchange.write_export(reviewer, out, STAMP)
    return out.getvalue()


def _nato(project: Project) -> tuple[int, int]:
    (article,) = [a.id for a in project.articles(None) if a.source.startswith("003")]
    found = {}
    for sentence in project.sentences(article):
        text = project.sentence_text(sentence.id)
        for key, words in (("report", "sur les réseaux classifiés de l'OTAN"),
                           ("correction", "l'OTAN concernait les réseaux non classifiés")):
            if words in text:
                found[key] = sentence.id
    return found["report"], found["correction"]


@pytest.fixture
def checked(seeded):
    """alice's NATO claim (misleading, a source, a rationale) and a statistic's fields."""
    report, correction = _nato(seeded)
    claim_id = next(iter(seeded.claims.create("alice", report, "OpenAI sur les réseaux classifiés").claims))
    seeded.claims.attach("alice", claim_id, correction)
    seeded.claims.update("alice", claim_id, verdict="misleading", rationale="Altman s'est mal exprimé.",
                         checked_at=dt.date(2026, 3, 5))
    seeded.claims.set_sources("alice", claim_id, (Source("https://www.wsj.com/", "WSJ", dt.date(2026, 3, 5)),))
    seeded.set_label("alice", correction, "statistic", True)
    seeded.set_field("alice", correction, "statistic", "source", "Wall Street Journal")
    seeded.set_field("alice", report, "quote", "speaker", "Sam Altman")
    return seeded, claim_id, report, correction


def test_the_seed_claim_goes_to_another_file_and_back_unchanged(checked, project, tmp_path):
    seeded, claim_id, report, correction = checked
    exported = export_text(seeded, "alice")
    document = json.loads(exported)
    (claim,) = document["claims"]
    assert (claim["id"], claim["verdict"], claim["checked_at"]) == (claim_id, "misleading", "2026-03-05")
    assert claim["sources"] == [{"url": "https://www.wsj.com/", "title": "WSJ", "accessed": "2026-03-05"}]
    assert len(claim["appearances"]) == 2
    (tmp_path / "alice.json").write_text(exported, encoding="utf-8")
    assert project.exchange.import_annotations(tmp_path / "alice.json") == "alice"
    assert project.claims.get("alice", claim_id) == seeded.claims.get("alice", claim_id)
    assert export_text(project, "alice") == exported
    report_there = project.claims.timeline("alice", claim_id)[0].sentence_id
    assert project.fields("alice", report_there) == {"quote": {"speaker": "Sam Altman"}}


def test_numbers_taken_in_the_target_are_given_anew(checked, tmp_path):
    seeded, claim_id, report, _ = checked
    seeded.exchange.export_json("alice", tmp_path / "alice.json")
    seeded.claims.delete("alice", claim_id)
    seeded.claims.create("bob", report)  # bob's claim takes the number
    seeded.exchange.import_annotations(tmp_path / "alice.json")
    (summary,) = seeded.claims.list("alice")
    assert summary.id != claim_id and summary.verdict == "misleading" and summary.appearances == 2
    assert seeded.claims.of_sentence("bob", report) == claim_id


def test_an_import_replaces_the_claims_on_its_articles_only(checked, tmp_path):
    seeded, claim_id, report, _ = checked
    elsewhere = seeded.sentences(seeded.articles(None)[0].id)[0].id
    seeded.exchange.export_json("alice", tmp_path / "alice.json")
    data = json.loads((tmp_path / "alice.json").read_text(encoding="utf-8"))
    article = seeded.sentence(report).article_id
    data["articles"] = [a for a in data["articles"] if a["id"] == article]
    (tmp_path / "one.json").write_text(json.dumps(data), encoding="utf-8")
    seeded.claims.update("alice", claim_id, verdict="true")
    other = next(iter(seeded.claims.create("alice", elsewhere).claims))
    seeded.exchange.import_annotations(tmp_path / "one.json")
    assert seeded.claims.get("alice", claim_id).verdict == "misleading"
    assert seeded.claims.of_sentence("alice", elsewhere) == other


def test_a_claim_on_a_sentence_this_file_lacks_is_refused_by_name(checked, tmp_path):
    seeded, _, report, correction = checked
    data = json.loads(export_text(seeded, "alice"))
    article = seeded.sentence(correction).article_id
    (item,) = [a for a in data["articles"] if a["id"] == article]
    listed = item["sentences"]
    at = next(n for n, s in enumerate(listed) if (s["start"], s["end"]) == _span(seeded, correction))
    listed[at]["end"] -= 1  # a sentence the file lists, that this release does not cut
    listed[at]["labels"], listed[at]["fields"] = [], {}
    data["claims"][0]["appearances"][1]["end"] -= 1
    (tmp_path / "shifted.json").write_text(json.dumps(data), encoding="utf-8")
    seeded.claims.delete("alice", data["claims"][0]["id"])
    before = export_text(seeded, "alice")
    with pytest.raises(ExchangeError, match=r"claims\[0\]\.appearances\[1\]: offsets \d+-\d+ are not a sentence"):
        seeded.exchange.import_annotations(tmp_path / "shifted.json")
    assert export_text(seeded, "alice") == before


def test_a_file_of_version_1_still_imports_and_replaces_the_claims_there(checked, tmp_path):
    seeded, claim_id, report, _ = checked
    data = json.loads(export_text(seeded, "alice"))
    data["version"] = 1
    del data["claims"]
    for article in data["articles"]:
        for sentence in article["sentences"]:
            del sentence["fields"]
    (tmp_path / "old.json").write_text(json.dumps(data), encoding="utf-8")
    seeded.set_label("alice", report, "claim", True)
    assert seeded.exchange.import_annotations(tmp_path / "old.json") == "alice"
    assert seeded.claims.list("alice") == [] and seeded.fields("alice", report) == {}
    assert "claim" not in seeded.sentence_labels("alice", report)
    assert seeded.sentence_labels("alice", _nato(seeded)[1]) == {"statistic"}


def _span(project: Project, sentence_id: int) -> tuple[int, int]:
    sentence = project.sentence(sentence_id)
    return sentence.start, sentence.end
