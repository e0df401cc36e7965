"""The agreement report as one self-contained HTML page, to share and to print on A4.

Everything is inline: the style, the charts (:mod:`annotator.review.svg`), no
script, no font, no image from elsewhere. Every name and text from the data
(reviewer names come from files anyone may write) is escaped. Numbers are
rounded for people (two decimals); the exact ones are in the CSV and JSON.
The page reads top down: the summary in three sentences, the warnings, what
each figure means and its range, then the figures with their intervals, each
label's chart and 2x2 grid, and the articles where the reviewers part ways.
"""

from __future__ import annotations

from html import escape

from annotator.model import LABELS
from annotator.review.coefficients import Figure
from annotator.review.panel import OVERALL_FIGURES, Panel
from annotator.review.reading import MEANINGS
from annotator.review.report import LABEL_FIGURES, WITH_INTERVALS, Report
from annotator.review.svg import figure_chart

#: How many articles the page lists (those with the most disagreements); all are in the CSV/JSON.
ARTICLE_ROWS = 50

STYLE = """
@page { size: A4; margin: 14mm; }
body { font: 10.5pt/1.4 system-ui, sans-serif; color: #1a1a1a; max-width: 182mm; margin: 0 auto; }
h1 { font-size: 17pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 16pt 0 4pt; }
h3 { font-size: 11pt; margin: 10pt 0 3pt; }
table { border-collapse: collapse; margin: 4pt 0; page-break-inside: avoid; }
th, td { border-bottom: 1px solid #ddd; padding: 2pt 6pt; text-align: right; vertical-align: top; }
th:first-child, td:first-child { text-align: left; }
.summary p { margin: 2pt 0; font-size: 11.5pt; }
.warn { color: #8a4b00; } .muted { color: #666; } .meaning td, .meaning th { text-align: left; }
td.fig { white-space: nowrap; font-size: 9.5pt; }
.grid td { width: 62pt; text-align: center; border: 1px solid #fff; }
.agree { background: #d7ecd9; } .differ { background: #fbdcc4; } .none { background: #f2f2f2; color: #666; }
.label { page-break-inside: avoid; } .matrices { display: flex; flex-wrap: wrap; gap: 0 18pt; }
"""


def number(value: float | int | None, digits: int = 2) -> str:
    if value is None:
        return "n/a"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def _with_interval(figure: Figure, interval) -> str:
    text = number(figure.value)
    if interval is not None:
        text += f' <span class="muted">[{number(interval.low)}, {number(interval.high)}]</span>'
    return text


def page(result: Report | Panel) -> str:
    """The whole page for a two-reviewer report or a panel of several."""
    names = ", ".join(result.reviewers)
    body = [f"<h1>Agreement report: {escape(names)}</h1>", _summary(result), _warnings(result),
            _meanings()]
    if isinstance(result, Panel):
        body += [_overall(result), *_matrices(result)]
        for report in result.pairs.values():
            body.append(f"<h2>{escape(' and '.join(report.reviewers))}</h2>")
            body += _pair(report)
    else:
        body += _pair(result)
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>Agreement report: {escape(names)}</title><style>{STYLE}</style></head>"
            f"<body>{''.join(body)}</body></html>\n")


def _summary(result: Report | Panel) -> str:
    sentences = "".join(f"<p>{escape(s)}</p>" for s in result.summary())
    return (f'<div class="summary">{sentences}</div><p class="muted">Figures pooled over every sentence, '
            f"not averaged per article. {escape(result.bootstrap.text())}.</p>")


def _warnings(result: Report | Panel) -> str:
    warnings = result.warnings()
    if not warnings:
        return ""
    items = "".join(f"<li>{escape(w)}</li>" for w in warnings)
    return f'<h2>Warnings</h2><ul class="warn">{items}</ul>'


def _meanings() -> str:
    rows = "".join(f"<tr><td><b>{m.name}</b></td><td>{escape(m.meaning)}</td><td>{escape(m.range)}</td></tr>"
                   for m in MEANINGS.values())
    return ('<h2>What the figures mean</h2><table class="meaning"><tr><th>figure</th><th>meaning</th>'
            f"<th>range</th></tr>{rows}</table>")


def _overall(panel: Panel) -> str:
    head = "".join(f"<th>{name}</th>" for name in OVERALL_FIGURES)
    rows = []
    for label, row in panel.labels.items():
        cells = "".join(f'<td class="fig">{_with_interval(getattr(row, n), row.intervals.get(n))}</td>'
                        for n in OVERALL_FIGURES)
        rows.append(f"<tr><td>{label}</td>{cells}<td>{row.any_tagged}</td><td>{row.all_tagged}</td></tr>")
    reasons = {path.rsplit(".", 1)[1]: reason for path, reason in panel.undefined().items()}
    notes = "".join(f'<p class="muted">{name} n/a: {escape(reason)}</p>' for name, reason in reasons.items())
    return (f"<h2>All {len(panel.reviewers)} reviewers</h2><table><tr><th>label</th>{head}"
            f"<th>tagged by any</th><th>by all who saw it</th></tr>{''.join(rows)}</table>{notes}")


