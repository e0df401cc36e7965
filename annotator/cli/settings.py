"""The file's settings: values set once per file, such as who signs the ClaimReview markup."""

from __future__ import annotations

import argparse

from ..project.metadata import SETTINGS
from .base import EXIT_OK, argument, command, open_project


@command(
    "settings",
    argument("key", nargs="?", choices=tuple(SETTINGS), help="the setting to show or change"),
    argument("value", nargs="?", help='its new value ("" clears it)'),
)
def cmd_settings(args: argparse.Namespace) -> int:
    """Show the file's settings, or set one: organisation, url_template (used by export --format claimreview)."""
    with open_project(args, readonly=args.value is None) as project:
        if args.value is not None:
            project.metadata.set_setting(args.key, args.value)
        for key in [args.key] if args.key else SETTINGS:
            print(f"{key}\t{project.metadata.setting(key)}")
    return EXIT_OK
