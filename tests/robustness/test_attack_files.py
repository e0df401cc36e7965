"""Attacks on the annotator file itself: a stale -wal, a schema that is not its
version's, an older file opened read-only, a --db that is not a regular file.

Each refusal leaves the file byte for byte as it was (and nothing new beside it).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from harness import REPO, check_file

from annotator import cli
from annotator.errors import StoreError
from annotator.project import Project
from annotator.store import schema

FIXTURES = REPO / "tests" / "fixtures"


def run(capsys, *args):
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _neighbours(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


# -- a stale -wal beside a restored copy ---------------------------------------------


def _stale_wal_beside_an_older_copy(seeded_file: Path, tmp_path: Path) -> Path:
    """An older copy of the file, restored next to the -wal a killed process left of
    the newer one: the WAL's pages belong to another state of the file."""
    older = tmp_path / "older.db"
    shutil.copy(seeded_file, older)
    with Project(seeded_file) as project:  # the file moves on, checkpointed at close
        for article in project.articles(None):
            for sentence in project.sentences(article.id):
                project.set_note("zoé", sentence.id, "x" * 300)
    conn = sqlite3.connect(seeded_file)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    # The notes' tree grows: the -wal's pages of it point to pages only the newer file holds
    # (a change the -wal could carry whole, like deleting every note, would apply cleanly).
    conn.execute("INSERT INTO notes SELECT reviewer_id + 1000, sentence_id, note, updated_at FROM notes")
    conn.commit()
    shutil.copy(f"{seeded_file}-wal", f"{older}-wal")  # what a kill leaves behind
    conn.close()
    return older


def test_a_stale_wal_is_not_replayed_into_an_older_copy(seeded_file, tmp_path, capsys):
    older = _stale_wal_beside_an_older_copy(seeded_file, tmp_path)
    before = older.read_bytes(), Path(f"{older}-wal").read_bytes()
    article = tmp_path / "new.txt"
    article.write_text("Une phrase de plus.", encoding="utf-8")
    code, _, err = run(capsys, "import", article, "--db", older)
    assert code == 2, err
    assert "-wal" in err and "Traceback" not in err
    assert (older.read_bytes(), Path(f"{older}-wal").read_bytes()) == before
    with pytest.raises(StoreError, match="-wal"):
        Project(older, readonly=True)
    assert (older.read_bytes(), Path(f"{older}-wal").read_bytes()) == before
    assert not Path(f"{older}-shm").exists()


def test_a_wal_left_by_a_kill_is_recovered(seeded_file):
    conn = sqlite3.connect(seeded_file)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE articles SET title = 'récupéré'")
    conn.commit()
    shutil.copy(f"{seeded_file}-wal", f"{seeded_file}.keep")
    conn.close()  # checkpoints; put the WAL back as a kill would have left it
    shutil.copy(f"{seeded_file}.keep", f"{seeded_file}-wal")
    with Project(seeded_file) as project:
        assert {a.title for a in project.articles(None)} == {"récupéré"}
        check_file(project)


def test_a_wal_without_its_file_is_refused(seeded_file, capsys):
    conn = sqlite3.connect(seeded_file)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE articles SET title = 'orphelin'")
    conn.commit()
    wal = Path(f"{seeded_file}-wal")
    kept = wal.read_bytes()
    conn.close()
    seeded_file.unlink()
    wal.write_bytes(kept)
    for command in ("stats", "import"):
        code, _, err = run(capsys, command, *([REPO / "seeds"] if command == "import" else []), "--db", seeded_file)
        assert code == 2 and "Traceback" not in err, err
        assert not seeded_file.exists() and wal.read_bytes() == kept


# -- a schema that is not what its version says ------------------------------------


def _damage(path: Path, statement: str, version: int | None = None) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(statement)
        if version is not None:
            conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{path}{suffix}").exists()


