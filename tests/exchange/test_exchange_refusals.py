"""Every way a file is refused, each with the place named in the message."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from annotator.claims.model import Appearance, Claim, Source
from annotator.errors import ExchangeError
from annotator.exchange import (
    DocumentError,
    ExportArticle,
    ExportLink,
    ExportSentence,
    read_annotations,
    read_export,
    write_export,
)
from annotator.exchange import strict_json
from annotator.model import SentenceRef, article_id

TEXT = "Le rapport est classé secret. Il ne l'est pas, dit-elle. 42 % des 😀 votent."
OTHER = "A second article. It has two sentences."
FIRST = ExportArticle(
    article_id(TEXT),
    "003_c4976ce25b38cf1f.txt",
    "Un rapport",
    dt.date(2026, 3, 4),
    "done",
    TEXT,
    (ExportSentence(0, 29, ("claim",)), ExportSentence(30, 56, ("quote",), "dit-elle"),
     ExportSentence(57, 75, ("statistic",), "", (("statistic", "value", "42"), ("statistic", "unit", "%")))),
)
SECOND = ExportArticle(
    article_id(OTHER), "b.txt", "", None, "todo", OTHER, (ExportSentence(0, 17), ExportSentence(18, 39))
)
UNREVIEWED = replace(FIRST, status="todo", sentences=tuple(ExportSentence(s.start, s.end) for s in FIRST.sentences))
LINK = ExportLink(SentenceRef(FIRST.id, 0, 29), SentenceRef(SECOND.id, 18, 39), "contradicts", "")
CLAIM = Claim(
    1, "Le rapport est secret", "misleading", "Il ne l'est pas.", dt.date(2026, 3, 5),
    (Source("https://example.org/rapport", "Le rapport", dt.date(2026, 3, 5)),),
    tuple(sorted((Appearance(FIRST.id, 0, 29), Appearance(SECOND.id, 0, 17)))),
)


def written(reviewer: str | None = "alice", links: list[ExportLink] | None = None) -> str:
    out = io.StringIO()
    articles = [FIRST, SECOND] if reviewer else [UNREVIEWED]
    write_export(out, reviewer, "2026-11-23T10:00:00Z", articles, [LINK] if links is None else links,
                 claims=[CLAIM] if reviewer else [])
    return out.getvalue()


def valid() -> dict[str, Any]:
    return json.loads(written())


def refused(tmp_path: Path, content: str | bytes) -> str:
    path = tmp_path / "export.json"
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    with pytest.raises(ExchangeError) as caught:
        read_export(path)
    assert caught.value.path == path
    assert str(caught.value).startswith(f"{path}: ")
    return caught.value.message


def test_a_valid_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(written(), encoding="utf-8")
    document = read_export(path)
    assert [a.id for a in document.articles] == [FIRST.id, SECOND.id]
    assert document.links == (LINK,)
    assert document.claims == (CLAIM,)
    assert document.articles[0].sentences[2].fields == (("statistic", "value", "42"), ("statistic", "unit", "%"))


def test_a_file_of_version_1_is_read_without_claims_or_fields(tmp_path: Path) -> None:
    """Version 1 has neither; keys of those names in it are ignored, like any unknown key."""
    data = valid()
    data["version"] = 1
    data["claims"][0]["verdict"] = "not a verdict of version 2"
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    document = read_export(path)
    assert document.claims == () and all(not s.fields for a in document.articles for s in a.sentences)
    for sentence in data["articles"][0]["sentences"]:
        del sentence["fields"]
    del data["claims"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert read_export(path) == document


def test_no_such_file(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="no such file"):
        read_export(tmp_path / "missing.json")


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="not a file"):
        read_export(tmp_path)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated, because a chmod means nothing to root, which CI often is."""
    path = tmp_path / "locked.json"
    path.write_text(written(), encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(ExchangeError, match="cannot read: Permission denied"):
        read_export(path)


@pytest.mark.parametrize("reader", [read_export, read_annotations])
@pytest.mark.parametrize("stage", ["read", "parse"])
def test_a_file_too_large_for_memory_is_refused_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reader: Callable[[Path], object], stage: str
) -> None:
    """Simulated: Python raises MemoryError where the bytes or the parsed JSON do not fit,
    and the user is told which file, not shown a traceback."""
    path = tmp_path / "huge.json"
    path.write_text(written(), encoding="utf-8")

    def exhausted(*args: object) -> None:
        raise MemoryError

    monkeypatch.setattr(*((Path, "read_bytes") if stage == "read" else (strict_json, "parse")), exhausted)
    with pytest.raises(ExchangeError) as caught:
        reader(path)
    assert caught.value.path == path
    assert caught.value.message == "too large to read into memory"


