"""Commands that compare two reviewers and merge their work."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace

from ..errors import LayerHoldsWork, printable
from .base import EXIT_OK, JSON, TWO_SIDES, CommandError, argument, command, db_path, open_project


@command("compare", *TWO_SIDES, JSON)
def cmd_compare(args: argparse.Namespace) -> int:
    """Agreement of two reviewers: per-label kappa and alpha, label sets, links, claims.

    A and B are reviewer names in --db, JSON exports, or annotator files holding
    one reviewer. Only articles both marked done count, unless --all. Claims
    match when they share a sentence; their verdicts are compared (observed,
    alpha nominal and ordinal) and so are their groupings (precision, recall, F1).
    """
    from ..project import claim_review
    from ..review import render_text

    layers = _layers(args)
    if not args.json:  # names shown on a terminal, one line each
        layers = tuple(replace(layer, reviewer=printable(layer.reviewer)) for layer in layers)
    report = claim_review.report(*layers, all_articles=args.all)
    if args.json:
        print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        print(render_text(report))
    return EXIT_OK


def _layers(args: argparse.Namespace):
    """Sides A and B: a path that exists is a file, any other name a reviewer in the file."""
    from ..project.sources import load_layer

    return load_layer(args.a, db_path(args)), load_layer(args.b, db_path(args))


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
