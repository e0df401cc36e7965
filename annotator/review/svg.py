"""A label's figures as a small inline SVG chart: a dot per figure, its interval a bar.

Drawn by hand (a few lines of SVG) so that the HTML report needs nothing from
outside and prints crisp on paper. The axis runs from -1 to 1, the range of
the chance-corrected figures; shares (0 to 1) sit on the same axis. Every
text is escaped: the chart holds no name, but the caller's title might.
"""

from __future__ import annotations

from html import escape

from annotator.review.bootstrap import Interval

WIDTH, ROW, LEFT, RIGHT = 420, 18, 80, 14
RELIABLE_MARK = 0.8


def _x(value: float) -> float:
    """Position of a value from -1 to 1 on the axis."""
    span = WIDTH - LEFT - RIGHT
    return LEFT + (max(-1.0, min(1.0, value)) + 1) / 2 * span


def figure_chart(title: str, rows: list[tuple[str, float | None, Interval | None]]) -> str:
    """An SVG of ``rows`` (name, value or None, interval or None), one line each."""
    height = ROW * (len(rows) + 1) + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    bottom = ROW * len(rows) + 4
    for tick in (-1, -0.5, 0, 0.5, 1):
        x = _x(tick)
        parts.append(f'<line x1="{x:.1f}" y1="2" x2="{x:.1f}" y2="{bottom}" stroke="#ddd"/>')
        parts.append(f'<text x="{x:.1f}" y="{bottom + 12}" font-size="9" text-anchor="middle" '
                     f'fill="#555">{tick:g}</text>')
    mark = _x(RELIABLE_MARK)
    parts.append(f'<line x1="{mark:.1f}" y1="2" x2="{mark:.1f}" y2="{bottom}" stroke="#2e7d32" '
                 'stroke-dasharray="3,2"/>')
    parts.append(f'<text x="{LEFT - 6}" y="{bottom + 12}" font-size="8" text-anchor="end" '
                 f'fill="#2e7d32">dashed: {RELIABLE_MARK}</text>')
    for i, (name, value, interval) in enumerate(rows):
        y = ROW * i + ROW / 2 + 2
        parts.append(f'<text x="{LEFT - 6}" y="{y + 3:.1f}" font-size="10" text-anchor="end">{escape(name)}</text>')
        if interval is not None:
            parts.append(f'<line x1="{_x(interval.low):.1f}" y1="{y:.1f}" x2="{_x(interval.high):.1f}" '
                         f'y2="{y:.1f}" stroke="#1f4e79" stroke-width="3" stroke-opacity="0.45"/>')
        if value is None:
            parts.append(f'<text x="{_x(0):.1f}" y="{y + 3:.1f}" font-size="9" fill="#777">n/a</text>')
        else:
            parts.append(f'<circle cx="{_x(value):.1f}" cy="{y:.1f}" r="3.5" fill="#1f4e79"/>')
    parts.append("</svg>")
    return "".join(parts)
