"""Commands that move a reviewer's work in and out of the file."""

from __future__ import annotations

import argparse
import json
import sys

from pathlib import Path

from ..errors import WouldReplace, printable
from ..terminal import TerminalProgress
from .base import EXIT_OK, JSON, CommandError, argument, command, open_project, pick_reviewer, to_stdout


@command(
    "export",
    argument("--reviewer", help="whose work (needed when the file holds several)"),
    argument("-o", "--output", type=Path, help="write to FILE instead of stdout (- is stdout)"),
)
def cmd_export(args: argparse.Namespace) -> int:
    """Export one reviewer's work as JSON (to stdout, or -o FILE)."""
    with open_project(args, readonly=True) as project, TerminalProgress("exporting") as progress:
        reviewer = pick_reviewer(project, args.reviewer)
        if not to_stdout(args.output):
            project.exchange.export_json(reviewer, args.output, progress)
        else:
            project.exchange.write_export(reviewer, sys.stdout, progress=progress)
    return EXIT_OK


@command(
    "import-annotations",
    argument("file", type=Path, help="a JSON file made by `annotator export` (- reads stdin)"),
    argument(
        "--replace", action="store_true",
        help="replace the reviewer's work on the file's articles even where the file lacks some of it",
    ),
)
def cmd_import_annotations(args: argparse.Namespace) -> int:
    """Import a reviewer's JSON export as that reviewer's layer."""
    with open_project(args) as project, TerminalProgress("importing") as progress:
        try:
            reviewer = project.exchange.import_annotations(args.file, progress, replace=args.replace)
        except WouldReplace as error:
            raise CommandError(f"{error}; nothing was imported (--replace imports it anyway)") from None
    print(printable(f"imported the work of {reviewer or 'no reviewer'} from {args.file}"))
    return EXIT_OK


@command(
    "claims",
    argument("--reviewer", help="whose claims (needed when the file holds several)"),
    JSON,
)
def cmd_claims(args: argparse.Namespace) -> int:
    """A reviewer's claims: each with its verdict, evidence and timeline.

    The timeline is the claim's appearances by article date. With --json, each
    link between two appearances also carries the words only each side has.
    """
    from ..project.claim_listing import listing, render_text

    with open_project(args, readonly=True) as project:
        reviewer = pick_reviewer(project, args.reviewer)
        found = listing(project, reviewer)
    if args.json:
        print(json.dumps({"reviewer": reviewer, "claims": found}, indent=2, ensure_ascii=False))
    else:
        print(render_text(reviewer, found), end="")
    return EXIT_OK
