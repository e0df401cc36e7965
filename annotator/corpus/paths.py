"""Which files an import of some files and folders reads.

The user drops a mix of files and folders on the window or the command line.
A file named explicitly is read whatever its extension: the user chose it.
A folder stands for the ``.txt`` files inside it, at any depth, but not for
hidden ones (``.git``, editor backups, ``.DS_Store``), which nobody means to
import. The order is sorted so that two imports of the same folder add the
articles in the same order on every machine.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

ARTICLE_SUFFIX = ".txt"


def iter_article_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Each given file as is, then each folder's ``.txt`` files, in the order given.

    Inside a folder: every file whose name ends in ``.txt`` (any case), in all
    sub-folders, sorted by their path relative to that folder; names starting
    with a dot are skipped, files and folders alike. Symbolic links to folders
    are not followed (no loops). Never raises for a bad path: a path that does
    not exist, or a sub-folder that cannot be listed, is yielded as it is, so
    that ``read_article`` refuses it with a CorpusError naming it and the
    import carries on with the rest. Nothing is de-duplicated; the store
    recognises an article read twice by its id.
    """
    for path in map(Path, paths):
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    """The folder's article files, found with a list of folders still to read rather
    than by recursion: a tree nested thousands deep is read like a shallow one."""
    found: list[Path] = []
    pending = [folder]
    while pending:
        here = pending.pop()
        try:
            with os.scandir(here) as entries:
                listed = list(entries)
        except OSError:
            found.append(here)  # unlistable: read_article names the problem
            continue
        for entry in listed:
            if entry.name.startswith("."):
                continue
            if _is_folder(entry):
                pending.append(Path(entry.path))
            elif entry.name.lower().endswith(ARTICLE_SUFFIX):
                found.append(Path(entry.path))
    yield from sorted(found, key=lambda p: p.relative_to(folder).parts)


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False
