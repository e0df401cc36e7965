"""The compare window's list of disagreements, and the filter showing only the undecided ones.

The list is a model over ``Adjudication.items`` (plain frozen data, sentence
ids); titles and sentence texts are fetched from the facade the first time a
row is drawn and kept. A row is a sentence's tags, a link's relation, or the
verdicts of two matched claims, shown at the first sentence both claims share
and named as the window names verdicts (:mod:`annotator.gui.claims.verdicts`).
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt

from ...project.adjudication import Decision, Item
from ...project import Project
from ...review.labelsets import sorted_labels
from .. import names as shown_names
from ..i18n import translate
from ..models.roles import DISPLAY, FOREGROUND, TOOLTIP, Role
from ..models.rows import Column, RowsTableModel
from ..claims.verdicts import name as verdict_name
from ..plain import plain_tip
from .figure_models import MUTED
from .report_export import DisagreementRow

ARTICLE, KIND, SENTENCE, A_TAGS, B_TAGS, DECISION = range(6)
EXCERPT = 110


def value_text(item: Item, value: frozenset[str]) -> str:
    """A side's value in words: labels for a sentence, the relation for a pair, the verdict of a claim."""
    if item.is_verdict:
        return verdict_name(next(iter(value), None))
    if item.is_link:
        return ", ".join(map(shown_names.shown, sorted(value))) or translate("compare.models", "(not linked)")
    return ", ".join(map(shown_names.shown, sorted_labels(value))) or no_tag_text()


def no_tag_text() -> str:
    """What a side that tagged nothing shows."""
    return translate("compare.models", "(no tag)")


def decision_text(item: Item, decision: Decision | None) -> str:
    if decision is None:
        return translate("compare.models", "undecided")
    who = {"a": "A", "b": "B", "edit": translate("compare.models", "edited")}[decision.choice]
    return f"{who}: {value_text(item, decision.value)}"


def kind_texts() -> tuple[str, str, str]:
    """What the Kind column says of a verdict, a link and tags (the table fits the widest)."""
    return (translate("compare.models", "verdict"), translate("compare.models", "link"),
            translate("compare.models", "tags"))


def kind_text(item: Item) -> str:
    verdict, link, tags = kind_texts()
    return verdict if item.is_verdict else link if item.is_link else tags


