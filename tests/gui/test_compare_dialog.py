"""Compare reviewers…: the window's figures are the command's, and every disagreement can be
decided with the keyboard into a gold layer that exports like any reviewer's."""

from __future__ import annotations

import io
import json
import random

import pytest
from PySide6.QtCore import Qt

from annotator import cli, exchange
from annotator.project.sources import layer_from_exchange
from annotator.gui.compare import export_bar
from annotator.gui.compare.dialog import CompareDialog
from annotator.gui.compare.models import LINK_ROWS, SET_ROWS, figure_text, figure_tooltip
from annotator.gui.models.roles import Role
from annotator.model import LABELS
from annotator.project import Project
from annotator.review import compare

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


def tag_at_random(project, reviewers, rate, seed=7):
    rng = random.Random(seed)
    for reviewer in reviewers:
        for summary in project.articles(None):
            for sentence in project.sentences(summary.id):
                for label in LABELS:
                    if rng.random() < rate:
                        project.set_label(reviewer, sentence.id, label, True)
            project.set_status(reviewer, summary.id, "done")


@pytest.fixture
def two_reviewers(seeded):
    """alice and bob tag the seeds at random, both mark everything done, and link."""
    tag_at_random(seeded, ("alice", "bob"), 0.08)
    nato = seeded.sentences(seeded.articles(None)[-1].id)
    seeded.add_link("alice", nato[0].id, nato[3].id, "contradicts")
    seeded.add_link("bob", nato[3].id, nato[0].id, "contradicts")
    seeded.add_link("bob", nato[1].id, nato[2].id, "agrees")
    seeded.add_link("alice", nato[4].id, nato[6].id, "agrees")
    seeded.add_link("bob", nato[4].id, nato[6].id, "contradicts")
    return seeded


@pytest.fixture
def open_dialog(qtbot):
    def open_(project, a="alice", b="bob", threaded=False) -> CompareDialog:
        dialog = CompareDialog(project, None, a, b) if not threaded else CompareDialog(project)
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        return dialog

    return open_


