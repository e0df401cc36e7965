"""Links: matching in either direction, P/R/F1 of B against A, relation agreement."""

from fractions import Fraction

from annotator.review import Figure, LayerLink, LinkDisagreement
from annotator.review.links import compare_links

S = [("x", 10 * i, 10 * i + 9) for i in range(6)]
ARTICLES = frozenset({"x"})


def test_reversed_direction_matches():
    figures, disagreements = compare_links(
        [LayerLink(S[0], S[1], "agrees")], [LayerLink(S[1], S[0], "agrees")], ARTICLES
    )
    assert (figures.a, figures.b, figures.matched) == (1, 1, 1)
    assert figures.precision == figures.recall == figures.f1 == figures.relation_agreement == Figure(1.0)
    assert disagreements == ()


def test_precision_recall_f1():
    a = [LayerLink(S[0], S[1], "agrees"), LayerLink(S[2], S[3], "agrees"), LayerLink(S[4], S[5], "contradicts"),
         LayerLink(S[0], S[5], "agrees")]
    b = [LayerLink(S[1], S[0], "agrees"), LayerLink(S[3], S[2], "contradicts"), LayerLink(S[1], S[2], "agrees")]
    figures, disagreements = compare_links(a, b, ARTICLES)
    assert (figures.a, figures.b, figures.matched) == (4, 3, 2)
    assert figures.precision == Figure(float(Fraction(2, 3)))
    assert figures.recall == Figure(0.5)
    assert figures.f1 == Figure(float(Fraction(4, 7)))  # 2PR / (P + R) = 2 * 2 / (4 + 3)
    assert figures.relation_agreement == Figure(0.5)
    assert disagreements == (
        LinkDisagreement(S[0], S[5], frozenset({"agrees"}), frozenset()),
        LinkDisagreement(S[1], S[2], frozenset(), frozenset({"agrees"})),
        LinkDisagreement(S[2], S[3], frozenset({"agrees"}), frozenset({"contradicts"})),
        LinkDisagreement(S[4], S[5], frozenset({"contradicts"}), frozenset()),
    )


def test_a_pair_drawn_both_ways_counts_once():
    a = [LayerLink(S[0], S[1], "agrees"), LayerLink(S[1], S[0], "agrees", "again")]
    figures, _ = compare_links(a, [LayerLink(S[0], S[1], "agrees")], ARTICLES)
    assert (figures.a, figures.matched, figures.recall) == (1, 1, Figure(1.0))


def test_links_touching_uncounted_articles_are_left_out():
    elsewhere = ("y", 0, 9)
    figures, disagreements = compare_links([LayerLink(S[0], elsewhere, "agrees")], [], ARTICLES)
    assert (figures.a, figures.b) == (0, 0) and disagreements == ()


def test_undefined_link_figures():
    none, _ = compare_links([], [], ARTICLES)
    assert none.precision == Figure(None, "reviewer B drew no links")
    assert none.recall == Figure(None, "reviewer A drew no links")
    assert none.f1 == Figure(None, "no links in either layer")
    assert none.relation_agreement == Figure(None, "no sentence pair linked by both")

    only_a, _ = compare_links([LayerLink(S[0], S[1], "agrees")], [], ARTICLES)
    assert only_a.recall == only_a.f1 == Figure(0.0)
    assert only_a.precision.value is None


def test_why_a_link_figure_is_undefined_is_found_in_the_french_catalogue():
    """The window shows these reasons in French: each must carry the context under which the
    catalogue holds its translation (tests/gui checks the catalogue against the sources)."""
    import xml.etree.ElementTree as ET

    from annotator.paths import resource

    catalogue = {(context.findtext("name"), message.findtext("source"))
                 for context in ET.parse(resource("translations/annotator_fr.ts")).getroot().iter("context")
                 for message in context.iter("message")}
    only_a, _ = compare_links([LayerLink(("x", 0, 9), ("x", 10, 19), "agrees")], [], frozenset({"x"}))
    nothing, _ = compare_links([], [], frozenset({"x"}))
    reasons = [only_a.precision.reason, only_a.relation_agreement.reason, nothing.recall.reason,
               nothing.precision.reason, nothing.f1.reason]
    assert all(reasons) and all((reason.context, reason.template) in catalogue for reason in reasons)
