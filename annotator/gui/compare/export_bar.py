"""The compare window's bottom row: the keys' hint, what just happened, the report's exports, Close.

The exports write what :mod:`report_export` makes of the report shown (JSON as
``annotator compare --json`` prints it, CSV with the decisions taken so far);
a file that cannot be written is reported in the window, never raised.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from ...review import Report
from ..shortcuts import hint
from ..widgets.labels import plain_label
from . import report_export


class ExportBar(QWidget):
    """``rows`` gives the disagreements as the CSV lists them, ``fail`` shows an error,
    ``close`` closes the window; :meth:`set_report` says what there is to export."""

    def __init__(self, project_path: Path, rows: Callable[[], list[report_export.DisagreementRow]],
                 fail: Callable[[str], None], close: Callable[[], None]):
        super().__init__()
        self.project_path, self.rows, self.fail = project_path, rows, fail
        self.report: Report | None = None
        self.hint = plain_label("key-hint", hint(), style="color:#666;")
        self.status = plain_label("compare-status", wrap=True)  # wraps: a long message never widens the window
        self.json_button = QPushButton("Export JSON…")
        self.json_button.setObjectName("export-json")
        self.json_button.clicked.connect(lambda: self.export_json())
        self.csv_button = QPushButton("Export CSV…")
        self.csv_button.setObjectName("export-csv")
        self.csv_button.clicked.connect(lambda: self.export_csv())
        close_button = QPushButton("Close")
        close_button.clicked.connect(close)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.status, 1)
        for button in (self.json_button, self.csv_button, close_button):
            button.setAutoDefault(False)
            layout.addWidget(button)

    def set_report(self, report: Report | None) -> None:
        self.report = report
        for button in (self.json_button, self.csv_button):
            button.setEnabled(report is not None)

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
            self.fail(f"Could not write {path}: {error.strerror or error}")
            return None
        self.status.setText(f"Exported {path}")
        return path

    def _ask_path(self, kind: str) -> Path | None:
        a, b = self.report.reviewers
        suggested = self.project_path.with_name(f"compare-{a}-{b}.{kind.lower()}")
        chosen, _ = QFileDialog.getSaveFileName(
            self.window(), f"Export the report as {kind}", str(suggested), f"{kind} (*.{kind.lower()})")
        return Path(chosen) if chosen else None
