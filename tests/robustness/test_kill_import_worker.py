"""An import large enough to read its files in a worker process, killed with SIGKILL: the
file keeps whole articles only, in order, and the worker does not outlive the import."""

from __future__ import annotations

import time
from pathlib import Path

from harness import check_file, make_corpus, spawn

from annotator.project import Project, importing

FILES = 500  # about 2.3 MB: past importing.PROCESS_BYTES


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        found |= {int(child) for child in (task / "children").read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_killing_an_import_ends_its_worker_and_keeps_whole_articles(tmp_path):
    files = make_corpus(tmp_path / "corpus", FILES, seed=11)
    assert sum(path.stat().st_size for path in files) >= importing.PROCESS_BYTES
    db = tmp_path / "import.db"
    proc = spawn("import", str(db), str(tmp_path / "corpus"), stderr_path=tmp_path / "import.err")
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while not workers and proc.poll() is None and time.monotonic() < deadline:
        workers = _children(proc.pid)
        time.sleep(0.01)
    assert workers, "no worker process was started"
    time.sleep(0.3)
    proc.kill()
    proc.wait()
    proc.stdout.close()
    deadline = time.monotonic() + 10
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_alive, workers)), "the worker outlived the killed import"
    with Project(db) as project:
        check_file(project)
        sources = [row[0] for row in project.db.execute("SELECT source FROM articles ORDER BY rowid")]
    assert sources == [path.name for path in files[: len(sources)]]
