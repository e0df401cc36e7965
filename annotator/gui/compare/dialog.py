"""Compare reviewers…: the agreement report of two reviewers, and their disagreements decided.

Top: pick reviewer A, reviewer B, the gold layer's name and which articles
count, then Compare (:mod:`picker`). Middle: the figures as :mod:`annotator.review`
computed them (per label with its 2x2 grid, label sets, links, claims), pooled
over every unit (:mod:`figures`). Below: the disagreements (:mod:`table`, a model
over ``Adjudication.items``) and the selected one in its article (:mod:`detail`);
A / B / E decide it into the gold layer as undoable edits, and the selection
moves on to the next undecided one. A verdict disagreement is decided by taking
A's claim or B's: E is off on it (greyed, and pressed it says why).
Bottom: the report's exports (:mod:`export_bar`).
This module holds the behaviour that ties them together."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QSplitter, QVBoxLayout

from ...project.adjudication import Adjudication, Choice, Decision, Item, Outcome, Request, adopt, run_comparison
from ...errors import AnnotatorError, ProjectError
from ...project import Project
from ...review import Report
from ...review.report import MASI_VARIANT, POOLED
from ...project.changes import Changes
from ..commands import EditCommand
from ..i18n import QT_TRANSLATE_NOOP, core_text, error_text, translate
from ..jobs import Job, compare_task
from ..shortcuts import COMPARE_KEYS, bind
from ..widgets.labels import wrapped_label
from .detail import DecisionPane
from .edit_dialog import EditDialog
from .export_bar import ExportBar
from .figures import FiguresPanel, summary_text
from .models import DisagreementModel, UndecidedFilter, value_text
from .picker import ReviewerPicker, request_problem
from .selected import show_selected
from .table import DisagreementList

#: Why E is off on a verdict disagreement (the button's tip, and the status when E is pressed).
NO_VERDICT_EDIT = QT_TRANSLATE_NOOP("compare.dialog",
                                    "A verdict is decided by taking A's claim (A) or B's (B); it cannot be edited here")


class CompareDialog(QDialog):
    """Non-modal: compare two reviewers of ``project`` and decide their disagreements."""

    #: Files with more sentences than this are compared off the GUI thread; below it a
    #: comparison is short enough to run under a wait cursor (tests/benchmarks/README.md).
    THREAD_THRESHOLD = 3000

    def __init__(self, project: Project, parent=None, reviewer_a: str | None = None,
                 reviewer_b: str | None = None):
        super().__init__(parent)
        self.setObjectName("compare-dialog")
        self.setWindowTitle(translate("compare.dialog", "Compare reviewers"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.project = project
        self.adjudication: Adjudication | None = None
        self.report: Report | None = None
        self.request: Request | None = None
        self.job: Job | None = None
        self.edit_dialog: EditDialog | None = None
        self.threaded: bool | None = None  # None: decided by THREAD_THRESHOLD
        self.undo_stack = QUndoStack(self)
        self._build()
        self._build_actions()
        self._fill_reviewers(reviewer_a, reviewer_b)
        self.resize(1280, 800)
        self.splitter.setSizes([800, 460])
        self._set_report(None)
        if reviewer_a and reviewer_b:
            self.compare()

    # -- building ------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        self._build_picker(layout)
        self.gold_note = wrapped_label("gold-note", style="color:#8a5a00;")
        self.gold_note.hide()
        layout.addWidget(self.gold_note)
        self.summary = wrapped_label("compare-summary")
        self.summary.setToolTip(core_text(MASI_VARIANT))
        layout.addWidget(self.summary)
        self.error = wrapped_label("compare-error", style="color:#b00020; font-weight:600;")
        self.error.hide()
        layout.addWidget(self.error)
        self.figures = FiguresPanel()
        self.labels_model = self.figures.labels_model
        self.sets_model = self.figures.sets_model
        self.links_model = self.figures.links_model
        self.claims_model = self.figures.claims_model
        self.grids = self.figures.grids
        layout.addWidget(self.figures)
        layout.addWidget(self._build_disagreements(), 1)
        self.exports = ExportBar(self.project.path, self.model.export_rows, self._fail, self.close)
        self.exports.titles = lambda: {a.id: a.title for a in self.project.articles(None)}
        self.status = self.exports.status
        self.export_json_button, self.export_csv_button = self.exports.json_button, self.exports.csv_button
        self.export_json, self.export_csv = self.exports.export_json, self.exports.export_csv
        layout.addWidget(self.exports)

    def _build_picker(self, layout: QVBoxLayout) -> None:
        self.picker = ReviewerPicker()
        self.combo_a, self.combo_b = self.picker.combo_a, self.picker.combo_b
        self.gold_edit, self.all_box = self.picker.gold_edit, self.picker.all_box
        self.compare_button, self.busy = self.picker.compare_button, self.picker.busy
        self.gold_edit.textChanged.connect(self._gold_name_changed)
        self.compare_button.clicked.connect(self.compare)
        layout.addWidget(self.picker)

    def _build_disagreements(self) -> QSplitter:
        """The disagreements beside the selected one."""
        self.model = DisagreementModel(self.project, self)
        self.proxy = UndecidedFilter(self)
        self.proxy.setSourceModel(self.model)
        self.list_pane = list_pane = DisagreementList(self.model, self.proxy)
        self.table, self.undecided_box = list_pane.table, list_pane.undecided_box
        self.progress, self.progress_label = list_pane.progress, list_pane.progress_label
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.typed.connect(self._key_off)
        self.undecided_box.toggled.connect(self._filter_toggled)
        decision_pane = DecisionPane()
        decision_pane.follow(self.undo_stack)
        self.detail, self.buttons = decision_pane.detail, decision_pane.buttons
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("compare-splitter")
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(decision_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([800, 460])
        return self.splitter

    def _build_actions(self) -> None:
        """The actions of the key table; a button shows its action's letter (a chord only in its tip)."""
        self.actions_by_name: dict[str, QAction] = bind(COMPARE_KEYS, self, "compare-action-")
        for key in COMPARE_KEYS:
            button = self.buttons.get(key.name)
            if button is not None:
                action = self.actions_by_name[key.name]
                button.setText(f"{action.text()} ({key.keys[0]})" if len(key.keys[0]) == 1 else action.text())
                button.setToolTip(action.toolTip())
                button.clicked.connect(action.trigger)

    def _fill_reviewers(self, a: str | None, b: str | None) -> None:
        if not self.picker.set_reviewers(self.project.reviewers(), a, b):
            self.summary.setText(translate("compare.dialog", "Comparing needs two reviewers in this file; "
                                           "import another reviewer's JSON first (File menu)."))
        self._gold_name_changed(self.gold_edit.text())
        self.compare_button.setFocus()

    def _gold_name_changed(self, text: str) -> None:
        name = text.strip()
        if name and name in self.project.reviewers() and (self.request is None or name != self.request.gold):
            self.gold_note.setText(translate(
                "compare.dialog", "“{name}” exists: on the compared articles its work is rebuilt from what A and B "
                "agree on, plus the decisions taken in this window.").format(name=name))
            self.gold_note.show()
        else:
            self.gold_note.hide()

    # -- comparing -----------------------------------------------------------------------

    def current_request(self) -> Request:
        return Request(*self.picker.choice())

    def _should_thread(self) -> bool:
        if self.threaded is not None:
            return self.threaded
        return sum(a.sentences for a in self.project.articles(None)) > self.THREAD_THRESHOLD

    def compare(self) -> None:
        """Compare the picked reviewers (in a worker thread for a large file)."""
        if self.job is not None and self.job.running:
            return
        request = self.current_request()
        problem = request_problem(request)
        if problem:
            self._fail(problem)
            return
        self.error.hide()
        if self._should_thread():
            self.picker.set_busy(True)
            self.job = Job(self.project.path, compare_task(request), readonly=self.project.readonly, parent=self)
            self.job.done.connect(partial(self._finished, request))
            self.job.start()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcome, error = run_comparison(self.project, request), None
        except ProjectError as raised:
            outcome, error = None, raised
        finally:
            QApplication.restoreOverrideCursor()
        self._finished(request, outcome, error)

    def _finished(self, request: Request, result: Outcome | None, error: Exception | None) -> None:
        self.picker.set_busy(False)
        if error is not None:
            self._fail(error_text(error))
            return
        made = result.adjudication
        if made is not None and made.project is self.project:
            self.adjudication = made
        else:  # computed by the worker on its own connection: decide on ours
            self.adjudication = adopt(self.project, request, result)
        self.request = request
        self.undo_stack.clear()
        self.model.set_items(result.items, result.decisions, (request.a, request.b))
        self.detail.set_names(request.a, request.b, request.gold)
        self._set_report(result.report)
        self.figures.set_panel(result.panel)
        self.exports.set_panel(result.panel)
        self._gold_name_changed(self.gold_edit.text())
        self.status.setText("")
        if result.items:
            self.select_row(self.model.next_undecided(-1) if self.model.decided() < len(result.items) else 0)
            self.table.setFocus()

    def _fail(self, message: str) -> None:
        self.picker.set_busy(False)
        self.error.setText(message)
        self.error.show()

    def _set_report(self, report: Report | None) -> None:
        self.report = report
        self.figures.set_report(report)
        self.exports.set_report(report)
        if report is None:
            if self.compare_button.isEnabled():
                pooled = core_text(POOLED)
                self.summary.setText(translate("compare.dialog", "Pick two reviewers and press Compare.") + " "
                                     + pooled[0].upper() + pooled[1:] + ".")
            if self.request is None:
                self.model.set_items([], {})
            self._update_progress()
            return
        self.summary.setText(summary_text(report, bool(self.request and self.request.all_articles)))
        self._update_progress()

    # -- the list and the selected disagreement ---------------------------------------

    def _update_progress(self) -> None:
        """The counts, and which commands are on: the edits once compared on a writable
        file, but E never on a verdict disagreement (its button's tip says why)."""
        total = len(self.model.items())
        decided = self.model.decided()
        self.list_pane.show_progress(decided, total, compared=self.report is not None)
        editable = self.adjudication is not None and not self.project.readonly and total > 0
        verdict = self._on_verdict()
        for name in (key.name for key in COMPARE_KEYS if key.edits):
            self.actions_by_name[name].setEnabled(editable and not (verdict and name == "edit"))
            self.buttons[name].setEnabled(self.actions_by_name[name].isEnabled())
        self.buttons["edit"].setToolTip(translate("compare.dialog", NO_VERDICT_EDIT) if verdict
                                        else self.actions_by_name["edit"].toolTip())
        self.buttons["next_undecided"].setEnabled(total > decided)

    def _on_verdict(self) -> bool:
        item = self.current_item()
        return item is not None and item.is_verdict

    def _key_off(self, text: str) -> None:
        """A letter no enabled command took: E on a verdict says why; nothing else happens."""
        if text.upper() == "E" and self._on_verdict() and not self.project.readonly:
            self.status.setText(translate("compare.dialog", NO_VERDICT_EDIT) + ".")

    def current_item(self) -> Item | None:
        row = self.list_pane.current_row()
        return None if row < 0 else self.model.item(row)

    def select_row(self, source_row: int) -> None:
        """Make the model's row current, and show it even if it already was (its decision may have changed)."""
        if source_row >= 0:
            self.list_pane.select_row(source_row)
            self._show_current()

    def _show_current(self) -> None:
        item = self.current_item()
        self._update_progress()
        if item is None:
            self.detail.clear(translate("compare.dialog", "No disagreement selected") if self.model.items() else
                              (translate("compare.dialog", "No disagreements") if self.report else ""))
            return
        position = translate("compare.dialog", "{n} of {total}").format(n=self.model.row_of(item) + 1,
                                                                         total=len(self.model.items()))
        show_selected(self.detail, self.project, self.model, item, self.model.decision(item), position)

    def _filter_toggled(self, on: bool) -> None:
        item = self.current_item()
        self.proxy.set_undecided_only(on)
        if item is not None:
            row = self.model.row_of(item)
            if on and self.model.is_decided(row):
                row = self.model.next_undecided(row)
            self.select_row(row)

    def move(self, step: int) -> None:
        self.select_row(self.list_pane.row_after(step))

    # -- deciding ------------------------------------------------------------------------

    def decide(self, choice: Choice, value: frozenset[str] | None = None) -> None:
        """Take A's value, B's, or an edited one into gold for the selected item, as one undoable step."""
        item = self.current_item()
        if item is None or self.adjudication is None or self.project.readonly:
            return
        if value is None:
            value = item.a if choice == "a" else item.b
        wanted = Decision(choice, frozenset(value))
        who = {"a": translate("compare.dialog", "accept A"), "b": translate("compare.dialog", "accept B"),
               "edit": translate("compare.dialog", "edit")}[choice]
        edit = partial(self.adjudication.decide, item, choice, wanted.value)
        try:
            self.undo_stack.push(EditCommand(f"{who} ({value_text(item, wanted.value)})", edit,
                                             partial(self._decided, item, wanted), partial(self._not_decided, item)))
        except ProjectError as error:
            self._fail(error_text(error))

    def _decided(self, item: Item, wanted: Decision, _changes: Changes) -> None:
        """A decision, or its undo, reached gold for ``item``: show the row as gold holds it
        now (the record says what was replaced, not what is there), then go where the
        work is (back to the row when ``wanted`` was undone)."""
        decision = self.adjudication.decisions().get(item.key)
        self.model.set_decision(item, decision)
        self._update_progress()
        row = self.model.row_of(item)
        if decision != wanted:
            self.select_row(row)
            self.status.setText((translate("compare.dialog", "Undone: row {row} is undecided") if decision is None
                                 else translate("compare.dialog", "Undone: row {row} is back as before"))
                                .format(row=row + 1))
            return
        following = self.model.next_undecided(row)
        if following < 0:
            self.select_row(row)
            self.status.setText(translate("compare.dialog",
                                          "Every disagreement is decided: the gold layer is complete."))
        else:
            self.select_row(following)
            self.status.setText(translate("compare.dialog", "Decided row {row}: {value}").format(
                row=row + 1, value=value_text(item, decision.value)))

    def _not_decided(self, item: Item, error: AnnotatorError) -> None:
        """A decision or its undo that did not reach the file: the row as gold holds it, and why."""
        self.model.set_decision(item, self.adjudication.decisions().get(item.key))
        self.select_row(self.model.row_of(item))
        self._fail(translate("compare.dialog", "Not saved, nothing changed in the file: {error}").format(error=error_text(error)))

    def open_editor(self) -> None:
        item = self.current_item()
        if item is None or self.adjudication is None or self.project.readonly:
            return
        if item.is_verdict:
            self._key_off("E")
            return
        decision = self.model.decision(item)
        if decision is not None:
            current = decision.value
        elif item.is_link:
            current = item.a or item.b
        else:
            current = item.a | item.b  # what either proposed: Enter keeps it, the reviewer takes away
        texts = [self.model.text(sid) for sid in ((item.sentence, item.other) if item.is_link else (item.sentence,))]
        self.edit_dialog = EditDialog(item, current, (self.request.a, self.request.b), texts, self)
        self.edit_dialog.accepted.connect(lambda i=item, d=self.edit_dialog: self._edited(i, d))
        self.edit_dialog.open()

    def _edited(self, item: Item, dialog: EditDialog) -> None:
        if self.current_item() != item:
            self.select_row(self.model.row_of(item))
        self.decide("edit", dialog.value())
        self.table.setFocus()

    # -- the next undecided disagreement (key N) -----------------------------------------

    def next_undecided(self) -> None:
        item = self.current_item()
        row = self.model.next_undecided(self.model.row_of(item) if item else -1)
        if row < 0:
            self.status.setText(translate("compare.dialog", "Every disagreement is decided."))
        else:
            self.select_row(row)

    # -- closing ----------------------------------------------------------------------

    def done(self, result: int) -> None:
        if self.job is not None and self.job.running:
            self.job.wait()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.job is not None and self.job.running:
            self.job.wait()
        super().closeEvent(event)
