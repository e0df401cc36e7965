"""On the desktop (issue 14): an icon (SVG and PNG sizes) and a .desktop file shipped in the
package, and the window's desktop file name (``install-desktop``, which puts them in the
launcher, is tested without a window in tests/test_install_desktop.py)."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from annotator.gui import app as gui_app
from annotator.gui.icons import PNG_SIZES, png_path, svg_path
from annotator.paths import resource
from tests.test_install_desktop import _entry


def test_the_icon_is_an_svg_with_a_png_per_size():
    assert svg_path().read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in PNG_SIZES:
        image = QImage(str(png_path(size)))
        assert (image.width(), image.height()) == (size, size), size
        assert image.hasAlphaChannel()


def test_the_desktop_file_names_the_command_and_the_icon():
    entry = _entry(resource("annotator.desktop"))
    assert entry["Type"] == "Application" and entry["Name"] == "annotator"
    assert entry["Exec"] == "annotator" and entry["Icon"] == "annotator"
    assert entry["Terminal"] == "false" and entry["Categories"].endswith(";")
    assert entry["StartupWMClass"] == "annotator"


def test_the_application_names_its_desktop_file_and_has_the_icon(qapp: QApplication):
    before = qapp.desktopFileName(), qapp.windowIcon()
    try:
        gui_app.configure(qapp)
        assert qapp.desktopFileName() == "annotator"
        sizes = {size.width() for size in qapp.windowIcon().availableSizes()}
        assert set(PNG_SIZES) <= sizes
    finally:
        qapp.setDesktopFileName(before[0])
        qapp.setWindowIcon(before[1])
