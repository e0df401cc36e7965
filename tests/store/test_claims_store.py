"""The claims queries (``store.claims``, ``store.claim_summaries``) on a small hand-built
file (``tests/store/conftest.py``), without the facade."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from annotator.store import annotations, articles, claim_summaries, claims
from annotator.store.claims import AppearanceTaken, Source

NOW = "2026-03-05T10:00:00.000000Z"  # the fixture's stamp
LATER = "2026-03-06T10:00:00.000000Z"
VERDICTS = ("false", "misleading", "mixed", "mostly-true", "true", "unverifiable")


def _rows(db, table: str) -> list[tuple]:
    return db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()


# -- the schema's rules ------------------------------------------------------

def test_every_verdict_of_the_scale_is_kept_and_any_other_refused(db, s):
    claim_id = s.claim(s.zoe)
    for verdict in (*VERDICTS, None):
        claims.update_claim(db, claim_id, statement="s", verdict=verdict, rationale="",
                            checked_at=None, now=NOW)
        assert claims.get_claim(db, claim_id).claim.verdict == verdict
    for wrong in ("False", "wrong", "", "mostly true"):
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            claims.update_claim(db, claim_id, statement="s", verdict=wrong, rationale="",
                                checked_at=None, now=NOW)


def test_dates_are_year_month_day(db, s):
    claim_id = s.claim(s.zoe)
    claims.update_claim(db, claim_id, statement="s", verdict=None, rationale="",
                        checked_at=dt.date(2026, 3, 2), now=NOW)
    assert claims.get_claim(db, claim_id).claim.checked_at == dt.date(2026, 3, 2)
    for wrong in ("2/3/2026", "2026-3-2", "yesterday"):
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            db.execute("UPDATE claims SET checked_at = ? WHERE id = ?", [wrong, claim_id])
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            db.execute("INSERT INTO claim_sources (claim_id, position, accessed) VALUES (?, 0, ?)",
                       [claim_id, wrong])


# -- one claim per sentence per reviewer ---------------------------------------

def test_a_sentence_cannot_be_in_two_claims_of_one_reviewer(db, s):
    first = s.claim(s.zoe, [s.march[0]])
    second = s.claim(s.zoe)
    with pytest.raises(AppearanceTaken) as caught:
        claims.add_appearance(db, second, s.march[0], NOW)
    assert (caught.value.sentence_id, caught.value.claim_id) == (s.march[0], first)
    assert str(first) in str(caught.value)
    assert claims.add_appearance(db, first, s.march[0], NOW) is False
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        db.execute("INSERT INTO claim_appearances VALUES (?, ?, ?, ?)",
                   [second, s.march[0], s.zoe, NOW])
    assert claims.claim_of_sentence(db, s.zoe, s.march[0]) == first


def test_a_sentence_can_be_in_claims_of_two_reviewers(db, s):
    zoes = s.claim(s.zoe, [s.march[0]])
    marcs = s.claim(s.marc, [s.march[0]])
    assert claims.claim_of_sentence(db, s.zoe, s.march[0]) == zoes
    assert claims.claim_of_sentence(db, s.marc, s.march[0]) == marcs
    march = articles.get_sentence(db, s.march[0]).article_id
    assert claims.claims_of_article(db, s.marc, march) == {s.march[0]: marcs}
    assert claims.claims_of_article(db, s.zoe, march) == {s.march[0]: zoes}


def test_an_appearance_has_its_claims_reviewer_whoever_writes_it(db, s):
    """The store takes the reviewer from the claim; triggers refuse any other writer's mismatch."""
    claim_id = s.claim(s.zoe, [s.march[0]])
    assert db.execute("SELECT reviewer_id FROM claim_appearances").fetchall() == [(s.zoe,)]
    db.execute("PRAGMA foreign_keys = OFF")  # as in a plain sqlite3 or sqlite-utils session
    with pytest.raises(sqlite3.IntegrityError, match="reviewer of its claim"):
        db.execute("INSERT INTO claim_appearances VALUES (?, ?, ?, ?)",
                   [claim_id, s.march[1], s.marc, NOW])
    with pytest.raises(sqlite3.IntegrityError, match="reviewer of its claim"):
        db.execute("UPDATE claim_appearances SET reviewer_id = ?", [s.marc])
    with pytest.raises(sqlite3.IntegrityError, match="keeps the reviewer"):
        db.execute("UPDATE claims SET reviewer_id = ?", [s.marc])
    with pytest.raises(claims.UnknownClaim):
        claims.add_appearance(db, claim_id + 100, s.march[1], NOW)


