"""Fixtures of the format tests: a file holding the seeds and generated hostile work
(see formats_data.py), built once per session and copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.paths import seeds_dir
from annotator.project import Project

from tests.exchange.formats_data import hostile_work


@pytest.fixture(scope="session")
def _hostile_template(tmp_path_factory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("hostile") / "hostile.db"
    with Project(path) as project:
        reviewers = hostile_work(project, seeds_dir())
        project.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path, reviewers


@pytest.fixture
def hostile(_hostile_template, tmp_path):
    """(project, reviewers): a fresh copy of the hostile file."""
    template, reviewers = _hostile_template
    path = tmp_path / "hostile.db"
    shutil.copy(template, path)
    with Project(path) as opened:
        yield opened, reviewers
