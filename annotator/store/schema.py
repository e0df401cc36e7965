"""The schema of the annotator file, as numbered migrations.

Every change to the schema is a new numbered step appended to ``STEPS``; a step
is never edited once released. Steps run through sqlite-utils ``Migrations``
(recorded in ``_sqlite_migrations``) and the count of steps applied is also
written to ``PRAGMA user_version`` so any SQLite tool can tell the version, and
so a file from a newer release (a higher number) is refused before anything
is written to it.

Names are chosen to read well in Datasette: ``articles``, ``sentences``,
``reviewers``, ``labels``, ``notes``, ``article_status``, ``links``,
``activity``. Offsets are named ``char_start``/``char_end`` because ``end`` is
an SQL keyword.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import fts, search_index, sentence_table, suggestions
from .database import Database

if TYPE_CHECKING:
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "annotator"

_INITIAL = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    date TEXT,
    text TEXT NOT NULL,
    sentence_count INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL
);
CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (article_id, position),
    UNIQUE (article_id, char_start, char_end)
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='sentences', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE reviewers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
CREATE TABLE labels (
    reviewer_id INTEGER NOT NULL REFERENCES reviewers(id),
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    label TEXT NOT NULL CHECK (label IN ('claim', 'quote', 'statistic')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (reviewer_id, sentence_id, label)
) WITHOUT ROWID;
CREATE TABLE notes (
    reviewer_id INTEGER NOT NULL REFERENCES reviewers(id),
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    note TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (reviewer_id, sentence_id)
) WITHOUT ROWID;
CREATE TABLE article_status (
    reviewer_id INTEGER NOT NULL REFERENCES reviewers(id),
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('todo', 'in progress', 'done')),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (reviewer_id, article_id)
) WITHOUT ROWID;
CREATE TABLE links (
    id INTEGER PRIMARY KEY,
    reviewer_id INTEGER NOT NULL REFERENCES reviewers(id),
    from_sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    to_sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    relation TEXT NOT NULL CHECK (relation IN ('agrees', 'contradicts')),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (from_sentence_id <> to_sentence_id),
    UNIQUE (reviewer_id, from_sentence_id, to_sentence_id)
);
CREATE INDEX links_from ON links (reviewer_id, from_sentence_id);
CREATE INDEX links_to ON links (reviewer_id, to_sentence_id);
CREATE INDEX labels_sentence ON labels (sentence_id);
CREATE TABLE activity (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    reviewer TEXT,
    action TEXT NOT NULL,
    article_id TEXT,
    sentence_id INTEGER,
    detail TEXT NOT NULL DEFAULT ''
);
"""


_ADJUDICATIONS = """
CREATE TABLE adjudications (
    reviewer_id INTEGER NOT NULL REFERENCES reviewers(id),
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    other_sentence_id INTEGER NOT NULL DEFAULT 0,
    choice TEXT NOT NULL CHECK (choice IN ('a', 'b', 'edit')),
    value TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL,
    PRIMARY KEY (reviewer_id, sentence_id, other_sentence_id)
) WITHOUT ROWID;
"""


# The article list shows each reviewer's progress ("31/48 tagged") for every
# article, and loading it must not read every label. The count is kept per
# (reviewer, article) by triggers on ``labels``, so that every writer (an edit,
# an import, a merge, a cascade) keeps it true without having to remember to.
_ARTICLE_PROGRESS = """
CREATE TABLE article_progress (
    reviewer_id INTEGER NOT NULL REFERENCES reviewers(id),
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tagged INTEGER NOT NULL,
    PRIMARY KEY (reviewer_id, article_id)
) WITHOUT ROWID;
INSERT INTO article_progress (reviewer_id, article_id, tagged)
SELECT l.reviewer_id, s.article_id, count(DISTINCT l.sentence_id)
FROM labels l JOIN sentences s ON s.id = l.sentence_id
WHERE true
GROUP BY l.reviewer_id, s.article_id;
CREATE TRIGGER article_progress_on_label AFTER INSERT ON labels
WHEN (SELECT count(*) FROM labels
      WHERE reviewer_id = NEW.reviewer_id AND sentence_id = NEW.sentence_id) = 1
BEGIN
    INSERT INTO article_progress (reviewer_id, article_id, tagged)
    SELECT NEW.reviewer_id, article_id, 1 FROM sentences WHERE id = NEW.sentence_id
    ON CONFLICT (reviewer_id, article_id) DO UPDATE SET tagged = tagged + 1;
END;
CREATE TRIGGER article_progress_on_unlabel AFTER DELETE ON labels
WHEN NOT EXISTS (SELECT 1 FROM labels
                 WHERE reviewer_id = OLD.reviewer_id AND sentence_id = OLD.sentence_id)
BEGIN
    UPDATE article_progress SET tagged = tagged - 1
    WHERE reviewer_id = OLD.reviewer_id
      AND article_id = (SELECT article_id FROM sentences WHERE id = OLD.sentence_id);
END;
"""


