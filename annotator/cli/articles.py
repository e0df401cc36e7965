"""Commands on the articles: open the window, import files, search them, count.

An import writes the articles, prints its report, then indexes them for search
(saying so on stderr): the report comes as soon as the articles are in the
file, and when the command returns search finds every one of them. Stopped
there (Ctrl+C, a kill), the articles stay and ``search`` (or the window)
indexes the rest before answering.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from pathlib import Path

from ..errors import StoreError, printable
from ..model import ImportReport
from ..project import Project
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
    """Import article files and folders (recursively, *.txt), then index them for search."""
    with open_project(args) as project:
        with TerminalProgress("importing") as progress:
            report = project.import_paths(args.paths, progress)
        status = _told(report, args.paths)
        index_for_search(project)
    return status


def _told(report: ImportReport, paths: list[Path]) -> int:
    """The import's report, printed; its exit status."""
    for problem in report.refused:
        print(f"annotator: refused {problem}", file=sys.stderr)
    for source, article_id in report.changed:
        print(f"annotator: {printable(source)} has changed since an article of that name was imported: "
              f"its new text is a new article ({article_id}), beside the old one", file=sys.stderr)
    if not (report.added or report.skipped or report.refused):
        where = ", ".join(printable(str(path)) for path in paths)
        print(f"annotator: no article file (*.txt) found in {where}", file=sys.stderr)
        return EXIT_FAILED
    print(
        f"{len(report.added)} imported, {len(report.skipped)} already present, "
        f"{len(report.refused)} refused", flush=True
    )
    if not (report.added or report.skipped):
        print("annotator: nothing imported: every file was refused", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_PARTIAL if report.refused else EXIT_OK


def index_for_search(project: Project) -> None:
    """Catch the full-text index up, saying so on stderr; Ctrl+C stops it after the chunk
    being written (what was indexed stays; the rest is indexed at the next search)."""
    behind = project.unindexed()
    if not behind:
        return
    print(f"annotator: indexing {behind.sentences:,} sentences of {behind.articles:,} articles for search…",
          file=sys.stderr)
    try:
        with TerminalProgress("indexing") as progress:
            project.index_for_search(progress)
    except KeyboardInterrupt:
        left = project.unindexed()
        print(f"annotator: indexing stopped; {left.sentences:,} sentences are left for the next search "
              "or window", file=sys.stderr)


@command(
    "search",
    argument("words", nargs="+", metavar="WORD", help="every word must be in the sentence; the last is a prefix"),
    argument("--limit", type=int, default=50, help="at most this many sentences, best first (default 50)"),
    JSON,
)
def cmd_search(args: argparse.Namespace) -> int:
    """Full-text search of every sentence (accents ignored): article id, sentence id, title, text.

    Sentences imported but not yet indexed (an import stopped while indexing)
    are indexed first, saying so on stderr. A file that cannot be written is
    searched as it is: then stderr says how much the index lacks, and the exit
    status is 1 (results partial)."""
    with open_project(args, readonly=True) as project:
        behind = project.unindexed()
    if behind:
        try:
            with open_project(args) as project:
                index_for_search(project)
        except StoreError as error:
            if not error.readonly_would_work:
                raise
    with open_project(args, readonly=True) as project:
        results = project.search(" ".join(args.words), limit=max(args.limit, 0))
    if args.json:
        print(json.dumps([asdict(hit) for hit in results], indent=2, ensure_ascii=False))
    else:
        for hit in results:
            print(f"{hit.article_id}\t{hit.sentence_id}\t{printable(hit.article_title)}\t{printable(hit.text)}")
    if results.partial:
        print(f"annotator: results are partial: {results.unindexed.sentences:,} sentences of "
              f"{results.unindexed.articles:,} articles are not indexed yet, and the file cannot be written",
              file=sys.stderr)
        return EXIT_PARTIAL
    return EXIT_OK


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
