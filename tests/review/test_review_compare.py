"""compare(): units, filters, figures on a hand-computed example, degenerate cases, output."""

import json
from fractions import Fraction

import pytest

from annotator.review import Figure, Layer, LayerLink, UnitDisagreement, UnmatchedUnit, compare, render_text

F = frozenset
U1, U2, U3, U4, U5 = (("x", 10 * i, 10 * i + 9) for i in range(5))


def layer(name, units, statuses=None, links=()):
    statuses = statuses if statuses is not None else {key[0]: "done" for key in units}
    return Layer(name, statuses, units, frozenset(links))


def example():
    """Article x done by both (five shared sentences, one segmented differently),
    article y done by A only, article z in A's layer only."""
    a = layer(
        "alice",
        {
            U1: F({"claim"}), U2: F({"claim", "quote"}), U3: F(), U4: F(), U5: F({"quote"}),
            ("x", 50, 60): F({"claim"}),
            ("y", 0, 5): F({"claim"}), ("z", 0, 5): F(),
        },
        links=[LayerLink(U1, U2, "agrees"), LayerLink(U3, U5, "contradicts")],
    )
    b = layer(
        "bob",
        {
            U1: F({"claim"}), U2: F({"claim"}), U3: F({"statistic"}), U4: F(), U5: F({"quote"}),
            ("x", 50, 61): F(),
            ("y", 0, 5): F({"quote"}),
        },
        statuses={"x": "done", "y": "in progress"},
        links=[LayerLink(U2, U1, "agrees"), LayerLink(U3, U5, "agrees"), LayerLink(U4, U5, "agrees")],
    )
    return a, b


def _first_keys(row: dict) -> dict:
    """A label's figures under the keys the JSON had before AC1 and intervals (unchanged)."""
    return {key: row[key] for key in ("kappa", "alpha", "observed", "both", "a_only", "b_only", "neither")}


def test_hand_computed_example():
    report = compare(*example())
    data = report.to_json()
    assert data["reviewers"] == ["alice", "bob"]
    assert (data["units"], data["unmatched"], data["articles"]) == (5, 2, 1)
    assert _first_keys(data["labels"]["claim"]) == {
        "kappa": 1.0, "alpha": 1.0, "observed": 1.0, "both": 2, "a_only": 0, "b_only": 0, "neither": 3,
    }
    # quote: confusion [[3, 0], [1, 1]]; kappa (5*4 - 14) / (25 - 14); o = [[6, 1], [1, 2]].
    assert _first_keys(data["labels"]["quote"]) == {
        "kappa": float(Fraction(6, 11)), "alpha": float(Fraction(4, 7)), "observed": 0.8,
        "both": 1, "a_only": 1, "b_only": 0, "neither": 3,
    }
    assert _first_keys(data["labels"]["statistic"]) == {
        "kappa": 0.0, "alpha": 0.0, "observed": 0.8, "both": 0, "a_only": 0, "b_only": 1, "neither": 4,
    }
    # Sets: n_c = 3 (empty), 3 {claim}, 2 {quote}, 1 {claim, quote}, 1 {statistic}.
    # Nominal: 1 - 9 * 4 / (100 - 24). MASI: observed 2 * 2/3 + 2 * 1 = 10/3, expected 218/3.
    assert data["sets"] == {
        "exact": 0.6, "alpha": float(Fraction(10, 19)), "alpha_masi": float(Fraction(64, 109)),
    }
    assert data["links"] == {
        "a": 2, "b": 3, "matched": 2, "precision": float(Fraction(2, 3)), "recall": 1.0,
        "f1": 0.8, "relation_agreement": 0.5,
    }
    assert data["undefined"] == {}
    assert "pooled" in data["pooled"]
    json.dumps(data)  # plain JSON all the way down


