"""Reading an import's files in a process of its own gives what reading them in line gives."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from annotator.errors import CorpusError
from annotator.project import Project, read_ahead


def _files(folder: Path) -> list[Path]:
    folder.mkdir()
    (folder / "a.txt").write_text("date 2026-01-02\nPremière phrase. Deuxième phrase.\n", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01binary")
    (folder / "c.txt").write_text("Une autre. Et encore une.\n", encoding="utf-8")
    return sorted(folder.iterdir()) + [folder / "missing.txt"]


def _as_plain(items) -> list:
    return [(type(i).__name__, i.path, i.reason) if isinstance(i, CorpusError) else tuple(i) for i in items]


@pytest.fixture
def always_process(monkeypatch):
    """Every import read by the process, and the processes started, to look at after."""
    started: list[subprocess.Popen] = []
    popen = subprocess.Popen

    def recorded(*args, **kwargs):
        started.append(popen(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(read_ahead, "PROCESS_BYTES", 0)
    monkeypatch.setattr(read_ahead.subprocess, "Popen", recorded)
    return started


def test_the_process_reads_what_reading_in_line_reads(tmp_path, always_process):
    files = _files(tmp_path / "in")
    by_process = _as_plain(read_ahead.read_ahead(files))
    assert len(always_process) == 1 and always_process[0].returncode == 0
    assert by_process == _as_plain(read_ahead._in_line(files))
    assert [type(item).__name__ for item in read_ahead._in_line(files)] == [
        "Parsed", "CorpusError", "Parsed", "CorpusError"]


def test_a_small_import_starts_no_process(tmp_path, monkeypatch):
    monkeypatch.setattr(read_ahead.subprocess, "Popen", None)
    files = _files(tmp_path / "in")
    assert len(list(read_ahead.read_ahead(files))) == len(files)


def test_an_unexpected_error_in_the_process_is_raised_in_the_writer(tmp_path, always_process):
    files = _files(tmp_path / "in")
    with pytest.raises(ValueError, match="null byte"):
        list(read_ahead.read_ahead([files[0], Path("bad\0name.txt"), files[2]]))
    assert always_process[0].returncode is not None


def test_a_stopped_import_ends_its_reading_process(tmp_path, always_process):
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(200):
        (folder / f"{number:03d}.txt").write_text(f"Dépêche {number}. " * 2000, encoding="utf-8")
    with Project(tmp_path / "x.db") as project:
        report = project.import_paths([folder], lambda done, total, name: done < 3)
    assert len(report.added) == 3
    worker, = always_process
    assert worker.returncode is not None, "the reading process should end with the import"


def test_without_a_process_to_be_had_the_files_are_read_in_line(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(read_ahead, "PROCESS_BYTES", 0)
    monkeypatch.setattr(read_ahead.subprocess, "Popen", refuse)
    files = _files(tmp_path / "in")
    assert _as_plain(read_ahead.read_ahead(files)) == _as_plain(read_ahead._in_line(files))