def test_not_utf8(tmp_path: Path) -> None:
    message = refused(tmp_path, written().replace("classé", "class\udce9").encode("utf-8", "surrogateescape"))
    assert message.startswith("byte ") and "not UTF-8" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "line 1 column 1: invalid JSON: Expecting value"),
        ('{"format": "annotator"\n "version": 1}', "line 2 column 2: invalid JSON: Expecting ','"),
        ("[" * 100_000 + "]" * 100_000, "line 1 column 100000: invalid JSON: nested too deeply to read"),
        ('{"format": "annotator", "x": NaN}', "document: invalid JSON: NaN is not a JSON value"),
        ('{"format": "annotator", "x": ' + "9" * 5000 + "}", "document: invalid JSON"),
        ("[1, 2]", "document: is a JSON list, not an object"),
    ],
)
def test_not_json(tmp_path: Path, content: str, expected: str) -> None:
    assert refused(tmp_path, content).startswith(expected)


def test_duplicated_key_names_the_object(tmp_path: Path) -> None:
    text = written().replace('{"start": 30, "end": 56,', '{"start": 30, "end": 56, "start": 31,')
    line = next(n for n, content in enumerate(text.splitlines(), 1) if '"start": 31' in content)
    message = refused(tmp_path, text)
    assert message == f"line {line} column 5: invalid JSON: key 'start' appears twice in this object"


def test_duplicated_key_deep_down_is_still_refused(tmp_path: Path) -> None:
    deep = "[" * 900 + '{"a": 1, "a": 2}' + "]" * 900
    text = written().replace('"links": [', f'"extra": {deep},\n "links": [')
    assert "key 'a' appears twice" in refused(tmp_path, text)


Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = data
        for key in parents:
            target = target[key]
        target[last] = value

    return mutate


