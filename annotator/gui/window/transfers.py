"""Work on the open file that runs in a worker thread: importing articles, a reviewer's JSON in or out.

One at a time: while one runs (:meth:`Transfers.busy`) the file is not switched
and no other starts. The dialogs are the module-level Qt names (``QFileDialog``,
``MessageBox``...), so tests can monkeypatch them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QProgressDialog

from ...errors import WouldReplace, about
from ...project.exports import SUFFIXES
from ..i18n import QT_TRANSLATE_NOOP, core_text, error_text, translate
from ..jobs import EXPORT, IMPORT, Job, export_as_task, export_task, import_task
from ..widgets.inspector import Inspector
from ..widgets.messages import MessageBox, plain_progress
from .listing import ArticleListing
from .navigation import Navigation
from .refresh import Refresh
from .session import Session



def article_filter() -> str:
    return translate("window.transfers", "Articles (*.txt *.md *.text);;All files (*)")


#: What File > Export as… offers: the format's name in the list (translated where shown), its file filter, its format.
EXPORT_FORMATS = (
    (QT_TRANSLATE_NOOP("window.transfers", "JSON (annotator exchange file, imports back)"), "JSON (*.json)", "json"),
    (QT_TRANSLATE_NOOP("window.transfers", "W3C Web Annotation (JSON-LD, imports back)"),
     "JSON-LD (*.jsonld *.json)", "w3c"),
    (QT_TRANSLATE_NOOP("window.transfers", "ClaimReview (schema.org markup of judged claims)"),
     "JSON-LD (*.jsonld *.json)", "claimreview"),
    (QT_TRANSLATE_NOOP("window.transfers", "CSV tables (a .zip)"), "Zip (*.zip)", "csv"),
    (QT_TRANSLATE_NOOP("window.transfers", "brat standoff (a .zip of .txt and .ann files)"), "Zip (*.zip)", "brat"),
)


def safe_name(text: str) -> str:
    """A reviewer's name as part of a default file name: no folder separators or odd characters."""
    cleaned = "".join(c if c.isalnum() or c in "-_." else "-" for c in text).strip(".-")
    return cleaned or "reviewer"


