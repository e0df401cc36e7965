"""The figures as one tidy CSV table: a row per reviewer pair, label and figure.

Columns: ``reviewer_a, reviewer_b, label, figure, value, low, high``. The
figures over all reviewers of a panel have ``reviewer_a`` and ``reviewer_b``
both ``*``; label-set, link and claim figures have ``label`` "label sets",
"links" and "claims"; counts (both, a_only, ...) are figures without an
interval. Numbers are exact (``repr`` of the float, which reads back to the
same value); an undefined figure or interval is an empty cell.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from annotator.review.coefficients import Figure
from annotator.review.panel import OVERALL_FIGURES, Panel
from annotator.review.report import LABEL_FIGURES, Report

COLUMNS = ("reviewer_a", "reviewer_b", "label", "figure", "value", "low", "high")
ALL = "*"
COUNTS = ("both", "a_only", "b_only", "neither")


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    return repr(value) if isinstance(value, float) else str(value)


def _row(a: str, b: str, label: str, name: str, value, interval=None) -> tuple[str, ...]:
    raw = value.value if isinstance(value, Figure) else value
    low, high = (None, None) if interval is None else (interval.low, interval.high)
    return a, b, label, name, _number(raw), _number(low), _number(high)


def pair_rows(report: Report) -> Iterator[tuple[str, ...]]:
    a, b = report.reviewers
    yield _row(a, b, "", "units", report.units)
    for label, row in report.labels.items():
        for name in LABEL_FIGURES:
            yield _row(a, b, label, name, getattr(row, name), row.intervals.get(name))
        for name in COUNTS:
            yield _row(a, b, label, name, getattr(row, name))
    for name in ("exact", "alpha", "alpha_masi"):
        yield _row(a, b, "label sets", name, getattr(report.sets, name))
    for name in ("a", "b", "matched", "precision", "recall", "f1", "relation_agreement"):
        yield _row(a, b, "links", name, getattr(report.links, name))
    claims = report.claims.to_json() if report.claims is not None else {}
    for name, value in _flat(claims):
        yield _row(a, b, "claims", name, value)


def _flat(data: dict, prefix: str = "") -> Iterator[tuple[str, float | int | None]]:
    """The numbers of a claims JSON object, keyed by dotted path (lists left out)."""
    for key, value in data.items():
        if isinstance(value, dict):
            yield from _flat(value, f"{prefix}{key}.")
        elif value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)):
            yield f"{prefix}{key}", value


def rows(result: Report | Panel) -> Iterator[tuple[str, ...]]:
    if isinstance(result, Report):
        yield from pair_rows(result)
        return
    yield _row(ALL, ALL, "", "units", result.units)
    for label, row in result.labels.items():
        for name in OVERALL_FIGURES:
            yield _row(ALL, ALL, label, name, getattr(row, name), row.intervals.get(name))
    for report in result.pairs.values():
        yield from pair_rows(report)


def csv_text(result: Report | Panel) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows(result))
    return out.getvalue()
