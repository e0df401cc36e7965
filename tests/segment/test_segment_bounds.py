"""The edges of two segmentation rules: the longest enumerator, and the marks of
words left out of a quotation."""

from __future__ import annotations

import pytest

from annotator.segment import split_sentences


def pieces(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "XVIII. Dix-huitième point de la liste.",  # five numerals and the period: six characters
        "(XXIV. Vingt-quatrième point.",
        "(123. Un numéro de trois chiffres.",
        "IV. Quatrième point.",
        "(a. Premier cas.",
    ],
)
def test_an_enumerator_of_up_to_six_characters_opens_its_sentence(text):
    assert pieces(text) == [text]


@pytest.mark.parametrize("mark", ["[...]", "[…]", "(...)", "(…)"])
def test_words_left_out_of_a_quotation_do_not_end_it(mark):
    text = f"Il a écrit « nous {mark} Nous partirons » hier."
    assert pieces(text) == [text]


@pytest.mark.parametrize("mark", ["...", "…"])
def test_an_ellipsis_outside_brackets_still_ends_a_sentence(mark):
    assert pieces(f"Il attend{mark} Rien ne vient.") == [f"Il attend{mark}", "Rien ne vient."]
