"""What a document read from an exchange file must be, stated apart from the reader.

The fuzz tests hold every document the reader accepts to these rules, written
here again on purpose rather than by calling ``annotator.exchange.rules``: a
check dropped from the reader (and so from the writer, which shares it) lets a
damaged file through, and only a second statement of the rule notices. A
refusal, in turn, must name a place that exists in the damaged file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

from annotator.exchange import ExportDocument, strict_json
from annotator.model import LABELS, RELATIONS, STATUSES

_MOMENT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", re.ASCII)
#: Where a refusal may point before the file is a JSON document.
_TEXT_PLACE = re.compile(r"(line \d+ column \d+|byte \d+|document): ")
_STEP = re.compile(r"\.?([A-Za-z_]+)|\[(\d+)\]")


def _text(value: str) -> None:
    value.encode("utf-8")  # a lone surrogate raises


def assert_valid(document: ExportDocument) -> None:
    """Fail on anything the reader must have refused."""
    reviewed = document.reviewer is not None
    if reviewed:
        assert document.reviewer, "an empty reviewer"
        _text(document.reviewer)
    assert _MOMENT.fullmatch(document.exported_at), document.exported_at
    dt.datetime.fromisoformat(document.exported_at)  # a real moment: no 13th month
    assert set(document.labels) <= set(LABELS) and len(set(document.labels)) == len(document.labels)
    ids = [article.id for article in document.articles]
    assert len(set(ids)) == len(ids), "an article twice"
    listed = {}
    for article in document.articles:
        for value in (article.source, article.title, article.text):
            _text(value)
        assert article.id == hashlib.sha256(article.text.encode("utf-8")).hexdigest()[:16], article.id
        assert article.status in STATUSES and (reviewed or article.status == "todo"), article.status
        assert article.date is None or isinstance(article.date, dt.date)
        previous_end = 0
        for sentence in article.sentences:
            assert previous_end <= sentence.start < sentence.end <= len(article.text), (sentence, previous_end)
            previous_end = sentence.end
            assert set(sentence.labels) <= set(document.labels), sentence.labels
            assert len(set(sentence.labels)) == len(sentence.labels), sentence.labels
            _text(sentence.note)
            assert reviewed or not (sentence.labels or sentence.note), "work in a file with no reviewer"
        listed[article.id] = {(s.start, s.end) for s in article.sentences}
    assert reviewed or not document.links, "links in a file with no reviewer"
    pairs = [(link.source, link.target) for link in document.links]
    assert len(set(pairs)) == len(pairs), "a link twice"
    for link in document.links:
        assert link.relation in RELATIONS and link.source != link.target, link
        _text(link.note)
        for end in (link.source, link.target):
            assert (end.start, end.end) in listed.get(end.article_id, ()), end


def assert_refusal_names_a_place(message: str, raw: bytes) -> None:
    """A refusal starts with where: a line and column (or a byte) while the file is
    not yet JSON, else a path such as ``articles[0].sentences[1].end`` into it,
    every step of which but a missing last one exists in the damaged file."""
    if _TEXT_PLACE.match(message):
        return
    where = message.split(": ", 1)[0]
    data: Any = strict_json.parse(raw.decode("utf-8-sig"))
    steps = [key if key else int(index) for key, index in _STEP.findall(where)]
    assert "".join(f".{s}" if isinstance(s, str) else f"[{s}]" for s in steps).lstrip(".") == where, message
    for n, step in enumerate(steps):
        found = (
            isinstance(data, dict) and isinstance(step, str) and step in data
            or isinstance(data, list) and isinstance(step, int) and step < len(data)
        )
        assert found or n == len(steps) - 1, f"{message!r}: no {where} in the file"
        data = data[step] if found else None