# A claim and its appearances belong to one reviewer; the appearance repeats
# the claim's reviewer so that "a sentence is in at most one claim per
# reviewer" is a plain UNIQUE constraint. Triggers keep that copy equal to the
# claim's for every writer (foreign keys on or off), and a claim never changes
# reviewer. Dates a reviewer gives (checked, accessed) are YYYY-MM-DD.
_CLAIMS = """
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    reviewer_id INTEGER NOT NULL REFERENCES reviewers(id),
    statement TEXT NOT NULL,
    verdict TEXT CHECK (verdict IN
        ('false', 'misleading', 'mixed', 'mostly-true', 'true', 'unverifiable')),
    rationale TEXT NOT NULL DEFAULT '',
    checked_at TEXT CHECK (checked_at GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX claims_reviewer ON claims (reviewer_id, updated_at);
CREATE TABLE claim_sources (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    accessed TEXT CHECK (accessed GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    UNIQUE (claim_id, position)
);
CREATE TABLE claim_appearances (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    reviewer_id INTEGER NOT NULL REFERENCES reviewers(id),
    added_at TEXT NOT NULL,
    PRIMARY KEY (claim_id, sentence_id),
    UNIQUE (reviewer_id, sentence_id)
) WITHOUT ROWID;
CREATE INDEX claim_appearances_sentence ON claim_appearances (sentence_id);
CREATE TRIGGER claim_appearances_insert_reviewer BEFORE INSERT ON claim_appearances
WHEN NEW.reviewer_id IS NOT (SELECT reviewer_id FROM claims WHERE id = NEW.claim_id)
BEGIN
    SELECT RAISE(ABORT, 'an appearance must have the reviewer of its claim');
END;
CREATE TRIGGER claim_appearances_update_reviewer
BEFORE UPDATE OF claim_id, reviewer_id ON claim_appearances
WHEN NEW.reviewer_id IS NOT (SELECT reviewer_id FROM claims WHERE id = NEW.claim_id)
BEGIN
    SELECT RAISE(ABORT, 'an appearance must have the reviewer of its claim');
END;
CREATE TRIGGER claims_keep_reviewer BEFORE UPDATE OF reviewer_id ON claims
WHEN NEW.reviewer_id IS NOT OLD.reviewer_id
BEGIN
    SELECT RAISE(ABORT, 'a claim keeps the reviewer it was made by');
END;
CREATE TABLE sentence_fields (
    reviewer_id INTEGER NOT NULL REFERENCES reviewers(id),
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL CHECK (value <> ''),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (reviewer_id, sentence_id, label, field),
    CHECK ((label = 'statistic' AND field IN ('value', 'unit', 'period', 'source'))
           OR (label = 'quote' AND field = 'speaker'))
) WITHOUT ROWID;
CREATE INDEX sentence_fields_sentence ON sentence_fields (sentence_id);
"""


# The Claims view shows, for each claim, its appearances, articles, first and
# last article date and contradictions, and must open in 50 ms with 10,000
# claims: too few to join every appearance to its sentence, article and links
# each time. Each claim's figures are kept in ``claim_figures`` instead,
# recounted from scratch for the claims a change touches (a claim has few
# appearances) by triggers on every table they come from, so that every
# writer and every cascade keeps them true.
_RECOUNT = """
INSERT OR REPLACE INTO claim_figures
    (claim_id, appearances, articles, first_seen, last_seen, contradictions)
SELECT c.id, count(a.sentence_id), count(DISTINCT s.article_id), min(r.date), max(r.date),
       (SELECT count(*) FROM claim_appearances f
        JOIN links l ON l.reviewer_id = f.reviewer_id AND l.from_sentence_id = f.sentence_id
        JOIN claim_appearances t ON t.claim_id = f.claim_id AND t.sentence_id = l.to_sentence_id
        WHERE f.claim_id = c.id AND l.relation = 'contradicts')
FROM claims c
LEFT JOIN claim_appearances a ON a.claim_id = c.id
LEFT JOIN sentences s ON s.id = a.sentence_id
LEFT JOIN articles r ON r.id = s.article_id
WHERE c.id IN ({claims})
GROUP BY c.id;"""

_CLAIM_OF_LINK = (
    "SELECT claim_id FROM claim_appearances"
    " WHERE reviewer_id = {row}.reviewer_id AND sentence_id = {row}.from_sentence_id"
)

# A link counts for a claim only when it contradicts and both its ends state
# that claim; any other link leaves every claim's figures as they are.
_LINK_IN_A_CLAIM = (
    "({row}.relation = 'contradicts' AND (" + _CLAIM_OF_LINK + ") = ("
    "SELECT claim_id FROM claim_appearances"
    " WHERE reviewer_id = {row}.reviewer_id AND sentence_id = {row}.to_sentence_id))"
)

