"""The command line: a thin face over the project facade, like the window.

Each command is a function registered with its arguments (``@command``), the
way sqlite-utils declares its commands; its docstring is its help. The window
(``gui``) and the comparison (``compare``, ``merge``, which load numpy) are
imported when their command runs, so the others start fast.

Exit status: 0 done; 1 done, but some inputs were refused (each named on
stderr with its reason); 2 nothing done (bad arguments, unusable database).
Bad input never prints a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__, defaults
from .errors import AnnotatorError, WouldReplace
from .project import Project
from .terminal import TerminalProgress

EXIT_OK, EXIT_PARTIAL, EXIT_FAILED = 0, 1, 2


class CommandError(AnnotatorError):
    """A command that could not run; the message is for the user."""


@dataclass(frozen=True)
class Command:
    """A sub-command: the function that runs it (its docstring is its help) and
    its arguments, each ``(flags, options)`` as ``add_argument`` takes them."""

    run: Callable[[argparse.Namespace], int]
    arguments: tuple[tuple[tuple[str, ...], dict[str, Any]], ...]


#: Every sub-command by name, in the order ``--help`` lists them.
COMMANDS: dict[str, Command] = {}


def argument(*flags: str, **options: Any) -> tuple[tuple[str, ...], dict[str, Any]]:
    return flags, options


def command(name: str, *arguments: tuple[tuple[str, ...], dict[str, Any]]):
    """Register the decorated function as the sub-command ``name``, with its arguments."""

    def register(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        COMMANDS[name] = Command(run, arguments)
        return run

    return register


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        description="Tag and link the sentences of news articles. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    # --db is accepted before or after the command; the command's copy must not
    # overwrite one given before it with its default (hence SUPPRESS there).
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    db_parent = argparse.ArgumentParser(add_help=False)
    db_parent.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS,
        help="the annotator file (default: annotator.db in the application data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, found in COMMANDS.items():
        doc = found.run.__doc__ or ""
        sub = subparsers.add_parser(name, parents=[db_parent], help=doc.splitlines()[0], description=doc)
        for flags, options in found.arguments:
            sub.add_argument(*flags, **options)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command or "gui"].run(args)
    except AnnotatorError as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("annotator: interrupted", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (``annotator export | head``): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED


def _db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else defaults.default_db_path()


def _open(args: argparse.Namespace, readonly: bool = False) -> Project:
    return Project(_db_path(args), readonly=readonly)


# -- commands ------------------------------------------------------------------

JSON = argument("--json", action="store_true", help="print one JSON object")
TWO_SIDES = (
    argument("a", metavar="A", help="reviewer name, JSON export or annotator file"),
    argument("b", metavar="B", help="reviewer name, JSON export or annotator file"),
    argument("--all", action="store_true", help="every shared article, not only those both marked done"),
)


@command("gui")
def cmd_gui(args: argparse.Namespace) -> int:
    """Open the window (the default when no command is given)."""
    try:
        from .gui.app import run
    except ImportError as error:
        raise CommandError(f"the window cannot start: {error}") from None
    return run(args.db)


@command("import", argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders"))
def cmd_import(args: argparse.Namespace) -> int:
    """Import article files and folders (recursively, *.txt)."""
    with _open(args) as project, TerminalProgress("importing") as progress:
        report = project.import_paths(args.paths, progress)
    for problem in report.refused:
        print(f"annotator: refused {problem}", file=sys.stderr)
    if not (report.added or report.skipped or report.refused):
        where = ", ".join(str(path) for path in args.paths)
        print(f"annotator: no article file (*.txt) found in {where}", file=sys.stderr)
        return EXIT_FAILED
    print(
        f"{len(report.added)} imported, {len(report.skipped)} already present, "
        f"{len(report.refused)} refused"
    )
    return EXIT_PARTIAL if report.refused else EXIT_OK


@command(
    "export",
    argument("--reviewer", help="whose work (needed when the file holds several)"),
    argument("-o", "--output", type=Path, help="write to FILE instead of stdout"),
)
def cmd_export(args: argparse.Namespace) -> int:
    """Export one reviewer's work as JSON (to stdout, or -o FILE)."""
    with _open(args, readonly=True) as project, TerminalProgress("exporting") as progress:
        reviewer = _pick_reviewer(project, args.reviewer)
        if args.output:
            project.exchange.export_json(reviewer, args.output, progress)
        else:
            project.exchange.write_export(reviewer, sys.stdout, progress=progress)
    return EXIT_OK


def _pick_reviewer(project: Project, asked: str | None) -> str | None:
    names = project.reviewers()
    if asked is not None:
        if asked not in names:
            known = ", ".join(names) or "none yet"
            raise CommandError(f"no reviewer {asked!r} in {project.path} (reviewers: {known})")
        return asked
    if len(names) > 1:
        raise CommandError(
            f"{project.path} holds several reviewers ({', '.join(names)}); "
            "say which with --reviewer NAME"
        )
    return names[0] if names else None


