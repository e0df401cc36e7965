"""A reviewer's work through JSON: export, import into another file, export again."""

from __future__ import annotations

import io
import json
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator import cli
from annotator.claims.model import FIELDS, VERDICTS, Source
from annotator.errors import Cancelled, ExchangeError, ProjectError
from annotator.model import LABELS, RELATIONS, STATUSES
from annotator.project import Project
from annotator.store import snapshot

STAMP = "2026-11-23T10:00:00Z"


def export_text(project, reviewer):
    out = io.StringIO()
    project.exchange.write_export(reviewer, out, STAMP)
    return out.getvalue()


edits = st.lists(
    st.one_of(
        st.tuples(st.just("label"), st.integers(0, 10**6), st.sampled_from(LABELS)),
        st.tuples(st.just("note"), st.integers(0, 10**6), st.text(max_size=40)),
        st.tuples(st.just("link"), st.integers(0, 10**6), st.integers(0, 10**6),
                  st.sampled_from(RELATIONS), st.text(max_size=20)),
        st.tuples(st.just("status"), st.integers(0, 10**6), st.sampled_from(STATUSES)),
        st.tuples(st.just("claim"), st.integers(0, 10**6), st.integers(0, 10**6)),
        st.tuples(st.just("judge"), st.integers(0, 10**6), st.none() | st.sampled_from(VERDICTS),
                  st.text(max_size=20), st.none() | st.dates()),
        st.tuples(st.just("source"), st.integers(0, 10**6), st.text(min_size=1, max_size=20).filter(str.strip),
                  st.text(max_size=10), st.none() | st.dates()),
        st.tuples(st.just("field"), st.integers(0, 10**6),
                  st.sampled_from([(label, field) for label, names in FIELDS.items() for field in names]),
                  st.text(max_size=10)),
    ),
    max_size=25,
)


def apply(project, reviewer, steps):
    summaries = project.articles(None)
    project.set_status(reviewer, summaries[0].id, "todo")  # the reviewer exists from here on
    sentences = [s for summary in summaries for s in project.sentences(summary.id)]
    for step in steps:
        kind = step[0]
        if kind == "label":
            project.set_label(reviewer, sentences[step[1] % len(sentences)].id, step[2], True)
        elif kind == "note":
            project.set_note(reviewer, sentences[step[1] % len(sentences)].id, step[2])
        elif kind == "link":
            a, b = (sentences[i % len(sentences)].id for i in step[1:3])
            if a != b:
                project.add_link(reviewer, a, b, step[3], step[4])
        elif kind == "status":
            project.set_status(reviewer, summaries[step[1] % len(summaries)].id, step[2])
        else:
            _apply_claim_step(project, reviewer, [sentence.id for sentence in sentences], step)


def _apply_claim_step(project, reviewer, sentences, step):
    """A claim made or joined, judged or given a source; or a fact-check field filled in."""
    kind, sentence = step[0], sentences[step[1] % len(sentences)]
    claim = project.claims.of_sentence(reviewer, sentence)
    if kind == "claim":
        joined = project.claims.of_sentence(reviewer, sentences[step[2] % len(sentences)])
        if joined is None:
            project.claims.create(reviewer, sentence)
        else:
            project.claims.attach(reviewer, joined, sentence)
    elif kind == "field":
        project.set_field(reviewer, sentence, *step[2], step[3])
    elif claim is not None and kind == "judge":
        project.claims.update(reviewer, claim, verdict=step[2], rationale=step[3], checked_at=step[4])
    elif claim is not None:
        sources = project.claims.get(reviewer, claim).sources
        project.claims.set_sources(reviewer, claim, (*sources, Source(*step[2:])))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=edits)
def test_export_import_export_is_identical(_seeded_template, tmp_path_factory, steps):
    folder = tmp_path_factory.mktemp("round")
    shutil.copy(_seeded_template, folder / "a.db")
    with Project(folder / "a.db") as first, Project(folder / "b.db") as second:
        apply(first, "alice", steps)
        exported = export_text(first, "alice")
        (folder / "alice.json").write_text(exported, encoding="utf-8")
        assert second.exchange.import_annotations(folder / "alice.json") == "alice"
        assert export_text(second, "alice") == exported


def test_export_of_no_reviewer_is_null_with_empty_labels(seeded):
    document = json.loads(export_text(seeded, None))
    assert document["reviewer"] is None and len(document["articles"]) == 5
    assert all(s["labels"] == [] for a in document["articles"] for s in a["sentences"])


def test_import_replaces_the_reviewers_layer_on_those_articles(seeded, tmp_path):
    article = seeded.articles(None)[0]
    first, second = seeded.sentences(article.id)[:2]
    seeded.set_label("alice", first.id, "claim", True)
    seeded.exchange.export_json("alice", tmp_path / "alice.json")
    seeded.set_label("alice", first.id, "claim", False)
    seeded.set_label("alice", second.id, "quote", True)
    seeded.exchange.import_annotations(tmp_path / "alice.json")
    assert seeded.labels("alice", article.id) == {first.id: {"claim"}}


