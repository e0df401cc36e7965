"""Every window but the compare one is readable at a laptop's 1280x800 and larger, in English
and in French: no label drawn over another widget or cut by its parent, no wrapped label
shorter than its text at its width (tests/gui/readable.py says what is checked).

The content is the tallest a reviewer meets: the claims of the seeds, the NATO article
with a long title, a long note, a link with a long note and a claim with a long
statement, open in both panes; the warning of a filter that matches nothing; each
dialog as it opens and shrunk by the user to the least it allows.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from annotator.gui.widgets.article_details import ArticleDetailsDialog
from annotator.gui.widgets.claim_picker import ClaimPicker
from annotator.gui.widgets.claim_sources import SourceDialog
from annotator.gui.widgets.difference import DifferenceDialog, Side
from annotator.gui.widgets.labels import wrapped_label
from annotator.gui.widgets.link_dialog import LinkDialog
from annotator.gui.widgets.shortcuts_sheet import ShortcutsSheet
from annotator.model import ArticleMeta
from annotator.project import Project
from tests.gui.claims_seed import make_claims, sentence_with
from tests.gui.conftest import REVIEWER
from tests.gui.language import speaking
from tests.gui.readable import settle, unreadable
from tests.gui.test_compare_claims import compare_all, make_nato_claims  # noqa: F401

SIZES = [(1280, 800), (1600, 1000)]
LANGUAGES = ["en", "fr"]
LONG_TITLE = ("OpenAI annonce un accord pour déployer ses modèles sur les réseaux de l'OTAN, puis corrige : "
              "il ne s'agirait que des réseaux non classifiés, selon un porte-parole de l'entreprise")
LONG_NOTE = ("Le Wall Street Journal parle des réseaux classifiés ; la correction d'OpenAI, publiée le lendemain, "
             "dit le contraire. À vérifier auprès de l'OTAN avant de trancher, et à rapprocher de l'annonce du "
             "Pentagone sur Anthropic deux jours plus tôt.")
LONG_STATEMENT = ("OpenAI déploiera son IA sur les réseaux classifiés de l'OTAN, selon l'accord annoncé par "
                  "l'entreprise et repris par plusieurs médias américains avant sa correction du lendemain")


def realistic(project: Project) -> dict[str, int | str]:
    """The seeds' claims, made the tallest a reviewer meets; the claim ids and the two NATO sentences."""
    claims = make_claims(project, REVIEWER)
    report = sentence_with(project, "003", "sur les réseaux classifiés de l'OTAN")
    correction = sentence_with(project, "003", "l'OTAN concernait les réseaux non classifiés")
    article = project.sentence(report).article_id
    project.metadata.set(article, ArticleMeta(title=LONG_TITLE, outlet="Le Monde", url="https://example.org/otan"))
    project.set_note(REVIEWER, report, LONG_NOTE)
    project.claims.update(REVIEWER, claims["nato"], statement=LONG_STATEMENT, rationale=LONG_NOTE)
    project.add_link(REVIEWER, report, sentence_with(project, "003", "OpenAI"), "agrees", LONG_NOTE)
    return {**claims, "article": article, "report": report, "correction": correction}


@pytest.fixture
def main_window(seeded, make_window):
    """main_window(code): the main window in ``code`` on the realistic content, both panes open."""
    ids = realistic(seeded)
    seeded.close()

    def open_(code: str):
        with speaking(code):
            window = make_window(seeded.path)
        window.navigation.open_article(ids["article"], "main", sentence_id=ids["report"])
        window.navigation.open_article(ids["article"], "side", sentence_id=ids["correction"])
        window.navigation.activate(window.main_pane)
        return window, ids

    return open_


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_every_text_of_the_main_window_is_readable(main_window, code, size):
    with speaking(code):
        window, _ = main_window(code)
        settle(window, *size)
        assert window.side_pane.isVisible() and window.inspector.claim.summary.text()
        assert ((window.width(), window.height()), unreadable(window)) == (size, [])


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_the_warning_of_a_filter_that_matches_nothing_is_readable(main_window, code, size):
    with speaking(code):
        window, _ = main_window(code)
        window.panes.show_list()
        window.filter_box.setText("zzz-nothing")
        settle(window, *size)
        assert window.no_match.isVisible()
        assert ((window.width(), window.height()), unreadable(window)) == (size, [])


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_every_text_of_the_claims_window_is_readable(main_window, code, size):
    with speaking(code):
        window, ids = main_window(code)
        window.show_claims()
        claims = window.claims_window
        claims.table.setCurrentIndex(claims.model.index(claims.model.row_of(ids["nato"]), 0))
        settle(claims, *size)
        assert claims.heading.text()
        assert ((claims.width(), claims.height()), unreadable(claims)) == (size, [])


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_every_text_of_the_per_article_window_is_readable(seeded, compare_all, code, size):
    make_nato_claims(seeded)
    with speaking(code):
        dialog = compare_all(seeded).exports.show_articles()
        settle(dialog, *size)
        assert ((dialog.width(), dialog.height()), unreadable(dialog)) == (size, [])


def dialogs(parent: QWidget) -> list[QDialog]:
    """Each dialog of the main window on the tallest texts it shows."""
    return [
        ArticleDetailsDialog(ArticleMeta(LONG_TITLE, "Le Monde", "https://example.org/otan", "A. Auteur"), parent),
        LinkDialog(LONG_NOTE, "003, sentence 4", LONG_STATEMENT, "003, sentence 9", note=LONG_NOTE, parent=parent),
        ShortcutsSheet(parent),
        SourceDialog(None, parent),
        ClaimPicker(LONG_STATEMENT, [], None, parent),
        DifferenceDialog(Side("003, sentence 4", LONG_NOTE), Side("003, sentence 9", LONG_STATEMENT), parent),
    ]


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("shrunk", [False, True], ids=["as-opened", "shrunk"])
def test_every_text_of_the_dialogs_is_readable(main_window, qtbot, code, shrunk):
    """Each dialog as it opens, and shrunk by the user to the least it allows."""
    with speaking(code):
        window, _ = main_window(code)
        problems = {}
        for dialog in dialogs(window):
            qtbot.addWidget(dialog)
            dialog.show()
            settle(dialog, *((1, 1) if shrunk else (dialog.width(), dialog.height())))
            problems[dialog.objectName() or type(dialog).__name__] = unreadable(dialog)
            dialog.close()
        assert {name: found for name, found in problems.items() if found} == {}


def test_a_wrapped_label_widened_again_is_as_tall_as_its_text(qtbot):
    """A label narrowed then widened keeps no minimum of its narrow width (a gap above its text)."""
    label, fresh = wrapped_label("widened", LONG_NOTE), wrapped_label("fresh", LONG_NOTE)
    qtbot.addWidget(label)
    label.show()
    label.resize(150, label.heightForWidth(150))
    narrow = label.minimumHeight()
    label.resize(600, narrow)
    assert label.minimumHeight() == fresh.heightForWidth(600) < narrow
