"""Hostile text is data: stored and read back literally through the facade.

Decisions tested here:
- an article file holding a NUL byte is refused by the corpus reader as binary
  (a text file never holds one), and nothing of it reaches the file;
- article bodies may hold markup, SQL, FTS syntax, a few control characters,
  bidirectional marks, emoji, odd line separators: kept exactly as read;
- notes and link notes may hold any ``str`` that can be written as UTF-8,
  NUL included, and come back unchanged; reviewer names too, but for control
  characters (refused: see ``test_attack_names``);
- a ``str`` that cannot (a lone surrogate, e.g. from a JSON ``"\\ud800"``) is
  refused with a ProjectError and leaves the file as it was.
"""

from __future__ import annotations

import pytest

import actor
from harness import check_file

from annotator import segment
from annotator.errors import ProjectError
from annotator.model import Article
from annotator.project import Project

BODIES = {
    "html": "<p>Le <b>ministre</b> a dit&nbsp;: «&lt;non&gt;».</p>\n<script>alert('x')</script> Fin.",
    "qt_rich_text": (
        "<qt><font color=\"red\">Alerte</font></qt> <img src=\"file:///etc/passwd\">.\n"
        "<a href=\"javascript:alert(1)\">lien</a> <table><tr><td>cellule</td></tr></table>."
    ),
    "sql": (
        "Robert'); DROP TABLE articles;-- a déclaré que 1=1 OR ''=''.\n"
        "SELECT * FROM sentences; \"quoted\" `tick` %s ? :name $1."
    ),
    "fts_syntax": "NEAR(a b) AND \"x\" OR * ^ - col:val {a b} : la requête.",
    "control": "Cloche\x07 et échappement \x1b[31mrouge\x1b[0m ici. Tab\tet fin\x0bde\x0cpage\x1f.",
    "bidi": "\u200fمرحبا بالعالم\u200f. Texte \u202eesrever\u202c et \u2066isolé\u2069 fin.",
    "emoji": "Le 🇫🇷 drapeau, 👩‍👩‍👧‍👦 famille, 🙂 et 𝔘𝔫𝔦𝔠𝔬𝔡𝔢. Combinaison e\u0301 ok.",
    "invisible": "Zéro\u200blargeur\u200c et\u200d joint\ufeff ici. Espace\u00a0insécable\u202fétroite.",
    "separators": "Ligne un\u2028ligne deux\u2029paragraphe\x85suite. Fin.",
}

NOTES = [
    *actor.HOSTILE_NOTES,
    "nul\x00au milieu\x00",
    "\x00",
    "".join(chr(c) for c in range(1, 32)),
    "Ω≈ç√∫˜µ≤≥÷ 田中さんにあげて下さい 🏳️‍🌈",
    "x" * 100_000,
    "\\'\\\"\\\\ %s %d {0} ${x} `id`",
]

REVIEWERS = ["Robert'); DROP TABLE reviewers;--", "\u200fزياد\u200f", "👩‍💻", "<b>Zoé</b>"]


def test_hostile_article_bodies_are_stored_literally(project, tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    for name, body in BODIES.items():
        (folder / f"{name}.txt").write_text(body, encoding="utf-8", newline="")
    report = project.import_paths([folder])
    assert report.refused == [] and len(report.added) == len(BODIES)
    by_source = {s.source: s for s in project.articles(None)}
    for name, body in BODIES.items():
        summary = by_source[f"{name}.txt"]
        article = project.article(summary.id)
        expected = body.strip()  # the reader strips the ends, nothing else
        assert article.text == expected, name
        spans = [(s.start, s.end) for s in project.sentences(summary.id)]
        assert spans == segment.split_sentences(expected)
        for sentence in project.sentences(summary.id):
            assert project.sentence_text(sentence.id) == expected[sentence.start:sentence.end]
    check_file(project)
    # Searching for hostile words is harmless and finds what is there.
    for query in ("DROP TABLE", "'); --", "NEAR(a b)", "\"", "*", "<script>", "مرحبا", "🙂"):
        project.search(query)
    assert project.search("ministre")
    assert project.search("مرحبا")
    assert project.stats()["articles"] == len(BODIES)


def test_an_article_file_with_a_nul_byte_is_refused_as_binary(project, tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes("Une phrase.\x00 Une autre.".encode())
    report = project.import_paths([path])
    assert report.added == [] and len(report.refused) == 1
    assert "binary" in report.refused[0].reason
    assert project.stats()["articles"] == 0
    check_file(project)


def test_a_nul_in_a_body_given_directly_is_kept_literally(project):
    """Bodies from elsewhere (an exchange file) may hold NUL: stored as is, not cut there."""
    text = "Avant\x00après. Deuxième phrase."
    assert project.import_article(Article(text=text, source="direct"))
    assert project.article(Article(text=text).id).text == text
    check_file(project)


def test_hostile_notes_link_notes_and_reviewer_names_round_trip(seeded):
    article = seeded.articles(None)[0].id
    sentences = [s.id for s in seeded.sentences(article)]
    for index, note in enumerate(NOTES):
        seeded.set_note("Zoé", sentences[index], note)
    for index, note in enumerate(NOTES):
        assert seeded.note("Zoé", sentences[index]) == note
    assert seeded.notes("Zoé", article) == {
        sentences[i]: note for i, note in enumerate(NOTES)
    }
    for index, note in enumerate(NOTES[:8]):
        assert seeded.add_link("Zoé", sentences[index], sentences[index + 20], "agrees", note).changed
        assert seeded.find_link("Zoé", sentences[index + 20], sentences[index]).note == note
    for name in REVIEWERS:
        seeded.set_label(name, sentences[0], "claim", True)
        seeded.set_note(name, sentences[0], name)
        seeded.set_status(name, article, "done")
        assert seeded.sentence_labels(name, sentences[0]) == {"claim"}
        assert seeded.note(name, sentences[0]) == name
        assert seeded.status(name, article) == "done"
    assert set(REVIEWERS) <= set(seeded.reviewers())
    # And they survive closing and reopening the file.
    path = seeded.path
    seeded.close()
    with Project(path) as again:
        assert again.notes("Zoé", article) == {sentences[i]: note for i, note in enumerate(NOTES)}
        assert set(REVIEWERS) <= set(again.reviewers())
        check_file(again)



@pytest.mark.parametrize("where", ["note", "link note", "reviewer"])
def test_text_utf8_cannot_hold_is_refused_cleanly(seeded, where):
    article = seeded.articles(None)[0].id
    first, second = (s.id for s in seeded.sentences(article)[:2])
    seeded.set_note("Zoé", first, "avant")
    bad = "moitié d'emoji \ud83d"
    with pytest.raises(ProjectError):
        if where == "note":
            seeded.set_note("Zoé", first, bad)
        elif where == "link note":
            seeded.add_link("Zoé", first, second, "agrees", bad)
        else:
            seeded.set_label(bad, first, "claim", True)
    assert not seeded.db.conn.in_transaction
    assert seeded.note("Zoé", first) == "avant"
    assert seeded.find_link("Zoé", first, second) is None
    check_file(seeded)
