"""One error family: every refusal a user sees is an AnnotatorError, and the
facade turns SQLite's errors into one naming the file."""

from __future__ import annotations

import sqlite3

import pytest

from annotator import cli, errors
from annotator.errors import AnnotatorError, StoreError
from annotator.store import refusal


@pytest.mark.parametrize(
    "kind",
    [errors.StoreError, errors.CorpusError, errors.ExchangeError, errors.ProjectError,
     errors.WouldReplace, errors.Cancelled, cli.CommandError],
)
def test_every_user_facing_error_is_an_annotator_error(kind):
    assert issubclass(kind, AnnotatorError)


def test_only_a_refusal_to_write_says_read_only_would_work(tmp_path):
    path = tmp_path / "a.db"
    assert refusal(path, sqlite3.OperationalError("attempt to write a readonly database")).readonly_would_work
    assert not refusal(path, sqlite3.OperationalError("attempt to write a readonly database"),
                       writing=False).readonly_would_work
    damaged = refusal(path, sqlite3.DatabaseError("database disk image is malformed"))
    assert not damaged.readonly_would_work and "damaged" in str(damaged)
    assert not StoreError(path, "is a folder, not a database file").readonly_would_work


def test_the_facade_names_the_file_when_sqlite_fails_after_open(seeded, monkeypatch):
    def broken(*args, **kwargs):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr("annotator.store.articles.counts", broken)
    with pytest.raises(StoreError) as caught:
        seeded.stats()
    assert str(seeded.path) in str(caught.value) and "damaged" in str(caught.value)


def test_a_project_error_is_not_translated(seeded):
    with pytest.raises(errors.ProjectError, match="no article"):
        seeded.article("nope")
