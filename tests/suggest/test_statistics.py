"""The statistic rule on the issue's own examples: what counts, what does not, the fields proposed."""

from __future__ import annotations

import time

import pytest

from annotator.suggest.statistics import find_statistic


@pytest.mark.parametrize(("text", "value", "unit", "kind"), [
    ("Une alliance regroupant 32 États membres, dont 30 en Europe.", "32", "États membres", "count"),
    ("dont 30 en Europe et deux en Amérique du Nord.", "30", "", "count"),
    ("Le contrat vaut 2,5 milliards de dollars.", "2,5 milliards", "dollars", "money"),
    ("Un contrat de 200 M€ a été signé.", "200 M", "euros", "money"),
    ("Il gagne 1 500 euros par mois.", "1 500", "euros", "money"),
    ("Il gagne 1\u202f500 € par mois.", "1\u202f500", "€", "money"),
    ("Le chômage atteint 7,3 % en 2024.", "7,3", "%", "percentage"),
    ("Une hausse de trente pour cent.", "trente", "%", "percentage"),
    ("Le nombre a bondi de 295 % le samedi 28 février.", "295", "%", "percentage"),
    ("Le vol dure dix heures.", "dix", "heures", "measure"),
    ("La piste mesure 3,5 km.", "3,5", "km", "measure"),
    ("Une dizaine de pays ont signé.", "Une dizaine", "pays", "count"),
    ("quatre-vingt-dix-neuf personnes ont répondu", "quatre-vingt-dix-neuf", "personnes", "count"),
    ("Claude a atteint la première place du classement.", "première", "rang", "rank"),
    ("L'équipe finit à la 3e place.", "3e", "rang", "rank"),
    ("Le texte a été adopté par 312 voix contre 208.", "312", "voix", "measure"),
    ("Plus de 1,2 million de personnes ont manifesté.", "1,2 million", "personnes", "count"),
    ("L'entreprise emploie 1 200 salariés dans la région.", "1 200", "salariés", "count"),
    ("Le groupe supprime 2 000 postes d'ici à la fin de l'année.", "2 000", "postes", "count"),
    ("Les 27 pays de l'Union européenne se réunissent.", "27", "pays", "count"),
    ("Les ventes ont reculé de moitié en un an.", "de moitié", "", "count"),
    ("Lens s'est imposé 3-1 face à Lyon.", "3-1", "buts", "count"),
    ("C'est la troisième fois qu'elle utilise cette procédure.", "troisième", "fois", "count"),
    ("Une seule motion a été adoptée.", "Une seule", "", "count"),
])
def test_a_quantity_is_a_statistic_with_its_value_and_unit(text, value, unit, kind):
    found = find_statistic(text)
    assert found is not None
    assert (found.value, found.unit, found.kind) == (value, unit, kind)


@pytest.mark.parametrize("text", [
    "Une réunion a eu lieu ce 24 février à Washington.",
    "En 2022, il a lancé ChatGPT.",
    "Il occupe depuis 2019 le poste de directeur.",
    "OpenAI a lancé GPT-4 hier.",
    "Le F-35 et l'A320 volent.",
    "Claude 3.5 Sonnet est sorti.",
    "La version 4 est prête.",
    "Le réseau 5G arrive.",
    "Il y a trois ans, la société a été fondée.",
    "Rendez-vous à 10 heures.",
    "Les deux derniers jours de février.",
    "Quelques heures plus tard, Sam Altman a annoncé un accord.",
    "Des milliers de personnes ont manifesté.",
    "Un accord a été signé avec l'armée.",
    "Ils sont au premier rang de la contestation.",
    "L'avion est neuf.",
    "le 1er mars",
    "Le gouvernement a utilisé le 49.3 hier.",
    "Il était 8 h 30 quand l'alerte a été donnée.",
    "Rendez-vous page 3 pour le détail.",
    "Apple a dévoilé l'iPhone 15 lors de sa keynote.",
    "Les deux entreprises n'ont pas souhaité commenter.",
    "OpenAI et Google ont tous deux adopté des cadres similaires.",
    "Des préavis ont été déposés pour le week-end des 14 et 15 mars.",
    "Le sommet se tiendra à Évian du 14 au 16 juin.",
    "Pour la première fois, le texte est adopté.",
    "Le gouvernement publiera la programmation de l'énergie (PPE 3).",
    "La loi de 1905 sépare les Églises et l'État.",
])
def test_a_date_a_name_or_a_version_is_not_a_statistic(text):
    assert find_statistic(text) is None


def test_the_strongest_kind_is_proposed_first():
    found = find_statistic("Les 32 membres ont versé 12 millions d'euros, soit 5 % du budget.")
    assert (found.kind, found.value, found.unit) == ("money", "12 millions", "euros")


@pytest.mark.parametrize("text", ["9" * 5000, "1 " * 2000, "9" * 40 + " %", "%" * 10_000, "deux-" * 1000])
def test_hostile_text_gives_no_suggestion_not_an_error(text):
    began = time.perf_counter()
    assert find_statistic(text) is None
    assert time.perf_counter() - began < 1


def test_time_grows_linearly_with_the_sentence():
    """No backtracking blow-up: a sentence of digits and spaces just under the limit answers at once."""
    began = time.perf_counter()
    for filler in ("1 2 3 " * 490, "12," * 900, "- " * 1400, "de " * 900):
        find_statistic(filler + "32 membres")
    assert time.perf_counter() - began < 1
