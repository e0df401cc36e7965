"""The facade: imports, one reviewer's layer, search, stats."""

from __future__ import annotations

import datetime as dt

import pytest

from annotator.errors import ProjectError
from annotator.model import Article
from annotator.project import Project
from annotator.paths import seeds_dir

SEEDS = seeds_dir()

NATO = "003_c4976ce25b38cf1f.txt"


def test_seeds_import_to_five_dated_articles(seeded):
    summaries = {s.source: s for s in seeded.articles(None)}
    assert sorted(summaries) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert summaries[NATO].date == dt.date(2026, 3, 4)
    assert summaries["000_c293a3d70dd40ece.txt"].date == dt.date(2026, 2, 25)
    assert all(s.sentences > 10 and s.status == "todo" and s.tagged == 0 for s in summaries.values())


def test_no_sentence_spans_a_line_break_and_offsets_hold(seeded):
    for summary in seeded.articles(None):
        text = seeded.article(summary.id).text
        for sentence in seeded.sentences(summary.id):
            piece = text[sentence.start:sentence.end]
            assert piece == piece.strip() and piece
            assert "\n" not in piece


def test_importing_twice_adds_nothing(seeded):
    report = seeded.import_paths([SEEDS])
    assert report.added == [] and len(report.skipped) == 5


