"""Sentence and paragraph segmentation: concrete cases, the seeds, invariants."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.segment import split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_HEADER = re.compile(r"\s*date \d{4}-\d{2}-\d{2} ")
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def seed(prefix: str) -> str:
    """A seed body as the corpus reader hands it over: header removed."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return _HEADER.sub("", path.read_text(encoding="utf-8"), count=1)


CASES = [
    # French titles and abbreviations
    (
        "M. Dupont est arrivé. Il a parlé.",
        ["M. Dupont est arrivé.", "Il a parlé."],
    ),
    (
        "Mme Martin et MM. Durand et Petit sont venus. Le Dr. Lebrun aussi.",
        ["Mme Martin et MM. Durand et Petit sont venus.", "Le Dr. Lebrun aussi."],
    ),
    (
        "Le Pr. Raoult a parlé. St. Louis est une ville.",
        ["Le Pr. Raoult a parlé.", "St. Louis est une ville."],
    ),
    (
        "Voir p. ex. la page 12. Ensuite, cf. Dupont, chapitre 3.",
        ["Voir p. ex. la page 12.", "Ensuite, cf. Dupont, chapitre 3."],
    ),
    (
        "Il est mort en 52 av. J.-C. César a gagné.",
        ["Il est mort en 52 av. J.-C.", "César a gagné."],
    ),
    (
        "Le n° 5 est sorti. L'art. 12 du code s'applique. Voir le vol. 3 et le vol. III.",
        ["Le n° 5 est sorti.", "L'art. 12 du code s'applique.", "Voir le vol. 3 et le vol. III."],
    ),
    (
        "C'est de l'art. Il faut le voir.",
        ["C'est de l'art.", "Il faut le voir."],
    ),
    (
        "Des pommes, des poires, etc. Le marché est ouvert.",
        ["Des pommes, des poires, etc.", "Le marché est ouvert."],
    ),
    (
        "Des pommes, des poires, etc., et des fraises.",
        ["Des pommes, des poires, etc., et des fraises."],
    ),
    # initials
    (
        "J. R. R. Tolkien a écrit Le Seigneur des anneaux. Il est mort en 1973.",
        ["J. R. R. Tolkien a écrit Le Seigneur des anneaux.", "Il est mort en 1973."],
    ),
    ("Donald J. Trump a parlé. Jean-P. Sartre aussi.", ["Donald J. Trump a parlé.", "Jean-P. Sartre aussi."]),
    ("J.-P. Sartre est né en 1905.", ["J.-P. Sartre est né en 1905."]),
    ("J. P. Morgan et Nicolas T. Dupont sont venus.", ["J. P. Morgan et Nicolas T. Dupont sont venus."]),
    ("Prenez de la vitamine C. Elle aide.", ["Prenez de la vitamine C.", "Elle aide."]),
    ("C'est le plan B. Ensuite, on verra.", ["C'est le plan B.", "Ensuite, on verra."]),
    ("Louis XIV. Le roi est mort.", ["Louis XIV.", "Le roi est mort."]),
    # numbers
    (
        "Le taux est de 3.5 %. Il y a 1.000 personnes. La hausse est de 1,5 %. "
        "Le contrat vaut 200 millions de dollars. Le 28 février 2026, tout a changé.",
        [
            "Le taux est de 3.5 %.",
            "Il y a 1.000 personnes.",
            "La hausse est de 1,5 %.",
            "Le contrat vaut 200 millions de dollars.",
            "Le 28 février 2026, tout a changé.",
        ],
    ),
    ("Il y en a 3. 200 sont partis.", ["Il y en a 3.", "200 sont partis."]),
    ("1. Premier point important", ["1. Premier point important"]),
    # ellipses
    (
        "Il hésite… puis il part. Il attend... Rien ne vient. Encore… Toujours rien.",
        ["Il hésite… puis il part.", "Il attend...", "Rien ne vient.", "Encore…", "Toujours rien."],
    ),
    (
        "Il a écrit « nous (...) Nous partirons » hier.",
        ["Il a écrit « nous (...) Nous partirons » hier."],
    ),
    # ? and !
    ("Quoi ?! Tu pars ? Oui ! Vraiment?! Oui.", ["Quoi ?!", "Tu pars ?", "Oui !", "Vraiment?!", "Oui."]),
    # quotes
    (
        "« Je pense. » a-t-il dit. Puis il est parti.",
        ["« Je pense. » a-t-il dit.", "Puis il est parti."],
    ),
    (
        "« Je pense qu'il s'agissait d'une décision complexe. », a-t-il déclaré.",
        ["« Je pense qu'il s'agissait d'une décision complexe. », a-t-il déclaré."],
    ),
    (
        "Il a dit : « Je pars. » Puis il est parti.",
        ["Il a dit : « Je pars. »", "Puis il est parti."],
    ),
    (
        "« Pourquoi ? » s'est-il demandé. « Non ! », dit-elle.",
        ["« Pourquoi ? » s'est-il demandé.", "« Non ! », dit-elle."],
    ),
    ('Il a dit "Je pars." Puis il est parti.', ['Il a dit "Je pars."', "Puis il est parti."]),
    ('Il parle de "sécurité". Le reste suit.', ['Il parle de "sécurité".', "Le reste suit."]),
    ("He said “I am leaving.” Then he left.", ["He said “I am leaving.”", "Then he left."]),
    (
        "« Je pars\u202f! »\u202fEt toi\u202f? Moi aussi.",
        ["« Je pars\u202f! »", "Et toi\u202f?", "Moi aussi."],
    ),
    # parentheses
    (
        "Il est parti (il était tard.) Le lendemain, il est revenu.",
        ["Il est parti (il était tard.)", "Le lendemain, il est revenu."],
    ),
    (
        "Les concurrents (Meta, Google et xAI) sont prêts. (Voir plus bas.) Fin.",
        ["Les concurrents (Meta, Google et xAI) sont prêts.", "(Voir plus bas.)", "Fin."],
    ),
    # URLs and e-mail addresses
    (
        "Voir example.com pour plus. Écrivez à jean.dupont@example.fr aujourd'hui. "
        "Pi vaut 3.14 environ. Le site est https://www.example.org/a.b?c=1. Merci.",
        [
            "Voir example.com pour plus.",
            "Écrivez à jean.dupont@example.fr aujourd'hui.",
            "Pi vaut 3.14 environ.",
            "Le site est https://www.example.org/a.b?c=1.",
            "Merci.",
        ],
    ),
    # English
    (
        "Mr. Smith met Mrs. Jones and Dr. Brown. They talked.",
        ["Mr. Smith met Mrs. Jones and Dr. Brown.", "They talked."],
    ),
    ("He lives in the U.S. now. She does not.", ["He lives in the U.S. now.", "She does not."]),
    ("The U.S. Army arrived. It was late.", ["The U.S. Army arrived.", "It was late."]),
    ("She moved to the U.S. The move was hard.", ["She moved to the U.S.", "The move was hard."]),
    (
        "Use a tool, e.g. Python, i.e. a language. It works.",
        ["Use a tool, e.g. Python, i.e. a language.", "It works."],
    ),
    (
        "Apple Inc. Chief Executive Tim Cook spoke. Apple Inc. The company agreed.",
        ["Apple Inc. Chief Executive Tim Cook spoke.", "Apple Inc.", "The company agreed."],
    ),
    ("Give it to me. He said no.", ["Give it to me.", "He said no."]),
    (
        "We met at 5 p.m. on Monday. It ended at 6 p.m. Nobody stayed.",
        ["We met at 5 p.m. on Monday.", "It ended at 6 p.m.", "Nobody stayed."],
    ),
    ("See No. 5 on the list. No. It is not there.", ["See No. 5 on the list.", "No.", "It is not there."]),
    # line breaks are hard boundaries
    (
        "Titre\nCorps du texte. Suite\n- le premier péril tient\n- le second",
        ["Titre", "Corps du texte.", "Suite", "- le premier péril tient", "- le second"],
    ),
    ("M.\nDupont", ["M.", "Dupont"]),
    ("Un.\r\nDeux\rTrois\u2028Quatre", ["Un.", "Deux", "Trois", "Quatre"]),
    # nothing to split
    ("", []),
    (" \n\t\r\n ", []),
    ("  Une phrase sans point  ", ["Une phrase sans point"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cases(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_paragraphs_are_stripped_non_blank_lines() -> None:
    text = "  Titre \n\nUn. Deux.\r\n\t- puce\n \n"
    assert [text[s:e] for s, e in split_sentences(text)] == ["Titre", "Un.", "Deux.", "- puce"]


# --- the seeds: the real input -------------------------------------------------


def test_seed_004_headings_are_their_own_sentences() -> None:
    found = sentences(seed("004"))
    for heading in [
        "La position d'Anthropic en matière de sécurité lui permet de gagner de nouveaux utilisateurs",
        "Claude a atteint la première place du classement de l’App Store d’Apple aux États-Unis",
        "Cette progression est liée à la colère suscitée par l’accord de ChatGPT avec l’armée américaine",
        "Claude continue d’être utilisé au sein de diverses agences gouvernementales américaines",
        "Toujours en usage",
        "De nombreux utilisateurs de ChatGPT quittent l'application.",
        "(Image credit: Getty Images/VCG)",
    ]:
        assert heading in found
    assert found[:4] == [
        "La position d'Anthropic en matière de sécurité lui permet de gagner de nouveaux utilisateurs",
        "Claude a atteint la première place du classement de l’App Store d’Apple aux États-Unis",
        "Cette progression est liée à la colère suscitée par l’accord de ChatGPT avec l’armée américaine",
        "Claude continue d’être utilisé au sein de diverses agences gouvernementales américaines",
    ]


def test_seed_003_nato_sentences_are_whole_and_separate() -> None:
    found = sentences(seed("003"))
    assert (
        "Lors d'une réunion publique, le dirigeant a précisé qu'OpenAI envisageait de déployer "
        "sa technologie d'intelligence artificielle (IA) sur les réseaux non classifiés de "
        "l'OTAN, ce qui différencie ce contrat de l'accord passé avec le département américain "
        "de la Défense."
    ) in found
    assert (
        "Le Wall Street Journal a rapporté que lors d'une réunion publique, le PDG Sam Altman "
        "a déclaré qu'OpenAI envisageait de déployer sa technologie d'IA sur les réseaux "
        "classifiés de l'OTAN."
    ) in found
    assert "Cette distinction est importante." in found
    assert "Comment OpenAI a obtenu un contrat avec le Pentagone" in found


def test_seed_003_quote_with_continuation_stays_one_sentence() -> None:
    found = sentences(seed("003"))
    assert (
        "« Je pense qu'il s'agissait d'une décision complexe, mais juste, qui a eu des "
        "conséquences extrêmement difficiles pour notre image de marque et une répercussion "
        "très négative sur nos relations publiques à court terme », a-t-il déclaré à son "
        "personnel, selon le Wall Street Journal."
    ) in found


def test_seed_000_bullets_and_headings() -> None:
    found = sentences(seed("000"))
    assert "Le Pentagone lance un ultimatum à Anthropic pour l'accès à son IA" in found
    assert "- sur le plan humanitaire, un système..." in found
    bullet = next(s for s in found if s.startswith("- le premier péril"))
    assert bullet.endswith("intervention humaine corrective à temps ;")


def test_seed_001_bullets_and_quotes() -> None:
    found = sentences(seed("001"))
    assert "- Une fonction de forçage interne." in found
    assert "Politique de mise à l'échelle responsable d'Anthropic : Version 3.0" in found
    assert "L'entreprise suggère aujourd'hui que cela n'a pas été le cas." in found
    assert "Anthropic a refusé." in found


def test_seed_002_table_row_and_dash_bullets() -> None:
    found = sentences(seed("002"))
    assert "– proportionnalité des demandes par rapport aux risques;" in found
    assert "Anthropic et washington: rester ferme sur la sécurité de l’ia" in found
    assert any(s.startswith("Sujet Position d’Anthropic") for s in found)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_invariants(prefix: str) -> None:
    check_invariants(seed(prefix))


# --- invariants, on any text ---------------------------------------------------


def check_invariants(text: str) -> None:
    spans = split_sentences(text)
    owner = [0] * len(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        assert not any(c in LINE_BREAKS for c in piece)
        for i in range(start, end):
            owner[i] += 1
        previous_end = end
    for i, char in enumerate(text):
        assert owner[i] == 1 or (owner[i] == 0 and char.isspace()), (i, char)
    assert split_sentences(text) == spans


_TRICKY = st.sampled_from(
    list(".!?…»«“”\"'’()[]:;,-–— \t\n\r\u00a0\u202f\u2028")
    + ["...", "M.", "J.", "U.S.", "p. ex.", "av. J.-C.", "3.5", "example.com", " ", "  "]
    + ["😀", "👍🏽", "🇫🇷", "Le", "il", "Il", "The", "a", "É", "é"]
)
TRICKY_TEXT = st.lists(_TRICKY, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_invariants_on_any_unicode(text: str) -> None:
    check_invariants(text)


@settings(max_examples=500, deadline=None)
@given(TRICKY_TEXT)
def test_invariants_on_punctuation_heavy_text(text: str) -> None:
    check_invariants(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(TRICKY_TEXT, max_size=5))
def test_lines_are_segmented_independently(lines: list[str]) -> None:
    text = "\n".join(lines)
    expected, offset = [], 0
    for line in text.split("\n"):
        expected += [(offset + s, offset + e) for s, e in split_sentences(line)]
        offset += len(line) + 1
    assert split_sentences(text) == expected
