"""Starting the window: the QApplication, which file, which reviewer.

``run`` is what ``annotator gui`` calls. It picks the file (the argument, else
the last one opened, else ``annotator.db`` in the user's application data
folder), imports the bundled seeds into an empty file, asks the reviewer's
name on first run only, and shows the window. A file that cannot be opened
gets a dialog saying why, with a way out (another file, a new one, read-only):
that dialog is in opening.py, shared with the window's File menu.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from ..paths import seeds_dir
from . import i18n, state
from .i18n import translate
from .icons import NAME, app_icon
from .main_window import MainWindow
from .opening import open_project

APP_NAME = NAME


def default_db_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "annotator.db"


def system_user() -> str:
    import getpass  # only when the reviewer is asked for: not on every start

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in this environment
        return "reviewer"


def ask_reviewer(parent: QWidget | None, current: str = "") -> str:
    """The reviewer's name, asked once; defaults to the system user name."""
    name, ok = QInputDialog.getText(
        parent, translate("app", "Who is reviewing?"),
        translate("app", "Your name, as it will appear on your annotations\n(each reviewer has their own layer):"),
        text=current or system_user())
    name = name.strip() if ok else ""
    return name or current or system_user()


def start(db_path: Path | None, settings: QSettings, parent: QWidget | None = None):
    """Open the file and the window; returns the window, or None when the user gave up.

    No collection runs meanwhile: what the start makes (Qt's wrappers, the list's rows, the
    documents) lives as long as the window: each pass would walk all of it again."""
    gc.disable()
    try:
        return _start(db_path, settings, parent)
    finally:
        gc.enable()


def _start(db_path: Path | None, settings: QSettings, parent: QWidget | None):
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
    # What the start made (modules, Qt's wrappers, the list's rows) lives as long as the window:
    # out of the collector's full passes, which otherwise walk all of it again, a pause of
    # 30-90 ms in the middle of an article switch now and then. Refcounting still frees it.
    gc.freeze()
    return window


def configure(app: QApplication) -> None:
    """The application's names, icon and desktop file name (``annotator.desktop``, which
    ``annotator install-desktop`` puts in the launcher): the task bar matches the two."""
    app.setDesktopFileName(NAME)
    app.setWindowIcon(app_icon())


def run(db_path: Path | None = None, argv: list[str] | None = None) -> int:
    """Create the application, show the window on the chosen file, return the exit code."""
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    configure(app)
    settings = QSettings()
    i18n.install(i18n.chosen_language(settings))
    window = start(db_path, settings)
    if window is None:
        return 1
    window.show()
    code = app.exec()
    window.project.close()
    return code
