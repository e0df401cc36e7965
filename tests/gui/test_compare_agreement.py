"""The compare window's agreement report (issue 15): plain words, warnings, more reviewers,
the per-article table and the HTML / figures CSV exports, against the command's figures."""

from __future__ import annotations

import csv
import io

import pytest
from tests.gui.compare_setup import compare_json, open_dialog, tag_at_random, two_reviewers  # noqa: F401
from PySide6.QtCore import Qt

from annotator.gui.compare.confusion import NEITHER
from annotator.gui.compare.figure_models import CONTEXT
from annotator.gui.i18n import core_text
from annotator.gui.models.roles import Role
from annotator.model import LABELS
from annotator.review.reading import MEANINGS
from tests.gui.language import shown

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def three_reviewers(two_reviewers):
    tag_at_random(two_reviewers, ("carol",), 0.08, seed=8)
    return two_reviewers


def test_plain_words_meanings_and_warnings_are_visible(two_reviewers, open_dialog):
    dialog = open_dialog(two_reviewers)
    summary = dialog.summary.text().splitlines()
    well, poorly = dialog.report.summary()[1:]
    assert well.startswith(("Agree well", "No label reaches")) and poorly.startswith(("Do not agree well", "Every"))
    assert len(summary) >= 3 and summary[1:3] == [core_text(well), core_text(poorly)]
    legend = dialog.figures.legend
    ac1 = MEANINGS["ac1"]
    assert legend.isVisible() and shown(CONTEXT, f"{ac1.meaning} ({ac1.range})") in legend.text()
    assert legend.textFormat() == Qt.TextFormat.PlainText
    warnings = dialog.report.warnings()
    assert warnings and dialog.figures.warnings.isVisible()
    assert all(core_text(w) in dialog.figures.warnings.text() for w in warnings)
    assert not dialog.figures.panel_box.isVisible()


def test_a_third_reviewer_shows_figures_over_all_and_the_pairwise_matrix(qtbot, capsys, three_reviewers,
                                                                          open_dialog):
    dialog = open_dialog(three_reviewers)
    dialog.picker.set_others(["carol"])
    assert dialog.picker.more_button.text() == shown("compare.picker", "More reviewers ({count})", count=1)
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    box = dialog.figures.panel_box
    assert box.isVisible()
    document = compare_json(capsys, "alice", "bob", "carol", "--db", three_reviewers.path)
    for label in LABELS:
        for name in ("alpha", "fleiss", "ac1", "observed"):
            index = box.overall_model.cell(label, name)
            assert index.data(Role.VALUE) == document["overall"][label][name]
            assert index.data(Role.KEY) == f"overall.{label}.{name}"
    matrix = box.matrix_model
    assert matrix.rowCount() == 3 and matrix.columnCount() == 4
    box.label_combo.setCurrentIndex(box.label_combo.findData("quote"))
    bob_carol = next(p for p in document["pairs"] if p["reviewers"] == ["bob", "carol"])
    assert matrix.index(1, 3).data(Role.VALUE) == bob_carol["labels"]["quote"]["kappa"]
    assert matrix.index(1, 2).data(DISPLAY) == "—"
    assert len(dialog.model.items()) == len(dialog.report.unit_disagreements) + len(dialog.report.link_disagreements)
    assert dialog.report.reviewers == ("alice", "bob")  # A and B's disagreements are still the ones decided
    dialog.picker.set_others([])
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert not box.isVisible()


def test_per_article_table_sorts_and_matches_the_report(qtbot, two_reviewers, open_dialog):
    dialog = open_dialog(two_reviewers)
    shown = dialog.exports.show_articles()
    qtbot.addWidget(shown)
    rows = shown.proxy.rowCount()
    assert rows == len(dialog.report.per_article) == dialog.report.articles
    differing = [shown.proxy.index(r, 2).data(Role.VALUE) for r in range(rows)]
    assert differing == sorted(differing, reverse=True)
    assert sum(differing) == len(dialog.report.unit_disagreements)
    titles = {a.title for a in two_reviewers.articles(None)}
    assert {shown.proxy.index(r, 0).data(DISPLAY) for r in range(rows)} <= titles
    shown.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    kappas = [shown.proxy.index(r, 3).data(Role.VALUE) for r in range(rows)]
    defined = [k for k in kappas if k is not None]
    assert defined == sorted(defined) and kappas[:len(defined)] == defined  # undefined last


def test_html_and_figures_csv_exports_are_the_commands(capsys, three_reviewers, open_dialog, tmp_path):
    dialog = open_dialog(three_reviewers)
    dialog.picker.set_others(["carol"])
    dialog.compare()
    html = dialog.exports.export_html(tmp_path / "report.html").read_text("utf-8")
    tidy = dialog.exports.export_tidy(tmp_path / "figures.csv").read_text("utf-8")
    from annotator import cli
    assert cli.main(["compare", "alice", "bob", "carol", "--db", str(three_reviewers.path),
                     "--html", str(tmp_path / "cli.html"), "--csv", str(tmp_path / "cli.csv")]) == 0
    capsys.readouterr()
    assert html == (tmp_path / "cli.html").read_text("utf-8")
    assert tidy == (tmp_path / "cli.csv").read_text("utf-8")
    rows = list(csv.DictReader(io.StringIO(tidy)))
    assert {(r["reviewer_a"], r["reviewer_b"]) for r in rows} == {
        ("*", "*"), ("alice", "bob"), ("alice", "carol"), ("bob", "carol")}


def test_neither_is_grey_and_the_shares_are_of_the_tagged(two_reviewers, open_dialog):
    dialog = open_dialog(two_reviewers)
    grid = dialog.grids["claim"]
    image = grid.grab().toImage()
    (both, a_only), (b_only, neither) = grid.table()
    assert neither > both + a_only + b_only  # the case the grey is for
    corner = image.pixelColor(image.width() - 6, image.height() - 6)
    assert corner.name() == NEITHER.name()