def test_offsets_off_this_segmentation_refuse_the_whole_file(seeded, tmp_path):
    article = seeded.articles(None)[0]
    sentence = seeded.sentences(article.id)[0]
    seeded.set_label("alice", sentence.id, "claim", True)
    document = json.loads(export_text(seeded, "alice"))
    listed = document["articles"][0]["sentences"]
    listed[0]["end"] -= 1
    listed[1]["start"] -= 1
    (tmp_path / "shifted.json").write_text(json.dumps(document), encoding="utf-8")
    seeded.set_label("alice", sentence.id, "claim", False)
    before = export_text(seeded, "alice")
    with pytest.raises(ExchangeError, match=r"articles\[0\]\.sentences\[0\]"):
        seeded.exchange.import_annotations(tmp_path / "shifted.json")
    assert export_text(seeded, "alice") == before


def test_exporting_an_unknown_reviewer_is_an_error(seeded):
    with pytest.raises(ProjectError, match="no reviewer"):
        export_text(seeded, "zoe")


def test_cli_round_trip(capsys, seeded, tmp_path):
    article = seeded.articles(None)[3]
    sentences = seeded.sentences(article.id)
    seeded.set_label("alice", sentences[0].id, "claim", True)
    seeded.add_link("alice", sentences[0].id, sentences[4].id, "contradicts", "corrigé")
    seeded.close()
    out = tmp_path / "alice.json"
    assert cli.main(["export", "--db", str(seeded.path), "-o", str(out)]) == 0
    fresh = tmp_path / "fresh.db"
    assert cli.main(["import-annotations", str(out), "--db", str(fresh)]) == 0
    again = tmp_path / "again.json"
    assert cli.main(["export", "--db", str(fresh), "--reviewer", "alice", "-o", str(again)]) == 0
    strip = lambda text: {k: v for k, v in json.loads(text).items() if k != "exported_at"}
    assert strip(out.read_text("utf-8")) == strip(again.read_text("utf-8"))


def test_cli_asks_which_reviewer_when_several(capsys, seeded):
    sentence = seeded.sentences(seeded.articles(None)[0].id)[0]
    seeded.set_label("alice", sentence.id, "claim", True)
    seeded.set_label("bob", sentence.id, "quote", True)
    seeded.close()
    assert cli.main(["export", "--db", str(seeded.path)]) == 2
    assert "--reviewer" in capsys.readouterr().err


def test_cli_refuses_a_bad_file_saying_where(capsys, db_path, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "annotator", "version": 1,\n "reviewer": }', encoding="utf-8")
    assert cli.main(["import-annotations", str(bad), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "bad.json" in err and "line 2" in err and "Traceback" not in err


def test_export_progress_counts_articles_and_can_cancel(seeded, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    seen = []
    seeded.exchange.export_json(None, out / "all.json", progress=lambda d, t, c: seen.append((d, t)) or True)
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    with pytest.raises(Cancelled):
        seeded.exchange.export_json(None, out / "stopped.json", progress=lambda d, t, c: d < 2)
    assert [p.name for p in out.iterdir()] == ["all.json"]


def test_import_cancelled_part_way_keeps_nothing(seeded, project, tmp_path):
    sentence = seeded.sentences(seeded.articles(None)[0].id)[0]
    seeded.set_label("alice", sentence.id, "claim", True)
    seeded.exchange.export_json("alice", tmp_path / "alice.json")
    with pytest.raises(Cancelled):
        project.exchange.import_annotations(tmp_path / "alice.json", progress=lambda d, t, c: d < 3)
    assert project.is_empty() and project.reviewers() == []


def test_a_snapshot_reads_through_a_memory_map_and_gives_it_back(seeded):
    """A long read maps the file (far fewer system calls), and leaves the connection as it was."""
    def mapped() -> int:
        return seeded.db.execute("PRAGMA mmap_size").fetchone()[0]

    before = mapped()
    with snapshot(seeded.db):
        assert mapped() > before
        with snapshot(seeded.db):
            assert mapped() > before
    assert mapped() == before


def test_an_export_is_one_snapshot_of_the_file(seeded, tmp_path):
    """A commit from another window during an export is not half in it."""
    last = seeded.articles(None)[-1]
    sentence = seeded.sentences(last.id)[0]
    seeded.set_status("alice", last.id, "in progress")

    def meanwhile(done, total, current):
        if done == 1:
            with Project(seeded.path) as other:
                other.set_label("alice", sentence.id, "quote", True)
        return True

    out = io.StringIO()
    seeded.exchange.write_export("alice", out, STAMP, progress=meanwhile)
    exported = json.loads(out.getvalue())["articles"][-1]["sentences"][0]
    assert exported["labels"] == []
    assert seeded.sentence_labels("alice", sentence.id) == {"quote"}
