"""Where the bundled seeds and resources are, installed or run from a checkout.

An installed package carries them as ``annotator.seeds`` and
``annotator.resources`` (see pyproject.toml); a checkout keeps them at the top
of the repository. Both are tried, so ``pip install .`` run from any folder
and ``python -m annotator`` in a clone find the same files.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


def _bundled(package: str, folder: str) -> Path:
    try:
        path = Path(str(importlib.resources.files(package)))
        if path.is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    return _CHECKOUT / folder


def seeds_dir() -> Path:
    """The folder of the bundled seed articles."""
    return _bundled("annotator.seeds", "seeds")


def resource(name: str) -> Path:
    """A file shipped in ``resources/`` (schema, icons, style sheets)."""
    return _bundled("annotator.resources", "resources") / name
