"""Shared fixtures: a fresh annotator file, and one holding the bundled seeds.

QT_QPA_PLATFORM is set here, before any test module can create a
QApplication, so GUI tests run headless everywhere.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from annotator.paths import seeds_dir  # noqa: E402
from annotator.project import Project  # noqa: E402

SEEDS = seeds_dir()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "annotator.db"


@pytest.fixture
def project(db_path: Path):
    """A fresh, empty annotator file."""
    with Project(db_path) as opened:
        yield opened


@pytest.fixture(scope="session")
def _seeded_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seeded") / "seeded.db"
    with Project(path) as seeded:
        seeded.import_paths([SEEDS])
    return path


@pytest.fixture
def seeded(_seeded_template: Path, tmp_path: Path):
    """A file holding the five seed articles, a fresh copy per test."""
    path = tmp_path / "seeded.db"
    shutil.copy(_seeded_template, path)
    with Project(path) as opened:
        yield opened
