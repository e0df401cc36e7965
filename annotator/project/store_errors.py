"""SQLite's errors turned into the user's, once, at the facade.

Opening a file checks it (:func:`annotator.store.open_database`), but damage
past the pages read then, or a file that stops being writable while open,
shows only when an operation reaches it. Every public method of the facade's
classes raises those as a :class:`annotator.errors.StoreError` naming the file,
so the faces catch :class:`annotator.errors.AnnotatorError` and nothing else.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import TypeVar

from ..store import refusal

Class = TypeVar("Class", bound=type)


def translating_errors(cls: Class) -> Class:
    """Wrap each public method defined in ``cls``; the instance must have ``path``,
    or a ``project`` that has."""
    for name, method in list(vars(cls).items()):
        if callable(method) and not name.startswith("_"):
            setattr(cls, name, _translated(method))
    return cls


def _translated(method: Callable) -> Callable:
    @functools.wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as error:
            raise refusal(_path_of(self), error) from None

    return call


def _path_of(part: object) -> object:
    path = getattr(part, "path", None)
    return path if path is not None else part.project.path  # type: ignore[attr-defined]