class Transfers:
    """Each job opens its own connection; the window refreshes from the file when it is done.

    ``window`` is the parent of the dialogs, shows the status messages, and is closed
    when the user closed it while a job ran (:meth:`close_when_done`).
    """

    def __init__(self, window: QMainWindow, session: Session, inspector: Inspector, undo_stack: QUndoStack,
                 listing: ArticleListing, navigation: Navigation, refresh: Refresh):
        self.window, self.session, self.inspector, self.undo_stack = window, session, inspector, undo_stack
        self.listing, self.navigation, self.refresh = listing, navigation, refresh
        self.import_job: Job | None = None
        self.exchange_job: Job | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.exchange_dialog: QProgressDialog | None = None
        self.last_report = ""
        self._close_when_done = False
        # told when articles or a reviewer's JSON went in (the search index catches up then)
        self.after_import: list[Callable[[], None]] = []

    def busy(self) -> bool:
        """Work on the open file still running in a thread (the file must not change under it)."""
        return self.import_job is not None or self.exchange_job is not None

    def close_when_done(self) -> bool:
        """The window is asked to close: when a job runs, stop what can stop and close after; True then."""
        if not self.busy():
            return False
        self._close_when_done = True
        if self.import_job is not None:
            self.import_job.cancel()
        self.window.statusBar().showMessage(
            translate("window.transfers", "Finishing the running import or export; the window closes then…"))
        return True

    def _refused_while_busy(self) -> bool:
        if self.busy():
            self.window.statusBar().showMessage(translate("window.transfers", "An import or export is already running"),
                                                5000)
            return True
        return False

    def _report(self, title: str, text: str) -> None:
        """A message that does not block (the window stays usable; tests are not stuck)."""
        box = MessageBox(MessageBox.Icon.Information, title, text, MessageBox.StandardButton.Ok, self.window)
        box.setObjectName("report")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_report = text

    # -- importing articles ----------------------------------------------------

    def import_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self.window, translate("window.transfers", "Import articles"),
                                                str(Path.home()), article_filter())
        if names:
            self.start_import([Path(n) for n in names])

    def import_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self.window, translate("window.transfers", "Import every article of a folder"), str(Path.home()))
        if name:
            self.start_import([Path(name)])

    def start_import(self, paths: list[Path]) -> None:
        """Import in a worker thread (its own connection) with a cancellable progress dialog."""
        if self._refused_while_busy():
            return
        dialog = plain_progress(QProgressDialog(translate("window.transfers", "Importing articles…"),
                                                translate("window.transfers", "Cancel"), 0, 0, self.window))
        dialog.setObjectName("import-progress")
        dialog.setWindowTitle(translate("window.transfers", "Import"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        self.progress_dialog = dialog
        job = Job(self.session.project.path, lambda project, progress: project.import_paths(paths, progress),
                  parent=self.window)
        job.progress.connect(self._import_progress)
        dialog.canceled.connect(job.cancel)
        job.done.connect(self._import_done)
        self.import_job = job
        job.start()

    def _import_progress(self, done: int, total: int, current: str) -> None:
        dialog = self.progress_dialog
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1) - 1) if done < total else total)
        dialog.setLabelText(translate("window.transfers", "Importing {n} of {total}\n{file}").format(
            n=done + 1 if done < total else done, total=total, file=Path(current).name))

    def _import_done(self, result, error: Exception | None) -> None:
        job, self.import_job = self.import_job, None
        cancelled = job.cancelled
        if self._close_when_done:
            self.window.close()
            return
        self.progress_dialog.reset()
        self.progress_dialog.hide()
        self.refresh.check_external_changes()
        self.listing.reload()
        for follower in self.after_import:
            follower()
        if error is not None:
            self._report(translate("window.transfers", "Import failed"), error_text(error))
            return
        lines = [translate("window.transfers", "{added} article(s) added, {skipped} already there.").format(
            added=len(result.added), skipped=len(result.skipped))]
        if cancelled:
            lines.insert(0, translate("window.transfers",
                                      "Import cancelled; the files read before stopping were kept."))
        if result.refused:
            lines.append(translate("window.transfers", "{n} file(s) refused:").format(n=len(result.refused)))
            lines += [f"  {core_text(about(problem.path, problem.reason))}" for problem in result.refused[:20]]
        if result.changed:
            lines.append(translate("window.transfers", "Changed since imported under the same name, "
                                   "now an article of its own beside the old one:"))
            lines += [f"  {source}" for source, _ in result.changed[:20]]
        if result.added and self.navigation.panes.main.view.article() is None:
            self.navigation.open_article(result.added[0], "main")
        self.window.statusBar().showMessage(lines[0], 8000)
        if result.refused or result.changed or cancelled:
            self._report(translate("window.transfers", "Import"), "\n".join(lines))

    # -- a reviewer's JSON ----------------------------------------------------

    def _ready_to_export(self) -> bool:
        """No other transfer running, the note being typed saved (it belongs in the export),
        and the reviewer has work in the file; else the reviewer is told why not."""
        if self._refused_while_busy():
            return False
        self.inspector.commit_note()
        reviewer = self.session.reviewer
        if reviewer not in self.session.project.reviewers():
            MessageBox.information(
                self.window, translate("window.transfers", "Nothing to export"),
                translate("window.transfers", "{reviewer} has not tagged, noted or linked anything in this file yet."
                          ).format(reviewer=reviewer))
            return False
        return True

    def export_json(self) -> None:
        if not self._ready_to_export():
            return
        project, reviewer = self.session.project, self.session.reviewer
        default = project.path.with_name(f"{project.path.stem}-{safe_name(reviewer)}.json")
        name, _ = QFileDialog.getSaveFileName(self.window, translate("window.transfers", "Export my annotations"),
                                              str(default), "JSON (*.json)")
        if name:
            # Export only reads: a read-only connection, so it works on a read-only file too.
            self.start_exchange(EXPORT, True, export_task(reviewer, Path(name)),
                                translate("window.transfers", "Exporting {reviewer}'s annotations to\n{file}…")
                                .format(reviewer=reviewer, file=Path(name).name))

    def export_as(self) -> None:
        """Ask for a format and a file, then export in a worker thread; warnings shown after."""
        if not self._ready_to_export():
            return
        project, reviewer = self.session.project, self.session.reviewer
        names = [translate("window.transfers", name) for name, _, _ in EXPORT_FORMATS]
        chosen, ok = QInputDialog.getItem(self.window, translate("window.transfers", "Export as"),
                                          translate("window.transfers", "Format:"), names, 0, False)
        if not ok:
            return
        _, file_filter, fmt = EXPORT_FORMATS[names.index(chosen)]
        default = project.path.with_name(f"{project.path.stem}-{safe_name(reviewer)}-{fmt}{SUFFIXES[fmt]}")
        name, _ = QFileDialog.getSaveFileName(
            self.window, translate("window.transfers", "Export as {format}").format(format=fmt), str(default),
            file_filter)
        if name:
            self.start_exchange(EXPORT, True, export_as_task(reviewer, Path(name), fmt),
                                translate("window.transfers", "Exporting {reviewer}'s annotations to\n{file}…")
                                .format(reviewer=reviewer, file=Path(name).name))

    def import_json(self) -> None:
        if self._refused_while_busy():
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window, translate("window.transfers", "Import a reviewer's annotations"), str(Path.home()),
            translate("window.transfers", "JSON or W3C Web Annotation (*.json *.jsonld);;All files (*)"))
        if name:
            self.inspector.commit_note()
            self._import_json(Path(name), replace=False)

    def _import_json(self, source: Path, replace: bool) -> None:
        self.start_exchange(IMPORT, False, import_task(source, replace),
                            translate("window.transfers", "Importing the annotations in\n{file}…").format(
                                file=source.name))

    def _confirm_replace(self, refusal: WouldReplace) -> None:
        """The file lacks some of the reviewer's work here: say what would go, import on Yes."""
        answer = MessageBox.question(
            self.window, translate("window.transfers", "Replace annotations?"),
            translate("window.transfers", "{file} does not hold all of {reviewer}'s work in this file.\n\n"
                      "Importing it replaces their work on its articles and removes: {what}.\n\n"
                      "Import it anyway?").format(file=Path(refusal.path).name, reviewer=refusal.reviewer,
                                                  what=core_text(refusal.summary())),
            MessageBox.StandardButton.Yes | MessageBox.StandardButton.No,
            MessageBox.StandardButton.No)
        if answer == MessageBox.StandardButton.Yes:
            self._import_json(Path(refusal.path), replace=True)

    def start_exchange(self, kind: str, readonly: bool, task, label: str) -> None:
        """Run an export or import of a reviewer's JSON in a worker thread (its own connection),
        behind a window-modal busy dialog: the window repaints, edits wait."""
        if self._refused_while_busy():
            return
        dialog = plain_progress(QProgressDialog(label, "", 0, 0, self.window))
        dialog.setObjectName("exchange-progress")
        dialog.setWindowTitle(translate("window.transfers", "Export") if kind == EXPORT
                              else translate("window.transfers", "Import"))
        dialog.setCancelButton(None)  # all or nothing in the core: nothing to stop half-way
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setValue(0)  # (re)starts the 300 ms timer; otherwise Qt's 4 s default applies
        self.exchange_dialog = dialog
        project = self.session.project
        job = Job(project.path, task, readonly=readonly or project.readonly, parent=self.window)
        job.done.connect(partial(self._exchange_done, kind))
        self.exchange_job = job
        job.start()

    def _exchange_done(self, kind: str, result, error: Exception | None) -> None:
        self.exchange_job = None
        self.exchange_dialog.reset()
        self.exchange_dialog.hide()
        self.exchange_dialog.deleteLater()
        if kind == EXPORT:
            self._exported(result, error)
        else:
            self._imported(result, error)
        if self._close_when_done:
            self.window.close()

    def _exported(self, result, error: Exception | None) -> None:
        if error is not None:
            MessageBox.warning(self.window, translate("window.transfers", "Export failed"), error_text(error))
            return
        path, warnings = result if isinstance(result, tuple) else (result, [])
        self.window.statusBar().showMessage(
            translate("window.transfers", "Exported {reviewer}'s annotations to {file}").format(
                reviewer=self.session.reviewer, file=path), 8000)
        if warnings:
            self._report(translate("window.transfers", "Export"),
                         translate("window.transfers", "Exported to {file}, with these warnings:").format(file=path)
                         + "\n\n" + "\n".join(map(core_text, warnings[:21])))

    def _imported(self, result, error: Exception | None) -> None:
        if isinstance(error, WouldReplace):
            if not self._close_when_done:
                self._confirm_replace(error)
        elif error is not None:
            MessageBox.warning(self.window, translate("window.transfers", "Import failed"),
                               translate("window.transfers", "Nothing was imported.\n\n{error}").format(
                                   error=error_text(error)))
        else:
            if result == self.session.reviewer:  # the file replaced my layer: the undo history no longer describes it
                self.undo_stack.clear()
            self.refresh.stale()  # the worker's connection wrote: reload the list and panes once
            self.refresh.check_external_changes()
            for follower in self.after_import:
                follower()
            who = result if result is not None else translate("window.transfers", "no reviewer (articles only)")
            self.window.statusBar().showMessage(
                translate("window.transfers", "Imported the annotations of {reviewer}").format(reviewer=who), 8000)
