"""The Claims view's figures stay true through every way they can change.

They are kept per claim by triggers (schema step 4, ``claim_figures``), so they
are checked here against the same figures counted from the tables themselves,
after random edits of appearances, links, claims and articles by the store
functions and by plain SQL (as another tool would write).
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

from annotator.store import annotations, bulk, claim_summaries, claims

NOW = "2026-03-05T10:00:00.000000Z"

COUNTED = """
SELECT c.id, count(a.sentence_id), count(DISTINCT s.article_id), min(r.date), max(r.date),
       (SELECT count(*) FROM links l
        JOIN claim_appearances f ON f.reviewer_id = l.reviewer_id AND f.sentence_id = l.from_sentence_id
        JOIN claim_appearances t ON t.reviewer_id = l.reviewer_id AND t.sentence_id = l.to_sentence_id
        WHERE l.relation = 'contradicts' AND f.claim_id = c.id AND t.claim_id = c.id)
FROM claims c
LEFT JOIN claim_appearances a ON a.claim_id = c.id
LEFT JOIN sentences s ON s.id = a.sentence_id
LEFT JOIN articles r ON r.id = s.article_id
WHERE c.reviewer_id = ? GROUP BY c.id ORDER BY c.id
"""


def _counted(db, reviewer: int) -> list[tuple]:
    return [
        (claim_id, n, articles, claims.parse_date(first), claims.parse_date(last), contradictions)
        for claim_id, n, articles, first, last, contradictions in db.execute(COUNTED, [reviewer])
    ]


def _shown(db, reviewer: int) -> list[tuple]:
    rows = claim_summaries.claim_summaries(db, reviewer)
    return sorted((r.id, r.appearances, r.articles, r.first_seen, r.last_seen, r.contradictions)
                  for r in rows)


def _check(db, s) -> None:
    for reviewer in (s.zoe, s.marc):
        assert _shown(db, reviewer) == _counted(db, reviewer)
    assert db.execute(
        "SELECT count(*) FROM claim_figures WHERE claim_id NOT IN (SELECT id FROM claims)"
    ).fetchone()[0] == 0


def _edit_appearances(db, rng, reviewer, sentences):
    mine = [row[0] for row in db.execute("SELECT id FROM claims WHERE reviewer_id = ?", [reviewer])]
    if not mine or rng.random() < 0.15:
        claims.create_claim(db, reviewer, "c", NOW)
    elif rng.random() < 0.6:
        try:
            claims.add_appearance(db, rng.choice(mine), rng.choice(sentences), NOW)
        except claims.AppearanceTaken:
            pass
    else:
        claims.remove_appearance(db, rng.choice(mine), rng.choice(sentences), NOW)


def _edit_links(db, rng, reviewer, sentences):
    a, b = rng.sample(sentences, 2)
    relation = rng.choice(("agrees", "contradicts"))
    link = annotations.find_link(db, reviewer, a, b)
    roll = rng.random()
    if link is None:
        annotations.insert_link(db, reviewer, a, b, relation, "", NOW)
    elif roll < 0.4:
        annotations.update_link(db, link.id, relation, "", NOW)
    elif roll < 0.7:
        annotations.delete_link(db, link.id)
    else:  # INSERT OR REPLACE, as an import writes links
        bulk.write_links(db, reviewer, [(link.source, link.target, relation, "")], NOW)


def test_figures_follow_random_edits(db, s):
    rng = random.Random(11)
    sentences = [*s.march, *s.january, *s.undated]
    for step in range(800):
        reviewer = rng.choice((s.zoe, s.marc))
        if rng.random() < 0.5:
            _edit_appearances(db, rng, reviewer, sentences)
        else:
            _edit_links(db, rng, reviewer, sentences)
        if step % 100 == 99:
            _check(db, s)
    assert any(row[5] for row in _counted(db, s.zoe)), "no contradiction ever counted"
    _check(db, s)


def test_figures_follow_deletes_restores_imports_and_articles(db, s):
    m, j, u = s.march, s.january, s.undated
    big = s.claim(s.zoe, [m[0], m[1], j[2], u[0]])
    annotations.insert_link(db, s.zoe, m[0], j[2], "contradicts", "", NOW)
    _check(db, s)
    removed = claims.delete_claim(db, big)
    _check(db, s)
    claims.restore_claim(db, removed)
    assert _shown(db, s.zoe)[0][1:] == (4, 3, dt.date(2026, 1, 15), dt.date(2026, 3, 1), 1)
    db.execute("UPDATE articles SET date = '2025-12-31' WHERE title = 'undated'")
    assert _shown(db, s.zoe)[0][3] == dt.date(2025, 12, 31)
    db.execute("DELETE FROM articles WHERE title = 'january'")
    assert _shown(db, s.zoe)[0][1:] == (3, 2, dt.date(2025, 12, 31), dt.date(2026, 3, 1), 0)
    _check(db, s)
    claims.clear_claims(db, s.zoe)
    in_march = tuple(a for a in removed.appearances if a.sentence_id in m)
    claims.write_claims(db, [removed._replace(appearances=in_march)])
    assert _shown(db, s.zoe)[0][1:3] == (2, 1)
    _check(db, s)
    db.execute("PRAGMA foreign_keys = OFF")  # as in a plain sqlite3 session: triggers still run
    db.execute("DELETE FROM claim_appearances WHERE sentence_id = ?", [m[0]])
    _check(db, s)


def test_figures_are_not_kept_for_a_deleted_claim(db, s):
    claim_id = s.claim(s.zoe, [s.march[0]])
    db.execute("DELETE FROM claims WHERE id = ?", [claim_id])
    assert db.execute("SELECT count(*) FROM claim_figures").fetchone()[0] == 0
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    try:
        db.execute("INSERT INTO claim_figures VALUES (?, 1, 1, NULL, NULL, 0)", [claim_id])
    except sqlite3.IntegrityError as error:
        assert "FOREIGN KEY" in str(error)
    else:
        raise AssertionError("a figure row for no claim was accepted")
