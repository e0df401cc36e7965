"""The File menu of the main window: databases, recent files, import, export, reviewer.

A mixin of :class:`MainWindow`, kept apart so each module holds one idea.
Dialogs are module-level names (``QFileDialog``, ``QInputDialog``...) so tests
can monkeypatch them.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog

from . import state
from ..project import WouldReplace
from .jobs import EXPORT, IMPORT, Job, export_task, import_task

ARTICLE_FILTER = "Articles (*.txt *.md *.text);;All files (*)"
DB_FILTER = "annotator files (*.db *.sqlite *.annotator);;All files (*)"


def safe_name(text: str) -> str:
    """A reviewer's name as part of a default file name: no folder separators or odd characters."""
    cleaned = "".join(c if c.isalnum() or c in "-_." else "-" for c in text).strip(".-")
    return cleaned or "reviewer"


class FileActions:
    # -- databases -------------------------------------------------------------

    def _on_new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "New annotator file", str(Path.home() / "annotator.db"), DB_FILTER)
        if name:
            self.open_path(Path(name))

    def _on_open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open annotator file", str(self.project.path.parent), DB_FILTER)
        if name:
            self.open_path(Path(name), existing=True)

    def busy(self) -> bool:
        """Work on the open file still running in a thread (the file must not change under it)."""
        return self.import_job is not None or self.exchange_job is not None

    def open_path(self, path: Path, existing: bool = False) -> bool:
        """Show another file; ``existing``: never create it (a recent file moved or deleted)."""
        from .app import open_project  # app.py owns the "cannot open" dialogs

        if self.busy():
            QMessageBox.warning(self, "Please wait", "An import or export is still running on this file; "
                                "open another file when it has finished.")
            return False
        if existing and not Path(path).is_file():
            state.forget_file(self.settings, path)
            QMessageBox.warning(self, "Cannot open the annotator file",
                                f"{path}\nno longer exists (moved or deleted?). It was removed from the recent files.")
            return False
        self.inspector.commit_note()
        project = open_project(path, self)
        if project is None:
            return False
        state.remember_file(self.settings, project.path)
        self.load_project(project)
        return True

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = state.recent_files(self.settings)
        for number, name in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {name}")
            action.triggered.connect(lambda _=False, name=name: self.open_path(Path(name), existing=True))
        if not files:
            self.recent_menu.addAction("(none)").setEnabled(False)

    # -- importing articles ----------------------------------------------------

    def _on_import_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "Import articles", str(Path.home()), ARTICLE_FILTER)
        if names:
            self.start_import([Path(n) for n in names])

    def _on_import_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "Import every article of a folder", str(Path.home()))
        if name:
            self.start_import([Path(name)])

    def start_import(self, paths: list[Path]) -> None:
        """Import in a worker thread (its own connection) with a cancellable progress dialog."""
        if self._refused_while_busy():
            return
        self.progress_dialog = QProgressDialog("Importing articles…", "Cancel", 0, 0, self)
        self.progress_dialog.setObjectName("import-progress")
        self.progress_dialog.setWindowTitle("Import")
        self.progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress_dialog.setMinimumDuration(300)
        job = Job(self.project.path, lambda project, progress: project.import_paths(paths, progress), parent=self)
        job.progress.connect(self._import_progress)
        self.progress_dialog.canceled.connect(job.cancel)
        job.done.connect(self._import_done)
        self.import_job = job
        job.start()

    def _import_progress(self, done: int, total: int, current: str) -> None:
        dialog = self.progress_dialog
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1) - 1) if done < total else total)
        dialog.setLabelText(f"Importing {done + 1 if done < total else done} of {total}\n{Path(current).name}")

    def _import_done(self, result, error: Exception | None) -> None:
        job, self.import_job = self.import_job, None
        cancelled = job.cancelled
        if self._close_when_done:
            self.close()
            return
        self.progress_dialog.reset()
        self.progress_dialog.hide()
        self.check_external_changes()
        self.reload_list()
        if error is not None:
            self._report("Import failed", str(error))
            return
        lines = [f"{len(result.added)} article(s) added, {len(result.skipped)} already there."]
        if cancelled:
            lines.insert(0, "Import cancelled; the files read before stopping were kept.")
        if result.refused:
            lines.append(f"{len(result.refused)} file(s) refused:")
            lines += [f"  {problem}" for problem in result.refused[:20]]
        if result.added and self.main_pane.view.article() is None:
            self.open_article(result.added[0], "main")
        self.statusBar().showMessage(lines[0], 8000)
        if result.refused or cancelled:
            self._report("Import", "\n".join(lines))

    def _report(self, title: str, text: str) -> None:
        """A message that does not block (the window stays usable; tests are not stuck)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("report")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_report = text

    # -- exchange --------------------------------------------------------------

    def _refused_while_busy(self) -> bool:
        if self.busy():
            self.statusBar().showMessage("An import or export is already running", 5000)
            return True
        return False

    def _on_export_json(self) -> None:
        if self._refused_while_busy():
            return
        self.inspector.commit_note()  # a note typed a moment ago belongs in the export
        if self.reviewer not in self.project.reviewers():
            QMessageBox.information(
                self, "Nothing to export",
                f"{self.reviewer} has not tagged, noted or linked anything in this file yet.")
            return
        default = self.project.path.with_name(f"{self.project.path.stem}-{safe_name(self.reviewer)}.json")
        name, _ = QFileDialog.getSaveFileName(self, "Export my annotations", str(default), "JSON (*.json)")
        if name:
            # Export only reads: a read-only connection, so it works on a read-only file too.
            self.start_exchange(EXPORT, True, export_task(self.reviewer, Path(name)),
                                f"Exporting {self.reviewer}'s annotations to\n{Path(name).name}…")

    def _on_import_json(self) -> None:
        if self._refused_while_busy():
            return
        name, _ = QFileDialog.getOpenFileName(self, "Import a reviewer's annotations", str(Path.home()), "JSON (*.json)")
        if name:
            self.inspector.commit_note()
            self._import_json(Path(name), replace=False)

    def _import_json(self, source: Path, replace: bool) -> None:
        self.start_exchange(IMPORT, False, import_task(source, replace),
                            f"Importing the annotations in\n{source.name}…")

    def _confirm_replace(self, refusal: WouldReplace) -> None:
        """The file lacks some of the reviewer's work here: say what would go, import on Yes."""
        answer = QMessageBox.question(
            self, "Replace annotations?",
            f"{Path(refusal.path).name} does not hold all of {refusal.reviewer}'s work in this file.\n\n"
            f"Importing it replaces their work on its articles and removes: {refusal.summary()}.\n\n"
            "Import it anyway?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._import_json(Path(refusal.path), replace=True)

    def start_exchange(self, kind: str, readonly: bool, task, label: str) -> None:
        """Run an export or import of a reviewer's JSON in a worker thread (its own connection),
        behind a window-modal busy dialog: the window repaints, edits wait."""
        if self._refused_while_busy():
            return
        dialog = QProgressDialog(label, "", 0, 0, self)
        dialog.setObjectName("exchange-progress")
        dialog.setWindowTitle("Export" if kind == EXPORT else "Import")
        dialog.setCancelButton(None)  # all or nothing in the core: nothing to stop half-way
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setValue(0)  # (re)starts the 300 ms timer; otherwise Qt's 4 s default applies
        self.exchange_dialog = dialog
        job = Job(self.project.path, task, readonly=readonly or self.project.readonly, parent=self)
        job.done.connect(partial(self._exchange_done, kind))
        self.exchange_job = job
        job.start()

    def _exchange_done(self, kind: str, result, error: Exception | None) -> None:
        self.exchange_job = None
        self.exchange_dialog.reset()
        self.exchange_dialog.hide()
        self.exchange_dialog.deleteLater()
        if kind == EXPORT:
            if error is not None:
                QMessageBox.warning(self, "Export failed", str(error))
            else:
                self.statusBar().showMessage(f"Exported {self.reviewer}'s annotations to {result}", 8000)
        else:
            if isinstance(error, WouldReplace):
                if not self._close_when_done:
                    self._confirm_replace(error)
            elif error is not None:
                QMessageBox.warning(self, "Import failed", f"Nothing was imported.\n\n{error}")
            else:
                if result == self.reviewer:  # the file replaced my layer: the undo history no longer describes it
                    self.undo_stack.clear()
                self._version = -1  # the worker's connection wrote: reload the list and panes once
                self.check_external_changes()
                who = result if result is not None else "no reviewer (articles only)"
                self.statusBar().showMessage(f"Imported the annotations of {who}", 8000)
        if self._close_when_done:
            self.close()

    # -- reviewer --------------------------------------------------------------

    def _on_switch_reviewer(self) -> None:
        names = sorted(set(self.project.reviewers()) | {self.reviewer})
        name, ok = QInputDialog.getItem(
            self, "Switch reviewer", "Work as (type a new name to add one):", names,
            names.index(self.reviewer), True)
        name = name.strip() if ok else ""
        if name and name != self.reviewer:
            self.switch_reviewer(name)

    def switch_reviewer(self, name: str) -> None:
        self.inspector.commit_note()
        self.reviewer = name
        self.settings.setValue(state.REVIEWER, name)
        current = self.main_pane.view.article()
        self.load_project(self.project)
        if current is not None:
            self.open_article(current.id, "main")

    # -- the rest ----------------------------------------------------------------

    def _on_quit(self) -> None:
        self.close()

    def _on_about(self) -> None:
        QMessageBox.about(
            self, "About annotator",
            f"annotator — tag and link the sentences of news articles.\n\nFile: {self.project.path}\n"
            f"Reviewer: {self.reviewer}")
