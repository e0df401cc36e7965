"""Where the bundled seeds and resources are, installed or run from a checkout.

An installed package carries them inside itself, as ``annotator/seeds`` and
``annotator/resources`` (see pyproject.toml); a checkout keeps them at the top
of the repository, beside ``annotator/``. Both are tried, so ``pip install .``
run from any folder and ``python -m annotator`` in a clone find the same files.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(folder: str) -> Path:
    installed = _PACKAGE / folder
    return installed if installed.is_dir() else _PACKAGE.parent / folder


def seeds_dir() -> Path:
    """The folder of the bundled seed articles."""
    return _bundled("seeds")


def resource(name: str) -> Path:
    """A file shipped in ``resources/`` (schema, icons, screenshots)."""
    return _bundled("resources") / name
