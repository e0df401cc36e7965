"""The compare window's texts are readable at a laptop's 1280x800 and larger, in English and
in French: no label drawn over another widget or cut by its parent, no wrapped label
shorter than its text at its width, no share wider than its cell of a 2x2 grid, and
the window no taller than asked.

A text inside a scroll area (the per-label warnings and meanings, the summary of more
reviewers) may go past the area's bottom: it is read by scrolling, so it is checked up
to the scroll area's content, whose whole height the scroll bar must reach.

The cases are the tallest the window shows: the claims' seed case with its verdict
disagreement selected (the claims' box, warnings, a two-line heading), and three
reviewers (the box of their figures beside the per-label ones).
"""

from __future__ import annotations

import pytest
from tests.gui.compare_setup import open_dialog, tag_at_random, two_reviewers  # noqa: F401
from PySide6.QtGui import QFontMetricsF

from annotator.gui.compare.confusion import cell_note
from annotator.gui.compare.dialog import CompareDialog
from tests.gui import readable
from tests.gui.language import speaking
from tests.gui.readable import settle
from tests.gui.test_compare_claims import compare_all, make_nato_claims  # noqa: F401

SIZES = [(1280, 800), (1600, 1000)]
LANGUAGES = ["en", "fr"]


def unreadable(dialog: CompareDialog) -> list[str]:
    """What a user could not read in ``dialog`` as laid out now, in words."""
    problems = readable.unreadable(dialog)
    for label, grid in dialog.grids.items():
        metrics, room = QFontMetricsF(grid.small_font()), grid.cell_width() - 4
        widest = cell_note(1.0, 1, False, room, metrics)  # "100 % of tagged"
        if metrics.horizontalAdvance(widest) > room:
            problems.append(f"the grid of {label}: {widest!r} wider than its cell")
    return problems


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_every_text_of_the_verdict_case_is_readable(seeded, compare_all, code, size):
    make_nato_claims(seeded)
    with speaking(code):
        dialog = compare_all(seeded)
        dialog.select_row(next(n for n, item in enumerate(dialog.model.items()) if item.is_verdict))
        settle(dialog, *size)
        assert dialog.report.warnings() and dialog.figures.warnings.isVisible()
        assert ((dialog.width(), dialog.height()), unreadable(dialog)) == (size, [])


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_every_text_with_three_reviewers_is_readable(two_reviewers, qtbot, code, size):
    tag_at_random(two_reviewers, ("carol",), 0.08, seed=8)
    with speaking(code):
        dialog = CompareDialog(two_reviewers, None)
        qtbot.addWidget(dialog)
        dialog.combo_a.setCurrentText("alice")
        dialog.combo_b.setCurrentText("bob")
        dialog.picker.set_others(["carol"])
        dialog.show()
        dialog.compare()
        settle(dialog, *size)
        assert dialog.figures.panel_box.isVisible() and dialog.figures.panel_box.summary.text()
        assert ((dialog.width(), dialog.height()), unreadable(dialog)) == (size, [])


def test_the_check_sees_a_label_drawn_over_another(seeded, compare_all):
    """The check can fail: two labels put on top of one another are reported."""
    make_nato_claims(seeded)
    dialog = compare_all(seeded)
    settle(dialog, 1280, 800)
    warnings, legend = dialog.figures.warnings, dialog.figures.legend
    legend.setGeometry(warnings.geometry().translated(0, warnings.height() // 2))
    assert any("overlaps" in problem for problem in unreadable(dialog))
