"""Commands that compare two reviewers and merge their work."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..project import Project
from .base import EXIT_OK, JSON, TWO_SIDES, CommandError, argument, command, open_project

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
    """The sides (A and B for merge); without --db, a name can only be a file."""
    from ..project.sources import load_layer

    sides = getattr(args, "sides", None) or (args.a, args.b)
    if len(sides) < 2:
        raise CommandError("compare needs two reviewers or more")
    return tuple(load_layer(side, args.db) for side in sides)


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
