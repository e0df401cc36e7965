"""compare and merge from the command line, on two reviewers of the seeds."""

from __future__ import annotations

import json
import random
import shutil

import pytest

from annotator import cli
from annotator.project import Project


@pytest.fixture
def two_reviewers(seeded):
    """alice and bob tag the seeds at random, both mark everything done, and link."""
    rng = random.Random(7)
    summaries = seeded.articles(None)
    for reviewer in ("alice", "bob"):
        for summary in summaries:
            for sentence in seeded.sentences(summary.id):
                for label in ("claim", "quote", "statistic"):
                    if rng.random() < 0.3:
                        seeded.set_label(reviewer, sentence.id, label, True)
            seeded.set_status(reviewer, summary.id, "done")
    nato = seeded.sentences(summaries[-1].id)
    seeded.add_link("alice", nato[0].id, nato[3].id, "contradicts")
    seeded.add_link("bob", nato[3].id, nato[0].id, "contradicts")
    seeded.add_link("bob", nato[1].id, nato[2].id, "agrees")
    return seeded


def compare_json(capsys, *args):
    assert cli.main(["compare", *map(str, args), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_names_exports_and_files_give_the_same_figures(capsys, two_reviewers, tmp_path):
    project = two_reviewers
    by_name = compare_json(capsys, "alice", "bob", "--db", project.path)
    project.exchange.export_json("alice", tmp_path / "alice.json")
    project.exchange.export_json("bob", tmp_path / "bob.json")
    by_json = compare_json(capsys, tmp_path / "alice.json", tmp_path / "bob.json")
    for name in ("alice", "bob"):
        with Project(tmp_path / f"{name}.db") as single:
            single.exchange.import_annotations(tmp_path / f"{name}.json")
    by_file = compare_json(capsys, tmp_path / "alice.db", tmp_path / "bob.db")
    assert by_name == by_json == by_file
    assert by_name["units"] == sum(s.sentences for s in project.articles(None))
    assert by_name["links"] | {"precision": None} == {
        "a": 1, "b": 2, "matched": 1, "precision": None, "recall": 1.0,
        "f1": pytest.approx(2 / 3), "relation_agreement": 1.0,
    }
    claim = by_name["labels"]["claim"]
    assert claim["both"] + claim["a_only"] + claim["b_only"] + claim["neither"] == by_name["units"]


def test_only_articles_both_marked_done_count_unless_all(capsys, two_reviewers):
    project = two_reviewers
    first = project.articles(None)[0]
    project.set_status("bob", first.id, "in progress")
    done_only = compare_json(capsys, "alice", "bob", "--db", project.path)
    everything = compare_json(capsys, "alice", "bob", "--db", project.path, "--all")
    assert everything["units"] - done_only["units"] == first.sentences


def test_identical_reviewers_agree_fully(capsys, two_reviewers, tmp_path):
    project = two_reviewers
    project.exchange.export_json("alice", tmp_path / "alice.json")
    figures = compare_json(capsys, tmp_path / "alice.json", tmp_path / "alice.json")
    assert figures["sets"]["exact"] == 1.0 and figures["sets"]["alpha_masi"] == 1.0
    assert all(row["a_only"] == row["b_only"] == 0 for row in figures["labels"].values())


def test_plain_output_is_a_table(capsys, two_reviewers):
    assert cli.main(["compare", "alice", "bob", "--db", str(two_reviewers.path)]) == 0
    out = capsys.readouterr().out
    assert "kappa" in out and "pooled" in out and "claim" in out


def test_merge_writes_agreement_and_lists_the_rest(capsys, two_reviewers, tmp_path):
    project = two_reviewers
    path = str(project.path)
    assert cli.main(["merge", "alice", "bob", "--into", "gold", "--db", path]) == 0
    out = capsys.readouterr().out
    assert "awaiting a decision" in out
    figures = compare_json(capsys, "alice", "gold", "--db", path, "--all")
    assert figures["links"]["matched"] == 1
    assert cli.main(["merge", "alice", "bob", "--into", "gold", "--prefer", "A", "--db", path]) == 2
    assert "gold already has" in capsys.readouterr().err
    assert cli.main(["merge", "alice", "bob", "--into", "gold", "--prefer", "A", "--replace", "--db", path]) == 0
    capsys.readouterr()
    same = compare_json(capsys, "alice", "gold", "--db", path)
    assert same["sets"]["exact"] == 1.0
    assert cli.main(["export", "--db", path, "--reviewer", "gold", "-o", str(tmp_path / "g.json")]) == 0
    gold = json.loads((tmp_path / "g.json").read_text("utf-8"))
    assert gold["reviewer"] == "gold" and all(a["status"] == "done" for a in gold["articles"])


def test_merge_never_overwrites_a_reviewer_unasked(capsys, two_reviewers):
    path = str(two_reviewers.path)
    before = two_reviewers.stats()["reviewers"]["alice"]
    assert cli.main(["merge", "alice", "bob", "--into", "alice", "--db", path]) == 2
    err = capsys.readouterr().err
    assert "alice already has" in err and "--replace" in err and "Traceback" not in err
    assert two_reviewers.stats()["reviewers"]["alice"] == before


def test_unknown_side_is_a_clear_error(capsys, seeded):
    assert cli.main(["compare", "nobody.json", "bob"]) == 2
    assert "neither a file" in capsys.readouterr().err


def test_a_reviewer_absent_from_the_file_is_named(capsys, two_reviewers):
    assert cli.main(["compare", "alice", "zoe", "--db", str(two_reviewers.path)]) == 2
    assert "zoe" in capsys.readouterr().err


def test_the_files_layer_is_its_export(two_reviewers):
    from annotator.project.sources import layer_from_exchange

    for name in ("alice", "bob"):
        assert two_reviewers.exchange.layer(name) == layer_from_exchange(name, *two_reviewers.exchange.export_pieces(name))


def test_compare_with_one_side_says_it_needs_two(capsys, seeded):
    assert cli.main(["compare", "alice", "--db", str(seeded.path)]) == cli.EXIT_FAILED
    assert capsys.readouterr().err == "annotator: compare needs two reviewers or more\n"