def test_removing_an_appearance_frees_the_sentence(db, s):
    first = s.claim(s.zoe, [s.march[0], s.march[1]])
    assert claims.remove_appearance(db, first, s.march[0], LATER) is True
    assert claims.remove_appearance(db, first, s.march[0], LATER) is False
    assert claims.get_claim(db, first).claim.updated_at == LATER
    second = s.claim(s.zoe, [s.march[0]])
    assert claims.claim_of_sentence(db, s.zoe, s.march[0]) == second


# -- cascades, delete and restore ------------------------------------------------

def test_deleting_a_claim_removes_its_sources_and_appearances(db, s):
    claim_id = s.claim(s.zoe, [s.march[0], s.january[1]])
    kept = s.claim(s.zoe, [s.march[2]])
    claims.set_sources(db, claim_id, [Source("https://a.example"), Source("Le Monde, p. 3")], NOW)
    claims.set_sources(db, kept, [Source("https://b.example")], NOW)
    db.execute("DELETE FROM claims WHERE id = ?", [claim_id])
    assert db.execute("SELECT claim_id FROM claim_sources").fetchall() == [(kept,)]
    assert db.execute("SELECT claim_id, sentence_id FROM claim_appearances").fetchall() == [
        (kept, s.march[2])
    ]


def test_deleting_an_article_removes_the_appearances_in_it(db, s):
    claim_id = s.claim(s.zoe, [s.march[0], s.january[1]])
    db.execute("DELETE FROM articles WHERE title = 'march'")
    assert [a.sentence_id for a in claims.get_claim(db, claim_id).appearances] == [s.january[1]]


def test_delete_then_restore_gives_back_identical_rows(db, s):
    claim_id = s.claim(s.zoe, [s.march[0], s.january[1], s.undated[4]], "chiffre faux")
    claims.update_claim(db, claim_id, statement="Le chiffre est faux", verdict="misleading",
                        rationale="voir l'INSEE", checked_at=dt.date(2026, 3, 2), now=LATER)
    claims.set_sources(db, claim_id, [
        Source("https://insee.fr/x", "INSEE", dt.date(2026, 3, 1)), Source("Le Monde, p. 3"),
    ], LATER)
    other = s.claim(s.zoe, [s.march[3]])
    tables = ("claims", "claim_sources", "claim_appearances")
    before = {table: _rows(db, table) for table in tables}
    removed = claims.delete_claim(db, claim_id)
    assert [row[0] for row in _rows(db, "claims")] == [other]
    assert claims.delete_claim(db, claim_id) is None
    claims.restore_claim(db, removed)
    assert {table: _rows(db, table) for table in tables} == before
    assert claims.get_claim(db, claim_id) == removed


def test_restoring_refuses_a_sentence_taken_meanwhile(db, s):
    removed = claims.delete_claim(db, s.claim(s.zoe, [s.march[0]]))
    taker = s.claim(s.zoe, [s.march[0]])
    with pytest.raises(AppearanceTaken) as caught:
        claims.restore_claim(db, removed)
    assert caught.value.claim_id == taker
    assert [row[0] for row in _rows(db, "claims")] == [taker]


def test_a_new_claim_can_take_a_given_id_back(db, s):
    claim_id = s.claim(s.zoe)
    claims.delete_claim(db, claim_id)
    assert claims.create_claim(db, s.zoe, "again", NOW, claim_id=claim_id) == claim_id


# -- the Claims view and the timeline ----------------------------------------

