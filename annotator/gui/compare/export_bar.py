"""The compare window's bottom row: the keys' hint, what just happened, the per-article
table, the report's exports, Close.

The exports write what :mod:`report_export` makes of the report shown (JSON as
``annotator compare --json`` prints it, CSV with the decisions taken so far),
and what ``annotator compare --html/--csv`` write: the self-contained HTML page
and the tidy figures CSV, of every picked reviewer when more than two were
compared. A file that cannot be written is reported in the window, never raised.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMenu, QPushButton, QWidget

from ...atomic import write_atomically
from ...review import Report
from ...review.html_report import page
from ...review.panel import Panel
from ...review.tidy import csv_text as tidy_csv
from ..i18n import translate
from ..shortcuts import hint
from ..widgets.labels import wrapped_label
from . import report_export
from .articles_view import ArticlesDialog


class ExportBar(QWidget):
    """``rows`` gives the disagreements as the CSV lists them, ``fail`` shows an error,
    ``close`` closes the window; :meth:`set_report` says what there is to export."""

    def __init__(self, project_path: Path, rows: Callable[[], list[report_export.DisagreementRow]],
                 fail: Callable[[str], None], close: Callable[[], None]):
        super().__init__()
        self.project_path, self.rows, self.fail = project_path, rows, fail
        self.report: Report | None = None
        self.panel: Panel | None = None
        #: Article titles by id, for the per-article table (the dialog sets it).
        self.titles: Callable[[], dict[str, str]] = dict
        self.articles_dialog: ArticlesDialog | None = None
        self.hint = wrapped_label("key-hint", hint(), style="color:#666;")
        self.status = wrapped_label("compare-status")  # wraps: a long message never widens the window
        self.json_button = QPushButton(translate("compare.export_bar", "Export JSON…"))
        self.json_button.setObjectName("export-json")
        self.json_button.clicked.connect(lambda: self.export_json())
        self.csv_button = QPushButton(translate("compare.export_bar", "Export CSV…"))
        self.csv_button.setObjectName("export-csv")
        self.csv_button.clicked.connect(lambda: self.export_csv())
        # One button with a menu, so the row is no wider than before.
        self.report_button = QPushButton(translate("compare.export_bar", "Report"))
        self.report_button.setObjectName("report-menu")
        self.report_button.setToolTip(translate(
            "compare.export_bar", "Per article, the HTML page to share or print, every figure as CSV"))
        menu = QMenu(self.report_button)
        self.articles_action = menu.addAction(translate("compare.export_bar", "Per article…"), self.show_articles)
        self.articles_action.setToolTip(translate(
            "compare.export_bar", "Each article's own figures, sortable: where A and B part ways"))
        self.html_action = menu.addAction(translate("compare.export_bar", "Export HTML…"), lambda: self.export_html())
        self.html_action.setToolTip(translate(
            "compare.export_bar", "A self-contained page to share or print (A4): summary, figures, charts"))
        self.tidy_action = menu.addAction(translate("compare.export_bar", "Figures CSV…"), lambda: self.export_tidy())
        self.tidy_action.setToolTip(translate(
            "compare.export_bar", "Every figure, one row per reviewer pair, label and figure, exact"))
        menu.setToolTipsVisible(True)
        self.report_button.setMenu(menu)
        close_button = QPushButton(translate("compare.export_bar", "Close"))
        close_button.clicked.connect(close)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint, 2)  # wraps rather than widen the window past a laptop's screen
        layout.addWidget(self.status, 1)
        for button in (self.report_button, self.json_button, self.csv_button, close_button):
            button.setAutoDefault(False)
            layout.addWidget(button)

    def set_report(self, report: Report | None) -> None:
        self.report = report
        self.panel = None
        for button in (self.json_button, self.csv_button, self.report_button):
            button.setEnabled(report is not None)

    def set_panel(self, panel: Panel | None) -> None:
        """More than two reviewers compared: the HTML and figures CSV cover them all."""
        self.panel = panel

    def show_articles(self) -> ArticlesDialog | None:
        if self.report is None:
            return None
        self.articles_dialog = ArticlesDialog(self.report, self.titles(), self.window())
        self.articles_dialog.show()
        return self.articles_dialog

    def export_html(self, path: Path | None = None) -> Path | None:
        """Write the self-contained HTML page to ``path`` (None: ask where)."""
        return self._export(path, "HTML", lambda to: self._write(to, page))

    def export_tidy(self, path: Path | None = None) -> Path | None:
        """Write the figures as tidy CSV to ``path`` (None: ask where)."""
        return self._export(path, "CSV", lambda to: self._write(to, tidy_csv))

    def _write(self, path: Path, text: Callable[[Report | Panel], str]) -> None:
        shown = self.panel or self.report
        write_atomically(path, lambda stream: stream.write(text(shown)))

    def export_json(self, path: Path | None = None) -> Path | None:
        """Write the report as JSON to ``path`` (None: ask where); the path written, or None."""
        return self._export(path, "JSON", lambda to: report_export.write_json(to, self.report))

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Write the report and the disagreements as CSV to ``path`` (None: ask where)."""
        return self._export(path, "CSV", lambda to: report_export.write_csv(to, self.report, self.rows()))

    def _export(self, path: Path | None, kind: str, write: Callable[[Path], None]) -> Path | None:
        if self.report is None:
            return None
        path = path or self._ask_path(kind)
        if path is None:
            return None
        try:
            write(path)
        except OSError as error:
            self.fail(translate("compare.export_bar", "Could not write {path}: {error}").format(
                path=path, error=error.strerror or error))
            return None
        self.status.setText(translate("compare.export_bar", "Exported {path}").format(path=path))
        return path

    def _ask_path(self, kind: str) -> Path | None:
        a, b = self.report.reviewers
        suggested = self.project_path.with_name(f"compare-{a}-{b}.{kind.lower()}")
        chosen, _ = QFileDialog.getSaveFileName(
            self.window(), translate("compare.export_bar", "Export the report as {kind}").format(kind=kind),
            str(suggested), f"{kind} (*.{kind.lower()})")
        return Path(chosen) if chosen else None
