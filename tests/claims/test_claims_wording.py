"""The word-level difference of two sentences: tokens, alignment, numbers, hostile text, cost."""

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.claims.wording import Word, difference, only_words
from annotator.paths import seeds_dir
from annotator.segment.sentences import split_sentences


def texts(words):
    return [w.text for w in words]


def kinds(words):
    return {w.text: w.kind for w in words}


def nato_sentences() -> tuple[str, str, str]:
    """Article 003's three sentences about OpenAI and NATO networks, from the bundled seed file."""
    (path,) = seeds_dir().glob("003_*.txt")
    text = path.read_text(encoding="utf-8")
    sentences = [text[s:e] for s, e in split_sentences(text)]

    def find(words):
        (found,) = [s for s in sentences if words in s]
        return found

    return (
        find("réseaux classifiés de l'OTAN"),
        find("l'OTAN concernait les réseaux non classifiés"),
        find("sur les réseaux non classifiés de l'OTAN"),
    )


def test_seed_case_marks_non_and_not_the_shared_words():
    classified, corrected, first_report = nato_sentences()
    for other in (corrected, first_report):
        words_a, words_b = difference(classified, other)
        non = [w for w in words_b if w.text == "non"]
        assert [w.kind for w in non] == ["only"]
        after_non = words_b[words_b.index(non[0]) + 1]
        before_non = words_b[words_b.index(non[0]) - 1]
        assert (before_non.text, before_non.kind) == ("réseaux", "same")
        assert (after_non.text, after_non.kind) == ("classifiés", "same")
        assert kinds(words_a)["réseaux"] == kinds(words_a)["classifiés"] == "same"


def test_seed_phrases_differ_by_non_alone():
    assert only_words("réseaux classifiés de l'OTAN", "les réseaux non classifiés de l'OTAN.") == ([], ["les", "non"])
    assert only_words("réseaux classifiés de l'OTAN", "réseaux non classifiés de l’OTAN") == ([], ["non"])


def test_accents_and_case_are_ignored_when_aligning():
    words_a, words_b = difference("Réseaux CLASSIFIÉS", "reseaux classifies")
    assert [w.kind for w in words_a + words_b] == ["same"] * 4
    decomposed = "re\u0301seaux"  # NFD: the accent is a combining mark and stays in the word
    (word,), (other,) = difference(decomposed, "RÉSEAUX")
    assert (word.text, word.kind, other.kind) == (decomposed, "same", "same")


def test_differing_numbers_stand_out_on_both_sides():
    words_a, words_b = difference("32 États membres, dont 30 en Europe", "30 États membres, dont 28 en Europe")
    assert [(w.text, w.kind) for w in words_a] == [
        ("32", "number"), ("États", "same"), ("membres", "same"), ("dont", "same"),
        ("30", "number"), ("en", "same"), ("Europe", "same")]
    assert [w.kind for w in words_b] == [w.kind for w in words_a]


def test_a_number_only_one_side_has_is_only_that_sides():
    words_a, words_b = difference("dont 30 en Europe", "dont en Europe")
    assert kinds(words_a)["30"] == "only" and all(w.kind == "same" for w in words_b)


def test_a_changed_word_next_to_a_changed_number():
    words_a, words_b = difference("bondi de 295 % samedi", "bondi de 200 % dimanche")
    assert [w.kind for w in words_a] == ["same", "same", "number", "only"]
    assert [w.kind for w in words_b] == ["same", "same", "number", "only"]


@pytest.mark.parametrize(
    "number", ["1 500", "1\u00a0500", "1\u202f500", "3,5", "2.5", "30", "2026", "1 000 000", "12 345,67"]
)
def test_french_number_forms_are_one_token(number):
    (word,), _ = difference(number, "")
    assert word.text == number and word.kind == "only"


def test_number_forms_compare_by_value():
    assert only_words("1 500 et 3,5", "1500 et 3.5") == ([], [])
    assert only_words("1\u202f500", "1\u00a0500") == ([], [])


