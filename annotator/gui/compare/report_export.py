"""Writing a comparison report to JSON or CSV; plain Python, no Qt.

JSON is exactly what ``annotator compare --json`` prints (``Report.to_json``),
so the window and the command give the same file. CSV is for spreadsheets: a
few sections, each with its own header row and separated by a blank line:
what was compared, one row per label, the label-set figures, the link
figures, then one row per disagreement with the decision taken so far.
Figures are written in full (``repr`` of the float, which reads back to the
same value); an undefined figure is an empty cell, its reason in the
``undefined`` section. Both files are written whole or not at all
(:func:`annotator.atomic.write_atomically`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from ...atomic import write_atomically
from ...model import LABELS
from ...review import Figure, Report
from ...review.report import POOLED

LABEL_COLUMNS = ("label", "kappa", "alpha", "observed", "both", "a_only", "b_only", "neither")
SET_COLUMNS = ("sets", "exact", "alpha", "alpha_masi")
LINK_COLUMNS = ("links", "a", "b", "matched", "precision", "recall", "f1", "relation_agreement")
DISAGREEMENT_COLUMNS = (
    "disagreement", "article_id", "article_title", "start", "end",
    "other_article_id", "other_start", "other_end", "text", "a", "b", "decision", "gold",
)


class DisagreementRow(NamedTuple):
    """One disagreement as the CSV shows it; ``kind`` is "sentence" or "link"."""

    kind: str
    article_id: str
    article_title: str
    start: int
    end: int
    other_article_id: str
    other_start: int | None
    other_end: int | None
    text: str
    a: str
    b: str
    decision: str  # "", "a", "b" or "edit"
    gold: str  # the decided value ("" when undecided or decided empty)


def json_text(report: Report) -> str:
    """The report as ``annotator compare --json`` prints it."""
    return json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n"


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    return repr(value) if isinstance(value, float) else str(value)


def _figure(figure: Figure) -> str:
    return _number(figure.value)


def csv_text(report: Report, disagreements: Iterable[DisagreementRow] = ()) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    a, b = report.reviewers
    writer.writerow(("about", "value"))
    for row in (
        ("reviewer_a", a), ("reviewer_b", b), ("articles", report.articles),
        ("units", report.units), ("unmatched", len(report.unmatched)), ("pooled", POOLED),
    ):
        writer.writerow(row)
    writer.writerow(())
    writer.writerow(LABEL_COLUMNS)
    for label in LABELS:
        row = report.labels[label]
        writer.writerow((
            label, _figure(row.kappa), _figure(row.alpha), _figure(row.observed),
            row.both, row.a_only, row.b_only, row.neither,
        ))
    writer.writerow(())
    sets = report.sets
    writer.writerow(SET_COLUMNS)
    writer.writerow(("sets", _figure(sets.exact), _figure(sets.alpha), _figure(sets.alpha_masi)))
    writer.writerow(())
    links = report.links
    writer.writerow(LINK_COLUMNS)
    writer.writerow((
        "links", links.a, links.b, links.matched, _figure(links.precision), _figure(links.recall),
        _figure(links.f1), _figure(links.relation_agreement),
    ))
    undefined = report.undefined()
    if undefined:
        writer.writerow(())
        writer.writerow(("undefined", "reason"))
        writer.writerows(undefined.items())
    writer.writerow(())
    writer.writerow(DISAGREEMENT_COLUMNS)
    for d in disagreements:
        writer.writerow((
            d.kind, d.article_id, d.article_title, d.start, d.end, d.other_article_id,
            _number(d.other_start), _number(d.other_end), d.text, d.a, d.b, d.decision, d.gold,
        ))
    return out.getvalue()


def read_csv_sections(text: str) -> dict[str, list[dict[str, str]]]:
    """Parse :func:`csv_text` back: section name (first header cell) -> rows as dicts."""
    sections: dict[str, list[dict[str, str]]] = {}
    header: list[str] | None = None
    for row in csv.reader(io.StringIO(text)):
        if not row:
            header = None
            continue
        if header is None:
            header = row
            sections[row[0]] = []
            continue
        sections[header[0]].append(dict(zip(header, row)))
    return sections


def write_json(path: Path, report: Report) -> None:
    write_atomically(path, lambda stream: stream.write(json_text(report)))


def write_csv(path: Path, report: Report, disagreements: Iterable[DisagreementRow] = ()) -> None:
    write_atomically(path, lambda stream: stream.write(csv_text(report, disagreements)))
