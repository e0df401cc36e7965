"""On the desktop (issue 14): an icon (SVG and PNG sizes) and a .desktop file shipped in the
package, put in the launcher by ``install-desktop``, and the window's desktop file name."""

from __future__ import annotations

import configparser
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from annotator import cli
from annotator.gui import app as gui_app
from annotator.gui.icons import PNG_SIZES, png_path, svg_path
from annotator.paths import resource


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


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


def test_install_desktop_puts_the_entry_and_icons_in_the_xdg_data_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert cli.main(["install-desktop"]) == 0
    desktop = tmp_path / "applications" / "annotator.desktop"
    exec_ = _entry(desktop)["Exec"]
    assert exec_ == "annotator" or (Path(exec_).is_absolute() and Path(exec_).name == "annotator")
    assert (tmp_path / "icons/hicolor/scalable/apps/annotator.svg").is_file()
    for size in PNG_SIZES:
        assert (tmp_path / f"icons/hicolor/{size}x{size}/apps/annotator.png").is_file()
    assert cli.main(["install-desktop", "--remove"]) == 0
    assert not desktop.exists() and not (tmp_path / "icons/hicolor/48x48/apps/annotator.png").exists()


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


def test_a_script_path_with_a_space_is_quoted_in_exec(tmp_path, monkeypatch, capsys):
    from annotator.cli import desktop

    folder = tmp_path / "my env" / "bin"
    folder.mkdir(parents=True)
    (folder / "annotator").write_text("#!/bin/sh\n")
    monkeypatch.setattr(desktop.sys, "executable", str(folder / "python"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert cli.main(["install-desktop"]) == 0
    assert _entry(tmp_path / "share/applications/annotator.desktop")["Exec"] == f'"{folder / "annotator"}"'
