"""Commands that compare two reviewers and merge their work."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

from ..errors import LayerHoldsWork, printable
from .base import EXIT_OK, JSON, TWO_SIDES, CommandError, argument, command, db_path, open_project

SIDES = argument("sides", metavar="REVIEWER", nargs="+",
                 help="two or more: reviewer names, JSON exports or annotator files")


@command(
    "compare", SIDES, TWO_SIDES[2], JSON,
    argument("--html", metavar="FILE", type=Path, help="also write the report as a self-contained HTML page"),
    argument("--csv", metavar="FILE", type=Path, help="also write the figures as tidy CSV (a row per pair, label, figure)"),
)
def cmd_compare(args: argparse.Namespace) -> int:
    """Agreement of two or more reviewers: per label kappa, alpha, AC1, specific agreement
    with 95% intervals, label sets, links, claims, per article.

    Each REVIEWER is a name in --db, a JSON export, or an annotator file holding
    one reviewer. Only articles marked done count, unless --all. Claims match
    when they share a sentence; their verdicts are compared (observed, alpha
    nominal and ordinal) and so are their groupings (precision, recall, F1).
    With three reviewers or more: alpha, Fleiss' kappa and AC1 over all (a
    reviewer who has not done an article is missing there), and every pair.
    """
    from ..atomic import write_atomically
    from ..project import claim_review
    from ..review import render_text
    from ..review.html_report import page
    from ..review.panel import render_panel_text
    from ..review.tidy import csv_text

    layers = _layers(args)
    if not args.json:  # names shown on a terminal, one line each
        layers = tuple(replace(layer, reviewer=printable(layer.reviewer)) for layer in layers)
    try:
        result = (claim_review.report(*layers, all_articles=args.all) if len(layers) == 2
                  else claim_review.panel(list(layers), args.all))
    except ValueError as error:
        raise CommandError(str(error)) from None
    for path, text in ((args.html, page), (args.csv, csv_text)):
        if path is not None:
            try:
                write_atomically(path, lambda stream, text=text: stream.write(text(result)))
            except OSError as error:
                raise CommandError(f"{path}: cannot write the report: {error.strerror or error}") from None
    if args.json:
        print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
    else:
        print(render_text(result) if len(layers) == 2 else render_panel_text(result))
    return EXIT_OK


def _layers(args: argparse.Namespace):
    """The sides (A and B for merge): a path that exists is a file, any other name a reviewer in the file."""
    from ..project.sources import load_layers

    sides = getattr(args, "sides", None) or (args.a, args.b)
    if len(sides) < 2:
        raise CommandError("compare needs two reviewers or more")
    return load_layers(sides, db_path(args))


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
    from ..project import claim_review
    from ..review import merge

    a, b = _layers(args)
    prefer = _side(args.prefer, a.reviewer, b.reviewer)
    result = merge(a, b, prefer, reviewer=args.into, all_articles=args.all)
    layer, verdicts = claim_review.merge_into(result.layer, a, b, prefer, args.all)
    with open_project(args) as project:
        try:
            project.exchange.write_layer(layer, replace=args.replace, texts=_texts(args))
        except LayerHoldsWork as error:
            raise CommandError(
                f"{error}; merging into it replaces that work on the merged articles "
                "(--replace to do so, or --into a new name); nothing was written"
            ) from None
    pending = len(result.pending_units) + len(result.pending_links) + len(result.pending_unmatched) + len(verdicts)
    say(f"{args.into}: {len(layer.units)} sentences decided, "
        f"{len(layer.links)} links, {len(layer.claims)} claims, {pending} awaiting a decision")
    for unit in result.pending_units:
        say(f"  {unit.article_id} {unit.start}-{unit.end}: "
            f"{a.reviewer} {sorted(unit.a)} / {b.reviewer} {sorted(unit.b)}")
    for link in result.pending_links:
        say(f"  link {link.first} ~ {link.second}: "
            f"{a.reviewer} {sorted(link.a)} / {b.reviewer} {sorted(link.b)}")
    for verdict in verdicts:
        first = verdict.shared[0]
        say(f"  claims {verdict.a} / {verdict.b} ({first.article_id} {first.start}-{first.end}): "
            f"{a.reviewer} {verdict.a_verdict or 'no verdict'} / {b.reviewer} {verdict.b_verdict or 'no verdict'}")
    return EXIT_OK


def say(line: str) -> None:
    """Print one line of a report whose reviewer names may hold anything."""
    print(printable(line))


def _texts(args: argparse.Namespace):
    """The articles of the sides that are JSON exports, for a file that lacks them."""
    from ..project.sources import exchange_articles

    return (item for spec in (args.a, args.b) for item in exchange_articles(spec))


def _side(prefer: str | None, a: str, b: str) -> str | None:
    if prefer is None:
        return None
    if prefer.lower() == "a" or prefer == a:
        return "a"
    if prefer.lower() == "b" or prefer == b:
        return "b"
    raise CommandError(f"--prefer takes A, B, {a!r} or {b!r}, not {prefer!r}")
