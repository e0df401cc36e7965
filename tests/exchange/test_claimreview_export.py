"""The ClaimReview export: schema.org JSON-LD with what Google's fact-check markup requires,
every type and property used as the schema.org vocabulary defines it (domains, ranges), and
expanded by pyld against a local copy of the schema.org context with nothing dropped; the
warning when search engines would miss the url or the author. On hostile generated work.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from pyld import jsonld

from annotator import cli
from annotator.claims.model import SCALE

CONTEXTS = Path(__file__).resolve().parent / "contexts"
SCHEMA = "http://schema.org/"
TEMPLATE = "https://example.org/fact-checks/{claim}"


def local_loader(url: str, options=None) -> dict:
    if re.fullmatch(r"https?://schema\.org/?", url):
        document = json.loads((CONTEXTS / "schemaorg.jsonld").read_text(encoding="utf-8"))
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": document}
    raise AssertionError(f"the test asked for {url}: no network in tests")


def vocabulary() -> tuple[dict[str, list[str]], dict[str, tuple[list[str], list[str]]]]:
    """(type -> its supertypes, property -> (domains, ranges)) from the trimmed release 30.0 tables."""
    types, properties = {}, {}
    with open(CONTEXTS / "schemaorg-vocabulary.csv", encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            split = [x for x in row["subTypeOf"].split(", ") if x]
            if row["kind"] == "type":
                types[row["name"]] = split
            else:
                properties[row["name"]] = (row["domainIncludes"].split(", "), row["rangeIncludes"].split(", "))
    return types, properties


def ancestors(kind: str, types: dict[str, list[str]]) -> set[str]:
    found = {kind}
    for parent in types.get(kind, []):
        found |= ancestors(parent, types)
    return found


def vocabulary_problems(node: dict, where: str, types, properties) -> list[str]:
    kind = node.get("@type")
    if kind not in types:
        return [f"{where}: @type {kind!r} is not a schema.org type"]
    problems = []
    for key, value in node.items():
        if key.startswith("@"):
            continue
        if key not in properties:
            problems.append(f"{where}.{key}: not a schema.org property")
            continue
        domains, ranges = properties[key]
        if not ancestors(kind, types) & set(domains):
            problems.append(f"{where}.{key}: not a property of {kind}")
        for n, item in enumerate(value if isinstance(value, list) else [value]):
            problems += _value_problems(item, f"{where}.{key}[{n}]", ranges, types, properties)
    return problems


def _value_problems(item, where: str, ranges: list[str], types, properties) -> list[str]:
    if isinstance(item, dict):
        if not ancestors(item.get("@type", ""), types) & set(ranges):
            return [f"{where}: a {item.get('@type')} where {ranges} is expected"]
        return vocabulary_problems(item, where, types, properties)
    if isinstance(item, int) and not isinstance(item, bool):
        return [] if "Number" in ranges else [f"{where}: a number where {ranges} is expected"]
    if isinstance(item, str):
        if ranges == ["URL"] and not item.startswith(("http://", "https://")):
            return [f"{where}: {item!r} is not a URL"]
        if set(ranges) <= {"Date", "DateTime"} and not re.fullmatch(r"\d{4}-\d\d-\d\d", item):
            return [f"{where}: {item!r} is not a Date"]
        return [] if set(ranges) & {"Text", "URL", "Date", "DateTime"} else [f"{where}: text where {ranges}"]
    return [f"{where}: {item!r} is not a schema.org value"]


def export(project, reviewer: str, path: Path, **options) -> tuple[dict, list[str]]:
    warnings = project.exports.export("claimreview", reviewer, path, **options).warnings
    return json.loads(path.read_text(encoding="utf-8")), warnings


def test_every_judged_claim_is_a_claim_review_with_what_google_requires(hostile, tmp_path):
    project, reviewers = hostile
    doc, warnings = export(project, reviewers[0], tmp_path / "cr.jsonld",
                           organisation="Les <b>Vérifs</b>", url_template=TEMPLATE)
    assert warnings == []
    judged = {c.id: c for c in map(lambda s: project.claims.get(reviewers[0], s.id),
                                   project.claims.list(reviewers[0])) if c.verdict}
    reviews = doc["@graph"]
    assert doc["@context"] == "https://schema.org" and len(reviews) == len(judged) == 6
    for review in reviews:
        claim = judged[int(review["url"].rsplit("/", 1)[1])]
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"] == claim.statement
        assert review["author"] == {"@type": "Organization", "name": "Les <b>Vérifs</b>"}
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", review["datePublished"])
        rating = review["reviewRating"]
        assert rating["alternateName"] == claim.verdict
        if claim.verdict in SCALE:
            assert rating["ratingValue"] == SCALE.index(claim.verdict) + 1
            assert (rating["worstRating"], rating["bestRating"]) == (1, 5)
        else:
            assert "ratingValue" not in rating and "bestRating" not in rating
        item = review["itemReviewed"]
        assert item["@type"] == "Claim" and item["appearance"] and item["firstAppearance"] == item["appearance"][0]
        dates = [work.get("datePublished", "9999") for work in item["appearance"]]
        assert dates == sorted(dates)
    assert {r["reviewRating"]["alternateName"] for r in reviews} == {"false", "misleading", "mixed", "mostly-true",
                                                                     "true", "unverifiable"}


def test_every_type_and_property_is_used_as_schema_org_defines_it(hostile, tmp_path):
    project, reviewers = hostile
    types, properties = vocabulary()
    for reviewer in reviewers:
        doc, _ = export(project, reviewer, tmp_path / "cr.jsonld", organisation="X", url_template=TEMPLATE)
        for n, review in enumerate(doc["@graph"]):
            assert vocabulary_problems(review, f"@graph[{n}]", types, properties) == []
    # The check can fail: a property on the wrong type, a wrong value.
    bad = {"@type": "Claim", "claimReviewed": "x", "appearance": {"@type": "Rating"}}
    assert len(vocabulary_problems(bad, "bad", types, properties)) == 2


def test_pyld_expands_it_against_the_schema_org_context_with_nothing_dropped(hostile, tmp_path):
    project, reviewers = hostile
    doc, _ = export(project, reviewers[1], tmp_path / "cr.jsonld", organisation="X", url_template=TEMPLATE)
    expanded = jsonld.expand(doc, {"documentLoader": local_loader})
    assert len(expanded) == len(doc["@graph"])
    for compact, node in zip(doc["@graph"], expanded):
        assert node["@type"] == [SCHEMA + "ClaimReview"]
        assert {key for key in node if not key.startswith("@")} == {SCHEMA + key for key in compact if key[0] != "@"}
        assert node[SCHEMA + "claimReviewed"][0]["@value"] == compact["claimReviewed"]


def test_without_a_url_template_it_is_written_with_a_warning(hostile, tmp_path):
    project, reviewers = hostile
    doc, warnings = export(project, reviewers[0], tmp_path / "cr.jsonld")
    assert doc["@graph"] and all("url" not in review and "author" not in review for review in doc["@graph"])
    assert any(w.startswith("no url: search engines need") for w in warnings)
    assert any(w.startswith("no author") for w in warnings)


def test_the_file_settings_give_the_organisation_and_url(hostile, tmp_path, capsys):
    project, reviewers = hostile
    assert cli.main(["settings", "--db", str(project.path), "organisation", "Les Vérifs"]) == 0
    assert cli.main(["settings", "--db", str(project.path), "url_template", TEMPLATE]) == 0
    out = tmp_path / "cr.jsonld"
    capsys.readouterr()
    assert cli.main(["export", "--db", str(project.path), "--reviewer", reviewers[0], "--format", "claimreview",
                     "-o", str(out)]) == 0
    assert capsys.readouterr().err == ""
    reviews = json.loads(out.read_text(encoding="utf-8"))["@graph"]
    assert all(r["author"]["name"] == "Les Vérifs" and r["url"].startswith("https://example.org/fact-checks/")
               for r in reviews)
    assert cli.main(["export", "--db", str(project.path), "--reviewer", reviewers[0], "--format", "claimreview",
                     "--url-template", "", "-o", str(out)]) == 0
    assert "no url: search engines need" in capsys.readouterr().err


def test_appearances_carry_the_articles_metadata(hostile, tmp_path):
    project, reviewers = hostile
    doc, _ = export(project, reviewers[0], tmp_path / "cr.jsonld", organisation="X", url_template=TEMPLATE)
    metas = {project.metadata.of(s.id).title: project.metadata.of(s.id) for s in project.articles(None)}
    works = [work for review in doc["@graph"] for work in review["itemReviewed"]["appearance"]]
    assert any("url" in work for work in works)
    for work in works:
        meta = metas[work["headline"]]
        assert work.get("url", "") == meta.url
        assert work.get("publisher", {}).get("name", "") == meta.outlet
        assert work.get("author", {}).get("name", "") == meta.author


def test_unverifiable_has_only_its_name():
    from annotator.exchange.claimreview import _rating

    assert _rating("unverifiable") == {"@type": "Rating", "alternateName": "unverifiable"}
