"""A long import never makes another writer fail with "database is locked".

An import holds the write lock only while it writes a chunk of files (about a
quarter second), and ``import-annotations`` reads, validates and segments
before it takes the lock; so a second process editing all along waits its turn
and never fails. That writer is given a short busy timeout here (its three
attempts give up after about three seconds, room for a loaded machine), so a
transaction held for seconds (one for a whole folder, or reading and
segmenting inside the lock) fails the test instead of passing within the
usual ten. Writing these 1,500 articles (11 MB) and their layer still takes
the lock for about 1.4 s on a loaded machine: one user action, all or nothing.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from harness import REPO, child_env, make_corpus

from annotator.project import Project
from annotator.store import connection

FILES = 1500
SHORT_BUSY_TIMEOUT_MS = 1000


def _start(args: list[str], log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "annotator", *args], stdout=subprocess.DEVNULL,
        stderr=log.open("wb"), env=child_env(), cwd=str(REPO),
    )


def _edit_while_running(db: Path, child: subprocess.Popen, monkeypatch) -> int:
    """Toggle labels in this process until the child ends; the count of edits made
    while it ran. An edit that fails (the lock held too long) fails the test."""
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", SHORT_BUSY_TIMEOUT_MS)
    rng = random.Random(5)
    with Project(db) as project:
        ids = [row[0] for row in project.db.execute("SELECT id FROM sentences")]
        edits = 0
        while child.poll() is None:
            sid = rng.choice(ids)
            project.set_label("editor", sid, "claim", "claim" not in project.sentence_labels("editor", sid))
            edits += 1
            time.sleep(0.005)
    return edits


@pytest.fixture(scope="module")
def corpus_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("long") / "corpus"
    make_corpus(folder, FILES, seed=11)
    return folder


def test_an_edit_waits_its_turn_during_a_long_import(seeded, corpus_folder, tmp_path, monkeypatch):
    db = seeded.path
    seeded.close()
    child = _start(["import", str(corpus_folder), "--db", str(db)], tmp_path / "import.err")
    edits = _edit_while_running(db, child, monkeypatch)
    assert child.returncode == 0, (tmp_path / "import.err").read_text()
    assert edits > 10  # the edits did overlap the import
    with Project(db) as project:
        assert project.stats()["articles"] == FILES + 5


def test_an_edit_waits_its_turn_during_a_long_import_of_annotations(
    seeded, corpus_folder, tmp_path, monkeypatch
):
    source = tmp_path / "source.db"
    with Project(source) as project:
        project.import_paths([corpus_folder])
        for sid in range(1, 4000, 3):
            project.set_label("alice", sid, "quote", True)
        project.exchange.export_json("alice", tmp_path / "alice.json")
    db = seeded.path
    seeded.close()
    child = _start(["import-annotations", str(tmp_path / "alice.json"), "--db", str(db)],
                   tmp_path / "import.err")
    edits = _edit_while_running(db, child, monkeypatch)
    assert child.returncode == 0, (tmp_path / "import.err").read_text()
    assert edits > 10
    with Project(db) as project:
        assert project.stats()["articles"] == FILES + 5
