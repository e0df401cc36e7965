"""The compare window's top row: which reviewers, the gold layer's name, which articles.

A widget of its own so that the dialog holds the report's behaviour and not
its form; the dialog reads the choices through :meth:`ReviewerPicker.choice`
and fills the reviewers' names when the file changes. A and B are the pair
whose disagreements are decided; "More reviewers" adds any number of others
to the figures (a checkable menu: the team lead ticks names).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QProgressBar, QPushButton, QToolButton,
    QWidget,
)

from ...project.adjudication import Request
from ..i18n import translate
from ..widgets.keys import keep_keys

DEFAULT_GOLD = "gold"


class ReviewerPicker(QWidget):
    """Reviewer A, reviewer B, the gold layer, all shared articles or only done ones, Compare."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.combo_a, self.combo_b = QComboBox(), QComboBox()
        self.combo_a.setObjectName("reviewer-a")
        self.combo_b.setObjectName("reviewer-b")
        self.gold_edit = QLineEdit(DEFAULT_GOLD)
        self.gold_edit.setObjectName("gold-name")
        self.gold_edit.setMaximumWidth(140)
        self.more_button = QToolButton()
        self.more_button.setObjectName("more-reviewers")
        self.more_button.setText(translate("compare.picker", "More reviewers"))
        self.more_button.setToolTip(translate(
            "compare.picker", "Compare more reviewers with A and B: figures over all, and every pair"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self.more_button.setMenu(self.more_menu)
        self.all_box = QCheckBox(translate("compare.picker", "All shared articles"))
        self.all_box.setObjectName("all-articles")
        self.all_box.setToolTip(translate("compare.picker", "Off: only the articles both reviewers marked done"))
        self.compare_button = QPushButton(translate("compare.picker", "Compare"))
        self.compare_button.setObjectName("compare-button")
        self.compare_button.setToolTip(translate("compare.picker", "Compare the two reviewers (Ctrl+Enter)"))
        self.busy = QProgressBar()
        self.busy.setObjectName("compare-busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self._lay_out()

    def _lay_out(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, widget in ((translate("compare.picker", "Reviewer &A"), self.combo_a),
                             (translate("compare.picker", "Reviewer &B"), self.combo_b),
                             (translate("compare.picker", "&Gold layer"), self.gold_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
            row.addSpacing(8)
        for combo in (self.combo_a, self.combo_b):
            combo.setMinimumWidth(140)
            keep_keys(combo)
        row.addWidget(self.more_button)
        row.addSpacing(8)
        row.addWidget(self.all_box)
        row.addSpacing(8)
        row.addWidget(self.compare_button)
        row.addWidget(self.busy)
        row.addStretch(1)

    def set_reviewers(self, names: list[str], a: str | None, b: str | None) -> bool:
        """Offer ``names``, keeping ``a`` and ``b`` where they still exist, else the first
        two that are not the gold layer; False when there are not two to compare."""
        for combo in (self.combo_a, self.combo_b):
            combo.clear()
            combo.addItems(names)
        others = [n for n in names if n != DEFAULT_GOLD] or names
        a = a if a in names else (others[0] if others else None)
        b = b if b in names else next((n for n in others if n != a), None)
        if a:
            self.combo_a.setCurrentText(a)
        if b:
            self.combo_b.setCurrentText(b)
        ticked = set(self.others())
        self.more_menu.clear()
        for name in names:
            action = self.more_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name in ticked)
            action.toggled.connect(self._show_count)
        self._show_count()
        enough = len(names) >= 2
        self.compare_button.setEnabled(enough)
        return enough

    def set_others(self, names: list[str]) -> None:
        """Tick exactly ``names`` among the more reviewers."""
        for action in self.more_menu.actions():
            action.setChecked(action.text() in names)

    def others(self) -> list[str]:
        """The ticked reviewers other than A and B, in the menu's order."""
        pair = (self.combo_a.currentText(), self.combo_b.currentText())
        return [a.text() for a in self.more_menu.actions() if a.isChecked() and a.text() not in pair]

    def _show_count(self) -> None:
        count = len(self.others())
        self.more_button.setText(translate("compare.picker", "More reviewers ({count})").format(count=count) if count
                                 else translate("compare.picker", "More reviewers"))

    def choice(self) -> tuple[str, str, str, bool, tuple[str, ...]]:
        """(reviewer A, reviewer B, gold layer name, every shared article, more reviewers)."""
        return (self.combo_a.currentText(), self.combo_b.currentText(),
                self.gold_edit.text().strip(), self.all_box.isChecked(), tuple(self.others()))

    def set_busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        self.compare_button.setEnabled(not on)
        self.compare_button.setText(translate("compare.picker", "Comparing…") if on
                                    else translate("compare.picker", "Compare"))


def request_problem(request: Request) -> str:
    """What keeps the picked request from being compared ("": nothing)."""
    if not request.a or not request.b:
        return translate("compare.picker", "Pick two reviewers.")
    if not request.gold:
        return translate("compare.picker", "Name the gold layer.")
    if request.gold in (request.a, request.b):
        return translate("compare.picker", "The gold layer must be a third name, not {name!r}.").format(
            name=request.gold)
    if request.gold in request.others:
        return translate("compare.picker", "The gold layer cannot be one of the reviewers compared, {name!r}.").format(
            name=request.gold)
    return ""
