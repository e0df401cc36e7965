"""Starting the window: the QApplication, which file, which reviewer.

``run`` is what ``annotator gui`` calls. It picks the file (the argument, else
the last one opened, else ``annotator.db`` in the user's application data
folder), imports the bundled seeds into an empty file, asks the reviewer's
name on first run only, and shows the window. A file that cannot be opened
gets a dialog saying why, with a way out (another file, a new one, read-only).
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from ..paths import seeds_dir
from ..project import Project
from ..errors import StoreError
from . import state

APP_NAME = "annotator"


def default_db_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "annotator.db"


def system_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in this environment
        return "reviewer"


def ask_reviewer(parent: QWidget | None, current: str = "") -> str:
    """The reviewer's name, asked once; defaults to the system user name."""
    name, ok = QInputDialog.getText(
        parent, "Who is reviewing?",
        "Your name, as it will appear on your annotations\n(each reviewer has their own layer):",
        text=current or system_user())
    name = name.strip() if ok else ""
    return name or current or system_user()


def open_project(path: Path, parent: QWidget | None = None) -> Project | None:
    """Open ``path``; on failure explain why and offer: another file, a new one, read-only, or quit."""
    while True:
        try:
            return Project(path)
        except StoreError as error:
            box = QMessageBox(parent)
            box.setObjectName("open-error")
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle("Cannot open the annotator file")
            box.setText(str(error))
            readonly = error.readonly_would_work
            ro_button = box.addButton("Open read-only", QMessageBox.ButtonRole.AcceptRole) if readonly else None
            other = box.addButton("Open another file…", QMessageBox.ButtonRole.ActionRole)
            new = box.addButton("Create a new file…", QMessageBox.ButtonRole.ActionRole)
            box.addButton("Quit" if parent is None else "Cancel", QMessageBox.ButtonRole.RejectRole)
            box.exec()
            clicked = box.clickedButton()
            if ro_button is not None and clicked is ro_button:
                try:
                    return Project(path, readonly=True)
                except StoreError as again:
                    QMessageBox.warning(parent, "Cannot open the annotator file", str(again))
                    continue
            if clicked is other:
                name, _ = QFileDialog.getOpenFileName(parent, "Open annotator file", str(path.parent))
            elif clicked is new:
                name, _ = QFileDialog.getSaveFileName(parent, "New annotator file", str(path.parent / "annotator.db"))
            else:
                return None
            if not name:
                return None
            path = Path(name)


def start(db_path: Path | None, settings: QSettings, parent: QWidget | None = None):
    """Open the file and the window; returns the window, or None when the user gave up."""
    from .main_window import MainWindow

    path = Path(db_path) if db_path else None
    if path is None:
        last = state.get_text(settings, state.LAST_FILE)
        path = Path(last) if last and Path(last).exists() else default_db_path()
    project = open_project(path, parent)
    if project is None:
        return None
    if project.is_empty() and not project.readonly:
        project.import_paths([seeds_dir()])
    reviewer = state.get_text(settings, state.REVIEWER)
    if not reviewer:
        reviewer = ask_reviewer(parent)
        settings.setValue(state.REVIEWER, reviewer)
    state.remember_file(settings, project.path)
    window = MainWindow(project, reviewer, settings)
    window.resize(1280, 800)
    window.restore_ui_state()
    return window


def run(db_path: Path | None = None, argv: list[str] | None = None) -> int:
    """Create the application, show the window on the chosen file, return the exit code."""
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    settings = QSettings()
    window = start(db_path, settings)
    if window is None:
        return 1
    window.show()
    code = app.exec()
    window.project.close()
    return code
