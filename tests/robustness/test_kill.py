"""Crash at any moment: SIGKILL a child editing (or importing into) the file, then check it.

The child (``actor.py``) prints each action once the facade call returned.
After every kill the file is reopened with the current release and must
hold, for every key an acknowledged action touched, the value of the last
acknowledged action on it; only the one action in flight at the kill may
have landed or not. The file must also pass ``PRAGMA integrity_check``, the
FTS5 integrity check, and hold no half-imported article.

Counts: the quick run (always, also under CI) does 11 kills while editing, 4
during a large import and 6 while the full-text index catches up after one;
``ANNOTATOR_FULL=1`` (or ``-m slow``) adds the full run: 50 kills while
editing, 20 during imports and 20 while indexing.
"""

from __future__ import annotations

import contextlib
import json
import random
import sqlite3
import time
from pathlib import Path

import pytest

import actor
from harness import (
    Expected, check_file, default, effect, kill_after, make_corpus, read_until, snapshot, spawn,
    stderr_of,
)

from annotator import corpus, segment
from annotator.project import Project

QUICK_EDIT_KILLS, FULL_EDIT_KILLS = 11, 50
QUICK_IMPORT_KILLS, FULL_IMPORT_KILLS = 4, 20
QUICK_INDEX_KILLS, FULL_INDEX_KILLS = 6, 20
ACTIONS_PER_RUN = 400
IMPORT_FILES = 300


# -- kills while editing -------------------------------------------------------

def run_edit_kills(db: Path, logs: Path, kills: int, seed: int) -> dict:
    """Kill an editing child ``kills`` times; check the file after each kill."""
    rng = random.Random(seed)
    with Project(db) as project:
        sentences, articles = actor.universe(project)
    expected = Expected()
    done = rounds = landed = ambiguous = 0
    started = time.monotonic()
    while done < kills:
        round_seed = seed * 1000 + rounds
        actions = list(actor.plan(round_seed, sentences, articles, ACTIONS_PER_RUN))
        err = logs / f"edit{rounds}.err"
        proc = spawn("ops", str(db), "--seed", str(round_seed), "--count", str(ACTIONS_PER_RUN),
                     stderr_path=err)
        if rng.random() < 0.2:
            # Anywhere: while Python starts, while the file opens, or mid-edit.
            lines, status = kill_after(proc, rng.uniform(0.0, 0.8))
        else:
            k = rng.randint(0, 300)
            delay = rng.choice((0.0, 0.0, rng.uniform(0.0, 0.003)))
            lines, status = read_until(proc, lambda line, k=k: line.get("i") == k, delay)
        assert status in (0, -9), f"child failed ({status}):\n{stderr_of(err)}"
        acks = [line for line in lines if "op" in line]
        assert [a["i"] for a in acks] == list(range(len(acks)))
        for ack in acks:
            ack.pop("t")
            assert ack == actions[ack["i"]]
            expected.ack(ack)
        in_flight = None
        if status == -9:
            done += 1
            if len(acks) < len(actions):
                in_flight = actions[len(acks)]
                expected.in_flight(in_flight)
        else:
            assert lines[-1] == {"done": True}
        with Project(db) as project:
            check_file(project)
            state = snapshot(project, actor.REVIEWER)
        problems = expected.mismatches(state)
        assert not problems, f"after kill {done} (round {rounds}):\n" + "\n".join(problems[:20])
        if in_flight is not None:
            key, value = effect(in_flight)
            if len(expected.allowed[key]) > 1:
                ambiguous += 1
                landed += state.get(key, default(key)) == value
        expected.settle(state)
        rounds += 1
    return {
        "kills": done, "runs": rounds, "acknowledged": expected.acknowledged,
        "keys": len(expected.allowed), "in_flight_ambiguous": ambiguous,
        "in_flight_landed": landed, "seconds": round(time.monotonic() - started, 1),
    }


def test_kill_while_editing(seeded_file, tmp_path):
    figures = run_edit_kills(seeded_file, tmp_path, QUICK_EDIT_KILLS, seed=1)
    print("kill while editing:", figures)
    assert figures["kills"] == QUICK_EDIT_KILLS and figures["acknowledged"] > 0


