"""merge(): agreed work goes to gold; disagreements are preferred or left pending."""

import pytest

from annotator.review import Layer, LayerLink, UnitDisagreement, compare, merge

F = frozenset
U1, U2, U3, U4 = (("x", 10 * i, 10 * i + 9) for i in range(4))
V1, V2 = ("w", 0, 9), ("w", 10, 19)


def layer(name, units, links=(), statuses=None):
    statuses = statuses if statuses is not None else {key[0]: "done" for key in units}
    return Layer(name, statuses, units, frozenset(links))


def pair():
    """Article x disputed (labels, links, segmentation); article w fully agreed."""
    a = layer(
        "alice",
        {U1: F({"claim"}), U2: F({"quote"}), U3: F(), ("x", 40, 50): F({"statistic"}), V1: F(), V2: F({"claim"})},
        links=[LayerLink(U1, U2, "agrees", "same source"), LayerLink(U2, U3, "agrees"), LayerLink(V1, V2, "contradicts")],
    )
    b = layer(
        "bob",
        {U1: F({"claim"}), U2: F({"quote", "claim"}), U3: F(), ("x", 40, 51): F(), V1: F(), V2: F({"claim"})},
        links=[LayerLink(U2, U1, "agrees", "same source"), LayerLink(U2, U3, "contradicts", "no"),
               LayerLink(V2, V1, "contradicts", "dates differ")],
    )
    return a, b


def test_without_preference_agreements_go_to_gold_and_the_rest_is_pending():
    result = merge(*pair())
    gold = result.layer
    assert gold.reviewer == "gold"
    assert gold.units == {U1: F({"claim"}), U3: F(), V1: F(), V2: F({"claim"})}
    assert gold.links == {LayerLink(U1, U2, "agrees", "same source"), LayerLink(V1, V2, "contradicts", "dates differ")}
    assert gold.statuses == {"w": "done", "x": "in progress"}
    assert result.pending_units == (UnitDisagreement("x", 10, 19, F({"quote"}), F({"quote", "claim"})),)
    assert [(d.a, d.b) for d in result.pending_links] == [(F({"agrees"}), F({"contradicts"}))]
    assert [(u.end, u.side) for u in result.pending_unmatched] == [(50, "a"), (51, "b")]


@pytest.mark.parametrize("side", ["a", "b"])
def test_preference_decides_everything(side):
    a, b = pair()
    preferred = a if side == "a" else b
    result = merge(a, b, prefer=side, reviewer="adjudicated")
    gold = result.layer
    assert result.pending_units == result.pending_links == result.pending_unmatched == ()
    assert gold.statuses == {"w": "done", "x": "done"}
    assert gold.units == preferred.units  # labels and segmentation of the preferred side
    assert {(link.pair, link.relation) for link in gold.links} == {(link.pair, link.relation) for link in preferred.links}
    report = compare(gold, preferred)
    assert report.unit_disagreements == () and report.link_disagreements == () and report.unmatched == ()


def test_notes_of_an_agreed_link_are_both_kept():
    a = layer("a", {U1: F(), U2: F()}, [LayerLink(U1, U2, "agrees", "A's reason")])
    b = layer("b", {U1: F(), U2: F()}, [LayerLink(U2, U1, "agrees", "B's reason")])
    (link,) = merge(a, b).layer.links
    assert link == LayerLink(U1, U2, "agrees", "A's reason | B's reason")
    (link,) = merge(a, b, prefer="b").layer.links
    assert link == LayerLink(U2, U1, "agrees", "B's reason | A's reason")


def test_only_compared_articles_take_part():
    a, b = pair()
    b = Layer(b.reviewer, {"x": "done", "w": "in progress"}, b.units, b.links)
    assert merge(a, b).layer.statuses == {"x": "in progress"}
    assert set(merge(a, b, all_articles=True).layer.statuses) == {"x", "w"}


def test_gold_layer_is_a_valid_layer_to_compare_again():
    a, b = pair()
    gold = merge(a, b).layer
    assert compare(gold, a).units == 2  # by default only w: x is still in progress in gold
    report = compare(gold, a, all_articles=True)
    assert report.units == 4
    assert report.unit_disagreements == ()
    # The undecided sentences have no gold labels yet, so they show as A's alone.
    assert [(u.start, u.side) for u in report.unmatched] == [(10, "b"), (40, "b")]


def test_bad_preference_is_refused():
    with pytest.raises(ValueError, match="prefer"):
        merge(*pair(), prefer="c")


def test_with_every_article_one_only_tagged_or_only_linked_is_done_and_an_untouched_one_todo():
    """Neither reviewer marked anything done: an agreed label or an agreed link is work, so gold
    marks that article done; an article both left empty stays to do."""
    t1, l1, l2, e1 = ("tagged", 0, 9), ("linked", 0, 9), ("linked", 10, 19), ("empty", 0, 9)
    units = {t1: F({"claim"}), l1: F(), l2: F(), e1: F()}
    links = [LayerLink(l1, l2, "agrees")]
    statuses = {"tagged": "in progress", "linked": "in progress", "empty": "todo"}
    a, b = layer("a", units, links, statuses), layer("b", units, links, statuses)
    assert merge(a, b, all_articles=True).layer.statuses == {"tagged": "done", "linked": "done", "empty": "todo"}


def test_a_link_only_one_reviewer_drew_is_pending_or_taken_from_the_preferred_side():
    units = {U1: F(), U2: F()}
    a = layer("a", units, [LayerLink(U1, U2, "agrees", "A's reason")])
    b = layer("b", units)
    undecided = merge(a, b)
    assert [(d.first, d.second, d.a, d.b) for d in undecided.pending_links] == [(U1, U2, F({"agrees"}), F())]
    assert undecided.layer.links == frozenset() and undecided.layer.statuses == {"x": "in progress"}
    assert merge(a, b, "a").layer.links == {LayerLink(U1, U2, "agrees", "A's reason")}
    assert merge(a, b, "b").layer.links == frozenset() and merge(a, b, "b").layer.statuses == {"x": "done"}
