"""Opening an annotator file, at start and from the File menu: the "cannot open" dialog and its ways out.

Its own module so that the start (app.py) and the window's File menu
(window/files.py) share it without importing each other.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..project import Project
from ..errors import StoreError

DB_FILTER = "annotator files (*.db *.sqlite *.annotator);;All files (*)"


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
