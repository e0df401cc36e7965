"""The tidy CSV of a comparison: a row per figure, exact numbers, empty cells where undefined.

Claim, six sentences: ann 110100, bo 100101 (both 2, one each alone, neither 2: kappa 1/3,
as checked by hand in test_review_panel_text.py); no quote at all, so its kappa is undefined.
"""

from __future__ import annotations

from annotator.review import compare
from annotator.review.tidy import csv_text

from .test_review_panel_text import layer


def test_tidy_csv_rows_carry_exact_values_their_intervals_and_empty_undefined_cells():
    lines = csv_text(compare(layer("ann", "110100"), layer("bo", "100101"))).splitlines()
    assert lines[:12] == [
        "reviewer_a,reviewer_b,label,figure,value,low,high",
        "ann,bo,,units,6,,",
        "ann,bo,claim,kappa,0.3333333333333333,-0.5,1.0",
        "ann,bo,claim,alpha,0.3888888888888889,-0.375,1.0",
        "ann,bo,claim,ac1,0.3333333333333333,-0.3333333333333333,1.0",
        "ann,bo,claim,positive,0.6666666666666666,,",
        "ann,bo,claim,negative,0.6666666666666666,,",
        "ann,bo,claim,observed,0.6666666666666666,,",
        "ann,bo,claim,both,2,,",
        "ann,bo,claim,a_only,1,,",
        "ann,bo,claim,b_only,1,,",
        "ann,bo,claim,neither,2,,",
    ]
    assert "ann,bo,quote,kappa,,," in lines
    assert lines[32:] == [  # four of the six sentences have the same label set; no link drawn
        "ann,bo,label sets,exact,0.6666666666666666,,",
        "ann,bo,label sets,alpha,0.3888888888888889,,",
        "ann,bo,label sets,alpha_masi,0.3888888888888889,,",
        "ann,bo,links,a,0,,",
        "ann,bo,links,b,0,,",
        "ann,bo,links,matched,0,,",
        "ann,bo,links,precision,,,",
        "ann,bo,links,recall,,,",
        "ann,bo,links,f1,,,",
        "ann,bo,links,relation_agreement,,,",
    ]