def press(qtbot, dialog, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(dialog.focusWidget() or dialog, key, modifier)


def compare_json(capsys, *args):
    assert cli.main(["compare", *map(str, args), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def shown_figures(dialog) -> dict[str, tuple]:
    """Every figure the window shows, by JSON path: (raw value, cell text, tooltip)."""
    found = {}
    for model in (dialog.labels_model, dialog.sets_model, dialog.links_model):
        for row in range(model.rowCount()):
            for column in range(1, model.columnCount()):
                index = model.index(row, column)
                found[index.data(Role.KEY)] = (index.data(Role.VALUE), index.data(DISPLAY), index.data(TOOLTIP))
    return found


def json_figure(document: dict, path: str):
    group, *rest = path.split(".")
    value = document[group]
    for part in rest:
        value = value[part]
    return value


def check_figures_match(dialog, document: dict) -> None:
    shown = shown_figures(dialog)
    assert len(shown) == len(LABELS) * 7 + len(SET_ROWS) + len(LINK_ROWS)
    for path, (value, text, tooltip) in shown.items():
        expected = json_figure(document, path)
        assert value == expected and type(value) is type(expected), path  # exactly, not approximately
        assert text == figure_text(expected)
        assert tooltip == figure_tooltip(expected, document["undefined"].get(path, ""))
        if expected is None:
            assert text == "—" and document["undefined"][path] in tooltip
        elif isinstance(expected, float):
            assert text == f"{expected:.4f}" and float(tooltip) == expected
    for label, grid in dialog.grids.items():
        row = document["labels"][label]
        assert grid.table() == ((row["both"], row["a_only"]), (row["b_only"], row["neither"]))


def test_the_window_shows_the_commands_figures(qtbot, capsys, two_reviewers, open_dialog, tmp_path):
    dialog = open_dialog(two_reviewers)
    by_command = compare_json(capsys, "alice", "bob", "--db", two_reviewers.path)
    check_figures_match(dialog, by_command)
    assert "pooled over every unit" in dialog.summary.text()
    assert f"{by_command['units']} sentences in {by_command['articles']} article(s)" in dialog.summary.text()
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


def test_every_disagreement_decided_with_keys_then_undo_redo(qtbot, two_reviewers, open_dialog, tmp_path):
    project = two_reviewers
    dialog = open_dialog(project)
    items = dialog.model.items()
    total = len(items)
    assert total > 20 and any(i.is_link for i in items)
    assert dialog.progress_label.text() == f"0 of {total} disagreements decided · {total} remaining"
    assert dialog.focusWidget() is dialog.table
    expected: dict[tuple[int, int], frozenset[str]] = {}
    for step in range(total):
        item = dialog.current_item()
        assert item is not None and item.key not in expected  # moved on to an undecided one
        key = "abe"[step % 3]
        if key == "a":
            press(qtbot, dialog, "a")
            expected[item.key] = item.a
        elif key == "b":
            press(qtbot, dialog, "b")
            expected[item.key] = item.b
        else:
            press(qtbot, dialog, "e")
            editor = dialog.edit_dialog
            assert editor is not None and editor.isVisible()
            if item.is_link:
                qtbot.keyClick(editor.focusWidget() or editor, "c")
                value = frozenset({"contradicts"})
            else:
                before = editor.value()
                qtbot.keyClick(editor.focusWidget() or editor, "1")  # toggles claim
                value = before ^ {"claim"}
            assert editor.value() == value
            qtbot.keyClick(editor.focusWidget() or editor, Qt.Key.Key_Return)
            assert not editor.isVisible()
            expected[item.key] = value
        decided = step + 1
        assert dialog.progress_label.text().startswith(f"{decided} of {total} disagreements decided")
    assert dialog.progress_label.text().endswith("· 0 remaining")
    assert len(dialog.adjudication.decisions()) == total
    assert dialog.progress.value() == dialog.progress.maximum() == total

    # Gold holds exactly what was decided.
    for item in items:
        if item.is_link:
            link = project.find_link("gold", item.sentence, item.other)
            assert (frozenset({link.relation}) if link else frozenset()) == expected[item.key]
        else:
            assert frozenset(project.sentence_labels("gold", item.sentence)) == expected[item.key]
    assert all(project.status("gold", s.id) == "done" for s in project.articles(None))

    # Undo the last decision, then redo it.
    last = dialog.current_item()  # the last one decided stays selected once all are
    press(qtbot, dialog, Qt.Key.Key_Z, CTRL)
    assert dialog.progress_label.text().endswith("· 1 remaining")
    assert len(dialog.adjudication.decisions()) == total - 1
    assert dialog.current_item() == last
    assert dialog.model.decision(last) is None
    press(qtbot, dialog, Qt.Key.Key_Z, CTRL | SHIFT)
    assert dialog.progress_label.text().endswith("· 0 remaining")
    assert dialog.adjudication.decisions()[last.key].value == expected[last.key]

    # The gold layer exports like any reviewer's, and reads back as the same layer.
    out = io.StringIO()
    project.exchange.write_export("gold", out)
    path = tmp_path / "gold.json"
    path.write_text(out.getvalue(), "utf-8")
    document = exchange.read_export(path)
    assert document.reviewer == "gold"
    with Project(tmp_path / "fresh.db") as fresh:
        assert fresh.exchange.import_annotations(path) == "gold"
        again = layer_from_exchange("gold", *fresh.exchange.export_pieces("gold"))
    gold = layer_from_exchange("gold", *project.exchange.export_pieces("gold"))
    assert again == gold
    assert compare(gold, again).to_json()["sets"]["exact"] == 1.0


def test_navigation_keys_and_the_undecided_filter(qtbot, two_reviewers, open_dialog):
    dialog = open_dialog(two_reviewers)
    model = dialog.model
    row = lambda: model.row_of(dialog.current_item())  # noqa: E731
    assert row() == 0
    press(qtbot, dialog, "j")
    press(qtbot, dialog, Qt.Key.Key_Down)
    assert row() == 2
    press(qtbot, dialog, "k")
    assert row() == 1
    press(qtbot, dialog, Qt.Key.Key_Up)
    press(qtbot, dialog, Qt.Key.Key_Up)  # stays on the first
    assert row() == 0
    # Deciding moves to the next undecided one; N skips decided ones.
    press(qtbot, dialog, "a")
    assert row() == 1
    press(qtbot, dialog, "j")
    press(qtbot, dialog, "b")
    assert row() == 3
    press(qtbot, dialog, "k")
    press(qtbot, dialog, "k")
    press(qtbot, dialog, "k")
    assert row() == 0 and model.is_decided(0)
    press(qtbot, dialog, "n")
    assert row() == 1
    # Undecided only: decided rows are hidden, and come back when it is off.
    press(qtbot, dialog, "u")
    assert dialog.undecided_box.isChecked()
    assert dialog.proxy.rowCount() == len(model.items()) - 2
    press(qtbot, dialog, "a")  # decides row 1, which leaves the filtered list
    assert dialog.proxy.rowCount() == len(model.items()) - 3
    assert row() == 3
    press(qtbot, dialog, Qt.Key.Key_Z, CTRL)  # undo brings row 1 back, selected
    assert row() == 1 and dialog.proxy.rowCount() == len(model.items()) - 2
    press(qtbot, dialog, "u")
    assert dialog.proxy.rowCount() == len(model.items())


def test_selection_shows_the_sentence_in_its_article(qtbot, two_reviewers, open_dialog):
    dialog = open_dialog(two_reviewers)
    item = dialog.current_item()
    text = two_reviewers.sentence_text(item.sentence)
    assert " ".join(dialog.detail.context.highlighted_text()[0].split()) == " ".join(text.split())
    assert dialog.detail.a_chips.text() == (", ".join(l for l in LABELS if l in item.a) or "no tag")
    assert dialog.detail.gold_chips.text() == "undecided"
    assert not dialog.detail.sentences.isVisible()
    link_row = next(r for r, i in enumerate(dialog.model.items()) if i.is_link)
    dialog.select_row(link_row)
    link = dialog.current_item()
    assert dialog.detail.sentences.isVisible()
    assert len(dialog.detail.context.highlighted_text()) == 2
    shown = dialog.detail.sentences.text()
    assert two_reviewers.sentence_text(link.sentence)[:40] in shown
    assert two_reviewers.sentence_text(link.other)[:40] in shown


def test_export_csv_reads_back(qtbot, two_reviewers, open_dialog, tmp_path, monkeypatch):
    from annotator.gui.compare.report_export import read_csv_sections

    dialog = open_dialog(two_reviewers)
    press(qtbot, dialog, "a")
    press(qtbot, dialog, "b")
    target = tmp_path / "report.csv"
    monkeypatch.setattr(export_bar.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.export_csv_button, Qt.MouseButton.LeftButton)
    assert target.is_file() and not list(tmp_path.glob(".report.csv.*"))
    document = dialog.report.to_json()
    sections = read_csv_sections(target.read_text("utf-8"))
    assert [r["label"] for r in sections["label"]] == list(LABELS)
    for row in sections["label"]:
        for name in ("kappa", "alpha", "observed"):
            value = document["labels"][row["label"]][name]
            assert (float(row[name]) if row[name] else None) == value
        for name in ("both", "a_only", "b_only", "neither"):
            assert int(row[name]) == document["labels"][row["label"]][name]
    for name in ("exact", "alpha", "alpha_masi"):
        assert float(sections["sets"][0][name]) == document["sets"][name]
    for name, value in document["links"].items():
        cell = sections["links"][0][name]
        assert (None if cell == "" else type(value)(cell) if value is not None else cell) == value
    rows = sections["disagreement"]
    assert len(rows) == len(dialog.model.items())
    assert [r["decision"] for r in rows[:2]] == ["a", "b"] and rows[2]["decision"] == ""
    units = document["disagreements"]["units"]
    assert [(r["article_id"], int(r["start"]), int(r["end"])) for r in rows if r["disagreement"] == "sentence"] \
        == [(u["article_id"], u["start"], u["end"]) for u in units]
    about = {r["about"]: r["value"] for r in sections["about"]}
    assert about["reviewer_a"] == "alice" and "pooled" in about["pooled"]

    json_target = tmp_path / "report.json"
    monkeypatch.setattr(export_bar.QFileDialog, "getSaveFileName", lambda *a, **k: (str(json_target), ""))
    qtbot.mouseClick(dialog.export_json_button, Qt.MouseButton.LeftButton)
    assert json.loads(json_target.read_text("utf-8")) == json.loads(json.dumps(document))
    assert str(json_target) in dialog.status.text()
    # An unwritable place is reported in the window, not raised.
    assert dialog.export_csv(tmp_path / "missing" / "report.csv") is None
    assert dialog.error.isVisibleTo(dialog) and "Could not write" in dialog.error.text()


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
    assert dialog.progress_label.text() == "No disagreements: nothing to decide · 0 remaining"
    document = compare_json(capsys, "alice", "bob", "--db", seeded.path)
    check_figures_match(dialog, document)
    kappa = dialog.labels_model.cell("statistic", "kappa")
    assert kappa.data(DISPLAY) == "—" and "only one category" in kappa.data(TOOLTIP)
    assert dialog.labels_model.cell("claim", "kappa").data(Role.VALUE) == 1.0
    precision = dialog.links_model.index(dialog.links_model.row_of("links.precision"), 1)
    assert precision.data(DISPLAY) == "—" and "drew no links" in precision.data(TOOLTIP)
    assert "undefined" in dialog.summary.text()
    for key in "abe":
        press(qtbot, dialog, key)  # nothing to decide: nothing happens
    assert dialog.undo_stack.count() == 0 and dialog.edit_dialog is None


def test_compare_off_the_gui_thread(qtbot, two_reviewers, open_dialog):
    in_thread = open_dialog(two_reviewers)
    dialog = open_dialog(two_reviewers, threaded=True)
    assert dialog.report is None and dialog.progress_label.text() == "No comparison yet"
    dialog.threaded = True
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert dialog.job is not None and dialog.busy.isVisibleTo(dialog)  # until the worker reports
    assert not dialog.compare_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert not dialog.busy.isVisibleTo(dialog) and dialog.compare_button.isEnabled()
    assert dialog.adjudication.project is two_reviewers  # decisions on the window's own connection
    assert shown_figures(dialog) == shown_figures(in_thread)
    assert dialog.model.items() == in_thread.model.items()
    item = dialog.current_item()
    press(qtbot, dialog, "b")
    assert frozenset(two_reviewers.sentence_labels("gold", item.sentence)) == item.b
    assert len(dialog.adjudication.decisions()) == 1


def test_read_only_file_shows_figures_without_deciding(qtbot, two_reviewers, open_dialog):
    writable = open_dialog(two_reviewers)  # writes the gold layer once
    with Project(two_reviewers.path, readonly=True) as readonly:
        dialog = open_dialog(readonly)
        assert shown_figures(dialog) == shown_figures(writable)
        assert dialog.model.items() == writable.model.items()
        assert not dialog.buttons["accept_a"].isEnabled()
        press(qtbot, dialog, "a")
        assert dialog.undo_stack.count() == 0
        dialog.close()


def test_gold_must_be_a_third_name(qtbot, two_reviewers, open_dialog):
    dialog = open_dialog(two_reviewers, threaded=True)  # nothing compared yet
    dialog.gold_edit.setText("alice")
    dialog.compare()
    assert dialog.error.isVisibleTo(dialog) and "third name" in dialog.error.text()
    assert dialog.report is None
    dialog.gold_edit.setText("gold")
    dialog.compare()
    assert dialog.report is not None and not dialog.error.isVisibleTo(dialog)
    dialog.gold_edit.setText("bob")
    assert dialog.gold_note.isVisibleTo(dialog) and "exists" in dialog.gold_note.text()


def test_all_shared_articles_counts_articles_not_both_done(qtbot, capsys, two_reviewers, open_dialog):
    first = two_reviewers.articles(None)[0]
    two_reviewers.set_status("bob", first.id, "in progress")
    dialog = open_dialog(two_reviewers)
    done_only = dialog.report.units
    assert "both marked done" in dialog.summary.text()
    assert all(item.article_id != first.id for item in dialog.model.items())
    dialog.all_box.setChecked(True)
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert dialog.report.units - done_only == first.sentences
    assert "shared" in dialog.summary.text()
    check_figures_match(dialog, compare_json(capsys, "alice", "bob", "--db", two_reviewers.path, "--all"))


def test_disagreement_headers_are_not_clipped(qtbot, seeded, open_dialog):
    """Every header whole, reviewers' names included; a readable article column; the sentence stretches."""
    from PySide6.QtGui import QFontMetrics

    from annotator.gui.compare.models import ARTICLE, SENTENCE

    tag_at_random(seeded, ("camille", "dominique"), 0.12, seed=3)
    dialog = open_dialog(seeded, "camille", "dominique")
    dialog.resize(1280, 800)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    header = dialog.table.horizontalHeader()
    metrics = QFontMetrics(header.font())
    for column in range(dialog.model.columnCount()):
        text = dialog.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text) + 8, text
    assert "dominique" in dialog.model.headerData(4, Qt.Orientation.Horizontal)
    assert header.sectionSize(ARTICLE) >= 140
    assert header.sectionResizeMode(SENTENCE) == header.ResizeMode.Stretch
    assert header.sectionSize(SENTENCE) >= 150


def test_a_decision_changed_then_undone_is_back_as_before(qtbot, two_reviewers, open_dialog):
    dialog = open_dialog(two_reviewers)
    item = dialog.current_item()
    dialog.decide("a")
    dialog.select_row(dialog.model.row_of(item))
    dialog.decide("b")
    assert dialog.adjudication.decisions()[item.key].choice == "b"
    press(qtbot, dialog, Qt.Key.Key_Z, CTRL)
    assert dialog.current_item() == item
    assert dialog.model.decision(item).choice == "a" == dialog.adjudication.decisions()[item.key].choice
    assert dialog.status.text().endswith("is back as before")
    press(qtbot, dialog, Qt.Key.Key_Z, CTRL)
    assert dialog.model.decision(item) is None and item.key not in dialog.adjudication.decisions()
    assert dialog.status.text().endswith("is undecided")
    press(qtbot, dialog, Qt.Key.Key_Z, CTRL | SHIFT)
    press(qtbot, dialog, Qt.Key.Key_Z, CTRL | SHIFT)
    assert dialog.model.decision(item).choice == "b"
    assert dialog.status.text().startswith("Decided row")
