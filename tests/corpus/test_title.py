"""Titles: a headline line when there is one, else the first sentence, cut."""

from annotator.corpus import make_title
from annotator.corpus.title import ELLIPSIS, TITLE_MAX_CHARS


def test_headline_line_is_the_title():
    body = "Le Pentagone fait pression sur Anthropic\n\nLe secrétaire à la Défense a exigé."
    assert make_title(body) == "Le Pentagone fait pression sur Anthropic"


def test_question_headline_is_kept():
    body = "Anthropic va-t-il céder ?\nLe texte suit."
    assert make_title(body) == "Anthropic va-t-il céder ?"


def test_first_line_ending_like_a_sentence_is_not_a_headline():
    body = "Première phrase. Deuxième phrase.\nUn autre paragraphe."
    assert make_title(body) == "Première phrase."


def test_first_line_ending_with_colon_is_not_a_headline():
    body = "Il a déclaré :\n« Nous refusons. »"
    assert make_title(body).startswith("Il a déclaré")


def test_single_line_is_not_a_headline():
    assert make_title("Un texte sans titre") == "Un texte sans titre"


def test_long_first_line_is_not_a_headline():
    first = "mot " * 40  # 160 characters, no final punctuation
    title = make_title(first + "\nSuite.")
    assert title.endswith(ELLIPSIS)
    assert len(title) <= TITLE_MAX_CHARS + 1


def test_long_sentence_is_cut_at_a_word_boundary():
    words = ["Anthropic", "refuse", "de", "fournir", "sa", "technologie", "au", "Pentagone"] * 5
    body = " ".join(words) + ". Suite."
    title = make_title(body)
    assert title.endswith(ELLIPSIS)
    kept = title[: -len(ELLIPSIS)].split(" ")
    assert kept == words[: len(kept)]
    assert len(title) <= TITLE_MAX_CHARS + 1


def test_one_enormous_word_is_cut_hard():
    title = make_title("x" * 500)
    assert title == "x" * TITLE_MAX_CHARS + ELLIPSIS


def test_title_white_space_is_collapsed():
    assert make_title("Un  texte\u00a0avec\tdes blancs.") == "Un texte avec des blancs."
