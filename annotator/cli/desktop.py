"""``install-desktop``: put the app in the desktop's launcher, with its icon.

A ``pip install`` puts the ``annotator`` script on the path but tells no launcher
about it. This copies the shipped ``annotator.desktop`` (its ``Exec`` made the
absolute path of the script that runs now) and the icon, SVG and PNG sizes, into
the user's XDG data folder, as the freedesktop.org specifications describe; the
window names itself ``annotator`` (its desktop file name), so the launcher and
the task bar match them. ``--remove`` takes them away again.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from ..paths import resource
from .base import EXIT_OK, argument, command

NAME = "annotator"


def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share (the specification's default)."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    return Path(configured) if os.path.isabs(configured) else Path.home() / ".local" / "share"


def installed_files(home: Path) -> dict[Path, Path]:
    """Where each shipped file goes: destination -> source."""
    files = {home / "applications" / f"{NAME}.desktop": resource(f"{NAME}.desktop"),
             home / "icons" / "hicolor" / "scalable" / "apps" / f"{NAME}.svg": resource(f"icons/{NAME}.svg")}
    for png in sorted(resource("icons").glob(f"{NAME}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        files[home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"] = png
    return files


def _script() -> str:
    """The command that starts the window: the installed script beside this Python (quoted as the
    Desktop Entry specification asks when its path holds a space or a quote), else ``annotator``."""
    script = Path(sys.executable).with_name(NAME)
    if not script.is_file():
        return NAME
    text = str(script)
    if any(ch in text for ch in " \t\"'\\$`"):
        escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in text)
        return f'"{escaped}"'
    return text


@command("install-desktop",
         argument("--remove", action="store_true", help="remove what an earlier install-desktop put there"))
def cmd_install_desktop(args: argparse.Namespace) -> int:
    """Add annotator to your desktop's application launcher, with its icon (in $XDG_DATA_HOME)."""
    for target, source in installed_files(data_home()).items():
        if args.remove:
            target.unlink(missing_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.suffix == ".desktop":
            text = source.read_text(encoding="utf-8").replace(f"Exec={NAME}\n", f"Exec={_script()}\n")
            target.write_text(text, encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        print(target)
    return EXIT_OK
