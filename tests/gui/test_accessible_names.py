"""Every control has a name a screen reader can say (issue 14): a test walks the widgets of the
main window, the compare and Claims windows and the small dialogs."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QHeaderView, QLineEdit, QPlainTextEdit, QTextEdit,
    QWidget,
)

from annotator.claims.model import Appearance, Claim
from annotator.gui.compare.dialog import CompareDialog
from annotator.gui.widgets.claim_panel import ClaimPanel
from annotator.gui.widgets.search_dialog import SearchDialog

from .compare_setup import two_reviewers  # noqa: F401 - fixture
from .walk import widgets

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def _inside_another_control(widget: QWidget) -> bool:
    """A combo box's line edit and list, a spin box's editor, a line edit's clear button, a
    table's headers and corner button: parts named by their control."""
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in widgets(root):
        if not isinstance(widget, CONTROLS) or _inside_another_control(widget):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.window()).__name__}")
    return missing


def test_every_control_of_the_windows_has_an_accessible_name(two_reviewers, make_window, qtbot):
    window = make_window(two_reviewers.path, reviewer="alice")
    article = window.main_pane.view.article()
    window.navigation.open_article(article.id, "side", index=3)
    window.navigation.activate(window.main_pane)
    window.claiming.pick()
    window.claiming.picker.reject()
    window.editing.link()
    window.show_claims()
    window.search.open()
    compare = CompareDialog(window.project, window, "alice", "bob")
    qtbot.addWidget(compare)
    compare.show()
    compare.open_editor()
    claim_form = ClaimPanel()  # the panel makes its claim's boxes when it first shows one
    qtbot.addWidget(claim_form)
    claim_form.show_claim(1, Claim(1, "Un fait", appearances=(Appearance("a1", 0, 7),)), {"claim"}, {}, True)
    roots = [window, window.editing.link_dialog, window.claims_window, compare, compare.edit_dialog,
             window.claiming.picker, claim_form, *window.findChildren(SearchDialog)]
    missing = [line for root in roots if root is not None for line in unnamed(root)]
    assert not missing, "\n".join(sorted(set(missing)))