def _matrices(panel: Panel) -> list[str]:
    """Per label, the reviewers x reviewers table of pairwise kappa."""
    names = panel.reviewers
    found = ['<h2>Pairwise kappa</h2><div class="matrices">']
    for label in LABELS:
        head = "".join(f"<th>{escape(n)}</th>" for n in names)
        rows = []
        for x in names:
            cells = []
            for y in names:
                report = panel.pairs.get((x, y)) or panel.pairs.get((y, x))
                cells.append("<td>—</td>" if report is None else f"<td>{number(report.labels[label].kappa.value)}</td>")
            rows.append(f"<tr><th>{escape(x)}</th>{''.join(cells)}</tr>")
        found.append(f"<div><h3>{label}</h3><table><tr><th></th>{head}</tr>{''.join(rows)}</table></div>")
    return [*found, "</div>"]


def _pair(report: Report) -> list[str]:
    head = "".join(f"<th>{name}</th>" for name in LABEL_FIGURES)
    rows = []
    for label, row in report.labels.items():
        cells = "".join(f'<td class="fig">{_with_interval(getattr(row, n), row.intervals.get(n) if n in WITH_INTERVALS else None)}</td>'
                        for n in LABEL_FIGURES)
        rows.append(f"<tr><td>{label}</td>{cells}</tr>")
    found = [f"<h3>Per label (yes/no per sentence), {report.units} sentences</h3>"
             f"<table><tr><th>label</th>{head}</tr>{''.join(rows)}</table>"]
    found += [_label_block(report, label) for label in report.labels]
    found.append(_sets_and_links(report))
    if report.claims is not None:
        found.append(f"<h3>Claims</h3><pre>{escape(report.claims.text())}</pre>")
    found.append(_articles(report))
    return found


def _label_block(report: Report, label: str) -> str:
    row = report.labels[label]
    a, b = (escape(n) for n in report.reviewers)
    chart = figure_chart(f"{label}: figures with {report.bootstrap.level:.0%} intervals", [
        (name, getattr(row, name).value, row.intervals.get(name)) for name in LABEL_FIGURES])
    grid = (f'<table class="grid"><tr><th></th><th>{b} yes</th><th>{b} no</th></tr>'
            f'<tr><th>{a} yes</th><td class="agree">{row.both}</td><td class="differ">{row.a_only}</td></tr>'
            f'<tr><th>{a} no</th><td class="differ">{row.b_only}</td>'
            f'<td class="none">neither {row.neither}</td></tr></table>')
    return (f'<div class="label"><h3>{label}</h3><table><tr><td>{chart}</td><td>{grid}</td></tr></table>'
            "</div>")


def _sets_and_links(report: Report) -> str:
    sets, links = report.sets, report.links
    return ("<h3>Label sets and links</h3><table>"
            f"<tr><td>label sets: exact match</td><td>{number(sets.exact.value)}</td></tr>"
            f"<tr><td>label sets: alpha (nominal)</td><td>{number(sets.alpha.value)}</td></tr>"
            f"<tr><td>label sets: alpha (MASI, partial overlap counts)</td><td>{number(sets.alpha_masi.value)}</td></tr>"
            f"<tr><td>links: A {links.a}, B {links.b}, both {links.matched}; F1</td><td>{number(links.f1.value)}</td></tr>"
            "</table>")


def _articles(report: Report) -> str:
    parting = sorted((x for x in report.per_article if x.disagreements),
                     key=lambda x: (-x.disagreements, x.article_id))
    if not parting:
        return "<h3>Per article</h3><p>No article with a disagreement.</p>"
    head = "".join(f"<th>{label} kappa</th>" for label in LABELS)
    rows = "".join(
        f"<tr><td>{escape(x.article_id)}</td><td>{x.units}</td><td>{x.disagreements}</td>"
        + "".join(f"<td>{number(x.labels[label]['kappa'])}</td>" for label in LABELS) + "</tr>"
        for x in parting[:ARTICLE_ROWS])
    more = len(parting) - ARTICLE_ROWS
    tail = f'<p class="muted">{more} more article(s) in the CSV and JSON.</p>' if more > 0 else ""
    return (f"<h3>Articles where the reviewers part ways (most disagreements first)</h3>"
            f"<table><tr><th>article</th><th>sentences</th><th>differing</th>{head}</tr>{rows}</table>{tail}")
