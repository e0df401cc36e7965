"""The fact-check fields queries (``store.fields``) on the small file of ``tests/store/conftest.py``."""

from __future__ import annotations

import sqlite3

import pytest

from annotator.store import articles, fields

NOW = "2026-03-05T10:00:00.000000Z"
LATER = "2026-03-06T10:00:00.000000Z"

FIELD_PAIRS = [("statistic", f) for f in ("value", "unit", "period", "source")] + [("quote", "speaker")]


def test_fields_take_only_the_pairs_each_label_has(db, s):
    sid = s.march[0]
    for label, field in FIELD_PAIRS:
        assert fields.set_field(db, s.zoe, sid, label, field, f"{field}!", NOW) is True
    assert fields.fields_of_sentence(db, s.zoe, sid) == {
        "statistic": {"value": "value!", "unit": "unit!", "period": "period!", "source": "source!"},
        "quote": {"speaker": "speaker!"},
    }
    for label, field in (("statistic", "speaker"), ("quote", "value"), ("claim", "value"),
                         ("quote", "Speaker"), ("statistics", "unit")):
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            fields.set_field(db, s.zoe, sid, label, field, "x", NOW)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute("INSERT INTO sentence_fields VALUES (?, ?, 'quote', 'speaker', '', ?)",
                   [s.marc, sid, NOW])


def test_a_field_is_set_replaced_and_cleared_per_reviewer(db, s):
    sid = s.march[0]
    assert fields.set_field(db, s.zoe, sid, "quote", "speaker", "Sam Altman", NOW)
    assert fields.set_field(db, s.zoe, sid, "quote", "speaker", "Sam Altman", LATER) is False
    assert fields.set_field(db, s.zoe, sid, "quote", "speaker", "S. Altman", LATER)
    fields.set_field(db, s.marc, sid, "quote", "speaker", "OpenAI", NOW)
    assert fields.fields_of_sentence(db, s.zoe, sid) == {"quote": {"speaker": "S. Altman"}}
    assert fields.set_field(db, s.zoe, sid, "quote", "speaker", "", NOW) is True
    assert fields.set_field(db, s.zoe, sid, "quote", "speaker", "", NOW) is False
    assert fields.fields_of_sentence(db, s.zoe, sid) == {}
    assert fields.fields_of_sentence(db, s.marc, sid) == {"quote": {"speaker": "OpenAI"}}


def test_fields_export_clear_and_import(db, s):
    m, j = s.march, s.january
    fields.write_fields(db, s.zoe, [(j[1], "statistic", "unit", "%"), (m[2], "quote", "speaker", "A"),
                                    (j[1], "statistic", "value", "12"), (m[3], "quote", "speaker", "")],
                        NOW)
    fields.set_field(db, s.marc, m[2], "quote", "speaker", "B", NOW)
    exported = list(fields.iter_fields(db, s.zoe))
    march, january = (articles.get_sentence(db, sid) for sid in (m[2], j[1]))
    assert exported == sorted([
        (january.article_id, january.start, january.end, "statistic", "unit", "%"),
        (january.article_id, january.start, january.end, "statistic", "value", "12"),
        (march.article_id, march.start, march.end, "quote", "speaker", "A"),
    ])
    fields.clear_fields(db, s.zoe, [january.article_id])
    assert [row.value for row in fields.iter_fields(db, s.zoe)] == ["A"]
    fields.clear_fields(db, s.zoe)
    assert list(fields.iter_fields(db, s.zoe)) == []
    assert [row.value for row in fields.iter_fields(db, s.marc)] == ["B"]