@pytest.mark.slow
def test_kill_while_editing_full(seeded_file, tmp_path):
    figures = run_edit_kills(seeded_file, tmp_path, FULL_EDIT_KILLS, seed=2)
    print("kill while editing (full):", figures)
    assert figures["kills"] == FULL_EDIT_KILLS
    # The kills did land mid-action, not only between runs.
    assert figures["in_flight_ambiguous"] >= FULL_EDIT_KILLS // 2


# -- kills during a large import ----------------------------------------------

def run_import_kills(tmp_path: Path, kills: int, seed: int) -> dict:
    rng = random.Random(seed)
    files = make_corpus(tmp_path / "corpus", IMPORT_FILES, seed)
    bodies = [corpus.read_article(path).text for path in files]
    ids = [corpus.read_article(path).id for path in files]
    assert len(set(ids)) == len(ids)
    body_of = dict(zip(ids, bodies))
    db = tmp_path / "import.db"
    done = rounds = completed = 0
    started = time.monotonic()
    checked: set[str] = set()
    known = 0
    while done < kills:
        with Project(db) as project:
            before = project.stats()["articles"]
        err = tmp_path / f"import{rounds}.err"
        # Every other round reads the files in a process of its own, as a large import does.
        reading = ["--process-bytes", "0"] if rounds % 2 else []
        proc = spawn("import", str(db), str(tmp_path / "corpus"), *reading, stderr_path=err)
        if rng.random() < 0.25:
            lines, status = kill_after(proc, rng.uniform(0.1, 1.5))
        else:
            target = rng.randint(before + 1, len(files))
            lines, status = read_until(
                proc, lambda line: line.get("done_files", -1) >= target, rng.uniform(0.0, 0.01)
            )
        assert status in (0, -9), f"import child failed ({status}):\n{stderr_of(err)}"
        # Files before the last printed count are written, committed with their chunk
        # (a quarter second of work); what an earlier check found stays committed.
        reached = max([line["done_files"] for line in lines if "done_files" in line] + [known])
        with Project(db) as project:
            check_file(project)
            present = {row[0] for row in project.db.execute("SELECT id FROM articles")}
            # Files are imported in order, in chunks of whole files: a prefix of them,
            # all an earlier check found, and none past the file in flight at the kill.
            assert present == set(ids[: len(present)]), "not a prefix of the files, in order"
            assert known <= len(present) <= reached + 1, f"reached {reached}, found {len(present)}"
            if status == 0:
                assert len(present) == len(files)
            for article_id in present - checked:
                text = project.article(article_id).text
                assert text == body_of[article_id]
                spans = [(s.start, s.end) for s in project.sentences(article_id)]
                assert spans == segment.split_sentences(text)
            checked |= present
            known = len(present)
        if status == -9:
            done += 1
        else:
            assert lines[-1]["refused"] == []
        if len(present) == len(files):
            completed += 1
            _finish_and_reimport(db, tmp_path, ids)
            # Start over on a new file to place the remaining kills.
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            checked.clear()
            known = 0
        rounds += 1
    # The interrupted import completes when run again.
    _finish_and_reimport(db, tmp_path, ids)
    return {"kills": done, "runs": rounds, "files": len(files), "completed_imports": completed + 1,
            "seconds": round(time.monotonic() - started, 1)}


def _finish_and_reimport(db: Path, tmp_path: Path, ids: list[str]) -> None:
    err = tmp_path / "finish.err"
    lines, status = read_until(spawn("import", str(db), str(tmp_path / "corpus"), stderr_path=err))
    assert status == 0, stderr_of(err)
    report = lines[-1]
    assert report["added"] + report["skipped"] == len(ids) and report["refused"] == []
    with Project(db) as project:
        check_file(project)
        present = {row[0] for row in project.db.execute("SELECT id FROM articles")}
        assert present == set(ids)
        again = project.import_paths([tmp_path / "corpus"])
        assert again.added == [] and len(again.skipped) == len(ids)
        assert len(project.search("Dépêche", limit=10 * len(ids))) >= len(ids)


def test_kill_during_large_import(tmp_path):
    figures = run_import_kills(tmp_path, QUICK_IMPORT_KILLS, seed=3)
    print("kill during import:", figures)
    assert figures["kills"] == QUICK_IMPORT_KILLS


@pytest.mark.slow
def test_kill_during_large_import_full(tmp_path):
    figures = run_import_kills(tmp_path, FULL_IMPORT_KILLS, seed=4)
    print("kill during import (full):", figures)
    assert figures["kills"] == FULL_IMPORT_KILLS



