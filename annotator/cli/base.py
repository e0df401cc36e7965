"""What every command shares: the registry, the parser, exit statuses, opening the file.

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
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import __version__, defaults
from ..errors import AnnotatorError, printable
from ..project import Project
from .output import guarded_stdout

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
        with guarded_stdout():
            return COMMANDS[args.command or "gui"].run(args)
    except AnnotatorError as error:
        print(f"annotator: {printable(str(error))}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("annotator: interrupted", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (``annotator export | head``): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        return EXIT_FAILED


def to_stdout(output: Path | None) -> bool:
    """No output file, or ``-``: the command writes to standard output."""
    return output is None or str(output) == "-"


def db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else defaults.default_db_path()


def open_project(args: argparse.Namespace, readonly: bool = False) -> Project:
    return Project(db_path(args), readonly=readonly)


# -- shared by the commands ---------------------------------------------------

JSON = argument("--json", action="store_true", help="print one JSON object")
TWO_SIDES = (
    argument("a", metavar="A", help="reviewer name, JSON export or annotator file"),
    argument("b", metavar="B", help="reviewer name, JSON export or annotator file"),
    argument("--all", action="store_true", help="every shared article, not only those both marked done"),
)


def pick_reviewer(project: Project, asked: str | None) -> str | None:
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