def _delete(path: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = data
        for key in parents:
            target = target[key]
        del target[last]

    return mutate


def _duplicate_article(data: dict[str, Any]) -> None:
    data["articles"].append(copy.deepcopy(data["articles"][0]))


def _duplicate_link(data: dict[str, Any]) -> None:
    data["links"].append(copy.deepcopy(data["links"][0]))


def _second_claim(**values: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        data["claims"].append({**copy.deepcopy(data["claims"][0]), **values})

    return mutate


def _swap_sentences(data: dict[str, Any]) -> None:
    sentences = data["articles"][0]["sentences"]
    sentences[0], sentences[1] = sentences[1], sentences[0]


FIRST_SENTENCE = "articles.0.sentences.0"
CASES: list[tuple[Mutation, str]] = [
    (_set("format", "anki"), "format: 'anki': not an annotator exchange file"),
    (_set("version", 3), "version: made by a newer annotator (version 3); this release reads versions 1 to 2"),
    (_set("version", 0), "version: 0 is not one of [1, 2]"),
    (_set("version", "1"), "version: '1' is not one of [1, 2]"),
    (_delete("format"), "document: 'format' is a required property"),
    (_delete("articles.0.sentences.1.note"), "articles[0].sentences[1]: 'note' is a required property"),
    (_delete("links.0.to.end"), "links[0].to: 'end' is a required property"),
    (_set("articles.0.title", 5), "articles[0].title: 5 is not of type 'string'"),
    (_set("articles", {}), "articles: {} is not of type 'array'"),
    (_set(f"{FIRST_SENTENCE}.start", 1.0), "articles[0].sentences[0].start: 1.0 is not of type 'integer'"),
    (_set(f"{FIRST_SENTENCE}.end", True), "articles[0].sentences[0].end: True is not of type 'integer'"),
    (_set(f"{FIRST_SENTENCE}.start", -1), "articles[0].sentences[0].start: -1 is less than the minimum of 0"),
    (_set(f"{FIRST_SENTENCE}.labels", ["rumour"]), "articles[0].sentences[0].labels[0]: 'rumour' is not one of"),
    (_set(f"{FIRST_SENTENCE}.labels", ["claim", "claim"]), "articles[0].sentences[0].labels: ['claim', 'claim'] has non-unique"),
    (_set("labels", ["claim"]), "articles[0].sentences[1].labels: 'quote' is not one of the file's labels"),
    (_set("labels", ["gossip"]), "labels[0]: 'gossip' is not one of"),
    (_set("links.0.relation", "refutes"), "links[0].relation: 'refutes' is not one of ['agrees', 'contradicts']"),
    (_set("articles.0.status", "finished"), "articles[0].status: 'finished' is not one of"),
    (_set("articles.0.sentences.2.end", 9000), "articles[0].sentences[2].end: 9000 is past the end of the text (75 characters)"),
    (_set("articles.0.sentences.1.end", 30), "articles[0].sentences[1]: start 30 is not before end 30"),
    (_set("articles.0.sentences.1.start", 20), "articles[0].sentences[1].start: 20 is before the end of the previous sentence (29)"),
    (_swap_sentences, "articles[0].sentences[1].start: 0 is before the end of the previous sentence (56)"),
    (_set("articles.0.text", TEXT + " "), f"articles[0].id: {FIRST.id} does not match the text, whose id is {article_id(TEXT + ' ')}"),
    (_set("articles.0.id", "3F2A000000000000"), "articles[0].id: '3F2A000000000000' does not match"),
    (_set("articles.0.date", "2026-02-30"), "articles[0].date: '2026-02-30' is not a calendar date"),
    (_set("articles.0.date", "4 March 2026"), "articles[0].date: '4 March 2026' does not match"),
    (_duplicate_article, f"articles[2].id: {FIRST.id} is already the id of articles[0]"),
    (_set("links.0.to.article", "0123456789abcdef"), "links[0].to.article: 0123456789abcdef is not an article of this file"),
    (_set("links.0.from.end", 30), f"links[0].from: 0-30 is not one of the sentences listed for article {FIRST.id}"),
    (_set("links.0.to", {"article": FIRST.id, "start": 0, "end": 29}), "links[0]: links a sentence to itself"),
    (_duplicate_link, "links[1]: links the same two sentences as links[0]"),
    (_set("reviewer", ""), "reviewer: '' should be non-empty"),
    (_set("reviewer", 7), "reviewer: 7 is not of type 'string', 'null'"),
    (_set("exported_at", "yesterday"), "exported_at: 'yesterday' does not match"),
    (_set("exported_at", "2026-13-23T10:00:00Z"), "exported_at: '2026-13-23T10:00:00Z' is not a real moment"),
    (_set("articles.0.title", "\ud800"), "articles[0].title: character 0 is a lone surrogate (U+D800), not Unicode text"),
    (_set("links.0.note", "ok \udfff"), "links[0].note: character 3 is a lone surrogate (U+DFFF)"),
    (_set("reviewer", None), "articles[0].status: is 'done' in a file with no reviewer"),
    (_delete("claims"), "document: 'claims' is a required property"),
    (_delete(f"{FIRST_SENTENCE}.fields"), "articles[0].sentences[0]: 'fields' is a required property"),
    (_set("articles.0.sentences.2.fields.statistic.unit", ""), "articles[0].sentences[2].fields.statistic.unit: '' should be non-empty"),
    (_set("articles.0.sentences.2.fields.quote", {"speaker": 3}), "articles[0].sentences[2].fields.quote.speaker: 3 is not of type 'string'"),
    (_set("articles.0.sentences.2.fields.statistic.unit", "\ud800"), "articles[0].sentences[2].fields.statistic.unit: character 0 is a lone surrogate"),
    (_set("claims.0.appearances.0.end", 30), f"claims[0].appearances[0]: 0-30 is not one of the sentences listed for article {FIRST.id}"),
    (_set("claims.0.appearances.1.article", "0123456789abcdef"), "claims[0].appearances[1].article: 0123456789abcdef is not an article of this file"),
    (_set("claims.0.appearances.1", {"article": FIRST.id, "start": 0, "end": 29}), "claims[0].appearances[1]: this sentence is listed twice in the claim"),
    (_delete("claims.0.appearances.0.start"), "claims[0].appearances[0]: 'start' is a required property"),
    (_set("claims.0.verdict", "faux"), "claims[0].verdict: 'faux' is not one of ['false', 'misleading'"),
    (_set("claims.0.checked_at", "2026-02-30"), "claims[0].checked_at: '2026-02-30' is not a calendar date"),
    (_set("claims.0.checked_at", "5/3/2026"), "claims[0].checked_at: '5/3/2026' does not match"),
    (_set("claims.0.sources.0.accessed", "2026-13-01"), "claims[0].sources[0].accessed: '2026-13-01' is not a calendar date"),
    (_set("claims.0.statement", "  "), "claims[0].statement: is empty: a claim says what is claimed"),
    (_set("claims.0.rationale", "\udfff"), "claims[0].rationale: character 0 is a lone surrogate"),
    (_set("claims.0.sources.0.url", ""), "claims[0].sources[0].url: '' should be non-empty"),
    (_set("claims.0.sources.0.url", " "), "claims[0].sources[0].url: is empty: a source is a URL or a citation"),
    (_set("claims.0.id", 0), "claims[0].id: 0 is less than the minimum of 1"),
    (_second_claim(), "claims[1].id: 1 is already the id of claims[0]"),
    (_second_claim(id=2), "claims[1].appearances[0]: this sentence already states claims[0]"),
]


@pytest.mark.parametrize(("mutate", "expected"), CASES, ids=[expected.split(":")[0] + ":" + str(n) for n, (_, expected) in enumerate(CASES)])
def test_refused_with_its_place(tmp_path: Path, mutate: Mutation, expected: str) -> None:
    data = valid()
    mutate(data)
    assert refused(tmp_path, json.dumps(data)).startswith(expected)


def test_no_reviewer_means_no_work(tmp_path: Path) -> None:
    data = json.loads(written(reviewer=None, links=[]))
    data["articles"][0]["sentences"][1]["labels"] = ["claim"]
    assert refused(tmp_path, json.dumps(data)) == "articles[0].sentences[1]: has labels or a note in a file with no reviewer"
    data = json.loads(written(reviewer=None, links=[]))
    data["links"] = [{"from": {"article": FIRST.id, "start": 0, "end": 29},
                      "to": {"article": FIRST.id, "start": 30, "end": 56}, "relation": "agrees", "note": ""}]
    assert refused(tmp_path, json.dumps(data)) == "links: a file with no reviewer has no links (this one has 1)"
    data = json.loads(written(reviewer=None, links=[]))
    data["claims"] = [{"id": 1, "statement": "s", "verdict": None, "rationale": "", "checked_at": None,
                       "sources": [], "appearances": []}]
    assert refused(tmp_path, json.dumps(data)) == "claims: a file with no reviewer has no claims (this one has 1)"
    data["claims"] = []
    data["articles"][0]["sentences"][0]["fields"] = {"quote": {"speaker": "X"}}
    assert refused(tmp_path, json.dumps(data)) == "articles[0].sentences[0].fields: a file with no reviewer has no fields"


def test_a_huge_bad_value_gives_a_short_message(tmp_path: Path) -> None:
    data = valid()
    data["articles"][0]["title"] = ["x" * 5_000_000]
    message = refused(tmp_path, json.dumps(data))
    assert message.startswith("articles[0].title: ['xxx")
    assert len(message) <= 300


def test_a_huge_valid_article_is_read(tmp_path: Path) -> None:
    text = "Une phrase. " * 1_000_000
    article = ExportArticle(article_id(text), "", "", None, "todo", text, (ExportSentence(0, len(text) - 1),))
    path = tmp_path / "big.json"
    with path.open("w", encoding="utf-8") as out:
        write_export(out, "alice", "2026-11-23T10:00:00Z", [article], [])
    assert read_export(path).articles[0].sentences[0].end == len(text) - 1


@pytest.mark.parametrize(
    ("reviewer", "exported_at", "articles", "links", "expected"),
    [
        ("alice", "now", [], [], "exported_at: 'now' is not a timestamp"),
        ("alice", "2026-11-23T10:00:00Z", [replace(FIRST, id="0" * 16)], [],
         "articles[0].id: 0000000000000000 does not match the text"),
        ("alice", "2026-11-23T10:00:00Z", [FIRST, FIRST], [], f"articles[1].id: {FIRST.id} was already written"),
        ("alice", "2026-11-23T10:00:00Z", [SECOND], [LINK], f"links[0].from.article: {FIRST.id} is not an article of this file"),
        (None, "2026-11-23T10:00:00Z", [SECOND], [LINK], "links: a file with no reviewer has no links"),
        ("alice", "2026-11-23T10:00:00Z", [replace(SECOND, sentences=(ExportSentence(-1, 17),))], [],
         "articles[0].sentences[0].start: -1 is negative"),
        ("alice", "2026-11-23T10:00:00Z", [FIRST, SECOND], [replace(LINK, relation="refutes")],
         "links[0].relation: 'refutes' is not one of ['agrees', 'contradicts']"),
        (None, "2026-11-23T10:00:00Z", [FIRST], [], "articles[0].status: is 'done' in a file with no reviewer"),
        ("alice", "2026-11-23T10:00:00Z", [replace(SECOND, sentences=(ExportSentence(0, 17, ("rumour",)),))], [],
         "articles[0].sentences[0].labels: 'rumour' is not one of the file's labels"),
        ("alice", "2026-11-23T10:00:00Z", [replace(SECOND, sentences=(ExportSentence(0, 17, (), "", (("quote", "unit", "%"),)),))],
         [], "articles[0].sentences[0].fields: 'quote' has no field 'unit'"),
        ("alice", "2026-11-23T10:00:00Z", [replace(SECOND, sentences=(ExportSentence(
            0, 17, (), "", (("statistic", "unit", "%"), ("statistic", "value", "3"))),))],
         [], "articles[0].sentences[0].fields: repeated or out of the canonical order"),
        ("alice", "2026-11-23T10:00:00Z", [SECOND], [replace(CLAIM, verdict="faux")],
         "claims[0].verdict: 'faux' is not one of"),
        ("alice", "2026-11-23T10:00:00Z", [SECOND], [CLAIM],
         f"claims[0].appearances[0].article: {FIRST.id} is not an article of this file"),
        ("alice", "2026-11-23T10:00:00Z", [FIRST, SECOND], [CLAIM, replace(CLAIM, id=2)],
         "claims[1].appearances[0]: this sentence already states claims[0]"),
        ("alice", "2026-11-23T10:00:00Z", [FIRST, SECOND], [replace(CLAIM, checked_at="2026-03-05")],
         "claims[0].checked_at: '2026-03-05' is not a date"),
        (None, "2026-11-23T10:00:00Z", [SECOND], [replace(CLAIM, appearances=())],
         "claims: a file with no reviewer has no claims"),
    ],
)
def test_the_writer_refuses_what_the_reader_would(
    reviewer: str | None, exported_at: str, articles: list[ExportArticle], links: list, expected: str
) -> None:
    claims = [x for x in links if isinstance(x, Claim)]
    links = [x for x in links if not isinstance(x, Claim)]
    with pytest.raises(DocumentError) as caught:
        write_export(io.StringIO(), reviewer, exported_at, articles, links, claims=claims)
    assert str(caught.value).startswith(expected)
