"""import-annotations on damaged files: a clean import or a clear refusal, and a refusal
leaves the database exactly as it was (one transaction per imported file)."""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest
from hypothesis import HealthCheck, given, settings

from annotator.errors import ExchangeError, ProjectError
from annotator.project import Project
from tests.exchange.damage import BASES, damaged

TABLES = ("articles", "sentences", "reviewers", "labels", "notes", "article_status", "links")


def fingerprint(project: Project) -> str:
    """A digest of every row a reviewer's import could touch."""
    digest = hashlib.sha256()
    for table in TABLES:
        for row in project.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A file already holding work: alice's valid layer and a note of bob's."""
    folder = tmp_path_factory.mktemp("template")
    (folder / "alice.json").write_text(json.dumps(BASES[0]), encoding="utf-8")
    with Project(folder / "template.db") as project:
        project.exchange.import_annotations(folder / "alice.json")
        first = project.sentences(project.articles(None)[0].id)[0]
        project.set_note("bob", first.id, "à revoir")
    return folder / "template.db"


@settings(deadline=None, max_examples=400, suppress_health_check=list(HealthCheck), database=None)
@given(raw=damaged())
def test_refused_imports_change_nothing(template, tmp_path_factory, raw):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "damaged.json"
    path.write_bytes(raw)
    shutil.copy(template, folder / "a.db")
    with Project(folder / "a.db") as project:
        before = fingerprint(project)
        try:
            project.exchange.import_annotations(path)
        except (ExchangeError, ProjectError) as error:
            assert str(path) in str(error) or isinstance(error, ProjectError)
            assert fingerprint(project) == before