def excerpt(text: str, limit: int = EXCERPT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def disagreement_columns(a: str, b: str) -> tuple[Column, ...]:
    """The list's columns, the reviewers named in the headers of their values."""
    return tuple(Column(title) for title in (
        translate("compare.models", "Article"), translate("compare.models", "Kind"),
        translate("compare.models", "Sentence"), f"A · {a}", f"B · {b}", translate("compare.models", "Decision")))


class DisagreementModel(RowsTableModel):
    """One row per ``Adjudication.items`` entry (``row_of`` finds an item); the decision
    column follows the gold layer."""

    def __init__(self, project: Project, parent=None):
        super().__init__(parent)
        self.project = project
        self._decisions: dict[tuple[int, int], Decision] = {}
        self._titles: dict[str, str] | None = None
        self._texts: dict[int, str] = {}
        self.columns = disagreement_columns("A", "B")

    # -- content --------------------------------------------------------------

    def set_items(self, items: list[Item], decisions: dict[tuple[int, int], Decision],
                  names: tuple[str, str] = ("A", "B")) -> None:
        keys = {item.key for item in items}
        self._decisions = {k: v for k, v in decisions.items() if k in keys}
        self.columns = disagreement_columns(*names)
        self._titles = None
        self._texts.clear()
        self.set_rows(items)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, A_TAGS, B_TAGS)

    def set_decision(self, item: Item, decision: Decision | None) -> None:
        """The gold layer changed for ``item`` (a command's redo or undo)."""
        row = self.row_of(item)
        if row < 0:
            return
        if decision is None:
            self._decisions.pop(item.key, None)
        else:
            self._decisions[item.key] = decision
        self.dataChanged.emit(self.index(row, 0), self.index(row, DECISION))

    items = RowsTableModel.rows  # the names the dialog calls
    item = RowsTableModel.row

    def decision(self, item: Item) -> Decision | None:
        return self._decisions.get(item.key)

    def is_decided(self, row: int) -> bool:
        return self._rows[row].key in self._decisions

    def decided(self) -> int:
        return len(self._decisions)

    def next_undecided(self, after: int) -> int:
        """The first undecided row after ``after`` (wrapping round), or -1."""
        n = len(self._rows)
        for k in range(1, n + 1):
            row = (after + k) % n
            if not self.is_decided(row):
                return row
        return -1

    def title(self, article_id: str) -> str:
        if self._titles is None:
            self._titles = {a.id: a.title or a.source or a.id for a in self.project.articles(None)}
        return self._titles.get(article_id, article_id)

    def text(self, sentence_id: int) -> str:
        if sentence_id not in self._texts:
            self._texts[sentence_id] = self.project.sentence_text(sentence_id)
        return self._texts[sentence_id]

    def sentence_column(self, item: Item) -> str:
        if item.is_link:
            return f"“{excerpt(self.text(item.sentence), 60)}” ↔ “{excerpt(self.text(item.other), 60)}”"
        if item.is_verdict and len(item.match.shared) > 1:
            return f"{excerpt(self.text(item.sentence), 90)} " + translate("compare.models", "(+{n} more)").format(
                n=len(item.match.shared) - 1)
        return excerpt(self.text(item.sentence))

    def sentence_tooltip(self, item: Item) -> str:
        """The whole sentence (both of a link; a claim's first shared one and both statements)."""
        if item.is_link:
            return f"{self.text(item.sentence)}\n↔\n{self.text(item.other)}"
        if item.is_verdict:
            a, b = item.match.a.statement, item.match.b.statement
            return translate("compare.models", "{sentence}\n\nA's claim: {a}\nB's claim: {b}").format(
                sentence=self.text(item.sentence), a=a, b=b)
        return self.text(item.sentence)

    def export_rows(self) -> list[DisagreementRow]:
        """Every row as the CSV export writes it, with the decision taken so far."""
        return [self._export_row(item) for item in self._rows]

    def _export_row(self, item: Item) -> DisagreementRow:
        """A verdict is written as its word (what files hold) at the first shared sentence,
        with both claims' statements."""
        first = self.project.sentence(item.sentence)
        second = self.project.sentence(item.other) if item.is_link else None
        decision = self._decisions.get(item.key)
        names = sorted if item.is_link or item.is_verdict else sorted_labels
        text = self.text(item.sentence) + (f" ↔ {self.text(item.other)}" if second else "")
        statements = (item.match.a.statement, item.match.b.statement) if item.match else ("", "")
        kind = "verdict" if item.is_verdict else "link" if item.is_link else "sentence"
        return DisagreementRow(
            kind, item.article_id, self.title(item.article_id), first.start, first.end,
            second.article_id if second else "", second.start if second else None, second.end if second else None, text,
            ",".join(names(item.a)), ",".join(names(item.b)),
            decision.choice if decision else "", ",".join(names(decision.value)) if decision else "",
            *statements,
        )

    # -- Qt -------------------------------------------------------------------

    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == DISPLAY else None
        return super().headerData(section, orientation, role)

    def cell_data(self, item: Item, column: int, role: int):
        if role == Role.ITEM:
            return item
        if role == DISPLAY:
            return self._display(item, column)
        if role == TOOLTIP:
            return plain_tip(self.sentence_tooltip(item) if column == SENTENCE else self._display(item, column))
        if role == FOREGROUND and column == DECISION and item.key not in self._decisions:
            return MUTED
        return None

    def _display(self, item: Item, column: int) -> str:
        if column == ARTICLE:
            return self.title(item.article_id)
        if column == KIND:
            return kind_text(item)
        if column == SENTENCE:
            return self.sentence_column(item)
        if column == A_TAGS:
            return value_text(item, item.a)
        if column == B_TAGS:
            return value_text(item, item.b)
        return decision_text(item, self._decisions.get(item.key))


class UndecidedFilter(QSortFilterProxyModel):
    """Every disagreement, or only the undecided ones."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._undecided_only = False
        self.setDynamicSortFilter(True)

    def set_undecided_only(self, on: bool) -> None:
        self.beginFilterChange()
        self._undecided_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def undecided_only(self) -> bool:
        return self._undecided_only

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        if not self._undecided_only:
            return True
        source = self.sourceModel()
        return isinstance(source, DisagreementModel) and not source.is_decided(row)
