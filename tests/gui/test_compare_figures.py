"""Compare reviewers…: the figures the window shows are exactly the command's, and match
independent references."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from annotator import cli
from annotator.gui.compare.figure_models import LINK_ROWS, SET_ROWS, figure_text, figure_tooltip
from annotator.gui.i18n import core_text
from annotator.gui.models.roles import Role
from annotator.model import LABELS
from annotator.review.coefficients import ONE_CATEGORY

DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
from tests.gui.compare_setup import compare_json, open_dialog, press, shown_figures, tag_at_random, two_reviewers  # noqa: F401 - fixtures
from tests.gui import language


def json_figure(document: dict, path: str):
    group, *rest = path.split(".")
    value = document[group]
    for part in rest:
        value = value[part]
    return value


def _interval(document: dict, path: str) -> dict | None:
    """The JSON's interval of a per-label figure ("labels.<label>.<name>"), if it has one."""
    parts = path.split(".")
    if parts[0] != "labels":
        return None
    return document["labels"][parts[1]]["intervals"].get(parts[2])


def check_figures_match(dialog, document: dict) -> None:
    shown = shown_figures(dialog)
    reasons = dialog.report.undefined()  # the core's reasons: the command's words, said in the window's language
    assert len(shown) == len(LABELS) * 6 + len(SET_ROWS) + len(LINK_ROWS)
    for path, (value, text, tooltip) in shown.items():
        expected = json_figure(document, path)
        assert value == expected and type(value) is type(expected), path  # exactly, not approximately
        interval = _interval(document, path)
        if interval is not None:  # kappa, alpha and AC1: the interval after the value, exact in the tip
            assert text == f"{figure_text(expected)}  [{interval['low']:.2f}, {interval['high']:.2f}]"
            assert tooltip == language.shown(
                "compare.figure_models", "{value}\n95% interval: {low} to {high}", value=figure_tooltip(expected),
                low=repr(interval["low"]), high=repr(interval["high"]))
            continue
        assert text == figure_text(expected)
        assert reasons.get(path, "") == document["undefined"].get(path, "")
        assert tooltip == figure_tooltip(expected, reasons.get(path, ""))
        if expected is None:
            assert text == "—" and core_text(reasons[path]) in tooltip
        elif isinstance(expected, float):
            assert text == f"{expected:.4f}" and float(tooltip) == expected
    for label, grid in dialog.grids.items():
        row = document["labels"][label]
        assert grid.table() == ((row["both"], row["a_only"]), (row["b_only"], row["neither"]))


def test_the_window_shows_the_commands_figures(qtbot, capsys, two_reviewers, open_dialog, tmp_path):
    dialog = open_dialog(two_reviewers)
    by_command = compare_json(capsys, "alice", "bob", "--db", two_reviewers.path)
    check_figures_match(dialog, by_command)
    pooled = language.shown("compare.figures", "All figures are pooled over every unit (sentence), not averaged per "
                            "article; {bootstrap}.").split("{bootstrap}")[0]
    compared = language.shown("compare.figures", "{a} (A) and {b} (B): {units} sentences in {articles} article(s) "
                              "{which}; {unmatched} sentence(s) in one layer only (not counted).").split(" {which}")[0]
    assert pooled in dialog.summary.text() and dialog.summary.text().startswith(compared.format(
        a="alice", b="bob", units=by_command["units"], articles=by_command["articles"]))
    # The JSON export is the command's output, byte for byte.
    written = dialog.export_json(tmp_path / "report.json")
    assert cli.main(["compare", "alice", "bob", "--db", str(two_reviewers.path), "--json"]) == 0
    assert written.read_text("utf-8") == capsys.readouterr().out
    # Same figures from the reviewers' JSON exports.
    two_reviewers.exchange.export_json("alice", tmp_path / "alice.json")
    two_reviewers.exchange.export_json("bob", tmp_path / "bob.json")
    assert compare_json(capsys, tmp_path / "alice.json", tmp_path / "bob.json") == by_command


