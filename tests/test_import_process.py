"""A large import reads and segments its files in a worker process: the same articles,
sentences and refusals as the thread that reads a small one, and the worker never
outlives the import (done, stopped, or failed)."""

from __future__ import annotations

import subprocess

import pytest

from annotator.paths import seeds_dir
from annotator.project import Project, importing


@pytest.fixture
def folder(tmp_path):
    """The seeds, a binary file and an empty one."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in sorted(seeds_dir().glob("*.txt")):
        (corpus / seed.name).write_bytes(seed.read_bytes())
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (corpus / "empty.txt").write_text("")
    return corpus


@pytest.fixture
def workers(monkeypatch):
    """Every import through a worker process; the processes started, kept to check."""
    started = []
    real = subprocess.Popen

    def popen(*args, **kwargs):
        started.append(real(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(importing, "PROCESS_BYTES", 0)
    monkeypatch.setattr(importing.subprocess, "Popen", popen)
    return started


def _imported(tmp_path, name, folder, progress=None):
    with Project(tmp_path / name) as project:
        report = project.import_paths([folder], progress)
        rows = project.db.execute(
            "SELECT a.id, a.title, s.char_start, s.char_end, s.text FROM sentences s"
            " JOIN articles a ON a.id = s.article_id ORDER BY s.id").fetchall()
    return report, rows


def test_a_worker_process_imports_what_the_thread_imports(tmp_path, folder, workers, monkeypatch):
    by_process = _imported(tmp_path, "process.db", folder)
    assert len(workers) == 1 and workers[0].returncode is not None
    monkeypatch.setattr(importing, "PROCESS_BYTES", 10**12)
    by_thread = _imported(tmp_path, "thread.db", folder)
    assert len(workers) == 1
    (thread_report, thread_rows), (process_report, process_rows) = by_thread, by_process
    assert process_rows == thread_rows and len(process_rows) > 100
    assert process_report.added == thread_report.added
    assert sorted(map(str, process_report.refused)) == sorted(map(str, thread_report.refused))
    assert len(process_report.refused) == 2


def test_stopping_an_import_stops_its_worker(tmp_path, folder, workers):
    report, rows = _imported(tmp_path, "stopped.db", folder, progress=lambda done, total, path: done < 3)
    assert len(report.added) == 3 and {row[0] for row in rows} == set(report.added)
    assert len(workers) == 1 and workers[0].returncode is not None


def test_a_worker_that_dies_fails_the_import_with_nothing_half_written(tmp_path, folder, workers, monkeypatch):
    monkeypatch.setattr(importing, "WORKER", ("-c", "import sys; sys.exit(3)"))
    with Project(tmp_path / "failed.db") as project:
        with pytest.raises(RuntimeError, match="status 3"):
            project.import_paths([folder])
        assert project.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert workers[0].returncode == 3