def test_disagreements_and_unmatched_are_listed():
    report = compare(*example())
    assert report.unit_disagreements == (
        UnitDisagreement("x", 10, 19, F({"claim", "quote"}), F({"claim"})),
        UnitDisagreement("x", 20, 29, F(), F({"statistic"})),
    )
    assert report.unmatched == (
        UnmatchedUnit("x", 50, 60, "a", F({"claim"})),
        UnmatchedUnit("x", 50, 61, "b", F()),
    )
    data = report.to_json()["disagreements"]
    assert data["units"][0] == {"article_id": "x", "start": 10, "end": 19, "a": ["claim", "quote"], "b": ["claim"]}
    assert data["links"] == [
        {"first": list(U3), "second": list(U5), "a": ["contradicts"], "b": ["agrees"]},
        {"first": list(U4), "second": list(U5), "a": [], "b": ["agrees"]},
    ]
    assert data["unmatched"][1] == {"article_id": "x", "start": 50, "end": 61, "side": "b", "labels": []}


def test_all_articles_takes_every_shared_article_but_not_unshared_ones():
    report = compare(*example(), all_articles=True)
    assert (report.units, report.articles) == (6, 2)  # y counts now, z never (only A has it)
    assert report.labels["claim"].a_only == 1 and report.labels["quote"].b_only == 1


def test_no_counted_article_gives_no_units_and_reasons():
    a, b = example()
    b = layer("bob", dict(b.units), statuses={"x": "in progress", "y": "todo"})
    report = compare(a, b)
    assert report.units == 0 and report.unmatched == ()
    assert report.labels["claim"].kappa == Figure(None, "no units")
    assert report.sets.alpha_masi == Figure(None, "no units")
    undefined = report.to_json()["undefined"]
    assert undefined["labels.quote.alpha"] == "no units"
    assert undefined["sets.exact"] == "no units"
    assert undefined["links.f1"] == "no links in either layer"


def test_identical_reviewers():
    a, _ = example()
    report = compare(a, layer("alice again", dict(a.units), dict(a.statuses), a.links))
    data = report.to_json()
    assert data["unmatched"] == 0
    assert data["labels"]["claim"]["kappa"] == data["labels"]["claim"]["alpha"] == 1.0
    assert data["sets"] == {"exact": 1.0, "alpha": 1.0, "alpha_masi": 1.0}
    # Nobody used "statistic": one category only, so undefined although agreement is perfect.
    assert data["labels"]["statistic"]["kappa"] is None
    assert data["undefined"]["labels.statistic.alpha"] == "only one category in the data"
    assert data["links"]["f1"] == data["links"]["relation_agreement"] == 1.0
    assert report.unit_disagreements == () and report.link_disagreements == ()


def test_untagged_by_both_is_one_category_for_sets():
    units = {U1: F(), U2: F()}
    report = compare(layer("a", units), layer("b", units))
    assert report.sets.exact == Figure(1.0)
    assert report.sets.alpha == report.sets.alpha_masi == Figure(None, "only one category in the data")


def test_render_text_says_pooled_and_explains_undefined():
    a, _ = example()
    text = render_text(compare(a, layer("carol", dict(a.units), dict(a.statuses))))
    assert "alice (A) and carol (B)" in text
    assert "pooled over all units" in text
    assert "statistic" in text and "n/a" in text
    assert "labels.statistic.kappa: only one category in the data" in text


@pytest.mark.parametrize(
    ("statuses", "units", "links", "message"),
    [
        ({"x": "finished"}, {U1: F()}, (), "status"),
        ({"x": "done"}, {U1: F({"opinion"})}, (), "opinion"),
        ({}, {U1: F()}, (), "no status"),
        ({"x": "done"}, {U1: F()}, [LayerLink(U1, ("w", 0, 1), "agrees")], "no status"),
    ],
)
def test_bad_layers_are_refused(statuses, units, links, message):
    with pytest.raises(ValueError, match=message):
        Layer("a", statuses, units, frozenset(links))


def test_unknown_relation_is_refused():
    with pytest.raises(ValueError, match="relation"):
        LayerLink(U1, U2, "supports")


def test_per_article_figures_keep_their_names_in_json():
    report = compare(*example())
    first, written = report.per_article[0], report.to_json()["per_article"][0]
    assert written == {"article_id": first.article_id, "units": first.units,
                       "disagreements": first.disagreements, "labels": first.labels}
    assert first.units > 0
