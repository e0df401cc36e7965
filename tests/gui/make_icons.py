"""Render resources/icons/annotator.svg to the PNG sizes launchers ask for.

Not a test (no ``test_`` prefix); run it by hand after changing the SVG:

    QT_QPA_PLATFORM=offscreen python tests/gui/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from annotator.gui.icons import PNG_SIZES, png_path, svg_path  # noqa: E402


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841 - fonts and painting need it
    renderer = QSvgRenderer(str(svg_path()))
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(png_path(size)))
        print(png_path(size))


if __name__ == "__main__":
    main()