def test_figures_match_independent_references(qtbot, seeded, open_dialog):
    """Random tags; kappa by the textbook formula and alpha by the krippendorff package."""
    krippendorff = pytest.importorskip("krippendorff")
    np = pytest.importorskip("numpy")
    tag_at_random(seeded, ("alice", "bob"), 0.35, seed=11)
    dialog = open_dialog(seeded)
    for label in LABELS:
        a, b = [], []
        for summary in seeded.articles(None):
            mine, theirs = seeded.labels("alice", summary.id), seeded.labels("bob", summary.id)
            for sentence in seeded.sentences(summary.id):
                a.append(int(label in mine.get(sentence.id, set())))
                b.append(int(label in theirs.get(sentence.id, set())))
        n = len(a)
        p_o = sum(x == y for x, y in zip(a, b)) / n
        p_e = (sum(a) / n) * (sum(b) / n) + (1 - sum(a) / n) * (1 - sum(b) / n)
        kappa = (p_o - p_e) / (1 - p_e)
        alpha = krippendorff.alpha(reliability_data=np.array([a, b]), level_of_measurement="nominal")
        shown = dialog.labels_model
        assert shown.cell(label, "kappa").data(Role.VALUE) == pytest.approx(kappa, abs=1e-9)
        assert shown.cell(label, "alpha").data(Role.VALUE) == pytest.approx(alpha, abs=1e-9)
        assert shown.cell(label, "observed").data(Role.VALUE) == pytest.approx(p_o, abs=1e-9)


def test_identical_reviewers_no_disagreements_undefined_shown(qtbot, capsys, seeded, open_dialog):
    rng = random.Random(3)
    for summary in seeded.articles(None):
        for sentence in seeded.sentences(summary.id):
            label = rng.choice(("claim", "quote", None, None))
            for reviewer in ("alice", "bob"):
                if label:
                    seeded.set_label(reviewer, sentence.id, label, True)
        for reviewer in ("alice", "bob"):
            seeded.set_status(reviewer, summary.id, "done")
    dialog = open_dialog(seeded)
    assert dialog.model.items() == []
    assert dialog.progress_label.text() == language.shown("compare.table",
                                                          "No disagreements: nothing to decide · 0 remaining")
    document = compare_json(capsys, "alice", "bob", "--db", seeded.path)
    check_figures_match(dialog, document)
    kappa = dialog.labels_model.cell("statistic", "kappa")
    assert kappa.data(DISPLAY) == "—" and core_text(ONE_CATEGORY) in kappa.data(TOOLTIP)
    assert dialog.labels_model.cell("claim", "kappa").data(Role.VALUE) == 1.0
    precision = dialog.links_model.index(dialog.links_model.row_of("links.precision"), 1)
    assert precision.data(DISPLAY) == "—" and language.shown("review.links", "reviewer B drew no links") in \
        precision.data(TOOLTIP)
    assert language.shown("compare.figures", "{n} figure(s) undefined (—): hover for the reason.", n="") in \
        dialog.summary.text()
    for key in "abe":
        press(qtbot, dialog, key)  # nothing to decide: nothing happens
    assert dialog.undo_stack.count() == 0 and dialog.edit_dialog is None


def test_all_shared_articles_counts_articles_not_both_done(qtbot, capsys, two_reviewers, open_dialog):
    first = two_reviewers.articles(None)[0]
    two_reviewers.set_status("bob", first.id, "in progress")
    dialog = open_dialog(two_reviewers)
    done_only = dialog.report.units
    assert language.shown("compare.figures", "both marked done") in dialog.summary.text()
    assert all(item.article_id != first.id for item in dialog.model.items())
    dialog.all_box.setChecked(True)
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert dialog.report.units - done_only == first.sentences
    assert language.shown("compare.figures", "shared") in dialog.summary.text()
    check_figures_match(dialog, compare_json(capsys, "alice", "bob", "--db", two_reviewers.path, "--all"))