def test_bad_files_are_refused_by_name_and_the_rest_imports(project, tmp_path):
    (tmp_path / "good.txt").write_text("date 2026-03-01 Une phrase. Une autre.", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (tmp_path / "latin1.txt").write_bytes("Un été très chaud.".encode("latin-1"))
    (tmp_path / "empty.txt").write_bytes(b"")
    report = project.import_paths([tmp_path])
    assert len(report.added) == 1
    refused = {p.path.rsplit("/", 1)[-1] for p in report.refused}
    assert refused == {"binary.txt", "latin1.txt", "empty.txt"}
    assert all(p.reason for p in report.refused)


def test_import_can_be_cancelled_between_files(project):
    calls = []

    def progress(done, total, current):
        calls.append(done)
        return done < 2

    report = project.import_paths([SEEDS], progress)
    assert len(report.added) == 2


def _first_sentences(project, source=NATO):
    summary = next(s for s in project.articles(None) if s.source == source)
    return summary.id, project.sentences(summary.id)


def test_labels_notes_status_are_per_reviewer(seeded):
    article_id, sentences = _first_sentences(seeded)
    first = sentences[0].id
    assert seeded.set_label("alice", first, "claim", True).changed
    assert not seeded.set_label("alice", first, "claim", True).changed
    seeded.set_label("alice", first, "statistic", True)
    seeded.set_note("alice", first, "à vérifier")
    seeded.set_status("alice", article_id, "done")
    assert seeded.labels("alice", article_id) == {first: {"claim", "statistic"}}
    assert seeded.labels("bob", article_id) == {}
    assert seeded.note("alice", first) == "à vérifier" and seeded.note("bob", first) == ""
    summary = next(s for s in seeded.articles("alice") if s.id == article_id)
    assert (summary.tagged, summary.status) == (1, "done")
    assert next(s for s in seeded.articles("bob") if s.id == article_id).status == "todo"
    assert seeded.set_label("alice", first, "claim", False).changed
    assert seeded.sentence_labels("alice", first) == {"statistic"}
    seeded.set_note("alice", first, "")
    assert seeded.notes("alice", article_id) == {}


def test_each_edit_is_in_the_file_when_the_call_returns(seeded):
    article_id, sentences = _first_sentences(seeded)
    seeded.set_label("alice", sentences[1].id, "quote", True)
    with Project(seeded.path) as other:
        assert other.labels("alice", article_id) == {sentences[1].id: {"quote"}}


def test_links_in_either_direction_are_one_link(seeded):
    article_id, sentences = _first_sentences(seeded)
    a, b = sentences[1].id, sentences[5].id
    assert seeded.add_link("alice", a, b, "agrees").before is None
    link = seeded.find_link("alice", a, b)
    assert seeded.add_link("alice", b, a, "contradicts", "corrected later").before == link
    again = seeded.find_link("alice", a, b)
    assert again.id == link.id and again.relation == "contradicts"
    assert seeded.links("alice", article_id) == [again]
    assert seeded.sentence_links("alice", b) == [again]
    removed = seeded.remove_link("alice", link.id).before
    assert removed == again and seeded.links("alice", article_id) == []
    seeded.add_link("alice", a, b, removed.relation, removed.note, link_id=removed.id)
    assert seeded.find_link("alice", a, b) == again


def test_cross_article_link_shows_in_both(seeded):
    one_id, one = _first_sentences(seeded)
    two_id, two = _first_sentences(seeded, "000_c293a3d70dd40ece.txt")
    seeded.add_link("alice", one[0].id, two[0].id, "agrees")
    link = seeded.find_link("alice", one[0].id, two[0].id)
    assert seeded.links("alice", one_id) == [link] == seeded.links("alice", two_id)


@pytest.mark.parametrize(
    "call",
    [
        lambda p, s: p.set_label("alice", s, "opinion", True),
        lambda p, s: p.set_label("alice", 10**9, "claim", True),
        lambda p, s: p.add_link("alice", s, s, "agrees"),
        lambda p, s: p.add_link("alice", s, s + 1, "maybe"),
        lambda p, s: p.set_status("alice", "nope", "done"),
        lambda p, s: p.set_status("alice", p.sentence(s).article_id, "finished"),
    ],
)
def test_bad_operations_are_refused_and_change_nothing(seeded, call):
    _, sentences = _first_sentences(seeded)
    before = seeded.stats()
    with pytest.raises(ProjectError):
        call(seeded, sentences[0].id)
    assert seeded.stats() == before


def test_search_finds_sentences_across_articles_ignoring_accents(seeded):
    hits = seeded.search("reseaux classifies OTAN")
    assert hits and all("OTAN" in hit.text for hit in hits)
    assert {hit.article_id for hit in seeded.search("Anthropic")} >= {hits[0].article_id}
    assert seeded.search('"unbalanced AND (') == seeded.search("unbalanced")


def test_activity_records_who_did_what(seeded):
    _, sentences = _first_sentences(seeded)
    seeded.set_label("alice", sentences[0].id, "claim", True)
    row = seeded.db.execute(
        "SELECT reviewer, action, detail FROM activity ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert row == ("alice", "label", "claim")


def test_stats_count_per_reviewer(seeded):
    _, sentences = _first_sentences(seeded)
    seeded.set_label("alice", sentences[0].id, "claim", True)
    seeded.add_link("bob", sentences[0].id, sentences[1].id, "agrees")
    stats = seeded.stats()
    assert stats["articles"] == 5
    assert stats["reviewers"]["alice"]["labels"] == {"claim": 1, "quote": 0, "statistic": 0}
    assert stats["reviewers"]["bob"]["links"] == 1


def test_article_round_trip_keeps_text_exactly(project):
    body = "<b>x</b> « Guillemets » 😀 \u200f RTL. Second; DROP TABLE articles;--"
    project.import_article(Article(text=body, source="hostile.txt"))
    stored = project.article(Article(text=body).id)
    assert stored.text == body and stored.source == "hostile.txt"


def test_search_takes_the_last_word_as_a_prefix_only(seeded):
    assert seeded.search("réseaux classif")
    assert not seeded.search("rése classifiés")


def test_one_article_summary_equals_its_row_in_the_list(seeded):
    _, sentences = _first_sentences(seeded)
    seeded.set_label("alice", sentences[0].id, "claim", True)
    seeded.set_status("alice", sentences[0].article_id, "in progress")
    for row in seeded.articles("alice"):
        assert seeded.article_summary("alice", row.id) == row
