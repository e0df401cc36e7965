"""Claims as plain data: the verdict scale, the fields, and the checks that name each problem."""

import datetime as dt

import pytest

from annotator.claims.model import FIELDS, SCALE, VERDICTS, Appearance, Claim, Source, check, problems

HERE = Appearance("003", 10, 40)
THERE = Appearance("004", 0, 25)


def sound(**changes) -> Claim:
    values = dict(
        id=1,
        statement="OpenAI déploierait son IA sur les réseaux classifiés de l'OTAN.",
        verdict="misleading",
        rationale="OpenAI a corrigé : réseaux non classifiés.",
        checked_at=dt.date(2026, 3, 5),
        sources=(Source("https://example.org/wsj", "WSJ", dt.date(2026, 3, 5)),),
        appearances=(HERE, THERE),
    )
    return Claim(**{**values, **changes})


def test_scale_is_worst_to_best_without_unverifiable():
    assert SCALE == ("false", "misleading", "mixed", "mostly-true", "true")
    assert VERDICTS == SCALE + ("unverifiable",)
    assert FIELDS == {"statistic": ("value", "unit", "period", "source"), "quote": ("speaker",)}


def test_a_sound_claim_has_no_problem():
    claim = sound()
    assert problems(claim) == ()
    assert check(claim) is claim
    assert problems(sound(verdict=None, checked_at=None, sources=(), appearances=())) == ()


def test_appearances_sort_by_article_then_offsets_and_give_the_unit_key():
    assert sorted([Appearance("b", 0, 5), Appearance("a", 9, 12), Appearance("a", 2, 8)]) == [
        Appearance("a", 2, 8), Appearance("a", 9, 12), Appearance("b", 0, 5)]
    assert HERE.key == ("003", 10, 40)


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        (dict(verdict="faux"), "unknown verdict 'faux'"),
        (dict(verdict="True"), "unknown verdict 'True'"),
        (dict(statement="  "), "empty statement"),
        (dict(id="7"), "claim id must be an integer"),
        (dict(checked_at="2026-03-05"), "checked_at must be a date"),
        (dict(checked_at=dt.datetime(2026, 3, 5, 12)), "checked_at must be a date"),
        (dict(sources=(Source(""),)), "source 1: empty URL or citation"),
        (dict(sources=(Source("x", accessed="hier"),)), "source 1: accessed must be a date"),
        (dict(appearances=(HERE, HERE)), "appearance 003[10:40] listed twice"),
        (dict(appearances=(Appearance("003", 40, 10),)), "needs 0 <= start < end"),
        (dict(appearances=(Appearance("003", -1, 10),)), "needs 0 <= start < end"),
        (dict(appearances=(Appearance("", 0, 10),)), "without an article id"),
        (dict(appearances=(Appearance("003", 0.0, 10),)), "offsets must be integers"),
        (dict(appearances=(("003", 0, 10),)), "not an appearance"),
    ],
)
def test_each_problem_is_named(changes, named):
    found = problems(sound(**changes))
    assert len(found) == 1 and named in found[0], found
    with pytest.raises(ValueError, match="claim"):
        check(sound(**changes))


def test_every_problem_is_reported_at_once():
    found = problems(sound(verdict="nope", statement="", sources=(Source(""),)))
    assert len(found) == 3
