"""The full-text index is found by sqlite-utils (and so by Datasette) as other tools look for it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import sqlite_utils

from annotator.project import Project
from annotator.store import schema

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_detect_fts_finds_the_index(seeded):
    assert seeded.db["sentences"].detect_fts() == "sentences_fts"


def test_sqlite_utils_search_finds_sentences(seeded):
    path = seeded.path
    seeded.close()
    out = subprocess.run(
        [sys.executable, "-m", "sqlite_utils", "search", str(path), "sentences", "Anthropic", "--limit", "3"],
        capture_output=True, text=True, check=True,
    )
    rows = json.loads(out.stdout)
    assert rows and all("anthropic" in row["text"].lower() for row in rows)


def test_search_on_a_file_upgraded_from_the_previous_schema(tmp_path):
    older = max(FIXTURES.glob("schema*.db"), key=lambda p: int(p.stem.removeprefix("schema")))
    path = tmp_path / "old.db"
    shutil.copy(older, path)
    with sqlite_utils.Database(path) as before:
        words = before.execute("SELECT text FROM sentences LIMIT 1").fetchone()[0].split()
    with Project(path) as project:
        assert project.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert project.db["sentences"].detect_fts() == "sentences_fts"
        word = max(words, key=len).strip(".,;:!?«»\"'()")
        assert project.search(word)
