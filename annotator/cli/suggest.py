"""The suggestions on the command line: what the rules propose, and the pairs worth checking."""

from __future__ import annotations

import argparse
import json

from ..project import Project
from .base import EXIT_OK, JSON, argument, command, open_project

PAIRS_PER_SENTENCE = 3


@command(
    "suggest",
    argument("--article", metavar="ID", help="one article (default: every article)"),
    argument("--pairs", action="store_true",
             help="the sentences most likely to state the same fact, ranked, possible contradictions flagged"),
    argument("--reviewer", help="leave out what this reviewer already tagged or rejected"),
    JSON,
)
def cmd_suggest(args: argparse.Namespace) -> int:
    """Suggested statistics and quotes (with fields), or with --pairs the pairs worth checking.

    Suggestions are computed from the text by rules, on this machine; none is a
    label until a reviewer accepts it (in the window). With --json: a list of
    {article, start, end, label, fields, reason}, or with --pairs of {from, to,
    score, contradiction, reason} where from and to are {article, start, end}.
    """
    with open_project(args, readonly=True) as project:
        articles = [args.article] if args.article else [a.id for a in project.articles(None)]
        for article in articles:
            project.article(article)  # an unknown id is refused before anything is printed
        items = _pairs(project, articles) if args.pairs else _suggestions(project, articles, args.reviewer)
    if args.json:
        print(json.dumps(items, indent=2, ensure_ascii=False))
    else:
        for item in items:
            print(_line(item, args.pairs))
    return EXIT_OK


def _suggestions(project: Project, articles: list[str], reviewer: str | None) -> list[dict]:
    return [
        {"article": s.article_id, "start": s.start, "end": s.end, "label": s.label, "fields": s.fields,
         "reason": s.reason}
        for article in articles for s in project.suggestions.of_article(reviewer or "", article)
    ]


def _pairs(project: Project, articles: list[str]) -> list[dict]:
    """Each sentence's best candidates; a pair found from both ends is listed once."""
    items, seen = [], set()
    for article in articles:
        for sentence in project.sentences(article):
            for c in project.suggestions.candidates(sentence.id, PAIRS_PER_SENTENCE):
                key = frozenset((sentence.id, c.sentence_id))
                if key in seen:
                    continue
                seen.add(key)
                items.append({
                    "from": {"article": article, "start": sentence.start, "end": sentence.end},
                    "to": {"article": c.article_id, "start": c.start, "end": c.end},
                    "score": c.score, "contradiction": c.contradiction, "reason": c.reason,
                })
    return items


def _line(item: dict, pairs: bool) -> str:
    if not pairs:
        fields = ", ".join(f"{k}={v}" for k, v in item["fields"].items())
        return f"{item['article']} {item['start']}-{item['end']}\t{item['label']}\t{fields}\t{item['reason']}"
    ends = [f"{end['article']} {end['start']}-{end['end']}" for end in (item["from"], item["to"])]
    flag = "contradiction?" if item["contradiction"] else ""
    return f"{item['score']:.3f}\t{ends[0]} ~ {ends[1]}\t{flag}\t{item['reason']}"
