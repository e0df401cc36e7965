"""Commands on the articles: open the window, import files, count."""

from __future__ import annotations

import argparse
import json
import sys

from pathlib import Path

from ..errors import printable
from ..terminal import TerminalProgress
from .base import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, JSON, CommandError, argument, command, open_project


@command("gui")
def cmd_gui(args: argparse.Namespace) -> int:
    """Open the window (the default when no command is given)."""
    try:
        from ..gui.app import run
    except ImportError as error:
        raise CommandError(f"the window cannot start: {error}") from None
    return run(args.db)


@command("import", argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders"))
def cmd_import(args: argparse.Namespace) -> int:
    """Import article files and folders (recursively, *.txt)."""
    with open_project(args) as project, TerminalProgress("importing") as progress:
        report = project.import_paths(args.paths, progress)
    for problem in report.refused:
        print(f"annotator: refused {problem}", file=sys.stderr)
    for source, article_id in report.changed:
        print(f"annotator: {printable(source)} has changed since an article of that name was imported: "
              f"its new text is a new article ({article_id}), beside the old one", file=sys.stderr)
    if not (report.added or report.skipped or report.refused):
        where = ", ".join(printable(str(path)) for path in args.paths)
        print(f"annotator: no article file (*.txt) found in {where}", file=sys.stderr)
        return EXIT_FAILED
    print(
        f"{len(report.added)} imported, {len(report.skipped)} already present, "
        f"{len(report.refused)} refused"
    )
    if not (report.added or report.skipped):
        print("annotator: nothing imported: every file was refused", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_PARTIAL if report.refused else EXIT_OK


@command("stats", JSON)
def cmd_stats(args: argparse.Namespace) -> int:
    """Articles, sentences, and labels and links per reviewer."""
    with open_project(args, readonly=True) as project:
        stats = project.stats()
    if args.json:
        print(json.dumps(stats, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"articles   {stats['articles']}")
    print(f"sentences  {stats['sentences']}")
    for name, layer in stats["reviewers"].items():
        labels = ", ".join(f"{label} {count}" for label, count in layer["labels"].items())
        print(f"{printable(name)}: {labels}, links {layer['links']}")
    return EXIT_OK
