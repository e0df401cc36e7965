"""Files that break exactly one rule of the format, with the place the refusal must name.

Random damage (damage.py) rarely lands on a value the schema lets through but a
rule refuses (a 30th of February, an id of another text, a link from a sentence
to itself), so a check dropped from the reader would go unnoticed. Each breaker
here takes a valid file, breaks one rule at a drawn article, sentence or link,
and says where the reader must refuse it and with which words, so the fuzz
test fails if that check is gone or another one answers in its place.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from tests.exchange.damage import BASES

REVIEWED, UNREVIEWED = BASES[:2]  # version 2 with and without a reviewer; the version-1 base follows
#: (where, words): what the refusal must start with, and hold.
Expected = tuple[str, str]
Breaker = Callable[[Any, dict[str, Any]], Expected]


def _article(draw: Any, data: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    n = draw(st.integers(0, len(data["articles"]) - 1))
    return n, data["articles"][n]


def _sentence(draw: Any, data: dict[str, Any]) -> tuple[str, dict[str, Any], dict[str, Any]]:
    n, article = _article(draw, data)
    m = draw(st.integers(0, len(article["sentences"]) - 1))
    return f"articles[{n}].sentences[{m}]", article, article["sentences"][m]


def _impossible_moment(draw: Any, data: dict[str, Any]) -> Expected:
    data["exported_at"] = draw(st.sampled_from(
        ["2026-13-23T10:00:00Z", "2026-02-30T10:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T10:61:00+01:00"]))
    return "exported_at", "is not a real moment"


def _impossible_date(draw: Any, data: dict[str, Any]) -> Expected:
    n, article = _article(draw, data)
    article["date"] = draw(st.sampled_from(["2026-02-30", "2025-02-29", "2026-04-31", "2026-00-10"]))
    return f"articles[{n}].date", "is not a calendar date"


def _work_without_reviewer(draw: Any, data: dict[str, Any]) -> Expected:
    data["reviewer"] = None  # on the reviewed file: its first article is "done"
    return "articles[0].status", "in a file with no reviewer"


def _status_without_reviewer(draw: Any, data: dict[str, Any]) -> Expected:
    data.update(json.loads(json.dumps(UNREVIEWED)))
    n, article = _article(draw, data)
    article["status"] = draw(st.sampled_from(["done", "in progress"]))
    return f"articles[{n}].status", "in a file with no reviewer"


def _marks_without_reviewer(draw: Any, data: dict[str, Any]) -> Expected:
    data.update(json.loads(json.dumps(UNREVIEWED)))
    where, _, sentence = _sentence(draw, data)
    if draw(st.booleans()):
        sentence["labels"] = ["quote"]
    else:
        sentence["note"] = draw(st.text(st.characters(codec="utf-8"), min_size=1, max_size=5))
    return where, "has labels or a note in a file with no reviewer"


def _links_without_reviewer(draw: Any, data: dict[str, Any]) -> Expected:
    data.update(json.loads(json.dumps(UNREVIEWED)))
    first, second = data["articles"]
    data["links"] = [{"from": {"article": first["id"], "start": 0, "end": 8},
                      "to": {"article": second["id"], "start": 0, "end": 11}, "relation": "agrees", "note": ""}]
    return "links", "a file with no reviewer has no links"


def _id_of_another_text(draw: Any, data: dict[str, Any]) -> Expected:
    n, article = _article(draw, data)
    other = draw(st.sampled_from([article["text"] + " ", article["text"][:-1], "autre"]))
    article["id"] = hashlib.sha256(other.encode("utf-8")).hexdigest()[:16]
    return f"articles[{n}].id", "does not match the text"


def _past_the_end(draw: Any, data: dict[str, Any]) -> Expected:
    where, article, sentence = _sentence(draw, data)
    sentence["end"] = len(article["text"]) + draw(st.integers(1, 1000))
    return f"{where}.end", "is past the end of the text"


def _empty_sentence(draw: Any, data: dict[str, Any]) -> Expected:
    where, _, sentence = _sentence(draw, data)
    sentence["end"] = max(0, sentence["start"] - draw(st.integers(0, 3)))
    return where, "is not before end"


def _overlap(draw: Any, data: dict[str, Any]) -> Expected:
    n, article = _article(draw, data)
    m = draw(st.integers(1, len(article["sentences"]) - 1))
    sentence = article["sentences"][m]
    sentence["start"] = article["sentences"][m - 1]["end"] - draw(st.integers(1, 3))
    return f"articles[{n}].sentences[{m}].start", "before the end of the previous sentence"


def _label_the_file_lacks(draw: Any, data: dict[str, Any]) -> Expected:
    dropped = draw(st.sampled_from(["claim", "statistic"]))  # the first sentence has both
    data["labels"] = [label for label in data["labels"] if label != dropped]
    return "articles[0].sentences[0].labels", f"{dropped!r} is not one of the file's labels"


def _lone_surrogate(draw: Any, data: dict[str, Any]) -> Expected:
    place = draw(st.sampled_from(["source", "title", "text", "note", "link note", "reviewer"]))
    if place == "reviewer":
        holder, key, where = data, "reviewer", "reviewer"
    elif place == "link note":
        k = draw(st.integers(0, len(data["links"]) - 1))
        holder, key, where = data["links"][k], "note", f"links[{k}].note"
    elif place == "note":
        where, _, holder = _sentence(draw, data)
        key, where = "note", f"{where}.note"
    else:
        n, holder = _article(draw, data)
        key, where = place, f"articles[{n}].{place}"
    at = draw(st.integers(0, len(holder[key])))
    holder[key] = holder[key][:at] + draw(st.sampled_from(["\ud800", "\udfff", "\udc80"])) + holder[key][at:]
    return where, "is a lone surrogate"


def _link_to_itself(draw: Any, data: dict[str, Any]) -> Expected:
    k = draw(st.integers(0, len(data["links"]) - 1))
    data["links"][k]["to"] = dict(data["links"][k]["from"])
    return f"links[{k}]", "links a sentence to itself"


def _link_off_the_sentences(draw: Any, data: dict[str, Any]) -> Expected:
    k = draw(st.integers(0, len(data["links"]) - 1))
    end = draw(st.sampled_from(["from", "to"]))
    data["links"][k][end]["end"] += draw(st.sampled_from([-1, 1, 2]))
    return f"links[{k}].{end}", "is not one of the sentences listed"


def _link_to_another_file(draw: Any, data: dict[str, Any]) -> Expected:
    k = draw(st.integers(0, len(data["links"]) - 1))
    end = draw(st.sampled_from(["from", "to"]))
    data["links"][k][end]["article"] = hashlib.sha256(b"elsewhere").hexdigest()[:16]
    return f"links[{k}].{end}.article", "is not an article of this file"


def _article_twice(draw: Any, data: dict[str, Any]) -> Expected:
    n, article = _article(draw, data)
    data["articles"].append(json.loads(json.dumps(article)))
    return f"articles[{len(data['articles']) - 1}].id", f"is already the id of articles[{n}]"


def _link_twice(draw: Any, data: dict[str, Any]) -> Expected:
    k = draw(st.integers(0, len(data["links"]) - 1))
    data["links"].append(json.loads(json.dumps(data["links"][k])))
    return f"links[{len(data['links']) - 1}]", f"links the same two sentences as links[{k}]"


BREAKERS: list[Breaker] = [
    _impossible_moment, _impossible_date, _work_without_reviewer, _status_without_reviewer,
    _marks_without_reviewer, _links_without_reviewer, _id_of_another_text, _past_the_end,
    _empty_sentence, _overlap, _label_the_file_lacks, _lone_surrogate, _link_to_itself,
    _link_off_the_sentences, _link_to_another_file, _article_twice, _link_twice,
]


@st.composite
def breaking_one_rule(draw) -> tuple[bytes, str, str]:
    """(file bytes, where, words): a valid file with one rule broken, and the
    place and words of the refusal the reader must give."""
    data = json.loads(json.dumps(REVIEWED))
    where, words = draw(st.sampled_from(BREAKERS))(draw, data)
    # ASCII escapes, so a lone surrogate reaches the reader as JSON, not as a bad byte.
    return json.dumps(data, ensure_ascii=True).encode("ascii"), where, words
