"""The quote rule: quoted words of a named speaker, the speaker as the article names them."""

from __future__ import annotations

import time

import pytest

from annotator.suggest.quotes import find_quote, quoted_spans

BEFORE = "Lors de la même réunion, Sam Altman a répondu aux critiques du public."


@pytest.mark.parametrize(("text", "previous", "speaker"), [
    ("« Je pense qu'il s'agissait d'une décision juste », a-t-il déclaré à son personnel.", BEFORE, "Sam Altman"),
    ("« Nous ne céderons pas », a déclaré Dario Amodei, le PDG d'Anthropic.", "", "Dario Amodei"),
    ("« Nous ne céderons pas », explique un porte-parole d'Anthropic dans un communiqué.", "",
     "un porte-parole d'Anthropic"),
    ("Dario Amodei a écrit : « Nous ne pouvons pas accepter ces conditions. »", "", "Dario Amodei"),
    ("Le PDG d'Anthropic, Dario Amodei, a affirmé que « la sécurité passe avant tout ».", "", "Dario Amodei"),
    ("Selon le Pentagone, “Anthropic représente un risque pour la chaîne”.", "", "le Pentagone"),
    ('« C\'est une erreur », a dit le président américain Donald Trump.', "", "Donald Trump"),
    ('Pour Jean Dupont, "c\'est une très mauvaise idée".', "", "Jean Dupont"),
    ("Elle a ajouté : « Nous verrons bien ce qui se passera demain. »", "Marie Curie a pris la parole.",
     "Marie Curie"),
    ("« C'est inacceptable », a réagi le ministre de l'Intérieur.", "", "le ministre de l'Intérieur"),
    ("« Nous ne lâcherons rien », a lancé la secrétaire générale de la CGT, Sophie Binet, devant eux.", "",
     "Sophie Binet"),
    ("« La situation est grave », a estimé jeudi le président de la région.", "", "le président de la région"),
    ("Selon lui, « rien n'est encore joué dans cette affaire ».", "Le ministre, Gérald Durand, était à Lyon.",
     "Gérald Durand"),
    ("Emmanuel Macron l'a répété mardi : « la réforme ira à son terme ».", "", "Emmanuel Macron"),
    ("Le gouvernement a annoncé un « plan de relance » ambitieux.", "", "Le gouvernement"),
    ("Le Premier ministre britannique a promis « une réponse ferme » à Moscou.", "",
     "Le Premier ministre britannique"),
    ("Le juge a estimé que les faits étaient « d'une exceptionnelle gravité ».", "", "Le juge"),
    ("« Nous ne céderons pas. »", "Dario Amodei s'est exprimé mardi devant la presse.", "Dario Amodei"),
    ("« Nous ne céderons pas », a déclaré Dario Amodei, le PDG d'Anthropic.", "", "Dario Amodei"),
    ("Dario Amodei, le PDG d'Anthropic, a déclaré : « Nous ne céderons pas. »", "", "Dario Amodei"),
    ("Il a déclaré : « Non, jamais. »", "Emmanuel Macron a parlé lundi.", "Emmanuel Macron"),
    ("« C'est historique », s'est félicité le Premier ministre sur X.", "", "le Premier ministre"),
    ("« Nous continuerons », ajoute-t-il.", "« Le débat est clos », a déclaré le ministre, Jean Dupont, hier.",
     "Jean Dupont"),
])
def test_quoted_words_with_their_speaker(text, previous, speaker):
    found = find_quote(text, previous)
    assert found is not None and found.speaker == speaker


@pytest.mark.parametrize("text", [
    "L'entreprise revendique une approche dite de « constitutional ».",
    "Il lit « Le Monde » chaque matin.",
    "Sam Altman a déclaré qu'OpenAI étudiait un contrat avec l'OTAN.",
    "Le texte parle de « réseaux classifiés » sans plus de détail.",
    "Pour la première fois, « un accord semble possible ».",
])
def test_a_term_a_title_or_indirect_speech_is_not_a_quote(text):
    assert find_quote(text) is None


def test_a_quotation_cut_by_the_segmenter_still_counts():
    assert quoted_spans("« Nous allons continuer") == [(1, 23)]
    assert quoted_spans("jusqu'au bout », a-t-il dit.") == [(0, 14)]
    found = find_quote("Sam Altman a déclaré : « Nous allons continuer ce travail jusqu'au bout.")
    assert found is not None and found.speaker == "Sam Altman"


@pytest.mark.parametrize("text", ["«" * 10_000, "« " * 5000, "»" * 2999, '"' * 2999, "« « « a b", "«»" * 1400])
def test_hostile_quotation_marks_give_no_suggestion_not_an_error(text):
    began = time.perf_counter()
    assert find_quote(text, text) is None
    assert time.perf_counter() - began < 1
