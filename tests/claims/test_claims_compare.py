"""Comparing two reviewers' claims: matching, verdict figures, grouping P/R/F1, disagreements."""

import json
import random
from fractions import Fraction

import numpy as np
import pytest

from annotator.claims.compare import VerdictDisagreement, compare_claims, match_claims
from annotator.claims.model import Appearance, Claim
from annotator.review.coefficients import ONE_CATEGORY, Figure, coincidences, ordinal_distance

X = [Appearance("art", 100 * i, 100 * i + 50) for i in range(10)]


def claim(id, *appearances, verdict=None):
    return Claim(id, f"claim {id}", verdict, appearances=tuple(appearances))


def ids(matches):
    return [(m.a.id, m.b.id) for m in matches]


def test_claims_match_through_a_shared_appearance_one_to_one():
    a = [claim(1, X[0], X[1]), claim(2, X[2]), claim(3, X[5])]
    b = [claim(10, X[0]), claim(11, X[1], X[2]), claim(12, X[4])]
    # (1,10) and (2,11) share one sentence each with Jaccard 1/2; (1,11) only 1/3.
    matches = match_claims(a, b)
    assert ids(matches) == [(1, 10), (2, 11)]
    assert matches[1].shared == (X[2],)
    figures, _ = compare_claims(a, b)
    assert (figures.a, figures.b, figures.matched) == (3, 3, 2)


def test_more_shared_sentences_beat_a_higher_jaccard():
    a = [claim(1, X[0], X[1], X[2], X[3])]
    b = [claim(10, X[0]), claim(11, X[1], X[2], X[4], X[5], X[6])]
    assert ids(match_claims(a, b)) == [(1, 11)]


def test_ties_go_to_the_smallest_ids_whatever_the_input_order():
    a = [claim(2, X[0], X[1]), claim(1, X[2], X[3])]
    b = [claim(11, X[0], X[2]), claim(10, X[1], X[3])]
    expected = ids(match_claims(a, b))
    assert expected == [(1, 10), (2, 11)]
    for seed in range(10):
        shuffled_a, shuffled_b = a[:], b[:]
        random.Random(seed).shuffle(shuffled_a)
        random.Random(seed + 1).shuffle(shuffled_b)
        assert ids(match_claims(shuffled_a, shuffled_b)) == expected


def test_a_sentence_in_two_claims_of_one_reviewer_is_refused():
    with pytest.raises(ValueError, match=r"reviewer B: sentence art\[100:150\] is in claims 10 and 11"):
        compare_claims([claim(1, X[1])], [claim(10, X[1]), claim(11, X[1])])
    with pytest.raises(ValueError, match="reviewer A: claim id 1 used twice"):
        compare_claims([claim(1, X[1]), claim(1, X[2])], [])


def test_verdict_figures_by_hand():
    # Scale codes false=0, mixed=2, true=4; units (0,0) (2,2) (4,4) (0,2):
    # n = 8, n_0 = 3, n_2 = 3, n_4 = 2; nominal D_e = 2 * (9 + 6 + 6) = 42, so
    # alpha = 1 - 7 * 2 / 42 = 2/3. Ordinal deltas: (0,2) (6 - 3)^2 = 9,
    # (0,4) (8 - 5/2)^2, (2,4) (5 - 5/2)^2: D_o = 18, D_e = 600, alpha = 0.79.
    verdicts = [("false", "false"), ("mixed", "mixed"), ("true", "true"), ("false", "mixed")]
    a = [claim(i, X[i], verdict=va) for i, (va, _) in enumerate(verdicts)]
    b = [claim(10 + i, X[i], verdict=vb) for i, (_, vb) in enumerate(verdicts)]
    figures, disagreements = compare_claims(a, b)
    assert (figures.matched, figures.judged, figures.on_scale) == (4, 4, 4)
    assert figures.observed == Figure(0.75)
    assert figures.alpha_nominal == Figure(float(Fraction(2, 3)))
    assert figures.alpha_ordinal == Figure(0.79)
    assert disagreements == (VerdictDisagreement(3, 13, "false", "mixed", (X[3],)),)


def test_unverifiable_counts_for_nominal_but_not_ordinal_and_missing_for_neither():
    verdicts = [("false", "false"), ("true", "true"), ("unverifiable", "true"), (None, "false"), (None, None)]
    a = [claim(i, X[i], verdict=va) for i, (va, _) in enumerate(verdicts)]
    b = [claim(10 + i, X[i], verdict=vb) for i, (_, vb) in enumerate(verdicts)]
    figures, disagreements = compare_claims(a, b)
    assert (figures.matched, figures.judged, figures.on_scale) == (5, 3, 2)
    assert figures.observed == Figure(float(Fraction(2, 3)))
    assert figures.alpha_ordinal == Figure(1.0)  # the two units on the scale agree
    assert figures.alpha_nominal.value < 1
    assert [(d.a, d.a_verdict, d.b_verdict) for d in disagreements] == [(2, "unverifiable", "true"), (3, None, "false")]


