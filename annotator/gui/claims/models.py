"""The Claims window's two tables: every claim of the reviewer, and one claim's timeline.

The claims table filters and sorts in the model itself, not in a proxy: a
proxy asks Python ``data()`` for every row on each keystroke and several times
per row when it sorts, which at 10,000 claims is most of a second. Here a sort
computes its key once per row, a filter tests a statement folded once (accents
and case dropped), and the rows shown are replaced in one reset.
"""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ...project.claims import ClaimSummary, TimelineEntry
from ..models.roles import ALIGNMENT, BACKGROUND, DISPLAY, FOREGROUND, TOOLTIP, Role
from ..models.rows import CENTER, LEFT, RIGHT, Column, RowsTableModel
from ..i18n import QT_TRANSLATE_NOOP, shown_date as _day, translate
from ..models.search import fold
from . import verdicts

STATEMENT, VERDICT, APPEARANCES, ARTICLES, FIRST_SEEN, LAST_SEEN, CONTRADICTIONS = range(7)
CLAIM_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("claims.models", "Statement"),
           QT_TRANSLATE_NOOP("claims.models", "What is claimed (the whole statement is in each row's tooltip)")),
    Column(QT_TRANSLATE_NOOP("claims.models", "Verdict"),
           QT_TRANSLATE_NOOP("claims.models", "Your verdict on the claim")),
    Column(QT_TRANSLATE_NOOP("claims.models", "Seen"),
           QT_TRANSLATE_NOOP("claims.models", "Sentences stating the claim"), RIGHT),
    Column(QT_TRANSLATE_NOOP("claims.models", "Articles"),
           QT_TRANSLATE_NOOP("claims.models", "Articles stating the claim"), RIGHT),
    Column(QT_TRANSLATE_NOOP("claims.models", "First seen"),
           QT_TRANSLATE_NOOP("claims.models", "Date of the earliest article stating it"), CENTER),
    Column(QT_TRANSLATE_NOOP("claims.models", "Last seen"),
           QT_TRANSLATE_NOOP("claims.models", "Date of the latest article stating it"), CENTER),
    Column(QT_TRANSLATE_NOOP("claims.models", "Contradictions"),
           QT_TRANSLATE_NOOP("claims.models", "Links marked 'contradicts' between two of its sentences"), RIGHT),
)
#: The verdict filter's values besides the verdict words: every claim, and claims without a verdict.
ALL, NO_VERDICT = "*", ""
CONTRADICTED = QColor("#b00020")  # a claim whose own sentences disagree
UNDATED = "—"


def tip(text: str) -> str:
    """A tooltip that shows ``text`` as typed, line breaks kept: Qt guesses rich text from a
    leading tag, so the text is escaped and given as rich text."""
    return "<p>" + html.escape(text, quote=False).replace("\n", "<br>") + "</p>"