def test_digit_runs_that_are_not_thousands_groups_stay_apart():
    assert texts(difference("en 2026 300 personnes", "")[0]) == ["en", "2026", "300", "personnes"]
    assert texts(difference("1 5000", "")[0]) == ["1", "5000"]
    assert texts(difference("le 28 février, 300 fois", "")[0]) == ["le", "28", "février", "300", "fois"]


def test_elision_and_punctuation():
    assert texts(difference("« l'OTAN ! », dit-il… (IA) aujourd’hui.", "")[0]) == [
        "l", "OTAN", "dit", "il", "IA", "aujourd", "hui"]


def test_identical_sentences_are_all_same():
    sentence = nato_sentences()[0]
    words_a, words_b = difference(sentence, sentence)
    assert words_a == words_b and words_a and all(w.kind == "same" for w in words_a)


def test_empty_strings():
    assert difference("", "") == ((), ())
    assert difference("", "...  !") == ((), ())
    assert difference("un mot", "") == ((Word(0, 2, "un", "only"), Word(3, 6, "mot", "only")), ())
    assert only_words("", "") == ([], [])


def test_hostile_text_keeps_code_point_offsets():
    a = "\u202b\u05e9\u05dc\u05d5\u05dd\u202c 😀 réseaux 𝐀𝐁 30 \u200f32\U0001f1eb\U0001f1f7"
    b = "réseaux 𝐀𝐁 31 32"
    words_a, words_b = difference(a, b)
    for text, words in ((a, words_a), (b, words_b)):
        assert all(text[w.start:w.end] == w.text for w in words)
    assert [(w.text, w.kind) for w in words_a] == [
        ("שלום", "only"), ("réseaux", "same"), ("𝐀𝐁", "same"), ("30", "number"), ("32", "same")]


def test_fifty_thousand_word_pair_finishes_quickly():
    vocabulary = nato_sentences()[1].split()
    a = " ".join(vocabulary[i * 7 % len(vocabulary)] for i in range(50_000))
    b = " ".join(vocabulary[i * 11 % len(vocabulary)] for i in range(50_000))
    started = time.perf_counter()
    words_a, words_b = difference("Même début. " + a + " Même fin.", "Même début. " + b + " Même fin.")
    assert time.perf_counter() - started < 10
    assert [w.kind for w in words_a[:2] + words_a[-2:]] == ["same"] * 4
    assert len(words_a) >= 50_000 and len(words_b) >= 50_000


def test_one_repeated_word_does_not_make_alignment_cubic():
    started = time.perf_counter()
    difference(" ".join(["de"] * 4000), " ".join(["la", "de"] * 2000))
    difference(" ".join(f"de a{i}" for i in range(3000)), " ".join(f"de b{i}" for i in range(3000)))
    assert time.perf_counter() - started < 10


HOSTILE = st.text(
    st.one_of(
        st.sampled_from("aéÉeE0123456789 ,.'’-«»\u00a0\u202f\u200f\u202e\u0301😀𝐀ß\n"),
        st.characters(codec="utf-8"),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(HOSTILE, HOSTILE)
def test_every_letter_and_digit_is_in_exactly_one_word(a, b):
    words_a, words_b = difference(a, b)
    for text, words in ((a, words_a), (b, words_b)):
        covered = [0] * len(text)
        for w in words:
            assert text[w.start:w.end] == w.text and w.kind in ("same", "only", "number")
            assert any(c.isalnum() for c in w.text)
            for i in range(w.start, w.end):
                covered[i] += 1
        assert all(covered[i] == 1 for i, c in enumerate(text) if c.isalnum())
        assert max(covered, default=0) <= 1
    assert sum(w.kind == "same" for w in words_a) == sum(w.kind == "same" for w in words_b)
    assert texts(words_a) == texts(difference(a, a)[0])
    assert all(w.kind == "same" for w in difference(a, a)[0])
