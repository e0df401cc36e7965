"""The File menu's files and reviewer: new, open, recent files, and switching who reviews.

The dialogs are the module-level Qt names (``QFileDialog``, ``QInputDialog``...),
so tests can monkeypatch them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QWidget

from ...errors import ProjectError
from ...project import Project
from .. import state
from ..i18n import error_text, translate
from ..opening import db_filter, open_project
from ..widgets.inspector import Inspector
from ..widgets.messages import MessageBox
from .navigation import Navigation
from .session import Session
from .transfers import Transfers


class Files:
    """Shows another file or reviewer through ``load`` (the window's ``load_project``).

    Not while a transfer runs on the open file; the note being typed is kept first.
    """

    def __init__(self, window: QWidget, session: Session, inspector: Inspector, transfers: Transfers,
                 navigation: Navigation, load: Callable[[Project], None]):
        self.window, self.session, self.inspector = window, session, inspector
        self.transfers, self.navigation, self.load = transfers, navigation, load

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, translate("window.files", "New annotator file"), str(Path.home() / "annotator.db"),
            db_filter())
        if name:
            self.open_path(Path(name))

    def open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, translate("window.files", "Open annotator file"), str(self.session.project.path.parent),
            db_filter())
        if name:
            self.open_path(Path(name), existing=True)

    def open_path(self, path: Path, existing: bool = False) -> bool:
        """Show another file; ``existing``: never create it (a recent file moved or deleted)."""
        settings = self.session.settings
        if self.transfers.busy():
            MessageBox.warning(self.window, translate("window.files", "Please wait"),
                               translate("window.files", "An import or export is still running on this file; "
                                         "open another file when it has finished."))
            return False
        if existing and not Path(path).is_file():
            state.forget_file(settings, path)
            MessageBox.warning(self.window, translate("window.files", "Cannot open the annotator file"),
                               translate("window.files", "{path}\nno longer exists (moved or deleted?). "
                                         "It was removed from the recent files.").format(path=path))
            return False
        self.inspector.commit_note()
        project = open_project(path, self.window)
        if project is None:
            return False
        state.remember_file(settings, project.path)
        self.load(project)
        return True

    def fill_recent(self, menu: QMenu) -> None:
        """File > Recent files, as it is when the menu opens."""
        menu.clear()
        files = state.recent_files(self.session.settings)
        for number, name in enumerate(files, start=1):
            action = menu.addAction(f"&{number} {name.replace('&', '&&')}")  # "&&": a name's & is no mnemonic
            action.triggered.connect(lambda _=False, name=name: self.open_path(Path(name), existing=True))
        if not files:
            menu.addAction(translate("window.files", "(none)")).setEnabled(False)

    def choose_reviewer(self) -> None:
        """Ask who works now: one of the file's reviewers, or a new name."""
        current = self.session.reviewer
        names = sorted(set(self.session.project.reviewers()) | {current})
        name, ok = QInputDialog.getItem(
            self.window, translate("window.files", "Switch reviewer"),
            translate("window.files", "Work as (type a new name to add one):"), names,
            names.index(current), True)
        name = name.strip() if ok else ""
        if not name or name == current:
            return
        try:
            name = self.session.project.reviewer_name(name)
        except ProjectError as error:
            MessageBox.warning(self.window, translate("window.files", "Switch reviewer"), error_text(error))
            return
        self.switch_reviewer(name)

    def switch_reviewer(self, name: str) -> None:
        """Work as ``name`` from now on (remembered for the next run), on the same article."""
        self.inspector.commit_note()
        self.session.reviewer = name
        self.session.settings.setValue(state.REVIEWER, name)
        current = self.navigation.panes.main.view.article()
        self.load(self.session.project)
        if current is not None:
            self.navigation.open_article(current.id, "main")