def shortened(text: str, limit: int) -> str:
    """``text`` cut at a word before ``limit`` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip(" ,;:") + "…"


def shown_date(day: _dt.date | None) -> str:
    return _day(day) if day else UNDATED


def _date_key(day: _dt.date | None) -> tuple[bool, str]:
    return (day is None, day.isoformat() if day else "")  # undated after every date


_KEYS: dict[int, Callable[[ClaimSummary], object]] = {
    VERDICT: lambda c: verdicts.rank(c.verdict),
    APPEARANCES: lambda c: c.appearances,
    ARTICLES: lambda c: c.articles,
    FIRST_SEEN: lambda c: _date_key(c.first_seen),
    LAST_SEEN: lambda c: _date_key(c.last_seen),
    CONTRADICTIONS: lambda c: c.contradictions,
}


class ClaimsModel(RowsTableModel):
    """``Claims.list(reviewer)`` as loaded, filtered by verdict and words, sorted by a column.

    Column -1 is the order the rows were loaded in (most recently changed
    first); ties of any sort keep that order.
    """

    columns = CLAIM_COLUMNS
    context = "claims.models"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loaded: list[ClaimSummary] = []
        self._ordered: list[ClaimSummary] = []  # the loaded rows in the sort's order
        self._folded: dict[int, str] | None = None  # claim id -> statement folded, made when first needed
        self._verdict = ALL
        self._words: list[str] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.verdict_names = verdicts.names()

    def key_of(self, row: ClaimSummary) -> int:
        return row.id

    # -- what is shown -------------------------------------------------------------

    def load(self, rows: list[ClaimSummary]) -> bool:
        """Show these claims (filtered and sorted as before); False when nothing changed."""
        if rows == self._loaded:
            return False
        self._loaded = list(rows)
        self._folded = None
        self._ordered = self._sorted(self._loaded)
        self._show()
        return True

    def set_verdict_filter(self, verdict: str | None) -> None:
        """Only claims with this verdict (:data:`NO_VERDICT`: none yet; :data:`ALL`: any)."""
        verdict = NO_VERDICT if verdict is None else verdict
        if verdict != self._verdict:
            self._verdict = verdict
            self._show()

    def set_text_filter(self, text: str) -> None:
        """Only claims whose statement holds every word of ``text``, accents and case ignored."""
        words = fold(text).split()
        if words != self._words:
            self._words = words
            self._show()

    def total(self) -> int:
        return len(self._loaded)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column, its key computed once per row (-1: the order loaded)."""
        if (column, order) == (self._sort_column, self._sort_order):
            return
        self._sort_column, self._sort_order = column, order
        self._ordered = self._sorted(self._loaded)
        self._show()

    def _sorted(self, rows: list[ClaimSummary]) -> list[ClaimSummary]:
        column = self._sort_column
        if not 0 <= column < len(CLAIM_COLUMNS):
            return list(rows)
        if column == STATEMENT:
            folded = self._folded_statements()
            keys = [folded[r.id] for r in rows]
        else:
            key = _KEYS[column]
            keys = [key(r) for r in rows]
        order = sorted(range(len(rows)), key=keys.__getitem__,
                       reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return [rows[i] for i in order]

    def _folded_statements(self) -> dict[int, str]:
        if self._folded is None:
            self._folded = {r.id: fold(r.statement) for r in self._loaded}
        return self._folded

    def _show(self) -> None:
        rows = self._ordered
        if self._verdict != ALL:
            verdict = self._verdict or None
            rows = [r for r in rows if r.verdict == verdict]
        if self._words:
            folded, words = self._folded_statements(), self._words
            rows = [r for r in rows if all(w in folded[r.id] for w in words)]
        self.set_rows(rows)

    # -- Qt ------------------------------------------------------------------------

    def cell_data(self, c: ClaimSummary, column: int, role: int):
        if role == DISPLAY:
            return self._display(c, column)
        if role == FOREGROUND:
            if column == VERDICT:
                return verdicts.text_colour(c.verdict)
            if column == CONTRADICTIONS:
                return CONTRADICTED if c.contradictions else verdicts.text_colour(None)
            return None
        if role == BACKGROUND:
            return verdicts.tint(c.verdict) if column == VERDICT else None
        if role == ALIGNMENT:
            return CLAIM_COLUMNS[column].align or LEFT
        if role == TOOLTIP:
            return tip(f"{c.statement}\n\n{self.verdict_names.get(c.verdict, c.verdict)} · "
                       + translate("claims.models", "claim {id}").format(id=c.id))
        if role == Role.ID:
            return c.id
        if role == Role.ITEM:
            return c
        if role == Role.SORT:
            return fold(c.statement) if column == STATEMENT else _KEYS[column](c)
        return None

    def _display(self, c: ClaimSummary, column: int) -> str:
        if column == STATEMENT:
            return " ".join(c.statement.split())  # one line: the row's height is fixed
        if column == VERDICT:
            return self.verdict_names.get(c.verdict, c.verdict or "")
        if column == FIRST_SEEN:
            return shown_date(c.first_seen)
        if column == LAST_SEEN:
            return shown_date(c.last_seen)
        return str(_KEYS[column](c))  # a count


DATE, ARTICLE, SENTENCE = range(3)
TITLE_CHARS = 60  # enough to recognise an article; the whole title is in the tooltip
TIMELINE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("claims.models", "Date"), QT_TRANSLATE_NOOP("claims.models", "The article's date"),
           CENTER),
    Column(QT_TRANSLATE_NOOP("claims.models", "Article"), QT_TRANSLATE_NOOP("claims.models", "The article's title")),
    Column(QT_TRANSLATE_NOOP("claims.models", "Sentence"),
           QT_TRANSLATE_NOOP("claims.models", "The sentence as the article states the claim")),
)


class TimelineModel(RowsTableModel):
    """One claim's appearances in the order ``Claims.timeline`` gives them: by article date."""

    columns = TIMELINE_COLUMNS
    context = "claims.models"

    def key_of(self, row: TimelineEntry) -> int:
        return row.sentence_id

    def cell_data(self, e: TimelineEntry, column: int, role: int):
        if role == DISPLAY:
            return (shown_date(e.date), shortened(e.title or e.article_id, TITLE_CHARS), e.text)[column]
        if role == TOOLTIP:
            return tip(f"{e.title or e.article_id} · {shown_date(e.date)}\n\n{e.text}")
        if role == ALIGNMENT:
            return CENTER if column == DATE else LEFT
        if role == Role.ID:
            return e.sentence_id
        if role == Role.ITEM:
            return e
        return None
