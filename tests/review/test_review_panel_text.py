"""The panel of three or more reviewers as plain text (``compare`` on the command line).

The pairwise kappa tables were checked by hand. Claim, one article of six sentences:
ann 110100, bo 100101, cyrille 110000. ann and bo: both 2, one each alone, neither 2,
observed 4/6, chance 1/2, kappa 1/3; ann and cyrille: observed 5/6, chance 1/2,
kappa 2/3; bo and cyrille: observed 1/2, chance 1/2, kappa 0.
"""

from __future__ import annotations

import pytest

from annotator.review import Layer, render_text
from annotator.review.panel import panel, render_panel_text

HEAD = """\
Agreement between 3 reviewers: ann, bo, cyrille
3 reviewers (ann, bo, cyrille): 6 sentences decided by two or more of them in 1 article(s), each by 3.
No label reaches alpha 0.8, the threshold for data to rely on.
Do not agree well: claim (alpha 0.36: only 4 sentences tagged claim by any reviewer); \
quote (alpha n/a: no sentence tagged quote by any reviewer); \
statistic (alpha n/a: no sentence tagged statistic by any reviewer).
Figures are pooled over all units, not averaged per article.

label         alpha   fleiss      ac1 observed
claim        0.3625   0.3250   0.3415   0.6667
quote           n/a      n/a   1.0000   1.0000
statistic       n/a      n/a   1.0000   1.0000

95% intervals: percentile bootstrap over units, 2000 resamples, seed 15:
  claim: alpha [-0.2143, 0.7875], fleiss [-0.2857, 0.7750], ac1 [-0.1111, 0.8302]
  quote: alpha n/a, fleiss n/a, ac1 [1.0000, 1.0000]
  statistic: alpha n/a, fleiss n/a, ac1 [1.0000, 1.0000]
  overall.quote.alpha: only one category in the data
  overall.quote.fleiss: only one category in the data
  overall.statistic.alpha: only one category in the data
  overall.statistic.fleiss: only one category in the data

Pairwise kappa, claim:
               ann       bo  cyrille
ann              —   0.3333   0.6667
bo          0.3333        —   0.0000
cyrille     0.6667   0.0000        —

Pairwise kappa, quote:
               ann       bo  cyrille
ann              —      n/a      n/a
bo             n/a        —      n/a
cyrille        n/a      n/a        —

Pairwise kappa, statistic:
               ann       bo  cyrille
ann              —      n/a      n/a
bo             n/a        —      n/a
cyrille        n/a      n/a        —
"""


def layer(name: str, tags: str) -> Layer:
    units = {("a1", i * 10, i * 10 + 5): frozenset({"claim"} if t == "1" else ()) for i, t in enumerate(tags)}
    return Layer(name, {"a1": "done"}, units)


def test_panel_text_shows_figures_intervals_pairwise_kappa_then_each_pair():
    result = panel([layer("ann", "110100"), layer("bo", "100101"), layer("cyrille", "110000")])
    text = render_panel_text(result)
    pairs = "".join("\n" + render_text(report).rstrip("\n") + "\n" for report in result.pairs.values())
    assert list(result.pairs) == [("ann", "bo"), ("ann", "cyrille"), ("bo", "cyrille")]
    assert text == HEAD + pairs


def test_panel_json_names_its_counts():
    """The JSON keys are what scripts read: a key renamed breaks them silently."""
    result = panel([layer("ann", "110100"), layer("bo", "100101"), layer("cyrille", "110000")])
    data = result.to_json()
    assert (data["units"], data["articles"], data["raters"]) == (6, 1, {"fewest": 3, "most": 3})
    claim = data["overall"]["claim"]
    assert (claim["any_tagged"], claim["all_tagged"]) == (4, 1)
    assert data["warnings"] == list(result.warnings()) and data["warnings"]


def test_a_layer_with_units_of_an_article_it_has_no_status_for_names_those_articles():
    units = {("a2", 0, 5): frozenset(), ("a3", 0, 5): frozenset(), ("a1", 0, 5): frozenset()}
    with pytest.raises(ValueError, match=r"layer 'ann': no status for article\(s\) \['a2', 'a3'\]"):
        Layer("ann", {"a1": "done"}, units)
