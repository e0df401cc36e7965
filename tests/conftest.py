"""Shared fixtures: a fresh annotator file, one holding the bundled seeds, and two reviewers' disagreements on them.

``--language fr`` runs the GUI tests with the window in French (see tests/gui/conftest.py).

QT_QPA_PLATFORM is set here, before any test module can create a
QApplication, so GUI tests run headless everywhere.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytest.register_assert_rewrite("tests.round_trips")  # its asserts explain a failure like a test's

from annotator.model import Article  # noqa: E402
from annotator.paths import seeds_dir  # noqa: E402
from annotator.project import Project  # noqa: E402

SEEDS = seeds_dir()
LANGUAGES = ("en", "fr")


def pytest_addoption(parser) -> None:
    parser.addoption(
        "--language", choices=LANGUAGES, default="en",
        help="the interface's language for the GUI tests (tests/gui/conftest.py installs it as a user's start "
             "does); the README's test command runs tests/gui in French too")


@pytest.fixture(autouse=True)
def _own_default_file(tmp_path_factory, monkeypatch) -> None:
    """A command run without --db in a test opens a default file of the test's own,
    never the user's (``defaults.app_data_dir`` follows XDG_DATA_HOME)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))


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
        seeded.index_for_search()  # as `annotator import` does after its report
    return path


@pytest.fixture
def seeded(_seeded_template: Path, tmp_path: Path):
    """A file holding the five seed articles, a fresh copy per test."""
    path = tmp_path / "seeded.db"
    shutil.copy(_seeded_template, path)
    with Project(path) as opened:
        yield opened


@pytest.fixture
def long_article(project):
    """A fresh file holding one long article: 200 paragraphs of ten numbered sentences (2,000)."""
    body = "\n".join(
        " ".join(f"Phrase numéro {p * 10 + k} du paragraphe {p}, avec un chiffre de {k} %." for k in range(10))
        for p in range(200)
    )
    project.import_article(Article(text=body, source="long.txt", title="long"))
    return project


@pytest.fixture
def disputed(seeded):
    """The seeds, where alice and bob (both done with the last article) disagree on
    three of its sentences and one link, and agree on one label: (project, article, sentences)."""
    article = seeded.articles(None)[-1]
    s = seeded.sentences(article.id)
    for reviewer in ("alice", "bob"):
        seeded.set_status(reviewer, article.id, "done")
        seeded.set_label(reviewer, s[0].id, "claim", True)
    seeded.set_label("alice", s[1].id, "quote", True)
    seeded.set_label("bob", s[2].id, "statistic", True)
    seeded.set_label("alice", s[3].id, "claim", True)
    seeded.set_label("bob", s[3].id, "quote", True)
    seeded.add_link("alice", s[1].id, s[4].id, "contradicts")
    return seeded, article, s