def test_degenerate_verdict_figures_are_undefined_with_a_reason():
    none, disagreements = compare_claims([claim(1, X[0], verdict="true")], [claim(10, X[1], verdict="true")])
    assert none.matched == 0 and disagreements == ()
    assert none.observed.value is none.alpha_nominal.value is none.alpha_ordinal.value is None
    assert "no matched claim" in none.observed.reason

    one = compare_claims([claim(1, X[0], verdict="true"), claim(2, X[1], verdict="true")],
                         [claim(10, X[0], verdict="true"), claim(11, X[1], verdict="true")])[0]
    assert one.observed == Figure(1.0)
    assert one.alpha_nominal == one.alpha_ordinal == Figure.undefined(ONE_CATEGORY)

    unverifiable = compare_claims([claim(1, X[0], verdict="unverifiable")], [claim(10, X[0], verdict="unverifiable")])[0]
    assert unverifiable.on_scale == 0 and "on the scale" in unverifiable.alpha_ordinal.reason


def test_identical_groupings_score_one():
    a = [claim(1, X[0], X[1], X[2]), claim(2, X[3], X[4])]
    b = [claim(20, X[3], X[4]), claim(10, X[2], X[1], X[0])]
    figures, _ = compare_claims(a, b)
    assert (figures.pairs_a, figures.pairs_b, figures.pairs_both) == (4, 4, 4)
    assert figures.precision == figures.recall == figures.f1 == Figure(1.0)


def test_disjoint_groupings_score_zero():
    a = [claim(1, X[0], X[1]), claim(2, X[2], X[3])]
    b = [claim(10, X[0], X[2]), claim(11, X[1], X[3])]
    figures, _ = compare_claims(a, b)
    assert figures.matched == 2 and figures.pairs_both == 0
    assert figures.precision == figures.recall == figures.f1 == Figure(0.0)


def test_grouping_precision_and_recall_by_hand():
    # A: {0,1,2} -> pairs 01 02 12; {3,4} -> 34. B: {0,1} -> 01; {2,3,4} -> 23 24 34.
    a = [claim(1, X[0], X[1], X[2]), claim(2, X[3], X[4])]
    b = [claim(10, X[0], X[1]), claim(11, X[2], X[3], X[4])]
    figures, _ = compare_claims(a, b)
    assert (figures.pairs_a, figures.pairs_b, figures.pairs_both) == (4, 4, 2)
    assert figures.precision == figures.recall == figures.f1 == Figure(0.5)
    one_sided, _ = compare_claims(a, [claim(10, X[0])])
    assert one_sided.precision.value is None and one_sided.recall == one_sided.f1 == Figure(0.0)
    nothing, _ = compare_claims([claim(1, X[0])], [claim(10, X[0])])
    assert nothing.undefined().keys() >= {"precision", "recall", "f1"}


def test_disagreements_sorted_by_first_shared_appearance():
    a = [claim(1, X[5], verdict="true"), claim(2, X[2], X[7], verdict="false"), claim(3, X[0], verdict="true")]
    b = [claim(10, X[7], X[2], verdict="mixed"), claim(11, X[0], verdict="false"), claim(12, X[5], verdict="true")]
    _, disagreements = compare_claims(a, b)
    assert [(d.a, d.b, d.shared) for d in disagreements] == [(3, 11, (X[0],)), (2, 10, (X[2], X[7]))]


def test_to_json_is_plain_json_with_undefined_figures_explained():
    figures, disagreements = compare_claims(
        [claim(1, X[0], X[1], verdict="unverifiable")], [claim(10, X[1], verdict="true")]
    )
    data = json.loads(json.dumps(figures.to_json()))
    assert (data["a"], data["b"], data["matched"]) == (1, 1, 1)
    assert data["verdicts"]["observed"] == data["verdicts"]["alpha_nominal"] == 0.0
    assert data["verdicts"]["alpha_ordinal"] is None
    assert data["grouping"]["recall"] == 0.0 and data["grouping"]["precision"] is None
    assert data["undefined"] == {
        "alpha_ordinal": "no matched claim has a verdict on the scale from both reviewers",
        "precision": "reviewer B put no two sentences in one claim",
    }
    assert [d.to_json() for d in disagreements] == [{
        "a": 1, "b": 10, "a_verdict": "unverifiable", "b_verdict": "true",
        "appearances": [{"article": "art", "start": 100, "end": 150}],
    }]


def test_ordinal_distance_counts_the_values_between_two_ranks():
    o = coincidences(np.array([[0, 2, 4, 0], [0, 2, 4, 2]]), 5)  # n = (3, 0, 3, 0, 2)
    delta = ordinal_distance(o)
    assert delta[0][2] == delta[2][0] == 9
    assert delta[0][4] == Fraction(121, 4) and delta[2][4] == Fraction(25, 4)
    assert all(delta[c][c] == 0 for c in range(5))
    assert delta[0][1] == Fraction(9, 4)  # an unused rank is still half of n_0 away
