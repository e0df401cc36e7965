"""Sentences the core builds with values (annotator/translatable.py) said in the window's language."""

from __future__ import annotations

from annotator.gui.i18n import core_text
from annotator.review.reading import agreement_sentences, label_warnings, why_poor
from annotator.suggest.pairs import rank
from tests.gui.language import speaking


def test_the_agreement_reading_in_french_names_tags_in_french(qapp):
    reason = why_poor("quote", 3, 1)
    first, second = agreement_sentences({"claim": 0.91, "quote": None}, {"quote": reason})
    with speaking("fr"):
        assert core_text(first) == "Bon accord (alpha ≥ 0,8) : affirmation (alpha 0,91)."
        assert core_text(second) == ("Accord insuffisant : citation (alpha n.d. : seulement 3 phrases étiquetées "
                                     "citation par l'un ou l'autre relecteur).")
    with speaking("en"):
        assert core_text(second) == second == ("Do not agree well: quote (alpha n/a: only 3 sentences tagged quote "
                                               "by either reviewer).")


def test_warnings_and_candidate_reasons_in_french(qapp):
    warnings = label_warnings("statistic", (2, 1, 0, 90), 0.5, 0.99, ("alice", "bob"))
    (pair,) = rank("Le chômage a baissé de 3 % en 2025.", [(1, "Le chômage a baissé de 5 % en 2025.")], {})
    with speaking("fr"):
        assert core_text(warnings[0]) == ("statistique : moins de 10 phrases étiquetées (alice 3 et bob 2) ; "
                                          "quelques décisions font bouger tous les chiffres")
        terms = pair.reason.values["terms"]  # the words found, as the file has them (in no fixed order)
        assert core_text(pair.reason) == f"en commun : {terms} ; un autre chiffre (3 % / 5 %)"


def test_figures_are_written_the_french_way_in_french_only(qapp):
    """0,97 and 98 % (narrow no-break spaces) in the French window; the English sentence untouched."""
    (prevalence,) = label_warnings("claim", (12, 2, 1, 980), 0.5, 0.97, ("alice", "bob"))
    with speaking("fr"):
        shown = core_text(prevalence)
        assert "0,97" in shown and "0,50" in shown and "98\u202f%" in shown, shown
        assert "0.97" not in shown
    with speaking("en"):
        assert core_text(prevalence) == prevalence
        assert "0.97" in prevalence and "0.50" in prevalence and "98%" in prevalence


def test_the_brat_export_warning_in_french(qapp):
    from types import SimpleNamespace as Item

    from annotator.project.exports import _crossing_warnings

    end = Item(article_id=3, start=0, end=12)
    first, place = _crossing_warnings([Item(link=Item(source=end, target=end, relation="agrees"))])
    with speaking("fr"):
        assert core_text(first) == ("1 lien(s) entre deux articles laissé(s) de côté : brat ne garde que les "
                                    "relations à l'intérieur d'un document")
    assert first.startswith("1 link(s) between two articles left out") and place == "  3 0-12 agrees 3 0-12"
