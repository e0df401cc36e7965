"""The command line's default file (computed without Qt) is the window's (from Qt)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from annotator.defaults import app_data_dir
from annotator.gui.app import APP_NAME


def test_cli_default_folder_is_qts_app_data_location(qapp):
    saved = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    try:
        qt_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        assert Path(qt_folder) == app_data_dir()
    finally:
        QCoreApplication.setOrganizationName(saved[0])
        QCoreApplication.setApplicationName(saved[1])
