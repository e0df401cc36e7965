"""The OK / Cancel row of the small dialogs that ask for one choice (a link, a decision)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

_OK, _CANCEL = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK named for what it does (Enter presses it), Cancel, wired to ``dialog``'s accept and reject."""
    buttons = QDialogButtonBox(_OK | _CANCEL)
    buttons.button(_OK).setText(ok_text)
    buttons.button(_OK).setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
