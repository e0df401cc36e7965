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


def _exec_for_script_in(folder: Path, tmp_path: Path, monkeypatch) -> str:
    """The entry's Exec line when the ``annotator`` script sits in ``folder`` beside Python."""
    from annotator.cli import desktop

    folder.mkdir(parents=True)
    (folder / "annotator").write_text("#!/bin/sh\n")
    monkeypatch.setattr(desktop.sys, "executable", str(folder / "python"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert cli.main(["install-desktop"]) == 0
    return _entry(tmp_path / "share/applications/annotator.desktop")["Exec"]


def test_a_script_path_with_a_space_is_quoted_in_exec(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "my env" / "bin"
    assert _exec_for_script_in(folder, tmp_path, monkeypatch) == f'"{folder / "annotator"}"'


def test_a_plain_script_path_is_written_as_it_is(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "XDG-env" / "bin"
    assert _exec_for_script_in(folder, tmp_path, monkeypatch) == str(folder / "annotator")


def test_quotes_dollars_and_backslashes_are_escaped_in_exec(tmp_path, monkeypatch, capsys):
    """The Desktop Entry specification: inside double quotes, ``"`` ` `` ` ``$`` and ``\\`` take a backslash."""
    folder = tmp_path / 'my "env" $HOME`X`\\' / "bin"
    escaped = str(tmp_path) + '/my \\"env\\" \\$HOME\\`X\\`\\\\/bin/annotator'
    assert _exec_for_script_in(folder, tmp_path, monkeypatch) == f'"{escaped}"'


def test_the_data_folder_is_xdg_data_home_when_absolute_else_the_default(tmp_path, monkeypatch):
    """The XDG Base Directory specification: a relative $XDG_DATA_HOME is ignored."""
    from annotator.cli.desktop import data_home

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert data_home() == tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")
    assert data_home() == tmp_path / "home" / ".local" / "share"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert data_home() == tmp_path / "home" / ".local" / "share"
