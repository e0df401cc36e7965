"""Commands that move a reviewer's work in and out of the file."""

from __future__ import annotations

import argparse
import json
import sys

from pathlib import Path

from ..errors import WouldReplace, printable
from ..project.exports import FORMATS
from ..terminal import TerminalProgress
from .base import EXIT_OK, JSON, CommandError, argument, command, open_project, pick_reviewer, to_stdout


@command(
    "export",
    argument("--reviewer", help="whose work (needed when the file holds several)"),
    argument("-o", "--output", type=Path, help="write to FILE instead of stdout (- is stdout)"),
    argument("--format", default="json", choices=FORMATS,
             help="json (default): the exchange file; w3c: W3C Web Annotation (JSON-LD); "
             "claimreview: schema.org ClaimReview (JSON-LD) of the judged claims; "
             "csv: a .zip of CSV tables; brat: a .zip of .txt/.ann standoff files"),
    argument("--organisation", help="claimreview: the organisation publishing the fact-checks "
             "(default: the file's organisation setting)"),
    argument("--url-template", help="claimreview: each fact-check's address, {claim} standing for its "
             "number (default: the file's url_template setting)"),
)
def cmd_export(args: argparse.Namespace) -> int:
    """Export one reviewer's work: JSON, W3C Web Annotation, ClaimReview, CSV or brat (to stdout, or -o FILE)."""
    with open_project(args, readonly=True) as project, TerminalProgress("exporting") as progress:
        reviewer = pick_reviewer(project, args.reviewer)
        if args.format != "json" and reviewer is None:
            raise CommandError(f"{project.path} holds no reviewer's work to export as {args.format}")
        options = {"organisation": args.organisation, "url_template": args.url_template}
        output = None if to_stdout(args.output) else args.output
        if args.format == "json" and output:
            project.exchange.export_json(reviewer, args.output, progress)
        elif args.format == "json":
            project.exchange.write_export(reviewer, sys.stdout, progress=progress)
        elif output:
            warnings = project.exports.export(args.format, reviewer, output, progress, **options).warnings
        else:
            warnings = project.exports.write(args.format, reviewer, sys.stdout, progress, **options)
    for line in [] if args.format == "json" else warnings:
        print(printable(f"annotator: {line}"), file=sys.stderr)
    return EXIT_OK


@command(
    "import-annotations",
    argument("file", type=Path, help="a JSON or W3C file made by `annotator export` (- reads stdin)"),
    argument(
        "--replace", action="store_true",
        help="replace the reviewer's work on the file's articles even where the file lacks some of it",
    ),
)
def cmd_import_annotations(args: argparse.Namespace) -> int:
    """Import a reviewer's JSON or W3C Web Annotation export as that reviewer's layer."""
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
