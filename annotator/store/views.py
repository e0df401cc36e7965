"""Schema step 0005: article metadata, the file's settings, and views a person can read.

The tables hold ids and offsets, which is right for the program and opaque to
a colleague browsing the file in Datasette or ``sqlite-utils``. The views join
each reviewer's work to names and words: the reviewer's name, the article's
title, date and outlet, the sentence's text. They are read-only (SQLite views
take no writes), so nothing written through them can bypass the program's rules.

Articles gain an outlet, a URL and an author (the title exists), which the
exports that have a place for them carry (W3C's source IRI, ClaimReview's
appearances, the CSV files). ``settings`` holds values set once for the file,
such as the organisation that signs ClaimReview markup.
"""

from __future__ import annotations

STEP = """
ALTER TABLE articles ADD COLUMN outlet TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN url TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN author TEXT NOT NULL DEFAULT '';
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE VIEW readable_labels AS
SELECT r.name AS reviewer, l.label, l.created_at, a.title AS article_title, a.date AS article_date,
       a.outlet, s.text AS sentence, a.id AS article_id, s.char_start, s.char_end, s.id AS sentence_id
FROM labels l
JOIN reviewers r ON r.id = l.reviewer_id
JOIN sentences s ON s.id = l.sentence_id
JOIN articles a ON a.id = s.article_id;
CREATE VIEW readable_notes AS
SELECT r.name AS reviewer, n.note, n.updated_at, a.title AS article_title, a.date AS article_date,
       a.outlet, s.text AS sentence, a.id AS article_id, s.char_start, s.char_end, s.id AS sentence_id
FROM notes n
JOIN reviewers r ON r.id = n.reviewer_id
JOIN sentences s ON s.id = n.sentence_id
JOIN articles a ON a.id = s.article_id;
CREATE VIEW readable_links AS
SELECT r.name AS reviewer, k.relation, k.note, k.created_at, k.updated_at,
       fa.title AS from_article_title, fa.date AS from_article_date, f.text AS from_sentence,
       ta.title AS to_article_title, ta.date AS to_article_date, t.text AS to_sentence,
       k.id AS link_id, f.id AS from_sentence_id, t.id AS to_sentence_id
FROM links k
JOIN reviewers r ON r.id = k.reviewer_id
JOIN sentences f ON f.id = k.from_sentence_id
JOIN articles fa ON fa.id = f.article_id
JOIN sentences t ON t.id = k.to_sentence_id
JOIN articles ta ON ta.id = t.article_id;
CREATE VIEW readable_claims AS
SELECT r.name AS reviewer, c.id AS claim_id, c.statement, c.verdict, c.rationale, c.checked_at,
       c.created_at, c.updated_at, a.title AS article_title, a.date AS article_date, a.outlet,
       a.url AS article_url, s.text AS sentence, a.id AS article_id, s.char_start, s.char_end
FROM claims c
JOIN reviewers r ON r.id = c.reviewer_id
LEFT JOIN claim_appearances p ON p.claim_id = c.id
LEFT JOIN sentences s ON s.id = p.sentence_id
LEFT JOIN articles a ON a.id = s.article_id;
"""
