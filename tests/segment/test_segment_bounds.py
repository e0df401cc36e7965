"""The edges of the segmentation rules: the longest enumerator and one that is
not the line's first sentence, the marks of words left out of a quotation, an
abbreviation behind an opening mark, a period with nothing before it."""

from __future__ import annotations

import pytest

from annotator.segment import split_sentences


def pieces(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "XVIII. Dix-huitième point de la liste.",  # five numerals and the period: six characters
        "(XXVII. Vingt-septième point.",  # the longest: a parenthesis, five numerals, the period
        "(XXIV. Vingt-quatrième point.",
        "(123. Un numéro de trois chiffres.",
        "IV. Quatrième point.",
        "(a. Premier cas.",
    ],
)
def test_an_enumerator_opens_its_sentence(text):
    assert pieces(text) == [text]


@pytest.mark.parametrize("mark", ["[...]", "[…]", "(...)", "(…)"])
def test_words_left_out_of_a_quotation_do_not_end_it(mark):
    text = f"Il a écrit « nous {mark} Nous partirons » hier."
    assert pieces(text) == [text]


@pytest.mark.parametrize("mark", ["...", "…"])
def test_an_ellipsis_outside_brackets_still_ends_a_sentence(mark):
    assert pieces(f"Il attend{mark} Rien ne vient.") == [f"Il attend{mark}", "Rien ne vient."]


def test_an_enumerator_after_a_sentence_on_the_same_line_opens_the_next():
    text = "Le plan tient en deux points. 1. Réduire les coûts. 2. Vendre."
    assert pieces(text) == ["Le plan tient en deux points.", "1. Réduire les coûts.", "2. Vendre."]


@pytest.mark.parametrize("opener", ["(", "«", "“", "[", "'", "‘", "\""])
def test_an_abbreviation_behind_an_opening_mark_does_not_end_the_sentence(opener):
    text = f"Il a vu {opener}M. Dupont et Mme. Durand hier."
    assert pieces(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (". Point final.", [".", "Point final."]),
        ("Le titre M . Dupont arrive.", ["Le titre M .", "Dupont arrive."]),
    ],
)
def test_a_period_with_no_word_right_before_it_ends_the_sentence(text, expected):
    """A period after a space (or at the very start) has no word to be an abbreviation."""
    assert pieces(text) == expected
