"""Attacks on what the commands write: a full disk, a closed or full standard
output, a symbolic link or a device as the target, a temporary file left by a
killed export, the permissions of what is written, ``-`` for standard streams.
"""

from __future__ import annotations

import fcntl
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from harness import child_env

from annotator import cli
from annotator.atomic import write_atomically


def run(capsys, *args):
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _shell(command: str, db: Path) -> subprocess.CompletedProcess:
    """``python -m annotator`` run by the shell, for redirections such as ``>&-``."""
    return subprocess.run(
        ["sh", "-c", f"{sys.executable} -m annotator {command} --db '{db}'"],
        capture_output=True, text=True, env=child_env(), timeout=60,
    )


@pytest.mark.parametrize("redirect", ["> /dev/full", ">&-"])
@pytest.mark.parametrize("command", ["stats", "export", "compare alice alice"])
def test_a_full_or_closed_stdout_is_told_with_exit_2(seeded_file, command, redirect):
    if command.startswith("compare"):
        from annotator.project import Project

        with Project(seeded_file) as project:
            project.set_status("alice", project.articles(None)[0].id, "done")
    done = _shell(f"{command} {redirect}", seeded_file)
    assert done.returncode == 2, done.stderr
    assert "standard output" in done.stderr and "Traceback" not in done.stderr
    assert "Exception ignored" not in done.stderr


def test_export_to_a_full_device_leaves_no_file(capsys, seeded_file, tmp_path):
    link = tmp_path / "full.json"
    link.symlink_to("/dev/full")
    code, _, err = run(capsys, "export", "-o", link, "--db", seeded_file)
    assert code == 2 and "No space left" in err and "Traceback" not in err
    assert link.is_symlink() and os.readlink(link) == "/dev/full"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full.json", "seeded.db"]


def test_export_over_a_symlink_writes_through_it(capsys, seeded_file, tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old", "utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real.name)
    assert run(capsys, "export", "-o", link, "--db", seeded_file)[0] == 0
    assert link.is_symlink() and json.loads(real.read_text("utf-8"))["format"] == "annotator"


def test_written_files_get_the_usual_permissions(capsys, seeded_file, tmp_path):
    old = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.json"
        assert run(capsys, "export", "-o", fresh, "--db", seeded_file)[0] == 0
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        shared = tmp_path / "shared.json"
        shared.write_text("old", "utf-8")
        shared.chmod(0o664)
        assert run(capsys, "export", "-o", shared, "--db", seeded_file)[0] == 0
        assert stat.S_IMODE(shared.stat().st_mode) == 0o664
    finally:
        os.umask(old)


def test_a_temporary_file_left_by_a_killed_export_is_cleaned_and_a_live_one_kept(tmp_path):
    target = tmp_path / "out.json"
    stale = tmp_path / ".out.json.0b1e55ed.tmp"
    stale.write_text("half an export", "utf-8")
    live = tmp_path / ".out.json.5ca1ab1e.tmp"
    live.write_text("being written", "utf-8")
    long_ago = 1_000_000_000
    for left in (stale, live):
        os.utime(left, (long_ago, long_ago))
    recent = tmp_path / ".out.json.0000beef.tmp"
    theirs = tmp_path / ".out.json.notes.tmp"  # a name not ours: never touched
    theirs.write_text("a file of the user's", "utf-8")
    os.utime(theirs, (1_000_000_000, 1_000_000_000))
    recent.write_text("just made, not locked yet", "utf-8")
    with live.open("rb") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)  # as a running export holds its own
        write_atomically(target, lambda stream: stream.write("{}"))
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, recent.name, theirs.name, "out.json"])


def test_a_dash_is_standard_output_for_export_and_input_for_import(capsys, seeded_file, tmp_path, monkeypatch):
    from annotator.project import Project

    with Project(seeded_file) as project:
        project.set_status("zoé", project.articles(None)[0].id, "done")
    code, out, _ = run(capsys, "export", "-o", "-", "--db", seeded_file)
    assert code == 0 and json.loads(out)["reviewer"] == "zoé"
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "export", "-o", "-", "--db", seeded_file)[1] == out
    assert not (tmp_path / "-").exists()
    target = tmp_path / "target.db"
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "import-annotations", "-", "--db", str(target)],
        input=out.encode(), capture_output=True, env=child_env(), timeout=60,
    )
    assert done.returncode == 0, done.stderr
    with Project(target) as project:
        assert project.status("zoé", project.articles(None)[0].id) == "done"


def test_a_missing_path_does_nothing_and_exits_2(capsys, db_path, tmp_path):
    code, _, err = run(capsys, "import", tmp_path / "missing.txt", "--db", db_path)
    assert code == 2 and "missing.txt" in err
    code, _, err = run(capsys, "import-annotations", tmp_path / "missing.json", "--db", db_path)
    assert code == 2 and "missing.json" in err


def test_a_closed_standard_error_does_not_break_a_command(seeded_file, tmp_path):
    done = _shell(f"export -o '{tmp_path / 'out.json'}' 2>&-", seeded_file)
    assert done.returncode == 0
    assert json.loads((tmp_path / "out.json").read_text("utf-8"))["format"] == "annotator"
    assert _shell("stats 2>&-", tmp_path / "missing" / "x.db").returncode == 2


def test_a_command_that_prints_nothing_runs_with_stdout_closed(seeded_file, tmp_path):
    done = _shell(f"export -o '{tmp_path / 'out.json'}' >&-", seeded_file)
    assert done.returncode == 0, done.stderr
