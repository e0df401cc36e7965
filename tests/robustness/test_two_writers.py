"""Two writers on one file: two processes (two windows) editing, importing, opening at once.

Both writers use the same reviewer, as two windows of one user would, on the
same articles. Each has its own sentences (disjoint sets: every acknowledged
final value must be exactly there) and both share a few sentences, one
article's status and the links among the shared sentences (the final value
must be one of the two writers' last values; when their last acknowledgements
are far apart in time, the later one).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

import actor
from harness import (
    REPO, check_file, default, effect, make_corpus, read_until, snapshot, spawn, stderr_of,
)

from annotator.corpus import read_article
from annotator.project import Project
from annotator.store import schema, schema_version

OPS_PER_WRITER = 300
SHARED = 15
#: Last acknowledgements further apart than this: the later one must have won.
CLEAR_ORDER_SECONDS = 0.25


def _last_values(acks: list[dict]) -> dict[tuple, tuple[object, float]]:
    last: dict[tuple, tuple[object, float]] = {}
    for ack in acks:
        key, value = effect(ack)
        last[key] = (value, ack["t"])
    return last


@pytest.mark.parametrize("pause_ms", [1, 0], ids=["like-users", "back-to-back"])
def test_two_processes_edit_one_file_at_once(seeded_file, tmp_path, pause_ms):
    """``like-users`` pauses up to 1 ms between actions and must interleave; ``back-to-back``
    never pauses, so one writer may starve the other for a while: slower, never an error."""
    go = tmp_path / "go"
    procs = [
        spawn("ops", str(seeded_file), "--seed", str(100 + writer), "--count", str(OPS_PER_WRITER),
              "--writer", str(writer), "--writers", "2", "--shared", str(SHARED), "--go-file", str(go),
              "--pause-ms", str(pause_ms), stderr_path=tmp_path / f"writer{writer}.err")
        for writer in (0, 1)
    ]
    for writer, proc in enumerate(procs):  # both opened the file: let them go together
        ready = proc.stdout.readline()
        assert ready == b'{"ready": true}\n', stderr_of(tmp_path / f"writer{writer}.err")
    go.touch()
    results = [read_until(proc) for proc in procs]
    acks = []
    for writer, (lines, status) in enumerate(results):
        err = stderr_of(tmp_path / f"writer{writer}.err")
        assert status == 0 and err == "", f"writer {writer} failed ({status}):\n{err}"
        assert lines[-1] == {"done": True}
        acks.append([line for line in lines if "op" in line])
        assert len(acks[-1]) == OPS_PER_WRITER
    # They did run at the same time, taking turns: count the turns in commit order.
    stamps = sorted((ack["t"], writer) for writer, batch in enumerate(acks) for ack in batch)
    order = [writer for _, writer in stamps]
    turns = sum(1 for x, y in zip(order, order[1:]) if x != y)
    if pause_ms:
        assert turns >= 20, f"the writers hardly interleaved ({turns} turns)"

    last = [_last_values(a) for a in acks]
    with Project(seeded_file) as project:
        check_file(project)
        state = snapshot(project, actor.REVIEWER)
    exact = shared = ordered = 0
    problems = []
    for key in set(last[0]) | set(last[1]) | set(state):
        actual = state.get(key, default(key))
        mine = [values[key] for values in last if key in values]
        if not mine:
            allowed = {default(key)}
        elif len(mine) == 1:
            exact += 1
            allowed = {mine[0][0]}
        else:
            shared += 1
            (a, ta), (b, tb) = mine
            allowed = {a, b}
            if abs(ta - tb) > CLEAR_ORDER_SECONDS:
                ordered += 1
                allowed = {a if ta > tb else b}
        if actual not in allowed:
            problems.append(f"{key}: file holds {actual!r}, expected one of {allowed!r}")
    assert not problems, "\n".join(problems[:20])
    assert exact > 50 and shared > 5
    print(f"two writers ({pause_ms} ms pauses): {2 * OPS_PER_WRITER} acknowledged actions, {exact} keys exact, "
          f"{shared} shared keys (one of two values, {ordered} with a clear order), {turns} turns")


def test_data_version_moves_when_another_connection_commits(seeded_file, tmp_path):
    with Project(seeded_file) as a, Project(seeded_file) as b:
        sentence = a.sentences(a.articles(None)[0].id)[0].id
        before = a.data_version()
        assert a.data_version() == before  # nothing committed: no refresh cue
        b.set_label("Zoé", sentence, "claim", True)
        after = a.data_version()
        assert after != before
        assert a.sentence_labels("Zoé", sentence) == {"claim"}  # the refresh sees it
        # A commit by a, the window's own connection, is not a cue for a.
        a.set_note("Zoé", sentence, "mine")
        assert a.data_version() == after
        # A commit from another process.
        lines, status = read_until(spawn("ops", str(seeded_file), "--seed", "5", "--count", "3",
                                         stderr_path=tmp_path / "dv.err"))
        assert status == 0, stderr_of(tmp_path / "dv.err")
        assert a.data_version() != after


def test_two_processes_import_one_folder_at_once(tmp_path):
    files = make_corpus(tmp_path / "corpus", 80, seed=8)
    db = tmp_path / "import.db"
    Project(db).close()  # opening a new file at once is tested below, apart
    procs = [spawn("import", str(db), str(tmp_path / "corpus"), stderr_path=tmp_path / f"i{n}.err")
             for n in (0, 1)]
    reports = []
    for n, proc in enumerate(procs):
        lines, status = read_until(proc)
        assert status == 0, stderr_of(tmp_path / f"i{n}.err")
        reports.append(lines[-1])
    assert sum(r["added"] for r in reports) == len(files)
    assert all(r["added"] + r["skipped"] == len(files) and r["refused"] == [] for r in reports)
    with Project(db) as project:
        check_file(project)
        ids = {row[0] for row in project.db.execute("SELECT id FROM articles")}
        assert ids == {read_article(path).id for path in files}
        # Sentence ids were handed out under the write lock: no article shares one.
        assert project.db.execute(
            "SELECT count(*) FROM (SELECT id FROM sentences GROUP BY id HAVING count(*) > 1)"
        ).fetchone()[0] == 0


# -- opening at once -------------------------------------------------------------

OPEN_RACE_TRIALS = 30


def _open_at_once(path: Path, openers: int = 3) -> list[str]:
    """``openers`` threads (each its own connection, as two windows) open ``path`` together."""
    barrier = threading.Barrier(openers)
    errors: list[str] = []

    def open_it() -> None:
        barrier.wait()
        try:
            Project(path).close()
        except Exception as error:  # noqa: BLE001 - any error is the finding
            errors.append(f"{type(error).__name__}: {error}")

    threads = [threading.Thread(target=open_it) for _ in range(openers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors



def test_two_windows_create_a_new_file_at_once(tmp_path):
    failures = []
    for trial in range(OPEN_RACE_TRIALS):
        path = tmp_path / f"new{trial}.db"
        failures += _open_at_once(path)
        with Project(path) as project:
            assert schema_version(project.db) == schema.SCHEMA_VERSION
            check_file(project)
    assert failures == [], f"{len(failures)} failed opens, e.g. {failures[:3]}"


def test_two_windows_upgrade_an_old_file_at_once(tmp_path, monkeypatch):
    # The newest released file (steps added since have no fixture yet), upgraded
    # through every step since plus one more.
    old = max(int(p.stem.removeprefix("schema")) for p in (REPO / "tests" / "fixtures").glob("schema*.db"))
    newest = REPO / "tests" / "fixtures" / f"schema{old}.db"
    step = (f"{len(schema.STEPS) + 1:04d}_test_future_index",
            lambda db: db.execute("CREATE INDEX test_notes_by_text ON notes (note)"))
    monkeypatch.setattr(schema, "STEPS", [*schema.STEPS, step])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.STEPS))
    failures = []
    for trial in range(OPEN_RACE_TRIALS):
        path = tmp_path / f"old{trial}.db"
        shutil.copy(newest, path)
        failures += _open_at_once(path)
        with Project(path) as project:
            assert schema_version(project.db) == schema.SCHEMA_VERSION
            check_file(project)
        backup = path.with_name(f"{path.name}.schema{old}.bak")
        # The backup is the old file, never one already upgraded by the other window.
        with contextlib.closing(sqlite3.connect(f"{backup.as_uri()}?immutable=1", uri=True)) as copy:
            assert copy.execute("PRAGMA user_version").fetchone()[0] == old
    assert failures == [], f"{len(failures)} failed opens, e.g. {failures[:3]}"
