"""The HTML report's chart, drawn exactly: axis, ticks, the reliability mark, a dot and its bar.

The expected SVG is written out whole so that a colour, a size or an attribute
changed by mistake fails here, not only on paper. Its figures were checked by
hand: the axis spans 420 - 80 - 14 = 326 units from x = 80, so 0 sits at 243,
0.5 at 324.5, 0.25 at 283.75 (printed 283.8) and 2 is clamped to 1 at 406;
two rows make the chart 18 * 3 + 8 = 62 high, the axis ending at 18 * 2 + 4 = 40.
"""

from __future__ import annotations

from annotator.review.bootstrap import Interval
from annotator.review.svg import figure_chart

EXPECTED = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="420" height="62" viewBox="0 0 420 62" role="img" '
    'aria-label="A &amp; &lt;b&gt;"><title>A &amp; &lt;b&gt;</title>'
    '<line x1="80.0" y1="2" x2="80.0" y2="40" stroke="#ddd"/>'
    '<text x="80.0" y="52" font-size="9" text-anchor="middle" fill="#555">-1</text>'
    '<line x1="161.5" y1="2" x2="161.5" y2="40" stroke="#ddd"/>'
    '<text x="161.5" y="52" font-size="9" text-anchor="middle" fill="#555">-0.5</text>'
    '<line x1="243.0" y1="2" x2="243.0" y2="40" stroke="#ddd"/>'
    '<text x="243.0" y="52" font-size="9" text-anchor="middle" fill="#555">0</text>'
    '<line x1="324.5" y1="2" x2="324.5" y2="40" stroke="#ddd"/>'
    '<text x="324.5" y="52" font-size="9" text-anchor="middle" fill="#555">0.5</text>'
    '<line x1="406.0" y1="2" x2="406.0" y2="40" stroke="#ddd"/>'
    '<text x="406.0" y="52" font-size="9" text-anchor="middle" fill="#555">1</text>'
    '<line x1="373.4" y1="2" x2="373.4" y2="40" stroke="#2e7d32" stroke-dasharray="3,2"/>'
    '<text x="74" y="52" font-size="8" text-anchor="end" fill="#2e7d32">dashed: 0.8</text>'
    '<text x="74" y="14.0" font-size="10" text-anchor="end">kappa</text>'
    '<line x1="283.8" y1="11.0" x2="406.0" y2="11.0" stroke="#1f4e79" stroke-width="3" stroke-opacity="0.45"/>'
    '<circle cx="324.5" cy="11.0" r="3.5" fill="#1f4e79"/>'
    '<text x="74" y="32.0" font-size="10" text-anchor="end">x&lt;y</text>'
    '<text x="243.0" y="32.0" font-size="9" fill="#777">n/a</text></svg>'
)


def test_chart_is_drawn_exactly_with_names_escaped_and_values_clamped():
    rows = [("kappa", 0.5, Interval(0.25, 2.0)), ("x<y", None, None)]
    assert figure_chart("A & <b>", rows) == EXPECTED


def test_values_below_the_axis_are_clamped_to_its_left_end():
    chart = figure_chart("t", [("alpha", -3.0, Interval(-2.0, -1.5))])
    assert '<circle cx="80.0"' in chart
    assert '<line x1="80.0" y1="11.0" x2="80.0" y2="11.0"' in chart