# -- kills while the full-text index catches up --------------------------------

def run_index_kills(tmp_path: Path, kills: int, seed: int) -> dict:
    """Kill a child catching the index up after an import; each time, the index holds
    exactly the sentences up to its watermark, which never goes back. A catch-up that
    ends before it is killed is checked whole, and the next round starts on a new file."""
    rng = random.Random(seed)
    files = make_corpus(tmp_path / "corpus", IMPORT_FILES, seed)
    db = tmp_path / "index.db"
    done = rounds = reached = completed = 0
    started = time.monotonic()
    while done < kills:
        if reached == 0:
            with Project(db) as project:
                project.import_paths(files)
        err = tmp_path / f"index{rounds}.err"
        chunk = rng.choice((29, 61, 150))
        proc = spawn("index", str(db), "--chunk", str(chunk), stderr_path=err)
        if rng.random() < 0.3:
            lines, status = kill_after(proc, rng.uniform(0.05, 0.8))
        else:
            target = reached + chunk * rng.randint(1, 20)
            lines, status = read_until(proc, lambda line: line.get("watermark", -1) >= target,
                                       rng.choice((0.0, rng.uniform(0.0, 0.005))))
        assert status in (0, -9), f"index child failed ({status}):\n{stderr_of(err)}"
        acknowledged = max([line["watermark"] for line in lines if "watermark" in line] + [reached])
        reached = _check_watermark(db, acknowledged)
        done += status == -9
        rounds += 1
        if status == 0:
            completed += 1
            _check_caught_up(db, len(files))
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            reached = 0
    _check_caught_up(db, len(files))
    return {"kills": done, "runs": rounds, "completed": completed, "seconds": round(time.monotonic() - started, 1)}


def _check_watermark(db: Path, acknowledged: int) -> int:
    """The index holds the sentences up to the watermark, no other, and is whole; the watermark."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        mark = conn.execute("SELECT last_sentence_id FROM search_index").fetchone()[0]
        assert mark >= acknowledged, "the watermark went back"
        indexed = conn.execute("SELECT count(*) FROM sentences_fts_docsize").fetchone()[0]
        assert indexed == conn.execute("SELECT count(*) FROM sentences WHERE id <= ?", [mark]).fetchone()[0]
        conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES('integrity-check')")
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    return mark


def _check_caught_up(db: Path, articles: int) -> None:
    with Project(db) as project:
        check_file(project)  # catches up what is left, then FTS5 checks it against every sentence
        assert not project.unindexed()
        assert len(project.search("Dépêche", limit=10 * articles)) >= articles


def test_kill_while_indexing_for_search(tmp_path):
    figures = run_index_kills(tmp_path, QUICK_INDEX_KILLS, seed=5)
    print("kill while indexing:", figures)
    assert figures["kills"] == QUICK_INDEX_KILLS


@pytest.mark.slow
def test_kill_while_indexing_for_search_full(tmp_path):
    figures = run_index_kills(tmp_path, FULL_INDEX_KILLS, seed=6)
    print("kill while indexing (full):", figures)
    assert figures["kills"] == FULL_INDEX_KILLS


# -- a killed import leaves no reading process behind ---------------------------

def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _running(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie waiting to be reaped."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the reading process")
def test_a_killed_import_leaves_no_reading_process(tmp_path):
    make_corpus(tmp_path / "corpus", IMPORT_FILES, seed=5)
    proc = spawn("import", str(tmp_path / "import.db"), str(tmp_path / "corpus"), "--process-bytes", "0",
                 stderr_path=tmp_path / "import.err")
    # A few files in: the reading process has sent its first batch and is ahead, its
    # next one waiting in the pipe.
    for line in iter(proc.stdout.readline, b""):
        if json.loads(line).get("done_files", 0) >= 5:
            break
    else:
        pytest.fail(stderr_of(tmp_path / "import.err"))
    readers = _children(proc.pid)
    assert readers and all(map(_running, readers)), "the import should be reading in a process of its own"
    proc.kill()
    proc.stdout.read()
    proc.wait()
    deadline = time.monotonic() + 10
    while any(map(_running, readers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_running, readers)), "the reading process outlived the import it read for"
