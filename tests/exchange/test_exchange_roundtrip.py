"""Writing then reading gives back the same data, and writing again the same bytes.

Generated texts mix every code point Hypothesis likes with emoji and line
breaks, so offsets are exercised past the Basic Multilingual Plane.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import tracemalloc
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.claims.model import FIELDS, VERDICTS, Appearance, Claim, Source
from annotator.exchange import (
    ExportArticle,
    ExportDocument,
    ExportLink,
    ExportSentence,
    read_export,
    timestamp,
    write_export,
)
from annotator.model import LABELS, RELATIONS, STATUSES, SentenceRef, article_id

CHARACTERS = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(["😀", "👍", "\U0001F3FD", "\U0001F1EB", "\U0001F1F7", "\n", " ", ".", "é", "\u2028", '"', "\\"]),
)
TEXTS = st.text(CHARACTERS, max_size=60)
ZONES = st.sampled_from([dt.timezone.utc, dt.timezone(dt.timedelta(hours=2)), dt.timezone(-dt.timedelta(hours=5, minutes=30))])


@st.composite
def labels(draw) -> tuple[str, ...]:
    chosen = draw(st.sets(st.sampled_from(LABELS)))
    return tuple(label for label in LABELS if label in chosen)


@st.composite
def fields(draw) -> tuple[tuple[str, str, str], ...]:
    """Some fact-check fields, in the canonical order (labels as LABELS, then FIELDS)."""
    return tuple(
        (label, field, draw(st.text(CHARACTERS, min_size=1, max_size=20)))
        for label in LABELS if label in FIELDS
        for field in FIELDS[label] if draw(st.booleans())
    )


@st.composite
def articles(draw, reviewed: bool) -> ExportArticle:
    text = draw(st.text(CHARACTERS, max_size=120))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=14)))
    sentences = tuple(
        ExportSentence(
            start,
            end,
            draw(labels()) if reviewed else (),
            draw(TEXTS) if reviewed else "",
            draw(fields()) if reviewed else (),
        )
        for start, end in zip(cuts[::2], cuts[1::2])
    )
    return ExportArticle(
        id=article_id(text),
        source=draw(TEXTS),
        title=draw(TEXTS),
        date=draw(st.none() | st.dates()),
        status=draw(st.sampled_from(STATUSES)) if reviewed else "todo",
        text=text,
        sentences=sentences,
    )


@st.composite
def timestamps(draw) -> str:
    # From year 2: year 1 in a zone east of UTC is year 0 in UTC, which Python cannot hold.
    moment = draw(st.datetimes(min_value=dt.datetime(2, 1, 1), timezones=ZONES))
    if draw(st.booleans()):
        return timestamp(moment)
    return moment.isoformat()


@st.composite
def documents(draw) -> ExportDocument:
    reviewer = draw(st.none() | st.text(CHARACTERS, min_size=1, max_size=20))
    reviewed = reviewer is not None
    chosen = draw(st.lists(articles(reviewed), max_size=5, unique_by=lambda a: a.id))
    refs = [SentenceRef(a.id, s.start, s.end) for a in chosen for s in a.sentences]
    links: list[ExportLink] = []
    if reviewed and len(refs) > 1:
        pairs = draw(
            st.lists(
                st.tuples(st.sampled_from(refs), st.sampled_from(refs)).filter(lambda p: p[0] != p[1]),
                max_size=8,
                unique=True,
            )
        )
        links = [ExportLink(a, b, draw(st.sampled_from(RELATIONS)), draw(TEXTS)) for a, b in pairs]
    claims = draw(claim_lists(refs)) if reviewed else ()
    return ExportDocument(reviewer, draw(timestamps()), LABELS, tuple(chosen), tuple(links), claims)


DAYS = st.none() | st.dates()


@st.composite
def claim_lists(draw, refs: list[SentenceRef]) -> tuple[Claim, ...]:
    """Claims with distinct ids, each sentence in at most one, appearances in order."""
    owner = {ref: draw(st.none() | st.integers(0, 3)) for ref in refs}
    count = draw(st.integers(0, 4))
    ids = draw(st.lists(st.integers(1, 10**9), min_size=count, max_size=count, unique=True))
    return tuple(
        Claim(
            id=claim_id,
            statement=draw(st.text(CHARACTERS, min_size=1, max_size=30).filter(str.strip)),
            verdict=draw(st.none() | st.sampled_from(VERDICTS)),
            rationale=draw(TEXTS),
            checked_at=draw(DAYS),
            sources=tuple(draw(st.lists(
                st.builds(Source, st.text(CHARACTERS, min_size=1, max_size=20).filter(str.strip), TEXTS, DAYS),
                max_size=3,
            ))),
            appearances=tuple(sorted(Appearance(r.article_id, r.start, r.end) for r, n in owner.items() if n == k)),
        )
        for k, claim_id in enumerate(ids)
    )


def dumps(document: ExportDocument) -> str:
    out = io.StringIO()
    write_export(out, document.reviewer, document.exported_at, document.articles, document.links, document.labels,
                 claims=document.claims)
    return out.getvalue()

TEXT = "Le rapport est classé secret. Il ne l'est pas, dit-elle. 42 % des 😀 votent."
ARTICLE = ExportArticle(
    id=article_id(TEXT),
    source="003_c4976ce25b38cf1f.txt",
    title="Un rapport",
    date=dt.date(2026, 3, 4),
    status="done",
    text=TEXT,
    sentences=(
        ExportSentence(0, 29, ("claim",), ""),
        ExportSentence(30, 56, ("quote", "claim"), "dit-elle", (("quote", "speaker", "elle"),)),
        ExportSentence(57, 75, ("statistic",), "", (("statistic", "value", "42"), ("statistic", "unit", "%"))),
    ),
)
LINK = ExportLink(SentenceRef(ARTICLE.id, 0, 29), SentenceRef(ARTICLE.id, 30, 56), "contradicts", "classé ou pas")
CLAIM = Claim(
    7, "Le rapport est classé secret", "misleading", "Elle le dément.", dt.date(2026, 3, 5),
    (Source("https://example.org/a", "A", dt.date(2026, 3, 5)), Source("Le Monde, 4 mars 2026")),
    (Appearance(ARTICLE.id, 0, 29), Appearance(ARTICLE.id, 30, 56)),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_write_read_write_gives_identical_bytes(tmp_path_factory, document: ExportDocument) -> None:
    path = tmp_path_factory.getbasetemp() / "roundtrip.json"
    first = dumps(document)
    path.write_text(first, encoding="utf-8")
    read = read_export(path)
    assert read == document
    assert dumps(read) == first


def test_written_file_has_the_documented_shape() -> None:
    out = io.StringIO()
    write_export(out, "alice", "2026-11-23T10:00:00Z", iter([ARTICLE]), iter([LINK]), claims=iter([CLAIM]))
    assert json.loads(out.getvalue()) == {
        "format": "annotator",
        "version": 2,
        "reviewer": "alice",
        "exported_at": "2026-11-23T10:00:00Z",
        "labels": ["claim", "quote", "statistic"],
        "articles": [
            {
                "id": ARTICLE.id,
                "source": "003_c4976ce25b38cf1f.txt",
                "title": "Un rapport",
                "date": "2026-03-04",
                "status": "done",
                "text": TEXT,
                "sentences": [
                    {"start": 0, "end": 29, "labels": ["claim"], "note": "", "fields": {}},
                    {"start": 30, "end": 56, "labels": ["claim", "quote"], "note": "dit-elle",
                     "fields": {"quote": {"speaker": "elle"}}},
                    {"start": 57, "end": 75, "labels": ["statistic"], "note": "",
                     "fields": {"statistic": {"value": "42", "unit": "%"}}},
                ],
            }
        ],
        "links": [
            {
                "from": {"article": ARTICLE.id, "start": 0, "end": 29},
                "to": {"article": ARTICLE.id, "start": 30, "end": 56},
                "relation": "contradicts",
                "note": "classé ou pas",
            }
        ],
        "claims": [
            {
                "id": 7,
                "statement": "Le rapport est classé secret",
                "verdict": "misleading",
                "rationale": "Elle le dément.",
                "checked_at": "2026-03-05",
                "sources": [
                    {"url": "https://example.org/a", "title": "A", "accessed": "2026-03-05"},
                    {"url": "Le Monde, 4 mars 2026", "title": "", "accessed": None},
                ],
                "appearances": [
                    {"article": ARTICLE.id, "start": 0, "end": 29},
                    {"article": ARTICLE.id, "start": 30, "end": 56},
                ],
            }
        ],
    }


def test_layout_puts_each_sentence_and_link_on_its_own_line() -> None:
    out = io.StringIO()
    write_export(out, "alice", "2026-11-23T10:00:00Z", [ARTICLE], [LINK])
    lines = out.getvalue().splitlines()
    assert ('    {"start": 30, "end": 56, "labels": ["claim", "quote"], "note": "dit-elle",'
            ' "fields": {"quote": {"speaker": "elle"}}},') in lines
    assert sum(line.lstrip().startswith('{"from"') for line in lines) == 1
    assert "😀" in out.getvalue()  # ensure_ascii=False: the text stays readable


def test_hand_written_label_order_is_made_canonical(tmp_path: Path) -> None:
    out = io.StringIO()
    write_export(out, "alice", "2026-11-23T10:00:00Z", [ARTICLE], [])
    data = json.loads(out.getvalue())
    data["labels"] = ["statistic", "quote", "claim"]
    data["articles"][0]["sentences"][1]["labels"] = ["quote", "claim"]
    path = tmp_path / "hand.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    read = read_export(path)
    assert read.labels == LABELS
    assert read.articles[0].sentences[1].labels == ("claim", "quote")
    assert read.articles[0].offsets == ((0, 29), (30, 56), (57, 75))


def test_appearances_in_any_order_are_read_in_order_and_fields_made_canonical(tmp_path: Path) -> None:
    out = io.StringIO()
    write_export(out, "alice", "2026-11-23T10:00:00Z", [ARTICLE], [], claims=[CLAIM])
    data = json.loads(out.getvalue())
    data["claims"][0]["appearances"].reverse()
    data["articles"][0]["sentences"][2]["fields"] = {"statistic": {"unit": "%", "value": "42", "margin": "2"}}
    path = tmp_path / "hand.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert dumps(read_export(path)) == out.getvalue()


def test_extra_keys_are_accepted_and_dropped(tmp_path: Path) -> None:
    out = io.StringIO()
    write_export(out, "alice", "2026-11-23T10:00:00Z", [ARTICLE], [LINK], claims=[CLAIM])
    data = json.loads(out.getvalue())
    data["generator"] = "annotator 1.4"
    data["claims"][0]["confidence"] = 0.5
    data["claims"][0]["sources"][0]["archived"] = "https://web.archive.org/"
    data["articles"][0]["sentences"][1]["fields"]["rumour"] = {"origin": "x"}
    data["articles"][0]["sentences"][0]["confidence"] = 0.9
    path = tmp_path / "newer.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert dumps(read_export(path)) == out.getvalue()


def test_a_utf8_bom_is_tolerated(tmp_path: Path) -> None:
    out = io.StringIO()
    write_export(out, None, "2026-11-23T10:00:00Z", [], [])
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    assert read_export(path).reviewer is None


def test_writer_streams_one_article_at_a_time() -> None:
    """The writer must not gather its input: each article is out before the
    next is asked for, so a large export never sits whole in memory."""
    out = io.StringIO()
    written_before: list[int] = []

    def articles():
        for n in range(3):
            written_before.append(out.getvalue().count('"id"'))
            text = f"Article {n}."
            yield ExportArticle(article_id(text), "", "", None, "todo", text, (ExportSentence(0, len(text)),))

    write_export(out, "alice", "2026-11-23T10:00:00Z", articles(), iter(()))
    assert written_before == [0, 1, 2]


def test_fifty_thousand_labels_export_in_less_memory_than_a_third_of_the_output() -> None:
    """Peak memory stays far below the size of the output (a sink here): 1,000
    articles of 50 tagged sentences, 50,000 labels. Nothing in the writer grows
    with the label count but the set of article ids; the export of a million
    labels from a file is measured by tests/benchmarks (time and memory growth)."""

    class Sink(io.TextIOBase):
        size = 0

        def write(self, text: str) -> int:
            self.size += len(text)
            return len(text)

    def articles():
        for n in range(1_000):
            text = f"{n:08d}. " * 50
            sentences = tuple(ExportSentence(10 * i, 10 * i + 9, ("claim",)) for i in range(50))
            yield ExportArticle(article_id(text), "", "", None, "done", text, sentences)

    sink = Sink()
    tracemalloc.start()
    try:
        write_export(sink, "alice", timestamp(), articles(), iter(()))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sink.size > 3_000_000
    assert peak < 1_000_000


def test_timestamp_is_utc_with_z() -> None:
    moment = dt.datetime(2026, 11, 23, 11, 0, 0, 123, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert timestamp(moment) == "2026-11-23T10:00:00Z"
    assert timestamp().endswith("Z")
