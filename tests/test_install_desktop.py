"""``install-desktop`` (issue 14): the launcher entry and the icons put in the XDG data folder,
and taken away again. Core tests (no window), so that a mutation run over the command line,
which leaves tests/gui out, reaches them."""

from __future__ import annotations

import configparser
from pathlib import Path

from annotator import cli
from annotator.paths import resource


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_desktop_puts_the_entry_and_icons_in_the_xdg_data_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert cli.main(["install-desktop"]) == 0
    desktop = tmp_path / "applications" / "annotator.desktop"
    exec_ = _entry(desktop)["Exec"]
    assert exec_ == "annotator" or (Path(exec_).is_absolute() and Path(exec_).name == "annotator")
    assert (tmp_path / "icons/hicolor/scalable/apps/annotator.svg").is_file()
    sizes = [png.stem.rsplit("-", 1)[1] for png in resource("icons").glob("annotator-*.png")]
    assert sizes  # tests/gui/test_desktop.py checks a PNG per size the window asks for
    for size in sizes:
        assert (tmp_path / f"icons/hicolor/{size}x{size}/apps/annotator.png").is_file()
    assert cli.main(["install-desktop", "--remove"]) == 0
    assert not desktop.exists() and not (tmp_path / "icons/hicolor/48x48/apps/annotator.png").exists()


def test_a_script_path_with_a_space_is_quoted_in_exec(tmp_path, monkeypatch, capsys):
    from annotator.cli import desktop

    folder = tmp_path / "my env" / "bin"
    folder.mkdir(parents=True)
    (folder / "annotator").write_text("#!/bin/sh\n")
    monkeypatch.setattr(desktop.sys, "executable", str(folder / "python"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert cli.main(["install-desktop"]) == 0
    assert _entry(tmp_path / "share/applications/annotator.desktop")["Exec"] == f'"{folder / "annotator"}"'
