"""The work every export format is tested on: the seeds, plus generated work with every hostile
text of tests/robustness/ (article bodies, notes, reviewer names) in every place a format writes.

``hostile_work(project)`` fills a file and returns its reviewers. Each reviewer has labels on
most sentences, hostile notes, fact-check fields, links inside one article and across two,
statuses, and claims (judged with every verdict, unjudged, with no appearance) whose statements,
rationales and sources are hostile too; articles carry hostile metadata.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from annotator.claims.model import VERDICTS, Source
from annotator.model import LABELS, ArticleMeta

ROBUSTNESS = Path(__file__).resolve().parents[1] / "robustness"
if str(ROBUSTNESS) not in sys.path:
    sys.path.insert(0, str(ROBUSTNESS))

from test_hostile_text import BODIES, NOTES, REVIEWERS  # noqa: E402



def _text(value: str, default: str) -> str:
    """``value``, or ``default`` where a blank value would be refused (a statement, a field)."""
    return value if value.strip() else default


def hostile_work(project, seeds: Path, *, reviewers=REVIEWERS[:2], seed: int = 7) -> list[str]:
    """Fill ``project`` (holding nothing yet) and return the reviewers' names."""
    folder = Path(project.path).parent / "hostile-articles"
    folder.mkdir(exist_ok=True)
    for name, body in BODIES.items():
        (folder / f"{name}.txt").write_bytes(body.encode("utf-8"))
    report = project.import_paths([seeds, folder])
    assert not report.refused, report.refused
    rng = random.Random(seed)
    summaries = project.articles(None)
    for n, summary in enumerate(summaries):
        pick = NOTES[n % len(NOTES)][:200].replace("\r", " ").replace("\n", " ")
        project.metadata.set(summary.id, ArticleMeta(
            title=f"{summary.title[:60]} {pick[:40]}".strip(), outlet=pick[:30] or "Le Monde",
            url=f"https://example.org/a/{n}?q=<b>&x='1'" if n % 2 else "", author=pick[40:70],
        ))
    for reviewer in reviewers:
        _one_reviewer(project, reviewer, summaries, rng)
    return list(reviewers)


def _one_reviewer(project, reviewer: str, summaries, rng: random.Random) -> None:
    everything = []
    for n, summary in enumerate(summaries):
        sentences = project.sentences(summary.id)
        everything.append(sentences)
        project.set_status(reviewer, summary.id, ("todo", "in progress", "done")[n % 3])
        for m, sentence in enumerate(sentences):
            for label in LABELS:
                if rng.random() < 0.4:
                    project.set_label(reviewer, sentence.id, label, True)
            if m % 3 == 0:
                project.set_note(reviewer, sentence.id, rng.choice(NOTES))
            if m % 4 == 0:
                project.set_field(reviewer, sentence.id, "quote", "speaker", _text(rng.choice(NOTES[:8]), "x"))
                project.set_field(reviewer, sentence.id, "statistic", "unit", "%")
        if len(sentences) > 2:
            project.add_link(reviewer, sentences[0].id, sentences[-1].id, "contradicts", rng.choice(NOTES[:8]))
    firsts = [s[0] for s in everything if s]
    for a, b in zip(firsts, firsts[1:]):
        project.add_link(reviewer, a.id, b.id, "agrees")
    _claims(project, reviewer, everything, rng)


def _claims(project, reviewer: str, everything, rng: random.Random) -> None:
    flat = [s for sentences in everything for s in sentences[1:]]
    rng.shuffle(flat)
    for n, verdict in enumerate((*VERDICTS, None)):
        first, second = flat[2 * n], flat[2 * n + 1]
        created = project.claims.create(reviewer, first.id, _text(NOTES[n % len(NOTES)][:300], "énoncé"))
        claim_id = min(created.claims)
        project.claims.attach(reviewer, claim_id, second.id)
        project.claims.update(reviewer, claim_id, verdict=verdict, rationale=rng.choice(NOTES[:8]),
                              checked_at=dt.date(2026, 3, 1 + n) if n % 2 else None)
        project.claims.set_sources(reviewer, claim_id, [
            Source("https://example.org/source?x=<b>", "INSEE 📊", dt.date(2026, 3, 5)),
            Source(_text(rng.choice(NOTES[:8]), "citation"), "", None),
        ])
    lonely = project.claims.create(reviewer, flat[-1].id, "Une affirmation sans phrase")
    project.claims.detach(reviewer, flat[-1].id)
    assert min(lonely.claims)