_CLAIM_FIGURES_TABLE = """
CREATE TABLE claim_figures (
    claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    appearances INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    contradictions INTEGER NOT NULL
);
"""

#: trigger name -> (event, the claims it recounts)
_CLAIM_FIGURES_TRIGGERS = {
    "claim_figures_on_appearance_insert": ("AFTER INSERT ON claim_appearances", ["NEW.claim_id"]),
    "claim_figures_on_appearance_delete": ("AFTER DELETE ON claim_appearances", ["OLD.claim_id"]),
    "claim_figures_on_appearance_update": (
        "AFTER UPDATE ON claim_appearances", ["OLD.claim_id", "NEW.claim_id"]),
    "claim_figures_on_link_insert": (
        "AFTER INSERT ON links WHEN " + _LINK_IN_A_CLAIM.format(row="NEW"),
        [_CLAIM_OF_LINK.format(row="NEW")]),
    "claim_figures_on_link_delete": (
        "AFTER DELETE ON links WHEN " + _LINK_IN_A_CLAIM.format(row="OLD"),
        [_CLAIM_OF_LINK.format(row="OLD")]),
    "claim_figures_on_link_update": (
        "AFTER UPDATE ON links WHEN "
        + _LINK_IN_A_CLAIM.format(row="OLD") + " OR " + _LINK_IN_A_CLAIM.format(row="NEW"),
        [_CLAIM_OF_LINK.format(row="OLD"), _CLAIM_OF_LINK.format(row="NEW")]),
    "claim_figures_on_article_date": (
        "AFTER UPDATE OF date ON articles",
        ["SELECT a.claim_id FROM claim_appearances a JOIN sentences s ON s.id = a.sentence_id"
         " WHERE s.article_id = NEW.id"]),
}


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit).

    A line ending in ``;`` closes a statement only where SQLite agrees it is
    complete, so a trigger's ``BEGIN ... END;`` body stays whole.
    """
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if line.rstrip().endswith(";") and sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements


def _initial(db: Database) -> None:
    """Articles, sentences and their index, reviewers and their layers, the activity log."""
    for statement in _statements(_INITIAL):
        db.execute(statement)


def _adjudications(db: Database) -> None:
    """The decisions taken while adjudicating into a gold layer: a sentence's labels
    (other_sentence_id 0, value "claim,quote") or a pair's relation (value "" for
    no link). Kept apart from the labels because "decided: no label" looks like
    "not yet decided", and so that re-merging after a reviewer's change keeps them."""
    for statement in _statements(_ADJUDICATIONS):
        db.execute(statement)


def _article_progress(db: Database) -> None:
    """Each reviewer's count of tagged sentences per article, kept by triggers."""
    for statement in _statements(_ARTICLE_PROGRESS):
        db.execute(statement)


def _claims(db: Database) -> None:
    """Claims with their verdict, sources and appearances, and their figures kept by
    triggers; fact-check fields of tagged sentences."""
    for statement in _statements(_CLAIMS + _CLAIM_FIGURES_TABLE):
        db.execute(statement)
    for name, (event, claims) in _CLAIM_FIGURES_TRIGGERS.items():
        body = "".join(_RECOUNT.format(claims=claim) for claim in claims)
        db.execute(f"CREATE TRIGGER {name} {event} BEGIN{body}\nEND")


def _views_and_metadata(db: Database) -> None:
    """Article outlet, URL and author; the file's settings; read-only views by name (see views.py)."""
    from .views import STEP

    for statement in _statements(STEP):
        db.execute(statement)


def _suggestions(db: Database) -> None:
    """The suggestions each reviewer rejected, so that they do not come back."""
    suggestions.create(db)


#: The released schema steps, in order. Append only.
STEPS: list[tuple[str, Callable[[Database], None]]] = [
    ("0001_initial", _initial),
    ("0002_adjudications", _adjudications),
    ("0003_article_progress", _article_progress),
    ("0004_claims", _claims),
    ("0005_views_and_metadata", _views_and_metadata),
    ("0006_fts", fts.detectable_index),
    ("0007_suggestions", _suggestions),
    ("0008_one_sentence_index", sentence_table.one_unique_index),
    ("0009_search_watermark", search_index.create),
]

SCHEMA_VERSION = len(STEPS)


def migrations(upto: int | None = None) -> Migrations:
    """The sqlite-utils migration set holding ``STEPS`` (the first ``upto``), each bumping user_version.

    Imported here, not at the top: only opening an older or new file needs it
    (see :mod:`annotator.store.database`)."""
    from sqlite_utils.migrations import Migrations

    migration_set = Migrations(MIGRATION_SET)
    for number, (name, step) in enumerate(STEPS[:upto], start=1):
        migration_set(name=name)(_numbered(step, number))
    return migration_set


def _numbered(step: Callable[[Database], None], number: int) -> Callable[[Database], None]:
    def run(db: Database) -> None:
        step(db)
        db.execute(f"PRAGMA user_version = {number}")

    return run
