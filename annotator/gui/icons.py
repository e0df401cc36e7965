"""The application's icon: one SVG and its PNG sizes, in resources/icons/ (shipped in the package).

Found through :func:`annotator.paths.resource`, installed or run from a checkout.
The PNGs are rendered from the SVG by tests/gui/make_icons.py; launchers that
cannot read SVG (and the window manager's small sizes) use them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from ..paths import resource

NAME = "annotator"  # the icon's and the desktop file's name
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def svg_path() -> Path:
    return resource(f"icons/{NAME}.svg")


def png_path(size: int) -> Path:
    return resource(f"icons/{NAME}-{size}.png")


def app_icon() -> QIcon:
    """The icon at every size: the PNGs where they exist, the SVG for the rest."""
    icon = QIcon()
    for size in PNG_SIZES:
        if png_path(size).is_file():
            icon.addFile(str(png_path(size)), QSize(size, size))
    if svg_path().is_file():
        icon.addFile(str(svg_path()))
    return icon
