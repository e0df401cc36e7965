"""The background runner: a task on its own thread and connection, its outcome on the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest

from annotator.gui.jobs import Job, export_task, import_task
from annotator.errors import Cancelled, ProjectError, WouldReplace

from .conftest import REVIEWER


class Boom(Exception):
    pass


def run(qtbot, job: Job) -> tuple[object, object]:
    """Start ``job`` and wait for its ``done``; (result, error)."""
    with qtbot.waitSignal(job.done, timeout=20000) as blocker:
        job.start()
    assert not job.running
    return tuple(blocker.args)


def test_the_result_arrives_from_a_thread_and_connection_of_its_own(qtbot, seeded):
    here = threading.get_ident()

    def task(project, _progress):
        return project is not seeded, threading.get_ident() != here, len(project.articles(None)), project.readonly

    result, error = run(qtbot, Job(seeded.path, task))
    assert error is None
    assert result == (True, True, 5, False)
    result, _ = run(qtbot, Job(seeded.path, task, readonly=True))
    assert result[-1] is True


def test_a_failure_arrives_as_the_exception_itself(qtbot, seeded):
    raised = Boom("no luck")

    def task(_project, _progress):
        raise raised

    result, error = run(qtbot, Job(seeded.path, task))
    assert result is None and error is raised
    _, error = run(qtbot, Job(seeded.path, lambda project, _progress: project.article("no-such-id")))
    assert isinstance(error, ProjectError) and "no-such-id" in str(error)


def test_a_file_that_cannot_be_opened_fails_the_job(qtbot, tmp_path):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    _, error = run(qtbot, Job(folder, lambda project, _progress: pytest.fail("ran without a file")))
    assert isinstance(error, Exception)


def test_progress_arrives_in_order_before_done(qtbot, seeded):
    seen = []

    def task(_project, progress):
        for n in range(4):
            assert progress(n, 3, f"file-{n}") is True
        return "ok"

    job = Job(seeded.path, task)
    job.progress.connect(lambda *args: seen.append(args))
    job.done.connect(lambda *args: seen.append(("done", *args)))
    run(qtbot, job)
    assert seen == [(0, 3, "file-0"), (1, 3, "file-1"), (2, 3, "file-2"), (3, 3, "file-3"), ("done", "ok", None)]


def test_cancel_makes_progress_say_stop(qtbot, seeded):
    def task(_project, progress):
        for n in range(100_000):
            if not progress(n, 100_000, ""):
                return n
            time.sleep(0.001)
        return -1

    job = Job(seeded.path, task)
    job.progress.connect(lambda *_: job.cancel())
    result, error = run(qtbot, job)
    assert error is None and 0 <= result < 100_000 and job.cancelled


def test_a_cancelled_export_raises_cancelled_and_writes_nothing(qtbot, seeded, tmp_path):
    article = seeded.articles(None)[0]
    seeded.set_label(REVIEWER, seeded.sentences(article.id)[0].id, "claim", True)
    out = tmp_path / "out.json"
    job = Job(seeded.path, export_task(REVIEWER, out), readonly=True)
    job.cancel()
    _, error = run(qtbot, job)
    assert isinstance(error, Cancelled) and not out.exists()
    result, error = run(qtbot, Job(seeded.path, export_task(REVIEWER, out), readonly=True))
    assert error is None and result == out and out.is_file()


def test_an_import_that_would_replace_work_fails_with_the_refusal(qtbot, seeded, older_export):
    out, article_id, newer = older_export
    _, error = run(qtbot, Job(seeded.path, import_task(out)))
    assert isinstance(error, WouldReplace) and error.lost["labels"] == 1
    result, error = run(qtbot, Job(seeded.path, import_task(out, replace=True)))
    assert error is None and result == REVIEWER
    assert newer not in seeded.labels(REVIEWER, article_id)


def test_wait_blocks_until_the_task_ends_and_delivers_at_once(qtbot, seeded):
    release = threading.Event()
    ended = []

    def task(_project, progress):
        release.wait(5)
        progress(1, 1, "late")
        ended.append(True)
        return "finished"

    job = Job(seeded.path, task)
    seen = []
    job.progress.connect(lambda *args: seen.append(args))
    job.done.connect(lambda *args: seen.append(("done", *args)))
    job.start()
    assert job.running
    threading.Timer(0.2, release.set).start()
    job.wait()
    assert ended == [True] and not job.running
    assert seen == [("done", "finished", None)]  # delivered by wait(), no event loop needed
    qtbot.wait(50)
    assert seen == [("done", "finished", None)]  # once; the report queued behind it is dropped
    job.wait()  # nothing left to wait for
