"""The date header: every accepted shape, and never a word of the body eaten."""

import datetime as dt

import pytest

from annotator.corpus import parse_header

FEB_25 = dt.date(2026, 2, 25)


@pytest.mark.parametrize(
    ("text", "date", "body"),
    [
        # The seeds' shape: blank, keyword, ISO date, body on the same line.
        (" date 2026-02-25 Anthropic est", FEB_25, "Anthropic est"),
        ("date 2026-03-03 La position d'Anthropic", dt.date(2026, 3, 3), "La position d'Anthropic"),
        ("date: 25/02/2026 Texte", FEB_25, "Texte"),
        ("Date: 2026-02-25T10:00 Texte", FEB_25, "Texte"),
        ("DATE 2026-02-25T10:00:00+01:00 Texte", FEB_25, "Texte"),
        ("date 25 février 2026 Le Pentagone", FEB_25, "Le Pentagone"),
        ("date 25 fevrier 2026 Le Pentagone", FEB_25, "Le Pentagone"),
        ("date 25 FÉVRIER 2026 Le Pentagone", FEB_25, "Le Pentagone"),
        ("date 1er mars 2026 Le Pentagone", dt.date(2026, 3, 1), "Le Pentagone"),
        ("date mercredi 25 févr. 2026 Le", FEB_25, "Le"),
        ("date 25 February 2026 The", FEB_25, "The"),
        ("date 25.02.26 Le", FEB_25, "Le"),
        ("date 2026/02/25 Le", FEB_25, "Le"),
        # French typography: a no-break space before the colon and inside the date.
        ("Date\u00a0: 25\u00a0février\u00a02026 Le", FEB_25, "Le"),
        # Header on its own line, body below.
        ("date: 25/02/2026\n\nLe texte.\n", FEB_25, "Le texte."),
    ],
)
def test_header_shapes(text, date, body):
    assert parse_header(text) == (date, body)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # A body starting with a number or a year must keep it.
        ("date 2026-02-25 10 morts à Gaza", "10 morts à Gaza"),
        ("date 25 février 2026 2026 sera une année", "2026 sera une année"),
        ("date 1er mars 2026 1er ministre", "1er ministre"),
        ("date 25/02/2026 25/02 est la date", "25/02 est la date"),
        ("date 2026-02-25 mars 2026 a commencé", "mars 2026 a commencé"),
    ],
)
def test_header_never_eats_the_body(text, body):
    assert parse_header(text)[1] == body


def test_day_first_for_numeric_dates_but_not_iso():
    assert parse_header("date 03/02/2026 x")[0] == dt.date(2026, 2, 3)
    assert parse_header("date 2026-02-03 x")[0] == dt.date(2026, 2, 3)


def test_no_header_means_whole_text_is_body():
    assert parse_header("  Le texte.\nSuite.\n") == (None, "Le texte.\nSuite.")


@pytest.mark.parametrize(
    "text",
    [
        "Date limite : lundi 3 mars pour les candidatures.",
        "date 2026-02-25abc suite",  # the date must end at a blank
        "date2026-02-25 suite",  # the keyword needs a blank or a colon
        "Le texte.\ndate 2026-02-25 suite",  # only on the first line
        "\ndate 2026-02-25 suite",
    ],
)
def test_not_a_header(text):
    assert parse_header(text) == (None, text.strip())


@pytest.mark.parametrize(
    "text", ["date 2026-02-30 Corps", "date 31/02/2026 Corps", "date 45 mars 2026 Corps"]
)
def test_impossible_date_is_still_a_header_without_date(text):
    assert parse_header(text) == (None, "Corps")


def test_body_inner_white_space_is_kept():
    text = "date 2026-02-25   Un  texte\u00a0: « cité »\n\n\n  indenté  \n"
    assert parse_header(text)[1] == "Un  texte\u00a0: « cité »\n\n\n  indenté"


def test_header_only_gives_empty_body():
    assert parse_header(" date 2026-02-25 \n\n") == (FEB_25, "")
