"""The full-text index of sentences, in the form sqlite-utils and Datasette detect.

They find a table's FTS index by its ``content=`` argument naming the table in
double quotes or brackets; the first schema wrote single quotes, so
``sqlite-utils search FILE sentences WORD`` and Datasette's search box missed
it. The index is an external-content FTS5 table over ``sentences.text`` (it
keeps no second copy of the text), accents folded so "etats" finds "États".
"""

from __future__ import annotations

from .database import Database

_CREATE = """CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content="sentences", content_rowid="id",
    tokenize='unicode61 remove_diacritics 2'
)"""


def detectable_index(db: Database) -> None:
    """Schema step: the same index under a definition other tools detect, rebuilt
    from the sentences (the tokens are unchanged, only the declaration)."""
    db.execute("DROP TABLE sentences_fts")
    db.execute(_CREATE)
    db.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild')")
