"""Damaged exchange files, built from valid ones, for the fuzz tests.

Damage starts from valid files: keys dropped or added, values swapped for
other types or copied from elsewhere in the file, out-of-range numbers, unknown words, huge strings, lone
surrogates; then, on the text, repeated keys, truncation, stray characters,
deep nesting and bytes that are not UTF-8. Shared by the reader's fuzz test
and the database-level one in tests/robustness.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

from hypothesis import strategies as st

from annotator.claims.model import Appearance, Claim, Source
from annotator.exchange import ExportArticle, ExportLink, ExportSentence, write_export
from annotator.model import SentenceRef, article_id

DEEP = "@@deep@@"


def _base(reviewer: str | None) -> dict[str, Any]:
    texts = ["Premier. Deuxième 😀 phrase ici. Trois.", "Other text. With two."]
    articles = []
    for n, text in enumerate(texts):
        ends = [i + 1 for i, c in enumerate(text) if c == "."]
        starts = [0] + [end + 1 for end in ends[:-1]]
        sentences = tuple(
            ExportSentence(s, e, ("claim", "statistic") if reviewer and i == 0 else (), "n" if reviewer else "",
                           (("statistic", "value", "3,5"), ("statistic", "unit", "%")) if reviewer and i == 0 else ())
            for i, (s, e) in enumerate(zip(starts, ends))
        )
        status = ("done", "in progress")[n] if reviewer else "todo"
        articles.append(ExportArticle(article_id(text), f"{n}.txt", "T", dt.date(2026, 3, 4), status, text, sentences))
    links = []
    if reviewer:
        a, b = articles
        links = [
            ExportLink(SentenceRef(a.id, 0, 8), SentenceRef(b.id, 12, 21), "agrees", ""),
            ExportLink(SentenceRef(b.id, 0, 11), SentenceRef(a.id, 0, 8), "contradicts", "x"),
        ]
    claims = []
    if reviewer:
        a, b = articles
        claims = [
            Claim(1, "Premier", "misleading", "r", dt.date(2026, 3, 5), (Source("https://x", "X", dt.date(2026, 3, 5)),),
                  tuple(sorted((Appearance(a.id, 0, 8), Appearance(b.id, 12, 21))))),
            Claim(2, "Autre", None, "", None, (), ()),
        ]
    out = io.StringIO()
    write_export(out, reviewer, "2026-11-23T10:00:00Z", articles, links, claims=claims)
    return json.loads(out.getvalue())


def _version_1(data: dict[str, Any]) -> dict[str, Any]:
    """The same work as a file of version 1: no claims, no fields."""
    data = {**data, "version": 1}
    del data["claims"]
    for article in data["articles"]:
        for sentence in article["sentences"]:
            del sentence["fields"]
    return data


BASES = [_base("alice"), _base(None), _version_1(_base("alice"))]

VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([-1, 0, 1, 8, 21, 9000, 2**63, -(2**63), 10**300]),
    st.floats(),
    st.text(max_size=20),
    st.text(st.characters(), max_size=5),  # may hold lone surrogates
    st.sampled_from(["claim", "quote", "statistic", "rumour", "agrees", "contradicts", "refutes", "todo",
                     "done", "in progress", "annotator", "2026-03-04", "2026-02-30", "0123456789abcdef", "",
                     "false", "misleading", "mostly-true", "unverifiable", "speaker", "value"]),
    st.just("x" * 2_000_000),
    st.just(DEEP),
    st.lists(st.integers() | st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


def _places(node: Any, found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key) in the tree, so a mutation can pick one."""
    keys = node.keys() if isinstance(node, dict) else range(len(node)) if isinstance(node, list) else ()
    for key in keys:
        found.append((node, key))
        _places(node[key], found)
    return found


@st.composite
def damaged(draw) -> bytes:
    data = json.loads(json.dumps(draw(st.sampled_from(BASES))))
    for _ in range(draw(st.integers(1, 3))):
        places = _places(data, [])
        container, key = places[draw(st.integers(0, len(places) - 1))]
        action = draw(st.sampled_from(["drop", "replace", "add", "swap", "copy"]))
        if action == "drop":
            del container[key]
        elif action == "replace":
            container[key] = draw(VALUES)
        elif action == "copy":  # a value pasted in the wrong place: valid alone, wrong there
            source, name = places[draw(st.integers(0, len(places) - 1))]
            container[key] = json.loads(json.dumps(source[name]))
        elif action == "add" and isinstance(container, dict):
            container[draw(st.text(max_size=8))] = draw(VALUES)
        elif action == "swap" and isinstance(container, list) and len(container) > 1:
            other = draw(st.integers(0, len(container) - 1))
            container[key], container[other] = container[other], container[key]
    text = json.dumps(data, ensure_ascii=draw(st.booleans()))
    depth = draw(st.sampled_from([10, 500, 5000]))
    text = text.replace(json.dumps(DEEP), "[" * depth + "]" * depth)
    damage = draw(st.sampled_from(["none", "repeat key", "truncate", "insert", "wrap"]))
    if damage == "repeat key":
        key = draw(st.sampled_from(['"start": ', '"note": ', '"id": ', '"format": ', '"labels": ', '"verdict": ',
                                    '"unit": ']))
        text = text.replace(key, f"{key}0, {key}", 1)
    elif damage == "truncate":
        text = text[: draw(st.integers(0, len(text)))]
    elif damage == "insert":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(list('{}[],:"\\0-e.') + ["\x00", "\ufeff", "NaN"])) + text[at:]
    elif damage == "wrap":
        depth = draw(st.integers(1, 3000))
        text = "[" * depth + text + "]" * depth
    raw = text.encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 20)) == 0:
        raw = raw.replace("😀".encode(), b"\xff", 1)
    return raw
