"""The compare window with claims: the claims' figures as the command gives them, the verdict
disagreement listed, shown with both claims, decided by A or B (never edited) into gold,
undone and redone, and exported.

The seed case: alice and bob each make one claim of article 003's two NATO sentences (the
report, "réseaux classifiés", and the correction, "réseaux non classifiés"); alice judges it
misleading, bob false. Neither marks the article done: the window compares every shared
article (the picker's box, as ``compare --all``).
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from annotator import cli
from annotator.gui.compare.dialog import NO_VERDICT_EDIT, CompareDialog
from annotator.gui.compare.figure_models import (
    CLAIM_ROWS, CONTEXT, FigureListModel, claim_figures, figure_text, figure_tooltip,
)
from annotator.gui.compare.models import A_TAGS, B_TAGS, DECISION, KIND, SENTENCE, DisagreementModel
from annotator.gui.compare.report_export import read_csv_sections
from annotator.gui.i18n import core_text
from annotator.gui.models.roles import Role
from annotator.project import Project
from annotator.project.adjudication import Adjudication
from tests.gui import language

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
REPORT, CORRECTION = "sur les réseaux classifiés de l'OTAN", "l'OTAN concernait les réseaux non classifiés"
STATEMENTS = {"alice": "OpenAI déploiera son IA sur les réseaux classifiés de l'OTAN",
              "bob": "OpenAI travaillera sur les réseaux classifiés de l'OTAN"}
VERDICTS = {"alice": "misleading", "bob": "false"}
RATIONALES = {"alice": "Sam Altman s'est mal exprimé : il s'agit des réseaux non classifiés.",
              "bob": "Le contrat porte sur les réseaux non classifiés."}


def sentence_with(project: Project, words: str) -> int:
    """The id of the one seed sentence of article 003 holding ``words``."""
    (article,) = [a.id for a in project.articles(None) if a.source.startswith("003_")]
    (found,) = [s.id for s in project.sentences(article) if words in project.sentence_text(s.id)]
    return found


def make_nato_claims(project: Project, verdicts: dict[str, str | None] = VERDICTS) -> tuple[int, int]:
    """alice's and bob's NATO claims (report and correction), their verdicts and a few tags;
    the two sentences' ids."""
    report, correction = sentence_with(project, REPORT), sentence_with(project, CORRECTION)
    for reviewer, verdict in verdicts.items():
        claim = next(iter(project.claims.create(reviewer, report, STATEMENTS[reviewer]).claims))
        project.claims.attach(reviewer, claim, correction)
        project.claims.update(reviewer, claim, verdict=verdict, rationale=RATIONALES[reviewer])
        project.set_label(reviewer, report, "claim", True)
    project.set_label("alice", correction, "quote", True)
    return report, correction


@pytest.fixture
def compare_all(qtbot):
    """compare_all(project): the window on alice and bob, every shared article counted."""
    def open_(project: Project) -> CompareDialog:
        dialog = CompareDialog(project, None)
        qtbot.addWidget(dialog)
        dialog.combo_a.setCurrentText("alice")
        dialog.combo_b.setCurrentText("bob")
        dialog.all_box.setChecked(True)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
        assert dialog.report is not None and dialog.request.all_articles
        return dialog

    return open_


