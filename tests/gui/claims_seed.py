"""A few claims of one reviewer on the seeds, for the Claims window's tests and screenshot.

The NATO case of article 003 (the report's "réseaux classifiés" and the
correction's "réseaux non classifiés", linked as contradicting) as one claim
judged misleading; the supply-chain threat stated three times in two articles,
judged true; the Pentagon contract's value, mostly true; Claude at the top of
the App Store, not judged yet.
"""

from __future__ import annotations

from annotator.project import Project


def sentence_with(project: Project, source_prefix: str, words: str) -> int:
    """The id of the sentence of the seed article ``source_prefix`` that holds ``words``."""
    article = next(a for a in project.articles(None) if a.source.startswith(source_prefix))
    return next(s.id for s in project.sentences(article.id) if words in project.sentence_text(s.id))


def claim(project: Project, reviewer: str, statement: str, verdict: str | None,
          sentences: list[int]) -> int:
    claim_id = next(iter(project.claims.create(reviewer, sentences[0], statement).claims))
    for sentence in sentences[1:]:
        project.claims.attach(reviewer, claim_id, sentence)
    if verdict:
        project.claims.update(reviewer, claim_id, verdict=verdict)
    return claim_id


def make_claims(project: Project, reviewer: str) -> dict[str, int]:
    """Name -> claim id: "nato", "supply_chain", "contract", "app_store"."""
    find = lambda prefix, words: sentence_with(project, prefix, words)  # noqa: E731
    report = find("003", "sur les réseaux classifiés de l'OTAN")
    correction = find("003", "l'OTAN concernait les réseaux non classifiés")
    project.add_link(reviewer, report, correction, "contradicts", "Classified or not?")
    return {
        "supply_chain": claim(project, reviewer, "Pete Hegseth a menacé de désigner Anthropic comme un risque "
                              "pour la chaîne d'approvisionnement", "true",
                              [find("000", "Les sources ont rapporté que Pete Hegseth"),
                               find("000", "Les responsables de la défense auraient ajouté"),
                               find("001", "Il aurait également menacé de désigner")]),
        "contract": claim(project, reviewer, "Le contrat du Pentagone avec Anthropic vaut 200 millions de dollars",
                          "mostly-true", [find("001", "200 millions de dollars")]),
        "app_store": claim(project, reviewer, "Claude a atteint la première place de l’App Store aux États-Unis",
                           None, [find("004", "première place du classement")]),
        "nato": claim(project, reviewer, "OpenAI déploiera son IA sur les réseaux classifiés de l'OTAN",
                      "misleading", [report, correction]),
    }