@command(
    "import-annotations",
    argument("file", type=Path, help="a JSON file made by `annotator export`"),
    argument(
        "--replace", action="store_true",
        help="replace the reviewer's work on the file's articles even where the file lacks some of it",
    ),
)
def cmd_import_annotations(args: argparse.Namespace) -> int:
    """Import a reviewer's JSON export as that reviewer's layer."""
    with _open(args) as project, TerminalProgress("importing") as progress:
        try:
            reviewer = project.exchange.import_annotations(args.file, progress, replace=args.replace)
        except WouldReplace as error:
            raise CommandError(f"{error}; nothing was imported (--replace imports it anyway)") from None
    print(f"imported the work of {reviewer or 'no reviewer'} from {args.file}")
    return EXIT_OK


@command("stats", JSON)
def cmd_stats(args: argparse.Namespace) -> int:
    """Articles, sentences, and labels and links per reviewer."""
    with _open(args, readonly=True) as project:
        stats = project.stats()
    if args.json:
        print(json.dumps(stats, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"articles   {stats['articles']}")
    print(f"sentences  {stats['sentences']}")
    for name, layer in stats["reviewers"].items():
        labels = ", ".join(f"{label} {count}" for label, count in layer["labels"].items())
        print(f"{name}: {labels}, links {layer['links']}")
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
    from .project.claim_listing import listing, render_text

    with _open(args, readonly=True) as project:
        reviewer = _pick_reviewer(project, args.reviewer)
        found = listing(project, reviewer)
    if args.json:
        print(json.dumps({"reviewer": reviewer, "claims": found}, indent=2, ensure_ascii=False))
    else:
        print(render_text(reviewer, found), end="")
    return EXIT_OK


@command("compare", *TWO_SIDES, JSON)
def cmd_compare(args: argparse.Namespace) -> int:
    """Agreement of two reviewers: per-label kappa and alpha, label sets, links, claims.

    A and B are reviewer names in --db, JSON exports, or annotator files holding
    one reviewer. Only articles both marked done count, unless --all. Claims
    match when they share a sentence; their verdicts are compared (observed,
    alpha nominal and ordinal) and so are their groupings (precision, recall, F1).
    """
    from .project import claim_review
    from .review import render_text

    report = claim_review.report(*_layers(args), all_articles=args.all)
    if args.json:
        print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        print(render_text(report))
    return EXIT_OK


def _layers(args: argparse.Namespace):
    """Sides A and B; without --db, a name can only be a file."""
    from .project.sources import load_layer

    return load_layer(args.a, args.db), load_layer(args.b, args.db)


@command(
    "merge", *TWO_SIDES,
    argument("--into", required=True, metavar="NAME", help="the layer to write, e.g. gold"),
    argument("--prefer", metavar="A|B", help="the side that decides disagreements"),
    argument("--replace", action="store_true", help="overwrite a layer that already holds work"),
)
def cmd_merge(args: argparse.Namespace) -> int:
    """Write the labels, links and claims two reviewers agree on into a third layer.

    With --prefer, the preferred side decides every disagreement (and gives its
    claims); without, each one is listed as needing a decision (adjudicate them
    in the window). Matched claims with the same verdict go in as one claim.
    """
    from .project import claim_review
    from .review import merge

    a, b = _layers(args)
    prefer = _side(args.prefer, a.reviewer, b.reviewer)
    result = merge(a, b, prefer, reviewer=args.into, all_articles=args.all)
    layer, verdicts = claim_review.merge_into(result.layer, a, b, prefer, args.all)
    with _open(args) as project:
        _refuse_to_overwrite(project, args.into, args.replace)
        project.exchange.write_layer(layer)
    pending = len(result.pending_units) + len(result.pending_links) + len(result.pending_unmatched) + len(verdicts)
    print(f"{args.into}: {len(layer.units)} sentences decided, "
          f"{len(layer.links)} links, {len(layer.claims)} claims, {pending} awaiting a decision")
    for unit in result.pending_units:
        print(f"  {unit.article_id} {unit.start}-{unit.end}: "
              f"{a.reviewer} {sorted(unit.a)} / {b.reviewer} {sorted(unit.b)}")
    for link in result.pending_links:
        print(f"  link {link.first} ~ {link.second}: "
              f"{a.reviewer} {sorted(link.a)} / {b.reviewer} {sorted(link.b)}")
    for verdict in verdicts:
        first = verdict.shared[0]
        print(f"  claims {verdict.a} / {verdict.b} ({first.article_id} {first.start}-{first.end}): "
              f"{a.reviewer} {verdict.a_verdict or 'no verdict'} / {b.reviewer} {verdict.b_verdict or 'no verdict'}")
    return EXIT_OK


def _refuse_to_overwrite(project: Project, name: str, replace: bool) -> None:
    """A merge replaces the target layer on the merged articles: never a reviewer's own
    work (``merge alice bob --into alice``) or an earlier gold unless asked."""
    layer = project.stats()["reviewers"].get(name)
    claims = len(project.claims.list(name))
    if layer and not replace and (any(layer["labels"].values()) or layer["links"] or claims):
        labels = sum(layer["labels"].values())
        raise CommandError(
            f"{project.path}: {name} already has {labels} labels, {layer['links']} links and "
            f"{claims} claims; merging into it replaces them on the merged articles (--replace to do so, "
            "or --into a new name)"
        )


def _side(prefer: str | None, a: str, b: str) -> str | None:
    if prefer is None:
        return None
    if prefer.lower() == "a" or prefer == a:
        return "a"
    if prefer.lower() == "b" or prefer == b:
        return "b"
    raise CommandError(f"--prefer takes A, B, {a!r} or {b!r}, not {prefer!r}")