def press(qtbot, dialog, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(dialog.focusWidget() or dialog, key, modifier)


def claim_figures_shown(dialog) -> dict[str, tuple]:
    """Every claim figure shown, by JSON path: (raw value, cell text, tooltip)."""
    cells = [dialog.claims_model.index(row, 1) for row in range(dialog.claims_model.rowCount())]
    return {cell.data(Role.KEY): tuple(cell.data(role) for role in (Role.VALUE, DISPLAY, TOOLTIP)) for cell in cells}


def check_claim_figures(dialog, claims: dict) -> None:
    """Every claim figure shown is the command's, exactly; undefined ones as "—" with the reason."""
    shown = claim_figures_shown(dialog)
    reasons = claim_figures(dialog.report).undefined()  # the command's words, said in the window's language
    assert list(shown) == [row.key for row in CLAIM_ROWS]
    for key, (value, text, tooltip) in shown.items():
        *group, name = key.split(".")[1:]
        expected = claims[group[0]][name] if group else claims[name]
        assert value == expected and type(value) is type(expected), key
        assert text == figure_text(expected)
        assert reasons.get(name, "") == claims["undefined"].get(name, "")
        assert tooltip == figure_tooltip(expected, reasons.get(name, ""))
        if expected is None:
            assert text == "—" and core_text(reasons[name]) in tooltip


def verdict(name: str) -> str:
    """A verdict's name as the window shows it."""
    return language.shown("claims.verdicts", name)


def progress(decided: int, total: int, remaining: int) -> str:
    return language.shown("compare.table", "{decided} of {total} disagreements decided · {remaining} remaining",
                          decided=decided, total=total, remaining=remaining)


def verdict_row(dialog) -> int:
    (row,) = [n for n, item in enumerate(dialog.model.items()) if item.is_verdict]
    return row


def test_the_claims_figures_are_the_commands(qtbot, capsys, seeded, compare_all):
    make_nato_claims(seeded)
    dialog = compare_all(seeded)
    assert cli.main(["compare", "alice", "bob", "--db", str(seeded.path), "--all", "--json"]) == 0
    claims = json.loads(capsys.readouterr().out)["claims"]
    assert dialog.figures.claims_box.isVisibleTo(dialog)
    check_claim_figures(dialog, claims)
    shown = claim_figures_shown(dialog)
    assert [shown[f"claims.{k}"][0] for k in ("a", "b", "matched")] == [1, 1, 1]
    assert shown["claims.verdicts.observed"][1] == "0.0000"
    assert shown["claims.grouping.f1"][0] == 1.0  # both put the same two sentences in one claim
    names = [dialog.claims_model.index(row, 0).data() for row in range(dialog.claims_model.rowCount())]
    assert names[:3] == [language.shown(CONTEXT, name) for name in ("A's claims", "B's claims", "matched")]
    ordinal = language.shown(CONTEXT, "Krippendorff's ordinal alpha over false < misleading < mixed < mostly-true < "
                             "true; unverifiable and missing verdicts left out")
    assert ordinal in dialog.claims_model.index(5, 0).data(TOOLTIP)  # the ordinal alpha says what it leaves out


def test_an_undefined_claim_figure_shows_why(qtbot, capsys, seeded, compare_all):
    make_nato_claims(seeded, {"alice": "misleading", "bob": None})
    dialog = compare_all(seeded)
    assert cli.main(["compare", "alice", "bob", "--db", str(seeded.path), "--all", "--json"]) == 0
    claims = json.loads(capsys.readouterr().out)["claims"]
    check_claim_figures(dialog, claims)
    value, text, tooltip = claim_figures_shown(dialog)["claims.verdicts.observed"]
    assert value is None and text == "—" and language.shown(
        "claims.compare", "no matched claim has a verdict from both reviewers") in tooltip
    index = dialog.claims_model.index(dialog.claims_model.row_of("claims.verdicts.observed"), 1)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # muted
    undefined = len(dialog.report.undefined()) + len(claims["undefined"])
    assert language.shown("compare.figures", "{n} figure(s) undefined (—): hover for the reason.", n=undefined) \
        in dialog.summary.text()
    # Bob not judging is a disagreement too: "No verdict" against "Misleading".
    row = verdict_row(dialog)
    assert dialog.model.index(row, B_TAGS).data() == verdict("No verdict")


def test_without_claims_no_claims_box(qtbot, seeded, compare_all):
    report = sentence_with(seeded, REPORT)
    seeded.set_label("alice", report, "claim", True)
    seeded.set_label("bob", report, "quote", True)
    dialog = compare_all(seeded)
    assert not dialog.figures.claims_box.isVisibleTo(dialog)
    assert language.shown("compare.figures", "No claims in these articles.") in dialog.summary.text()
    assert not any(item.is_verdict for item in dialog.model.items())


def test_the_verdict_disagreement_decided_by_a_undone_and_redone(qtbot, seeded, compare_all):
    report, correction = make_nato_claims(seeded)
    dialog = compare_all(seeded)
    items = dialog.model.items()
    assert len(items) == 2 and dialog.progress_label.text() == progress(0, 2, 2)
    row = verdict_row(dialog)
    dialog.select_row(row)
    model = dialog.model
    assert [model.index(row, c).data() for c in (KIND, A_TAGS, B_TAGS, DECISION)] == \
        [language.shown("compare.models", "verdict"), verdict("Misleading"), verdict("False"),
         language.shown("compare.models", "undecided")]
    assert model.index(row, SENTENCE).data().startswith("Le Wall Street Journal a rapporté")
    assert model.index(row, SENTENCE).data().endswith(language.shown("compare.models", "(+{n} more)", n=1))
    assert STATEMENTS["bob"] in model.index(row, SENTENCE).data(TOOLTIP)
    assert "003" not in model.index(row, 0).data() and model.index(row, 0).data() == model.title(items[row].article_id)

    # The detail: both claims as stated and judged, and both shared sentences highlighted.
    detail = dialog.detail
    assert detail.heading.text().startswith(language.shown("compare.detail", "Verdict") + " · ")
    assert (detail.a_chips.text(), detail.b_chips.text(), detail.gold_chips.text()) == \
        (verdict("Misleading"), verdict("False"), language.shown("compare.detail", "undecided"))
    shown = detail.claims.toPlainText()
    for reviewer in ("alice", "bob"):
        assert STATEMENTS[reviewer] in shown and RATIONALES[reviewer] in shown
    assert f"A · alice: {verdict('Misleading')}" in shown and f"B · bob: {verdict('False')}" in shown
    assert language.shown("compare.detail", "Sentences both claims hold ({n}):", n=2) in shown
    assert detail.claims.isVisibleTo(dialog) and not detail.sentences.isVisibleTo(dialog)
    highlighted = [" ".join(t.split()) for t in detail.context.highlighted_text()]
    assert highlighted == [" ".join(seeded.sentence_text(s).split()) for s in (report, correction)]

    # Edit is off here: greyed, and E only says why.
    assert not dialog.actions_by_name["edit"].isEnabled() and not dialog.buttons["edit"].isEnabled()
    assert dialog.buttons["edit"].toolTip() == language.shown("compare.dialog", NO_VERDICT_EDIT)
    assert dialog.actions_by_name["accept_a"].isEnabled()
    press(qtbot, dialog, "e")
    assert dialog.edit_dialog is None and dialog.undo_stack.count() == 0
    assert dialog.status.text() == language.shown("compare.dialog", NO_VERDICT_EDIT) + "."
    assert dialog.current_item() == items[row]
    assert not dialog.error.isVisibleTo(dialog)

    # A decides it: gold's claim is alice's, on the two shared sentences.
    press(qtbot, dialog, "a")
    (gold,) = seeded.claims.list("gold")
    assert gold.verdict == "misleading" and gold.statement == STATEMENTS["alice"] and gold.appearances == 2
    assert seeded.claims.get("gold", gold.id).rationale == RATIONALES["alice"]
    assert dialog.progress_label.text() == progress(1, 2, 1)
    assert model.index(row, DECISION).data() == f"A: {verdict('Misleading')}"
    assert dialog.undo_stack.undoText() == f"{language.shown('compare.dialog', 'accept A')} ({verdict('Misleading')})"
    assert dialog.status.text() == language.shown("compare.dialog", "Decided row {row}: {value}", row=row + 1,
                                                  value=verdict("Misleading"))
    assert dialog.current_item() != items[row]  # on to the other, undecided row
    assert dialog.actions_by_name["edit"].isEnabled()  # a tags row: E is on again

    # Undo: undecided, gold holds no claim there; redo: alice's again.
    press(qtbot, dialog, Qt.Key.Key_Z, CTRL)
    assert seeded.claims.list("gold") == []
    assert dialog.current_item() == items[row] and model.decision(items[row]) is None
    assert dialog.progress_label.text() == progress(0, 2, 2)
    assert detail.gold_chips.text() == language.shown("compare.detail", "undecided")
    assert not dialog.actions_by_name["edit"].isEnabled()
    press(qtbot, dialog, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [c.verdict for c in seeded.claims.list("gold")] == ["misleading"]
    assert model.decision(items[row]).choice == "a"

    # B replaces it, and deciding every row completes the gold layer's article.
    dialog.select_row(row)
    press(qtbot, dialog, "b")
    assert [c.verdict for c in seeded.claims.list("gold")] == ["false"]
    press(qtbot, dialog, "a")
    assert dialog.progress_label.text() == progress(2, 2, 0)
    assert seeded.status("gold", items[row].article_id) == "done"


def test_the_exports_hold_the_claims(qtbot, seeded, compare_all, tmp_path):
    report, _ = make_nato_claims(seeded)
    dialog = compare_all(seeded)
    dialog.select_row(verdict_row(dialog))
    press(qtbot, dialog, "a")
    document = json.loads(dialog.export_json(tmp_path / "report.json").read_text("utf-8"))
    claims = document["claims"]
    assert claims["matched"] == 1 and claims["verdicts"]["observed"] == 0.0
    (disagreement,) = claims["disagreements"]
    assert (disagreement["a_verdict"], disagreement["b_verdict"]) == ("misleading", "false")
    assert len(disagreement["appearances"]) == 2

    sections = read_csv_sections(dialog.export_csv(tmp_path / "report.csv").read_text("utf-8"))
    (row,) = sections["claims"]
    assert [int(row[k]) for k in ("a", "b", "matched", "judged", "pairs_both")] == [1, 1, 1, 1, 1]
    assert float(row["observed"]) == 0.0 and float(row["f1"]) == 1.0
    assert row["alpha_nominal"] == ("" if claims["verdicts"]["alpha_nominal"] is None else row["alpha_nominal"])
    (verdict,) = [r for r in sections["disagreement"] if r["disagreement"] == "verdict"]
    sentence = seeded.sentence(report)
    assert (verdict["article_id"], int(verdict["start"]), int(verdict["end"])) == \
        (sentence.article_id, sentence.start, sentence.end)
    assert (verdict["a"], verdict["b"], verdict["decision"], verdict["gold"]) == ("misleading", "false", "a", "misleading")
    assert (verdict["a_statement"], verdict["b_statement"]) == (STATEMENTS["alice"], STATEMENTS["bob"])
    assert verdict["text"] == seeded.sentence_text(report) and verdict["other_start"] == ""
    tags = [r for r in sections["disagreement"] if r["disagreement"] == "sentence"]
    assert tags and all(r["a_statement"] == r["b_statement"] == "" for r in tags)


def test_models_with_a_verdict_pass_the_model_tester(qtmodeltester, seeded):
    make_nato_claims(seeded)
    adjudication = Adjudication(seeded, "alice", "bob", all_articles=True)
    adjudication.refresh()
    model = DisagreementModel(seeded)
    model.set_items(adjudication.items, adjudication.decisions(), ("alice", "bob"))
    qtmodeltester.check(model)
    figures = FigureListModel(CLAIM_ROWS, "claims")
    figures.set_report(adjudication.report)
    qtmodeltester.check(figures)
    assert figures.rowCount() == len(CLAIM_ROWS)
    figures.set_report(None)
    assert figures.rowCount() == 0


def test_compared_off_the_gui_thread_the_verdict_is_decided_the_same(qtbot, seeded, compare_all):
    make_nato_claims(seeded)
    dialog = compare_all(seeded)
    dialog.threaded = True
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert dialog.job is not None and not dialog.compare_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.job.running and dialog.compare_button.isEnabled(), timeout=10_000)
    dialog.select_row(verdict_row(dialog))
    press(qtbot, dialog, "b")
    assert [c.verdict for c in seeded.claims.list("gold")] == ["false"]