def test_the_list_gives_each_claims_figures(db, s):
    """Appearances across two dated articles and one undated; one contradiction
    inside the claim, one link to a sentence outside it, one 'agrees' inside."""
    m, j, u = s.march, s.january, s.undated
    big = s.claim(s.zoe, [m[0], m[1], j[2], u[0]], "big")
    small = s.claim(s.zoe, [m[3]], "small")
    empty = s.claim(s.zoe, [], "empty")
    s.claim(s.marc, [m[4], j[4]], "marc's")
    for source, target, relation in ((m[0], j[2], "contradicts"), (m[1], m[3], "contradicts"),
                                     (m[0], m[1], "agrees")):
        annotations.insert_link(db, s.zoe, source, target, relation, "", NOW)
    annotations.insert_link(db, s.marc, m[4], j[4], "contradicts", "", NOW)
    claims.update_claim(db, small, statement="small", verdict="true", rationale="",
                        checked_at=None, now=LATER)
    rows = {row.id: row for row in claim_summaries.claim_summaries(db, s.zoe)}
    assert set(rows) == {big, small, empty}
    assert rows[big][1:8] == ("big", None, 4, 3, dt.date(2026, 1, 15), dt.date(2026, 3, 1), 1)
    assert rows[small][1:8] == ("small", "true", 1, 1, dt.date(2026, 3, 1), dt.date(2026, 3, 1), 0)
    assert rows[empty][1:8] == ("empty", None, 0, 0, None, None, 0)
    assert [row.id for row in claim_summaries.claim_summaries(db, s.zoe)][0] == small  # latest change first
    (marcs,) = claim_summaries.claim_summaries(db, s.marc)
    assert (marcs.appearances, marcs.articles, marcs.contradictions) == (2, 2, 1)


def test_the_timeline_runs_by_article_date_then_offset_undated_last(db, s):
    m, j, u = s.march, s.january, s.undated
    claim_id = s.claim(s.zoe, [u[1], m[3], j[2], m[1], u[0]])
    entries = claim_summaries.timeline(db, claim_id)
    assert [e.sentence_id for e in entries] == [j[2], m[1], m[3], u[0], u[1]]
    first = entries[0]
    assert (first.title, first.date, first.text) == ("january", dt.date(2026, 1, 15), "january2.")
    assert first.end - first.start == len("january2.")


# -- a whole reviewer's claims ------------------------------------------------

def test_the_export_reads_each_claim_as_get_claim_does(db, s):
    ids = [s.claim(s.zoe, sids) for sids in ([s.march[0], s.january[0]], [], [s.march[1]])]
    s.claim(s.marc, [s.march[0]])
    claims.set_sources(db, ids[0], [Source("u1"), Source("u2", "t2")], NOW)
    claims.set_sources(db, ids[2], [Source("u3")], NOW)
    exported = list(claims.iter_claims(db, s.zoe))
    assert exported == [claims.get_claim(db, claim_id) for claim_id in ids]
    assert [len(c.sources) for c in exported] == [2, 0, 1]


def test_an_import_replaces_the_claims_touching_its_articles(db, s):
    m, j = s.march, s.january
    s.claim(s.zoe, [m[0], j[0]], "touching march")
    elsewhere = s.claim(s.zoe, [j[1]])
    s.claim(s.zoe, [], "no appearance")
    marcs = s.claim(s.marc, [m[0]])
    claims.clear_claims(db, s.zoe, [articles.get_sentence(db, m[0]).article_id])
    assert [c.claim.id for c in claims.iter_claims(db, s.zoe)] == [elsewhere]
    assert claims.get_claim(db, marcs) is not None
    row = claims.ClaimRow(None, s.zoe, "imported", "false", "r", None, NOW, NOW)
    new = claims.StoredClaim(row, (Source("u"),), (claims.Appearance(m[0], "", 0, 0, NOW),
                                                   claims.Appearance(j[0], "", 0, 0, NOW)))
    (new_id,) = claims.write_claims(db, [new])
    assert new_id > marcs
    assert claims.claim_of_sentence(db, s.zoe, j[0]) == new_id
    claims.clear_claims(db, s.zoe)
    assert list(claims.iter_claims(db, s.zoe)) == []
    assert claims.get_claim(db, marcs) is not None


def test_an_import_refuses_a_sentence_in_two_claims(db, s):
    taken = s.claim(s.zoe, [s.march[0]])
    row = claims.ClaimRow(None, s.zoe, "imported", None, "", None, NOW, NOW)
    twice = [claims.StoredClaim(row, (), (claims.Appearance(s.march[1], "", 0, 0, NOW),))] * 2
    with pytest.raises(AppearanceTaken):
        claims.write_claims(db, twice)
    repeated = claims.StoredClaim(row, (), twice[0].appearances * 2)
    with pytest.raises(AppearanceTaken):
        claims.write_claims(db, [repeated])
    held = claims.StoredClaim(row, (), (claims.Appearance(s.march[0], "", 0, 0, NOW),))
    with pytest.raises(AppearanceTaken) as caught:
        claims.write_claims(db, [held])
    assert caught.value.claim_id == taken
    assert [row[0] for row in _rows(db, "claims")] == [taken]
