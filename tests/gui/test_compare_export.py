"""The report files: JSON as the command prints it, CSV that reads back, never half-written."""

from __future__ import annotations

import json
import os

import pytest

from annotator.gui.compare import report_export
from annotator.review import Layer, compare

ARTICLE = "a" * 16


def layer(name: str, labels: list[frozenset[str]]) -> Layer:
    units = {(ARTICLE, 10 * i, 10 * i + 9): value for i, value in enumerate(labels)}
    return Layer(name, {ARTICLE: "done"}, units)


@pytest.fixture
def report():
    claim, quote = frozenset({"claim"}), frozenset({"quote"})
    return compare(layer("alice", [claim, claim, quote, frozenset()]),
                   layer("bob", [claim, quote, quote, frozenset()]))


def test_csv_reads_back_with_full_precision_and_empty_undefined(report):
    rows = [report_export.DisagreementRow("sentence", ARTICLE, "T, with comma", 10, 19, "", None, None,
                                          'He said "no"', "claim", "quote", "edit", "claim,quote")]
    sections = report_export.read_csv_sections(report_export.csv_text(report, rows))
    document = report.to_json()
    by_label = {row["label"]: row for row in sections["label"]}
    assert float(by_label["claim"]["kappa"]) == document["labels"]["claim"]["kappa"]
    assert by_label["statistic"]["kappa"] == "" and document["labels"]["statistic"]["kappa"] is None
    assert {r["undefined"]: r["reason"] for r in sections["undefined"]} == document["undefined"]
    assert sections["links"][0]["precision"] == ""
    (row,) = sections["disagreement"]
    assert row["article_title"] == "T, with comma" and row["text"] == 'He said "no"'
    assert row["other_start"] == "" and row["gold"] == "claim,quote"


def test_json_is_the_commands_text(report):
    text = report_export.json_text(report)
    assert json.loads(text) == json.loads(json.dumps(report.to_json()))
    assert text.endswith("}\n") and text.startswith('{\n  "reviewers"')


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(report, tmp_path, monkeypatch):
    target = tmp_path / "report.csv"
    target.write_text("old", "utf-8")

    def fail(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        report_export.write_csv(target, report)
    assert target.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]
