"""Two reviewers on the seeds and a compare window on them: what the compare window's tests share.

Fixtures are imported by the test modules that use them (pytest finds them there)."""

from __future__ import annotations

import json
import random

import pytest
from PySide6.QtCore import Qt

from annotator import cli
from annotator.gui.compare.dialog import CompareDialog
from annotator.gui.models.roles import Role
from annotator.model import LABELS

DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


def tag_at_random(project, reviewers, rate, seed=7):
    rng = random.Random(seed)
    for reviewer in reviewers:
        for summary in project.articles(None):
            for sentence in project.sentences(summary.id):
                for label in LABELS:
                    if rng.random() < rate:
                        project.set_label(reviewer, sentence.id, label, True)
            project.set_status(reviewer, summary.id, "done")


@pytest.fixture
def two_reviewers(seeded):
    """alice and bob tag the seeds at random, both mark everything done, and link."""
    tag_at_random(seeded, ("alice", "bob"), 0.08)
    nato = seeded.sentences(seeded.articles(None)[-1].id)
    seeded.add_link("alice", nato[0].id, nato[3].id, "contradicts")
    seeded.add_link("bob", nato[3].id, nato[0].id, "contradicts")
    seeded.add_link("bob", nato[1].id, nato[2].id, "agrees")
    seeded.add_link("alice", nato[4].id, nato[6].id, "agrees")
    seeded.add_link("bob", nato[4].id, nato[6].id, "contradicts")
    return seeded


@pytest.fixture
def open_dialog(qtbot):
    def open_(project, a="alice", b="bob", threaded=False) -> CompareDialog:
        dialog = CompareDialog(project, None, a, b) if not threaded else CompareDialog(project)
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        return dialog

    return open_


def press(qtbot, dialog, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(dialog.focusWidget() or dialog, key, modifier)


def compare_json(capsys, *args):
    assert cli.main(["compare", *map(str, args), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def shown_figures(dialog) -> dict[str, tuple]:
    """Every figure the window shows, by JSON path: (raw value, cell text, tooltip)."""
    found = {}
    for model in (dialog.labels_model, dialog.sets_model, dialog.links_model):
        for row in range(model.rowCount()):
            for column in range(1, model.columnCount()):
                index = model.index(row, column)
                found[index.data(Role.KEY)] = (index.data(Role.VALUE), index.data(DISPLAY), index.data(TOOLTIP))
    return found
