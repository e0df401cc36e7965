"""A reviewer's claims as ``annotator claims`` lists them: each with its verdict and
evidence, its figures, its timeline (the appearances by article date), and for
each link between two of its appearances the relation and the words only each
side has (:func:`annotator.claims.wording.only_words`), which is where a claim
drifts as it travels.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..claims.wording import only_words
from ..errors import printable
from ..store.claim_summaries import TimelineEntry

if TYPE_CHECKING:
    from .facade import Project

#: Characters of a sentence shown on one line of the text listing.
SHOWN = 100


def listing(project: Project, reviewer: str | None) -> list[dict[str, Any]]:
    """Every claim of the reviewer by id, as plain JSON-ready data."""
    if reviewer is None:
        return []
    found = []
    for summary in sorted(project.claims.list(reviewer), key=lambda s: s.id):
        claim = project.claims.get(reviewer, summary.id)
        timeline = project.claims.timeline(reviewer, summary.id)
        found.append({
            "id": claim.id, "statement": claim.statement, "verdict": claim.verdict,
            "rationale": claim.rationale, "checked_at": _day(claim.checked_at),
            "sources": [{"url": s.url, "title": s.title, "accessed": _day(s.accessed)} for s in claim.sources],
            "appearances": summary.appearances, "articles": summary.articles,
            "first_seen": _day(summary.first_seen), "last_seen": _day(summary.last_seen),
            "contradictions": summary.contradictions,
            "timeline": [
                {"article": e.article_id, "title": e.title, "date": _day(e.date), "sentence": e.sentence_id,
                 "start": e.start, "end": e.end, "text": e.text}
                for e in timeline
            ],
            "links": list(_links(project, reviewer, timeline)),
        })
    return found


def _links(project: Project, reviewer: str, timeline: list[TimelineEntry]) -> Iterator[dict[str, Any]]:
    """Each link of the reviewer with both ends among the appearances, once, in timeline order."""
    where = {entry.sentence_id: entry for entry in timeline}
    seen: set[int] = set()
    for entry in timeline:
        for link in project.sentence_links(reviewer, entry.sentence_id):
            if link.id in seen or not {link.source, link.target} <= where.keys():
                continue
            seen.add(link.id)
            source, target = where[link.source], where[link.target]
            only_from, only_to = only_words(source.text, target.text)
            yield {
                "from": _ref(source), "to": _ref(target), "relation": link.relation, "note": link.note,
                "only_in_from": only_from, "only_in_to": only_to,
            }


def render_text(reviewer: str | None, claims: list[dict[str, Any]]) -> str:
    """The listing as plain text: a claim's head, then its evidence, timeline and links."""
    if not claims:
        return f"{reviewer or 'nobody'} has no claims\n"
    lines = []
    for claim in claims:
        lines.append(f"claim {claim['id']} [{claim['verdict'] or 'no verdict'}] {claim['statement']}")
        lines.append(
            f"  {claim['appearances']} appearance(s) in {claim['articles']} article(s), seen "
            f"{claim['first_seen'] or '?'} to {claim['last_seen'] or '?'}, "
            f"{claim['contradictions']} contradiction(s); checked {claim['checked_at'] or 'never'}"
        )
        if claim["rationale"]:
            lines.append(f"  why: {claim['rationale']}")
        lines += [f"  source: {s['url']}" + (f" ({s['title']})" if s["title"] else "") for s in claim["sources"]]
        lines += [
            f"  {e['date'] or 'undated'}  {e['article']} {e['start']}-{e['end']}  {_short(e['text'])}"
            for e in claim["timeline"]
        ]
        lines += [
            f"  {link['from']['start']}-{link['from']['end']} {link['relation']} "
            f"{link['to']['start']}-{link['to']['end']}: only in the first: {' '.join(link['only_in_from']) or '-'}; "
            f"only in the second: {' '.join(link['only_in_to']) or '-'}"
            for link in claim["links"]
        ]
    return "\n".join(printable(line) for line in lines) + "\n"


def _ref(entry: TimelineEntry) -> dict[str, Any]:
    return {"article": entry.article_id, "start": entry.start, "end": entry.end}


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def _day(day: _dt.date | None) -> str | None:
    return day.isoformat() if day else None