@pytest.mark.parametrize(
    "statement",
    [
        "DROP TABLE labels",
        "DROP TRIGGER article_progress_on_label",
        "DROP INDEX links_from",
        "DROP TRIGGER claims_keep_reviewer",
        "DROP TABLE sentences_fts",
        "ALTER TABLE notes ADD COLUMN extra TEXT",
    ],
)
@pytest.mark.parametrize("command", ["stats", "import"])
def test_a_schema_unlike_its_version_is_refused_untouched(seeded_file, tmp_path, capsys, statement, command):
    _damage(seeded_file, statement)
    before = seeded_file.read_bytes()
    article = tmp_path / "new.txt"
    article.write_text("Une phrase de plus.", encoding="utf-8")
    args = ["import", article] if command == "import" else ["stats"]
    code, _, err = run(capsys, *args, "--db", seeded_file)
    assert code == 2, err
    assert "schema" in err and "Traceback" not in err
    assert seeded_file.read_bytes() == before
    assert _neighbours(seeded_file) == sorted([seeded_file.name, article.name])


def test_an_older_schema_missing_a_table_is_refused_before_its_upgrade(tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema2.db", old)
    _damage(old, "DROP TABLE adjudications")
    before = old.read_bytes()
    with pytest.raises(StoreError, match="schema 2"):
        Project(old)
    assert old.read_bytes() == before and _neighbours(old) == ["old.db"]


@pytest.mark.parametrize("version", [-1, schema.SCHEMA_VERSION - 1, 2**31 - 1])
def test_a_user_version_out_of_place_is_refused(seeded_file, version):
    _damage(seeded_file, "SELECT 1", version)
    before = seeded_file.read_bytes()
    with pytest.raises(StoreError):
        Project(seeded_file)
    assert seeded_file.read_bytes() == before


def test_an_empty_file_is_refused_for_reading_and_made_new_for_writing(tmp_path, capsys):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    code, _, err = run(capsys, "stats", "--db", empty)
    assert code == 2 and "empty" in err and "no such table" not in err
    assert empty.read_bytes() == b"" and _neighbours(empty) == ["empty.db"]
    with Project(empty) as project:
        assert project.is_empty()


# -- an older file, read-only -----------------------------------------------------


@pytest.mark.parametrize("version", range(1, schema.SCHEMA_VERSION))
def test_an_older_file_opens_read_only_with_what_it_holds(tmp_path, capsys, version):
    old = tmp_path / "old.db"
    shutil.copy(FIXTURES / f"schema{version}.db", old)
    before = old.read_bytes()
    with Project(old, readonly=True) as project:
        listed = project.articles(None)
        assert listed
        for name in project.reviewers():
            project.articles(name)
            project.exchange.layer(name)
            project.claims.list(name)
        with pytest.raises(StoreError, match="read-only"):
            project.set_status("zoé", listed[0].id, "done")
    code, out, err = run(capsys, "stats", "--db", old)
    assert code == 0, err
    assert old.read_bytes() == before and _neighbours(old) == ["old.db"]


# -- a --db that is not a regular file ------------------------------------------------


@pytest.mark.parametrize("readonly", [False, True])
def test_a_db_that_is_a_device_is_refused(tmp_path, readonly):
    link = tmp_path / "null.db"
    link.symlink_to(os.devnull)
    journals = {p for p in Path(os.devnull).parent.glob("null-*")}
    with pytest.raises(StoreError, match="not a regular file"):
        Project(link, readonly=readonly)
    assert {p for p in Path(os.devnull).parent.glob("null-*")} == journals
    assert _neighbours(link) == ["null.db"]


def test_read_only_commands_leave_nothing_beside_the_file(seeded_file, capsys, tmp_path):
    out = tmp_path / "out.json"
    for args in (["stats"], ["claims"], ["export", "-o", out]):
        code, _, err = run(capsys, *args, "--db", seeded_file)
        assert code == 0, err
        assert _neighbours(seeded_file) == sorted({seeded_file.name, out.name} if out.exists() else {seeded_file.name})


def test_the_full_text_index_tables_may_be_worded_by_another_sqlite(seeded_file):
    """FTS5 writes its own tables' definitions; another SQLite release may word them
    otherwise, and the file must still open."""
    with contextlib.closing(sqlite3.connect(seeded_file)) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'sz BLOB', 'sz BLOB /* newer */')"
                     " WHERE name = 'sentences_fts_docsize'")
        conn.commit()
    with Project(seeded_file, readonly=True) as project:
        assert project.search("OTAN")
