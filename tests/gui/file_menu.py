"""What the File-menu tests share: dialogs answered from a queue, no message box left unanswered,
a second reviewer's export, and small ways to drive and watch the window.

Fixtures are imported by the test modules that use them (pytest finds them there).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.gui.window import files, transfers
from annotator.project import Project


@pytest.fixture
def dialogs(monkeypatch):
    """Answer the file dialogs from a queue; record warnings instead of showing them."""

    class Answers:
        files: list[str] = []
        warnings: list[tuple[str, str]] = []

        def answer(self, *names: str) -> None:
            self.files.extend(str(n) for n in names)

    answers = Answers()
    answers.files, answers.warnings = [], []

    def next_file(*_args, **_kwargs):
        return (answers.files.pop(0) if answers.files else ""), ""

    def warning(_parent, title, text, *_args, **_kwargs):
        answers.warnings.append((title, text))
        return transfers.MessageBox.StandardButton.Ok

    for target in (files.QFileDialog, transfers.QFileDialog):
        monkeypatch.setattr(target, "getSaveFileName", staticmethod(next_file))
        monkeypatch.setattr(target, "getOpenFileName", staticmethod(next_file))
    monkeypatch.setattr(transfers.MessageBox, "warning", staticmethod(warning))
    return answers


@pytest.fixture(autouse=True)
def no_blocking_boxes(monkeypatch):
    """A message box nobody answers would hang the run: fail instead."""
    def unexpected(_parent, title, text, *_args, **_kwargs):
        raise AssertionError(f"unexpected message box: {title}: {text}")

    for name in ("information", "question", "critical", "warning"):
        monkeypatch.setattr(transfers.MessageBox, name, staticmethod(unexpected))
    monkeypatch.setattr(transfers.MessageBox, "exec", lambda self: unexpected(None, self.windowTitle(), self.text()))


def trigger(window, name: str) -> None:
    window.actions_by_name[name].trigger()


def idle(window) -> bool:
    """No export or import of a reviewer's file still running."""
    return window.transfers.exchange_job is None


@pytest.fixture
def alice_json(seeded, tmp_path) -> Path:
    """A second reviewer's export, made on another copy of the seeds."""
    other = tmp_path / "alice.db"
    shutil.copy(seeded.path, other)
    out = tmp_path / "alice.json"
    with Project(other) as project:
        article = sorted(project.articles(None), key=lambda a: a.source)[3]
        sentences = project.sentences(article.id)
        project.set_label("alice", sentences[0].id, "claim", True)
        project.set_label("alice", sentences[1].id, "quote", True)
        project.add_link("alice", sentences[0].id, sentences[1].id, "agrees")
        project.set_status("alice", article.id, "done")
        project.exchange.export_json("alice", out)
    return out
