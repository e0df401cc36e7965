"""The full-text index caught up in the background, after an import or when a file opens behind.

An import of article files leaves its sentences to the index's catch-up
(``store/search_index.py``). The window runs it as a :class:`Job` (its own
connection, one short transaction per chunk, so edits go on meanwhile) and tells
the search dialog, which says its results are partial until the job ends. A
window closed, or a file switched, mid-way stops the job after its chunk:
what it indexed stays, and the next opening of the file resumes it.

Each chunk the job commits is another connection's commit to the window, which
would read the whole list and both panes again (0.3-0.6 s at 10,000 articles,
every two seconds of a catch-up). So while it runs, a commit seen with no new
user action in the activity log (every edit writes one) is taken for the
job's, and the window reads everything once when it ends.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow

from ..i18n import error_text, translate
from ..jobs import Job
from .refresh import Refresh
from .session import Session


def _catch_up(project, progress) -> int:
    return project.index_for_search(progress)


class SearchIndexing:
    """At most one catch-up at a time, for the open file; ``followers`` are told when one
    starts, progresses or ends (the search dialog's note on partial results)."""

    def __init__(self, session: Session, refresh: Refresh, window: QMainWindow, say: Callable[..., None]):
        self.session, self.refresh, self.window, self.say = session, refresh, window, say
        self.job: Job | None = None
        self._activity = 0
        refresh.only_catching_up = self.only_catching_up
        # sentences left to index, as the running job last said (None: not running)
        self.left: int | None = None
        self.followers: list[Callable[[], None]] = []

    def running(self) -> bool:
        return self.job is not None

    def start_if_behind(self) -> None:
        """Start a catch-up if the open file has sentences the index lacks (and can be written)."""
        project = self.session.project
        if self.job is not None or project.readonly:
            return
        behind = project.unindexed()
        if not behind:
            return
        self.left = behind.sentences
        self._activity = project.last_activity()
        self.job = Job(project.path, _catch_up, parent=self.window)
        self.job.progress.connect(self._progress)
        self.job.done.connect(self._done)
        self.job.start()
        self._tell()

    def only_catching_up(self) -> bool:
        """The job runs and no user action was written since the last look: the commits the
        window sees are the job's (one that logs nothing shows when the job ends)."""
        if self.job is None:
            return False
        seen, self._activity = self._activity, self.session.project.last_activity()
        return seen == self._activity

    def stop(self) -> None:
        """Stop after the chunk being written, and wait for it (the window closes, or
        shows another file): what was indexed stays; the rest waits for the next opening."""
        job = self.job
        if job is not None:
            job.cancel()
            job.wait()

    def _progress(self, done: int, total: int, _current: str) -> None:
        self.left = max(total - done, 0)
        self._tell()

    def _done(self, _result, error: Exception | None) -> None:
        stopped = self.job is not None and self.job.cancelled
        self.job, self.left = None, None
        self._tell()
        if stopped:  # the window closes or shows another file: nothing to read again here
            return
        self.refresh.stale()  # what the window let pass while the job ran is read now
        self.refresh.check_external_changes()
        if error is not None:
            self.say(translate("window.indexing", "Indexing for search stopped: {error}").format(
                error=error_text(error)), 8000)
        else:
            self.start_if_behind()  # an import that ended meanwhile left more

    def _tell(self) -> None:
        for follower in self.followers:
            follower()
