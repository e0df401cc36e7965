"""Writing a file whole or not at all: what every export of the application writes through.

The text goes to a temporary file in the target's own folder (so the rename
stays on one file system), which is renamed over the target only once it is
complete. A failed or cancelled write leaves the target as it was and no
temporary file behind. Text is UTF-8 and written as given: no newline
translation (the CSV writer chooses its own line ends).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO


def write_atomically(path: Path, write: Callable[[TextIO], None]) -> None:
    """Call ``write(stream)`` on a temporary file beside ``path``, then rename it to ``path``.

    Whatever ``write`` raises (an OSError, a cancel) propagates, and so does an
    OSError from creating or renaming the temporary file: the caller words it.
    """
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            write(stream)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)
