"""Opening an annotator file, at start and from the File menu: the "cannot open" dialog and its ways out.

Its own module so that the start (app.py) and the window's File menu
(window/files.py) share it without importing each other.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ..project import Project
from ..errors import StoreError
from .i18n import error_text, translate
from .widgets.messages import MessageBox


def db_filter() -> str:
    return translate("opening", "annotator files (*.db *.sqlite *.annotator);;All files (*)")


def open_project(path: Path, parent: QWidget | None = None) -> Project | None:
    """Open ``path``; on failure explain why and offer: another file, a new one, read-only, or quit."""
    while True:
        try:
            return Project(path)
        except StoreError as error:
            box = MessageBox(MessageBox.Icon.Warning, translate("opening", "Cannot open the annotator file"),
                             error_text(error), MessageBox.StandardButton.NoButton, parent)
            box.setObjectName("open-error")
            readonly = error.readonly_would_work
            ro_button = (box.addButton(translate("opening", "Open read-only"), MessageBox.ButtonRole.AcceptRole)
                         if readonly else None)
            other = box.addButton(translate("opening", "Open another file…"), MessageBox.ButtonRole.ActionRole)
            new = box.addButton(translate("opening", "Create a new file…"), MessageBox.ButtonRole.ActionRole)
            box.addButton(translate("opening", "Quit") if parent is None else translate("opening", "Cancel"),
                          MessageBox.ButtonRole.RejectRole)
            box.exec()
            clicked = box.clickedButton()
            if ro_button is not None and clicked is ro_button:
                try:
                    return Project(path, readonly=True)
                except StoreError as again:
                    MessageBox.warning(parent, translate("opening", "Cannot open the annotator file"), str(again))
                    continue
            if clicked is other:
                name, _ = QFileDialog.getOpenFileName(parent, translate("opening", "Open annotator file"),
                                                      str(path.parent))
            elif clicked is new:
                name, _ = QFileDialog.getSaveFileName(parent, translate("opening", "New annotator file"),
                                                      str(path.parent / "annotator.db"))
            else:
                return None
            if not name:
                return None
            path = Path(name)
