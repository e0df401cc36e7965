"""Files written by every released schema open in the current release, with nothing lost.

``tests/fixtures/schema<N>.db`` is a file as release N wrote it (built once by
``tests/fixtures/make_fixtures.py`` and committed), ``schema<N>.json`` what it
held. Each test works on a copy; the committed fixtures are never opened.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fixture_data import describe
from harness import REPO, check_file, child_env

from annotator.project import Project
from annotator.store import schema, schema_version

FIXTURES = REPO / "tests" / "fixtures"
FIXTURE_FILES = sorted(FIXTURES.glob("schema*.db"), key=lambda p: int(re.findall(r"\d+", p.stem)[0]))


def _version_of(fixture: Path) -> int:
    return int(re.fullmatch(r"schema(\d+)", fixture.stem).group(1))


def _sidecar(fixture: Path) -> dict:
    return json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))


def _dump(path: Path) -> list[str]:
    """The file's whole content as SQL, read without writing anything (immutable)."""
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)) as conn:
        return list(conn.iterdump())


def _user_version(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def _copy(fixture: Path, tmp_path: Path) -> Path:
    target = tmp_path / fixture.name
    shutil.copy(fixture, target)
    return target


def _data(record: dict) -> dict:
    """What must survive an upgrade: everything but the bookkeeping."""
    return {key: value for key, value in record.items() if key not in ("schema_version", "made_by", "file_sha256")}


#: The newest schema released; steps added since get their fixture when the
#: release is made (make_fixtures.py), not in each branch that adds one.
LAST_RELEASED = 4


def test_every_released_schema_has_a_fixture():
    versions = [_version_of(path) for path in FIXTURE_FILES]
    assert LAST_RELEASED <= len(versions) <= schema.SCHEMA_VERSION
    assert versions == list(range(1, len(versions) + 1)), (
        "a schema step was released without its fixture: run tests/fixtures/make_fixtures.py "
        "and commit tests/fixtures/schema<N>.db and .json"
    )
    for path in FIXTURE_FILES:
        assert path.with_suffix(".json").exists()
        assert _user_version(path) == _version_of(path) == _sidecar(path)["schema_version"]
        assert not Path(f"{path}-wal").exists(), "commit fixtures checkpointed, without -wal"


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=[p.stem for p in FIXTURE_FILES])
def test_a_released_file_opens_upgraded_with_nothing_lost(fixture, tmp_path):
    old = _version_of(fixture)
    record = _sidecar(fixture)
    path = _copy(fixture, tmp_path)
    with Project(path) as project:
        assert schema_version(project.db) == schema.SCHEMA_VERSION
        check_file(project)
        assert _data(describe(project, old)) == _data(record)
        names = [row[0] for row in project.db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert names == [name for name, _ in schema.STEPS]
    backup = path.with_name(f"{path.name}.schema{old}.bak")
    if old < schema.SCHEMA_VERSION:
        assert backup.exists(), "no backup written before upgrading"
        assert _user_version(backup) == old
        assert _dump(backup) == _dump(fixture), "the backup is not the file as it was"
    else:
        assert not list(tmp_path.glob("*.bak")), "a backup written though nothing was upgraded"
    # Opening again upgrades nothing and writes no new backup.
    stamp = backup.stat().st_mtime_ns if backup.exists() else None
    with Project(path) as project:
        assert _data(describe(project, old)) == _data(record)
    assert (backup.stat().st_mtime_ns if backup.exists() else None) == stamp


def _future_step(db) -> None:
    db.execute("CREATE INDEX test_notes_by_text ON notes (note)")


FUTURE = (f"{len(schema.STEPS) + 1:04d}_test_future_index", _future_step)


@pytest.fixture
def future_release(monkeypatch):
    """The current release plus one more step, as the next release would ship it."""
    monkeypatch.setattr(schema, "STEPS", [*schema.STEPS, FUTURE])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.STEPS))
    return schema.SCHEMA_VERSION


def test_the_newest_fixture_upgrades_to_a_future_step_with_a_backup(future_release, tmp_path):
    newest = FIXTURE_FILES[-1]
    old = _version_of(newest)
    path = _copy(newest, tmp_path)
    original = path.read_bytes()
    with Project(path) as project:
        assert schema_version(project.db) == future_release > old
        assert project.db.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'test_notes_by_text'"
        ).fetchone()
        assert _data(describe(project, old)) == _data(_sidecar(newest))
        check_file(project)
    backup = path.with_name(f"{path.name}.schema{old}.bak")
    assert backup.exists()
    assert _user_version(backup) == old
    assert _dump(backup) == _dump(newest)
    fixture_copy = tmp_path / "as_released.db"
    fixture_copy.write_bytes(original)
    assert _dump(fixture_copy) == _dump(backup)


_SLOW_UPGRADE = """
import sys, time
from annotator.store import schema
def slow(db):
    db.execute("CREATE INDEX test_notes_by_text ON notes (note)")
    db.execute("DELETE FROM labels")  # damage that must be rolled back
    print("migrating", flush=True)
    time.sleep(60)
schema.STEPS.append((sys.argv[2], slow))
schema.SCHEMA_VERSION = len(schema.STEPS)
from annotator.project import Project
Project(sys.argv[1])
"""


def test_a_kill_during_an_upgrade_leaves_the_old_file_and_the_upgrade_completes(
    future_release, tmp_path
):
    newest = FIXTURE_FILES[-1]
    old = _version_of(newest)
    path = _copy(newest, tmp_path)
    child = subprocess.Popen(
        [sys.executable, "-c", _SLOW_UPGRADE, str(path), FUTURE[0]],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env(), cwd=str(REPO),
    )
    try:
        line = child.stdout.readline()
        assert line == b"migrating\n", child.stderr.read().decode()
    finally:
        child.kill()
        child.communicate()
    # The step was rolled back whole: still the old version, labels all there.
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == old
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with Project(path) as project:
        assert schema_version(project.db) == future_release
        assert _data(describe(project, old)) == _data(_sidecar(newest))
        check_file(project)
    assert _dump(path.with_name(f"{path.name}.schema{old}.bak")) == _dump(newest)


def test_released_fixtures_are_never_rebuilt():
    """The bytes release N wrote are the point: a rebuilt fixture would test nothing old."""
    for path in FIXTURE_FILES:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == _sidecar(path)["file_sha256"], (
            f"{path.name} differs from the file recorded when it was made"
        )
