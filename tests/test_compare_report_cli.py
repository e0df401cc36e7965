"""compare with three reviewers, and the report as HTML and tidy CSV (issue 15)."""

from __future__ import annotations

import csv
import io
import json
import random
import re

import pytest

from annotator import cli

HOSTILE = '<img src=x onerror="alert(1)">&amp;'


@pytest.fixture
def three_reviewers(seeded):
    """alice, bob and a hostile name tag the seeds; the third has not finished the last article."""
    rng = random.Random(11)
    summaries = seeded.articles(None)
    for reviewer in ("alice", "bob", HOSTILE):
        for summary in summaries:
            for sentence in seeded.sentences(summary.id):
                for label in ("claim", "quote", "statistic"):
                    if rng.random() < 0.3:
                        seeded.set_label(reviewer, sentence.id, label, True)
            if reviewer != HOSTILE or summary != summaries[-1]:
                seeded.set_status(reviewer, summary.id, "done")
    return seeded


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main(["compare", *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_three_reviewers_give_figures_over_all_and_every_pair(capsys, three_reviewers):
    code, out, _ = run(capsys, "alice", "bob", HOSTILE, "--db", three_reviewers.path, "--json")
    data = json.loads(out)
    assert code == 0
    assert data["reviewers"] == ["alice", "bob", HOSTILE]
    assert [pair["reviewers"] for pair in data["pairs"]] == [["alice", "bob"], ["alice", HOSTILE], ["bob", HOSTILE]]
    every = sum(s.sentences for s in three_reviewers.articles(None))
    assert data["units"] == every  # the last article: alice and bob only, still two reviewers
    assert data["raters"] == {"fewest": 2, "most": 3}
    claim = data["overall"]["claim"]
    assert claim["fleiss"] is None and "overall.claim.fleiss" in data["undefined"]
    assert claim["intervals"]["alpha"]["low"] <= claim["alpha"] <= claim["intervals"]["alpha"]["high"]
    assert len(data["summary"]) == 3


def test_two_reviewers_print_the_summary_and_meanings(capsys, three_reviewers):
    code, out, _ = run(capsys, "alice", "bob", "--db", three_reviewers.path)
    assert code == 0
    assert "alice and bob both decided" in out
    assert "AC1" in out and "Gwet's AC1:" in out and "2000 resamples, seed 15" in out


def test_html_is_self_contained_and_escapes_names(capsys, three_reviewers, tmp_path):
    html, table = tmp_path / "report.html", tmp_path / "report.csv"
    code, _, _ = run(capsys, "alice", "bob", HOSTILE, "--db", three_reviewers.path,
                     "--html", html, "--csv", table)
    assert code == 0
    page = html.read_text(encoding="utf-8")
    assert HOSTILE not in page and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;amp;" in page
    assert not re.search(r"<script|<link|<img|@import|url\(|src=\"", page)
    assert re.findall(r"https?://[^\"]+", page) == ["http://www.w3.org/2000/svg"] * page.count("<svg ")
    assert page.count("<svg ") == 3 * 3  # a chart per label, per pair
    assert "@page { size: A4" in page and "Pairwise kappa" in page


def test_csv_is_tidy_and_exact(capsys, three_reviewers, tmp_path):
    table = tmp_path / "report.csv"
    code, out, _ = run(capsys, "alice", "bob", "--db", three_reviewers.path, "--csv", table, "--json")
    data = json.loads(out)
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"))))
    assert set(rows[0]) == {"reviewer_a", "reviewer_b", "label", "figure", "value", "low", "high"}
    kappa = next(r for r in rows if r["label"] == "quote" and r["figure"] == "kappa")
    assert float(kappa["value"]) == data["labels"]["quote"]["kappa"]
    assert float(kappa["low"]) == data["labels"]["quote"]["intervals"]["kappa"]["low"]
    assert {(r["reviewer_a"], r["reviewer_b"]) for r in rows} == {("alice", "bob")}
    assert len({(r["label"], r["figure"]) for r in rows}) == len(rows)


def test_one_reviewer_or_the_same_one_twice_is_refused(capsys, three_reviewers):
    code, _, err = run(capsys, "alice", "--db", three_reviewers.path)
    assert code != 0 and "two reviewers or more" in err
    code, _, err = run(capsys, "alice", "bob", "alice", "--db", three_reviewers.path)
    assert code != 0 and "more than once" in err and "Traceback" not in err


def test_an_unwritable_html_path_is_told(capsys, three_reviewers, tmp_path):
    code, _, err = run(capsys, "alice", "bob", "--db", three_reviewers.path, "--html", tmp_path / "no" / "r.html")
    assert code != 0 and "r.html" in err and "Traceback" not in err
