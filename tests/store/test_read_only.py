"""Read-only files and folders: refused for writing before anything is touched,
readable on request, and never a traceback from the command line.

Root ignores permission bits, so under root (as CI runs) the file or folder is
made immutable (``chattr +i``), which binds root too.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from annotator import cli
from annotator.errors import StoreError
from annotator.project import Project
from annotator.project.exports import FORMATS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@contextlib.contextmanager
def read_only(path: Path):
    """``path`` (file or folder) unwritable for this process, even as root."""
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(
            ["chattr", "+i", str(path)], capture_output=True
        ).returncode != 0:
            pytest.skip("no way to make a file read-only for root here (chattr +i)")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


@pytest.fixture
def closed_seeds(seeded) -> Path:
    seeded.close()
    return seeded.path


def test_a_read_only_file_is_refused_for_writing_and_opens_for_reading(closed_seeds):
    before = closed_seeds.read_bytes()
    with read_only(closed_seeds):
        with pytest.raises(StoreError, match="read-only file") as refused:
            Project(closed_seeds)
        assert refused.value.readonly_would_work
        with Project(closed_seeds, readonly=True) as reader:
            assert len(reader.articles(None)) == 5
    assert closed_seeds.read_bytes() == before


def test_a_file_in_a_read_only_folder_opens_for_reading(closed_seeds):
    before = closed_seeds.read_bytes()
    with read_only(closed_seeds.parent):
        with pytest.raises(StoreError, match="read-only folder") as refused:
            Project(closed_seeds)
        assert refused.value.readonly_would_work
        with Project(closed_seeds, readonly=True) as reader:
            assert len(reader.articles(None)) == 5
            assert reader.search("OTAN")
    assert closed_seeds.read_bytes() == before
    assert sorted(p.name for p in closed_seeds.parent.iterdir()) == [closed_seeds.name]


def test_an_old_read_only_file_is_not_upgraded_nor_backed_up(tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema1.db", old)
    before = old.read_bytes()
    with read_only(old):
        with pytest.raises(StoreError, match="read-only"):
            Project(old)
    assert old.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["old.db"]


def test_the_command_line_says_read_only_and_still_reads(closed_seeds, capsys, tmp_path):
    article = tmp_path / "new.txt"
    article.write_text("Une phrase de plus.", encoding="utf-8")
    with read_only(closed_seeds.parent):
        code = cli.main(["--db", str(closed_seeds), "import", str(article)])
        _, err = capsys.readouterr()
        assert code == cli.EXIT_FAILED
        assert str(closed_seeds) in err and "read-only" in err and "Traceback" not in err
        assert cli.main(["stats", "--db", str(closed_seeds)]) == cli.EXIT_OK
        assert "articles   5" in capsys.readouterr().out


def test_an_old_file_read_only_exports_in_every_format_from_its_copy_in_memory(tmp_path):
    """Read-only, an older file is upgraded in memory: a snapshot there maps no file."""
    old = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema4.db", old)
    with Project(old, readonly=True) as reader:
        reviewer = reader.reviewers()[0]
        for fmt in FORMATS:
            reader.exports.export(fmt, reviewer, tmp_path / f"out.{fmt}")
            assert (tmp_path / f"out.{fmt}").stat().st_size > 0
