"""One reviewer's layer: labels, notes, article status, links, and the activity log.

Every function writes or reads inside the caller's transaction; each write is
idempotent (setting a label twice leaves one row), which is what makes undo
and redo simple: they set the value back rather than replay a diff.
"""

from __future__ import annotations

from collections.abc import Iterable

from .database import Database

from ..model import LABELS, Link


# -- reviewers ---------------------------------------------------------------

def reviewer_id(db: Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM reviewers WHERE name = ?", [name]).fetchone()
    return row[0] if row else None


def ensure_reviewer(db: Database, name: str, now: str) -> int:
    db.execute(
        "INSERT INTO reviewers (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
        [name, now],
    )
    return reviewer_id(db, name)  # type: ignore[return-value]


def reviewer_names(db: Database) -> list[str]:
    return [row[0] for row in db.execute("SELECT name FROM reviewers ORDER BY name")]


# -- labels ------------------------------------------------------------------

def set_label(db: Database, reviewer: int, sentence_id: int, label: str, on: bool, now: str) -> bool:
    """Put ``label`` on or off the sentence; True when the file changed."""
    if on:
        cursor = db.execute(
            "INSERT INTO labels (reviewer_id, sentence_id, label, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            [reviewer, sentence_id, label, now],
        )
    else:
        cursor = db.execute(
            "DELETE FROM labels WHERE reviewer_id = ? AND sentence_id = ? AND label = ?",
            [reviewer, sentence_id, label],
        )
    return cursor.rowcount > 0


#: a sentence's labels as one number (a bit per label of LABELS), summed in SQL
_LABEL_BITS = "CASE label " + " ".join(f"WHEN '{label}' THEN {1 << i}" for i, label in enumerate(LABELS)) + " END"
_LABELS_OF_BITS = [tuple(label for i, label in enumerate(LABELS) if bits & (1 << i)) for bits in range(1 << len(LABELS))]


def consecutive_ids(db: Database, article_id: str) -> tuple[int, int] | None:
    """The first and last ids of the article's sentences when they are consecutive, as
    :func:`articles.insert_article` writes them (one statement): then the rows of the
    article's sentences in an index by sentence are one range of it, read in one step
    instead of a lookup per sentence. None when they are not (or there are none)."""
    low, high, count = db.execute(
        "SELECT min(id), max(id), count(*) FROM sentences WHERE article_id = ?", [article_id]).fetchone()
    return (low, high) if count and high - low + 1 == count else None


def labels_of_article(db: Database, reviewer: int, article_id: str) -> dict[int, set[str]]:
    """Sentence id -> labels, for the sentences of one article that carry any.

    Each sentence's labels come summed to one number in SQL (a row per tagged
    sentence, not a string per label), from one range of the labels' key when
    the article's ids are consecutive (:func:`consecutive_ids`).
    """
    ids = consecutive_ids(db, article_id)
    if ids is not None:
        rows = db.execute(
            f"SELECT sentence_id, sum({_LABEL_BITS}) FROM labels"
            " WHERE reviewer_id = ? AND sentence_id BETWEEN ? AND ? GROUP BY sentence_id",
            [reviewer, *ids],
        )
        return {sentence_id: set(_LABELS_OF_BITS[bits]) for sentence_id, bits in rows}
    result: dict[int, set[str]] = {}
    rows = db.execute(
        "SELECT l.sentence_id, l.label FROM labels l JOIN sentences s ON s.id = l.sentence_id"
        " WHERE l.reviewer_id = ? AND s.article_id = ?",
        [reviewer, article_id],
    )
    for sentence_id, label in rows:
        result.setdefault(sentence_id, set()).add(label)
    return result


def labels_of_sentence(db: Database, reviewer: int, sentence_id: int) -> set[str]:
    rows = db.execute(
        "SELECT label FROM labels WHERE reviewer_id = ? AND sentence_id = ?",
        [reviewer, sentence_id],
    )
    return {row[0] for row in rows}


def label_counts(db: Database) -> dict[str, dict[str, int]]:
    """Reviewer -> label -> count, for ``stats``."""
    result: dict[str, dict[str, int]] = {}
    rows = db.execute(
        "SELECT r.name, l.label, count(*) FROM labels l JOIN reviewers r ON r.id = l.reviewer_id"
        " GROUP BY r.name, l.label ORDER BY r.name, l.label"
    )
    for name, label, count in rows:
        result.setdefault(name, {})[label] = count
    return result


# -- notes -------------------------------------------------------------------

def set_note(db: Database, reviewer: int, sentence_id: int, note: str, now: str) -> None:
    """An empty note removes the row, so "no note" has one representation."""
    if note:
        db.execute(
            "INSERT INTO notes (reviewer_id, sentence_id, note, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (reviewer_id, sentence_id) DO UPDATE SET note = excluded.note,"
            " updated_at = excluded.updated_at",
            [reviewer, sentence_id, note, now],
        )
    else:
        db.execute(
            "DELETE FROM notes WHERE reviewer_id = ? AND sentence_id = ?", [reviewer, sentence_id]
        )


def note_of(db: Database, reviewer: int, sentence_id: int) -> str:
    row = db.execute(
        "SELECT note FROM notes WHERE reviewer_id = ? AND sentence_id = ?", [reviewer, sentence_id]
    ).fetchone()
    return row[0] if row else ""


def notes_of_article(db: Database, reviewer: int, article_id: str) -> dict[int, str]:
    rows = db.execute(
        "SELECT n.sentence_id, n.note FROM notes n JOIN sentences s ON s.id = n.sentence_id"
        " WHERE n.reviewer_id = ? AND s.article_id = ?",
        [reviewer, article_id],
    )
    return dict(rows.fetchall())


# -- article status ----------------------------------------------------------

def set_status(db: Database, reviewer: int, article_id: str, status: str, now: str) -> None:
    db.execute(
        "INSERT INTO article_status (reviewer_id, article_id, status, updated_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (reviewer_id, article_id) DO UPDATE SET"
        " status = excluded.status, updated_at = excluded.updated_at",
        [reviewer, article_id, status, now],
    )


def status_of(db: Database, reviewer: int, article_id: str) -> str:
    row = db.execute(
        "SELECT status FROM article_status WHERE reviewer_id = ? AND article_id = ?",
        [reviewer, article_id],
    ).fetchone()
    return row[0] if row else "todo"


# -- links -------------------------------------------------------------------

_LINK_COLUMNS = "id, from_sentence_id, to_sentence_id, relation, note"


def find_link(db: Database, reviewer: int, a: int, b: int) -> Link | None:
    """The reviewer's link between two sentences, in either direction."""
    row = db.execute(
        f"SELECT {_LINK_COLUMNS} FROM links WHERE reviewer_id = ? AND"
        " ((from_sentence_id = ? AND to_sentence_id = ?) OR"
        "  (from_sentence_id = ? AND to_sentence_id = ?))",
        [reviewer, a, b, b, a],
    ).fetchone()
    return Link(*row) if row else None


def get_link(db: Database, link_id: int) -> Link | None:
    row = db.execute(f"SELECT {_LINK_COLUMNS} FROM links WHERE id = ?", [link_id]).fetchone()
    return Link(*row) if row else None


def insert_link(
    db: Database, reviewer: int, source: int, target: int, relation: str, note: str, now: str,
    link_id: int | None = None,
) -> int:
    """Add a link; ``link_id`` lets redo bring back the same id undo removed."""
    cursor = db.execute(
        "INSERT INTO links (id, reviewer_id, from_sentence_id, to_sentence_id, relation, note,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [link_id, reviewer, source, target, relation, note, now, now],
    )
    return cursor.lastrowid  # type: ignore[return-value]


def update_link(db: Database, link_id: int, relation: str, note: str, now: str) -> None:
    db.execute(
        "UPDATE links SET relation = ?, note = ?, updated_at = ? WHERE id = ?",
        [relation, note, now, link_id],
    )


def delete_link(db: Database, link_id: int) -> None:
    db.execute("DELETE FROM links WHERE id = ?", [link_id])


def links_of_sentences(db: Database, reviewer: int, sentence_ids: Iterable[int]) -> list[Link]:
    """Links touching any of the sentences (either end), oldest first."""
    ids = list(sentence_ids)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = db.execute(  # one lookup per end, as in links_of_article
        f"SELECT {_LINK_COLUMNS} FROM links WHERE reviewer_id = ? AND from_sentence_id IN ({marks})"
        f" UNION SELECT {_LINK_COLUMNS} FROM links WHERE reviewer_id = ? AND to_sentence_id IN ({marks})"
        " ORDER BY id",
        [reviewer, *ids, reviewer, *ids],
    )
    return [Link(*row) for row in rows]


def links_of_article(db: Database, reviewer: int, article_id: str) -> list[Link]:
    """The reviewer's links with an end in the article. Two lookups, one per end, each by its
    index: with OR between them SQLite read every link of the reviewer (2 ms at 10,000 links,
    on every article opened, against 0.1); a range of it when the article's ids are
    consecutive (:func:`consecutive_ids`), else a lookup per sentence."""
    ids = consecutive_ids(db, article_id)
    if ids is not None:  # each end one range of its index
        ends, params = "BETWEEN ? AND ?", [reviewer, *ids, reviewer, *ids]
    else:
        ends, params = "IN (SELECT id FROM sentences WHERE article_id = ?)", [reviewer, article_id] * 2
    rows = db.execute(
        f"SELECT {_LINK_COLUMNS} FROM links WHERE reviewer_id = ? AND from_sentence_id {ends}"
        f" UNION SELECT {_LINK_COLUMNS} FROM links WHERE reviewer_id = ? AND to_sentence_id {ends} ORDER BY id",
        params,
    )
    return [Link(*row) for row in rows]


def link_counts(db: Database) -> dict[str, int]:
    rows = db.execute(
        "SELECT r.name, count(*) FROM links l JOIN reviewers r ON r.id = l.reviewer_id"
        " GROUP BY r.name"
    )
    return dict(rows.fetchall())


# -- activity ----------------------------------------------------------------

def last_activity(db: Database) -> int:
    """The id of the newest :func:`log` row (0 for none): it grows with every user action."""
    return db.execute("SELECT coalesce(max(id), 0) FROM activity").fetchone()[0]


def log(
    db: Database, now: str, reviewer: str | None, action: str,
    article_id: str | None = None, sentence_id: int | None = None, detail: str = "",
) -> None:
    """Who did what and when: one append-only row per user action."""
    db.execute(
        "INSERT INTO activity (at, reviewer, action, article_id, sentence_id, detail)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [now, reviewer, action, article_id, sentence_id, detail],
    )


# -- adjudication ------------------------------------------------------------

def replace_labels(db: Database, reviewer: int, sentence_id: int, labels: Iterable[str], now: str) -> None:
    """Make the sentence's label set exactly ``labels`` (a gold decision)."""
    db.execute("DELETE FROM labels WHERE reviewer_id = ? AND sentence_id = ?", [reviewer, sentence_id])
    db.conn.executemany(
        "INSERT INTO labels (reviewer_id, sentence_id, label, created_at) VALUES (?, ?, ?, ?)",
        [(reviewer, sentence_id, label, now) for label in labels],
    )


def set_decision(
    db: Database, reviewer: int, sentence_id: int, other: int, choice: str | None, value: str,
    now: str,
) -> None:
    """Record (or, with choice None, forget) how a disagreement was decided."""
    if choice is None:
        db.execute(
            "DELETE FROM adjudications WHERE reviewer_id = ? AND sentence_id = ? AND other_sentence_id = ?",
            [reviewer, sentence_id, other],
        )
        return
    db.execute(
        "INSERT OR REPLACE INTO adjudications (reviewer_id, sentence_id, other_sentence_id, choice,"
        " value, decided_at) VALUES (?, ?, ?, ?, ?, ?)",
        [reviewer, sentence_id, other, choice, value, now],
    )


def decisions(db: Database, reviewer: int) -> dict[tuple[int, int], tuple[str, str]]:
    """(sentence id, other sentence id or 0) -> (choice, value)."""
    rows = db.execute(
        "SELECT sentence_id, other_sentence_id, choice, value FROM adjudications WHERE reviewer_id = ?",
        [reviewer],
    )
    return {(sid, other): (choice, value) for sid, other, choice, value in rows}
