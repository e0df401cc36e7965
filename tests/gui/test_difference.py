"""The word difference of two sentences, read back from the documents the dialog shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor

from annotator.gui.widgets.difference import NUMBER_FOREGROUND, ONLY_BACKGROUND, DifferenceDialog, Side
from tests.gui import language

CLASSIFIED = ("Le Wall Street Journal a rapporté que lors d'une réunion publique, le PDG Sam Altman a déclaré "
              "qu'OpenAI envisageait de déployer sa technologie d'IA sur les réseaux classifiés de l'OTAN.")
UNCLASSIFIED = ("Cependant, il a été précisé par la suite que Sam Altman s'était mal exprimé et que l'accord "
                "avec l'OTAN concernait les réseaux non classifiés, ce qui diffère considérablement de son "
                "récent accord avec le Pentagone, qui couvre les systèmes militaires américains classifiés.")


def format_of(doc, text: str, word: str, after: str = ""):
    """The character format of ``word`` (its first occurrence after ``after``) in ``doc``."""
    start = text.index(word, text.index(after) if after else 0)
    cursor = QTextCursor(doc)
    cursor.setPosition(start + 1)  # the format of the character before the cursor
    return cursor.charFormat()


def marked(fmt) -> bool:
    return fmt.background().color() == ONLY_BACKGROUND


def make(qtbot, first: str, second: str) -> DifferenceDialog:
    dialog = DifferenceDialog(Side("main — sentence 1", first), Side("side — sentence 2", second))
    qtbot.addWidget(dialog)
    return dialog


def test_the_nato_sentences_differ_by_non(qtbot):
    dialog = make(qtbot, CLASSIFIED, UNCLASSIFIED)
    first, second = dialog.document(0), dialog.document(1)
    assert first.toPlainText() == CLASSIFIED and second.toPlainText() == UNCLASSIFIED
    assert marked(format_of(second, UNCLASSIFIED, "non", "réseaux"))
    assert not marked(format_of(second, UNCLASSIFIED, "réseaux"))
    assert not marked(format_of(second, UNCLASSIFIED, "classifiés", "non"))
    assert not marked(format_of(first, CLASSIFIED, "réseaux"))
    assert not marked(format_of(first, CLASSIFIED, "classifiés"))
    assert marked(format_of(first, CLASSIFIED, "Wall"))


def test_a_number_that_differs_stands_out_more(qtbot):
    a, b = "Le chômage atteint 7,5 % en mars.", "Le chômage atteint 8,1 % en mars selon l'Insee."
    dialog = make(qtbot, a, b)
    number = format_of(dialog.document(0), a, "7,5")
    assert number.fontWeight() == QFont.Weight.Bold and number.foreground().color() == NUMBER_FOREGROUND
    word = format_of(dialog.document(1), b, "selon")
    assert marked(word) and word.fontWeight() != QFont.Weight.Bold
    assert not marked(format_of(dialog.document(1), b, "mars"))


def test_text_is_plain_and_offsets_survive_emoji(qtbot):
    a, b = "<b>😀 vrai</b> faux", "<b>😀 vrai</b> juste"
    dialog = make(qtbot, a, b)
    doc = dialog.document(0)
    assert doc.toPlainText() == a  # markup shows as typed
    position = a.index("faux") + 1  # one emoji before it: Qt counts one more
    cursor = QTextCursor(doc)
    cursor.setPosition(position + 1)
    assert marked(cursor.charFormat())
    cursor.setPosition(position)  # the space before the word: not marked
    assert not marked(cursor.charFormat())


def test_escape_closes(qtbot):
    dialog = make(qtbot, CLASSIFIED, UNCLASSIFIED)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.findChild(object, "legend-number").text() == language.shown("widgets.difference",
                                                                              "a number that differs")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_run_of_differing_words_is_marked_as_one(qtbot):
    dialog = make(qtbot, CLASSIFIED, UNCLASSIFIED)
    doc = dialog.document(0)
    cursor = QTextCursor(doc)
    between = CLASSIFIED.index(" Street") + 1  # the space between "Wall" and "Street", both only here
    cursor.setPosition(between)
    assert marked(cursor.charFormat())
    after = CLASSIFIED.index("Journal a") + len("Journal") + 1  # the space after "Journal", before the shared "a"
    cursor.setPosition(after)
    assert not marked(cursor.charFormat())
