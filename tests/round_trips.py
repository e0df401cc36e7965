"""The undo check every edit of the project passes: apply, undo, redo and undo again
through the Changes records alone, the whole file compared after each step."""

from __future__ import annotations

from collections.abc import Callable

from annotator.project import Changes, Project


def round_trip(project: Project, edit: Callable[[], Changes], state: Callable[[Project], object],
               *, done: bool = False) -> Changes:
    """Check ``edit`` against ``state`` (everything it may touch) and return its Changes.
    The file ends as before the edit, or, with ``done``, redone once more so the caller
    can look at the edit made."""
    before = state(project)
    changes = edit()
    after = state(project)
    assert changes.changed and after != before
    undone = changes.undo()
    assert undone.changed and state(project) == before
    redone = undone.undo()
    assert redone.changed and state(project) == after
    again = redone.undo()
    assert state(project) == before
    if done:
        again.undo()
        assert state(project) == after
    return changes
