"""Reviewer agreement on plain data: coefficients, disagreements, merge.

No database and no Qt: the store builds :class:`Layer` values, :func:`compare`
returns a :class:`Report` (``to_json()``, :func:`render_text`), :func:`merge`
returns a :class:`MergeResult` whose ``layer`` the store writes back.
"""

from annotator.review.coefficients import Figure
from annotator.review.compare import compare
from annotator.review.layers import Layer, LayerLink, UnitDisagreement, UnitKey, UnmatchedUnit
from annotator.review.links import LinkDisagreement, LinkFigures
from annotator.review.merge import MergeResult, merge
from annotator.review.report import LabelFigures, Report, SetFigures, render_text

__all__ = [
    "Figure",
    "LabelFigures",
    "Layer",
    "LayerLink",
    "LinkDisagreement",
    "LinkFigures",
    "MergeResult",
    "Report",
    "SetFigures",
    "UnitDisagreement",
    "UnitKey",
    "UnmatchedUnit",
    "compare",
    "merge",
    "render_text",
]
