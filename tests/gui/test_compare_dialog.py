"""Compare reviewers…: every disagreement can be decided with the keyboard into a gold layer that exports like any reviewer's."""

from __future__ import annotations

import io
import json

from PySide6.QtCore import Qt

from annotator import exchange
from annotator.project.sources import layer_from_exchange
from annotator.gui.compare import export_bar
from annotator.model import LABELS
from annotator.project import Project
from annotator.review import compare

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
from tests.gui.compare_setup import compare_json, open_dialog, press, shown_figures, tag_at_random, two_reviewers  # noqa: F401 - fixtures
from tests.gui import language



def progress(decided: int, total: int) -> str:
    return language.shown("compare.table", "{decided} of {total} disagreements decided · {remaining} remaining",
                          decided=decided, total=total, remaining=total - decided)

def test_every_disagreement_decided_with_keys_then_undo_redo(qtbot, two_reviewers, open_dialog, tmp_path):
    project = two_reviewers
    dialog = open_dialog(project)
    items = dialog.model.items()
    total = len(items)
    assert total > 20 and any(i.is_link for i in items)
    assert dialog.progress_label.text() == progress(0, total)
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
        assert dialog.progress_label.text() == progress(decided, total)
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
    assert dialog.progress_label.text() == progress(total - 1, total)
    assert len(dialog.adjudication.decisions()) == total - 1
    assert dialog.current_item() == last
    assert dialog.model.decision(last) is None
    press(qtbot, dialog, Qt.Key.Key_Z, CTRL | SHIFT)
    assert dialog.progress_label.text() == progress(total, total)
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
    assert dialog.detail.a_chips.text() == (", ".join(language.shown("names", l) for l in LABELS if l in item.a)
                                            or language.shown("compare.detail", "no tag"))
    assert dialog.detail.gold_chips.text() == language.shown("compare.detail", "undecided")
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
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text().startswith(language.shown(
        "compare.export_bar", "Could not write {path}: {error}", path=tmp_path / "missing" / "report.csv", error=""))


def test_compare_off_the_gui_thread(qtbot, two_reviewers, open_dialog):
    in_thread = open_dialog(two_reviewers)
    dialog = open_dialog(two_reviewers, threaded=True)
    assert dialog.report is None
    assert dialog.progress_label.text() == language.shown("compare.table", "No comparison yet")
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
    assert dialog.error.isVisibleTo(dialog) and language.shown(
        "compare.picker", "The gold layer must be a third name, not {name!r}.", name="alice") in dialog.error.text()
    assert dialog.report is None
    dialog.gold_edit.setText("gold")
    dialog.compare()
    assert dialog.report is not None and not dialog.error.isVisibleTo(dialog)
    dialog.gold_edit.setText("bob")
    assert dialog.gold_note.isVisibleTo(dialog) and dialog.gold_note.text() == language.shown(
        "compare.dialog", "“{name}” exists: on the compared articles its work is rebuilt from what A and B agree on, "
        "plus the decisions taken in this window.", name="bob")


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
    assert dialog.status.text() == language.shown("compare.dialog", "Undone: row {row} is back as before",
                                                  row=dialog.model.row_of(item) + 1)
    press(qtbot, dialog, Qt.Key.Key_Z, CTRL)
    assert dialog.model.decision(item) is None and item.key not in dialog.adjudication.decisions()
    assert dialog.status.text() == language.shown("compare.dialog", "Undone: row {row} is undecided",
                                                  row=dialog.model.row_of(item) + 1)
    press(qtbot, dialog, Qt.Key.Key_Z, CTRL | SHIFT)
    press(qtbot, dialog, Qt.Key.Key_Z, CTRL | SHIFT)
    assert dialog.model.decision(item).choice == "b"
    assert dialog.status.text().startswith(language.shown("compare.dialog", "Decided row {row}: {value}").split("{")[0])
