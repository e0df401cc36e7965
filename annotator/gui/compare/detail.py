"""The selected disagreement: both reviewers' values, gold's, and the sentence in its article,
under the buttons that decide it.

The article is a read-only plain-text view (``setPlainText``: markup shows as
typed) with the sentence, or the link's two sentences, or the sentences two
matched claims share, highlighted; store offsets (code points) become Qt
positions through :class:`OffsetMap`. A verdict disagreement also shows both
claims (statement, verdict, rationale) and the shared sentences, as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple, Protocol

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextCharFormat, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSplitter, QTextEdit,
    QVBoxLayout, QWidget,
)

from ...claims.compare import ClaimMatch
from ...claims.model import Claim
from ...project.adjudication import Decision, Item
from ...model import LABELS, Article, Sentence
from .. import names as shown_names
from ..i18n import translate
from ..offsets import OffsetMap
from ..plain import bounded, plain_tip
from ..palette import SELECTED_BACKGROUND, TAGS, strong
from ..claims.verdicts import name as verdict_name
from ..widgets.article_format import reading_font
from ..widgets.kept_in_sight import KeptInSight
from ..widgets.labels import wrapped_label
from ..widgets.text_window import TextWindow
from .models import decision_text, excerpt

RELATION_COLOURS = {"agrees": QColor("#2e7d32"), "contradicts": QColor("#b00020")}
VERDICT_CHIP = QColor("#37474f")  # one neutral colour: the words differ, the chips need not
SECOND_BACKGROUND = QColor("#cfe8d0")
CLAIM_LINES = 10  # the claims' box this tall at first (it scrolls; the reviewer may drag it)


class Span(Protocol):
    """What a highlight needs of a sentence or a claim's appearance: store offsets."""

    start: int
    end: int


class TagChips(QWidget):
    """A value as chips: one per label (tag colour + letter + name) or the relation."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._chips: list[tuple[str, QColor]] = []
        self._empty = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(self, item: Item | None, value: frozenset[str] | None, empty: str = "") -> None:
        chips: list[tuple[str, QColor]] = []
        names: list[str] = []
        if item is not None and value is not None:
            if item.is_verdict:
                names = [verdict_name(v) for v in value]
                chips = [(name, VERDICT_CHIP) for name in names]
                empty = empty or translate("compare.detail", "no verdict")
            elif item.is_link:
                names = [shown_names.shown(r) for r in sorted(value)]
                chips = [(shown_names.shown(r), RELATION_COLOURS.get(r, QColor("#444444"))) for r in sorted(value)]
                empty = empty or translate("compare.detail", "not linked")
            else:
                names = [shown_names.shown(label) for label in LABELS if label in value]
                chips = [(f"{TAGS[l].letter}  {shown_names.shown(l)}", strong(l)) for l in LABELS if l in value]
                empty = empty or translate("compare.detail", "no tag")
        self._chips, self._empty = chips, empty
        self.setToolTip(", ".join(names) or empty)
        self.setAccessibleName(self.toolTip())
        self.update()

    def text(self) -> str:
        return self.toolTip()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, QFontMetrics(self.font()).height() + 8)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = painter.fontMetrics()
        height = fm.height() + 4
        x = 0.0
        if not self._chips:
            painter.setPen(QColor("#777777"))
            painter.drawText(QRectF(0, 0, self.width(), self.height()), Qt.AlignmentFlag.AlignVCenter, self._empty)
            return
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        fm = painter.fontMetrics()
        for text, colour in self._chips:
            width = fm.horizontalAdvance(text) + 14
            rect = QRectF(x, (self.height() - height) / 2, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor("white"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 6


class ContextView(QPlainTextEdit):
    """The article, read-only, with one or two sentences highlighted."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("compare-context")
        self.setAccessibleName(translate("compare.detail", "The sentence in its article"))
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setUndoRedoEnabled(False)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setFont(reading_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._article_id: str | None = None
        self._map = OffsetMap("")
        self._window = TextWindow()  # a very long article: the part around the sentence
        self._highlighted: list[tuple[int, int]] = []
        self._kept = KeptInSight(self)  # the sentence centred, until the reader scrolls

    def show_article(self, article: Article | None) -> None:
        article_id = article.id if article else None
        if article_id == self._article_id:
            return
        self._article_id = article_id
        self._kept.release()
        self._highlighted = []
        text = article.text if article else ""
        self._map = OffsetMap(text)
        self._window.reset(text, self._map)
        self.setPlainText(self._window.place(*self._window.around(0)))  # plain text, always

    def highlight(self, sentences: Sequence[Span]) -> None:
        """Highlight ``sentences`` (store offsets) and scroll the first to the middle."""
        selections = []
        self._highlighted = []
        self._kept.release()
        if sentences and not self._window.holds(self._map.to_qt(sentences[0].start)):
            self.setPlainText(self._window.place(*self._window.around(sentences[0].start)))
        for n, sentence in enumerate(sentences):
            start = self._window.to_doc(self._map.to_qt(sentence.start))
            end = self._window.to_doc(self._map.to_qt(sentence.end))
            self._highlighted.append((start, end))
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(SELECTED_BACKGROUND if n == 0 else SECOND_BACKGROUND)
            fmt.setForeground(QColor("#000000"))
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)
        self._kept.show(self._centre)

    def _centre(self) -> None:
        if self._highlighted:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._highlighted[0][0])
            self.setTextCursor(cursor)
            self.centerCursor()

    def showEvent(self, event) -> None:  # noqa: N802
        """Centred again once shown: centred while the dialog was still being laid out, the
        sentence would be left above a widened view's top (its range changes centre it too)."""
        with self._kept.quiet():
            super().showEvent(event)
        self._kept.again()

    def highlighted_text(self) -> list[str]:
        """The highlighted ranges as Qt sees them (for tests: equals the sentence text)."""
        text = self.toPlainText()
        # toPlainText is UTF-16 positions in Qt; in Python the string is code points again.
        encoded = text.encode("utf-16-le")
        return [encoded[2 * s:2 * e].decode("utf-16-le") for s, e in self._highlighted]


class DetailPane(QWidget):
    """What the reviewers said about the selected disagreement, and where it is."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("compare-detail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self._names = ("A", "B")
        self.heading = wrapped_label("detail-heading", translate("compare.detail", "Select a disagreement"),
                                     style="font-weight:600;")
        layout.addWidget(self.heading)
        form = QFormLayout()
        form.setContentsMargins(0, 2, 0, 2)
        form.setVerticalSpacing(3)
        self.a_label, self.b_label = QLabel("A"), QLabel("B")
        for label in (self.a_label, self.b_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.a_chips, self.b_chips, self.gold_chips = TagChips(), TagChips(), TagChips()
        self.a_chips.setObjectName("detail-a")
        self.b_chips.setObjectName("detail-b")
        self.gold_chips.setObjectName("detail-gold")
        self.gold_label = QLabel(translate("compare.detail", "Gold"))
        self.gold_label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.a_label, self.a_chips)
        form.addRow(self.b_label, self.b_chips)
        form.addRow(self.gold_label, self.gold_chips)
        layout.addLayout(form)
        self.sentences = wrapped_label("detail-sentences",
                                       style="background:#fafafa; border:1px solid #e0e0e0; padding:4px;")
        self.sentences.hide()
        layout.addWidget(self.sentences)
        self.claims = _claims_box()
        self.context = ContextView()
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("detail-split")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.claims)
        self.split.addWidget(self.context)
        self.split.setStretchFactor(1, 1)
        self._split_sized = False
        layout.addWidget(self.split, 1)

    def set_names(self, a: str, b: str, gold: str) -> None:
        self._names = (a, b)
        self.a_label.setText(f"A · {a}")
        self.b_label.setText(f"B · {b}")
        self.gold_label.setText(translate("compare.detail", "Gold · {gold}").format(gold=gold))

    def clear(self, message: str = "") -> None:
        self.heading.setText(message or translate("compare.detail", "Select a disagreement"))
        for chips in (self.a_chips, self.b_chips, self.gold_chips):
            chips.set_value(None, None, " ")
        self.sentences.hide()
        self.claims.hide()
        self.context.show_article(None)
        self.context.highlight([])

    def show_item(self, item: Item, decision: Decision | None, article: Article, title: str,
                  first: Sentence, second: Sentence | None = None, second_text: str = "",
                  second_title: str = "", position: str = "") -> None:
        self._show_values(translate("compare.detail", "Link") if item.is_link else translate("compare.detail", "Tags"),
                          item, decision, title, position)
        self.claims.hide()
        self.context.show_article(article)
        if second is None:
            self.sentences.hide()
            self.context.highlight([first])
            return
        first_text = article.text[first.start:first.end]
        where = ("" if second.article_id == article.id
                 else "  " + translate("compare.detail", "(in “{title}”)").format(title=second_title))
        self.sentences.setText(
            translate("compare.detail", "1 (yellow)  “{first}”\n2 (green){where}  “{second}”").format(
                first=excerpt(first_text, 300), where=where, second=excerpt(second_text, 300)))
        self.sentences.show()
        self.context.highlight([first, second] if second.article_id == article.id else [first])

    def show_verdict(self, item: Item, decision: Decision | None, article: Article, title: str,
                     shared: Sequence[SharedSentence], position: str = "") -> None:
        """Two matched claims: both as stated and judged, and the sentences they share
        (``shared`` in order, the first in ``article``, highlighted where they are in it)."""
        self._show_values(translate("compare.detail", "Verdict"), item, decision, title, position)
        self.sentences.hide()
        self.claims.setPlainText(claims_text(item.match, self._names, shared, article.id))
        self.claims.show()
        if not self._split_sized:  # the first time; then as the reviewer drags it
            self._split_sized = True
            margins = 2 * (self.claims.document().documentMargin() + self.claims.frameWidth() + 2)  # 2: padding
            wanted = int(CLAIM_LINES * self.claims.fontMetrics().lineSpacing() + margins)
            self.split.setSizes([wanted, max(self.split.height() - wanted, wanted)])
        self.context.show_article(article)
        self.context.highlight([x.span for x in shared if x.article_id == article.id])

    def _show_values(self, kind: str, item: Item, decision: Decision | None, title: str, position: str) -> None:
        self.heading.setText(f"{kind} · {title}" + (f" · {position}" if position else ""))
        self.a_chips.set_value(item, item.a)
        self.b_chips.set_value(item, item.b)
        if decision is None:
            self.gold_chips.set_value(item, None, translate("compare.detail", "undecided"))
        else:
            self.gold_chips.set_value(item, decision.value)
            self.gold_chips.setToolTip(plain_tip(decision_text(item, decision)))


def _claims_box() -> QPlainTextEdit:
    """Both claims of a verdict disagreement: read-only plain text, CLAIM_LINES tall at first."""
    box = QPlainTextEdit()
    box.setObjectName("detail-claims")
    box.setAccessibleName(translate("compare.detail", "Both claims"))
    box.setReadOnly(True)
    box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    box.setStyleSheet("background:#fafafa; border:1px solid #e0e0e0; padding:2px;")
    box.hide()
    return box


class SharedSentence(NamedTuple):
    """A sentence two matched claims share, as the detail shows it."""

    article_id: str
    article_title: str
    span: Span
    text: str


def claims_text(match: ClaimMatch, names: tuple[str, str], shared: Sequence[SharedSentence], shown: str) -> str:
    """Both claims and their shared sentences in plain text; ``shown``: the article in view,
    whose shared sentences are highlighted (the first yellow, the others green)."""
    lines = [*_claim_lines(f"A · {names[0]}", match.a), *_claim_lines(f"B · {names[1]}", match.b)]
    lines.append(translate("compare.detail", "Sentences both claims hold ({n}):").format(n=len(shared)))
    highlighted = 0
    for n, sentence in enumerate(shared, 1):
        if sentence.article_id == shown:
            where = " " + (translate("compare.detail", "(yellow)") if highlighted == 0
                           else translate("compare.detail", "(green)"))
            highlighted += 1
        else:
            where = " " + translate("compare.detail", "(in “{title}”)").format(title=sentence.article_title)
        lines.append(f"  {n}{where}  “{excerpt(sentence.text, 70)}”")
    return "\n".join(lines)


def _claim_lines(who: str, claim: Claim) -> list[str]:
    rationale = claim.rationale.strip() or translate("compare.detail", "(no rationale)")
    return [f"{who}: {verdict_name(claim.verdict)}", f"  “{bounded(claim.statement)}”", f"  {bounded(rationale)}"]


class DecisionPane(QWidget):
    """The selected disagreement under the row of buttons that decide it (the dialog
    gives each button its action); ``buttons`` by action name."""

    NAMES = ("accept_a", "accept_b", "edit", "next_undecided", "undo", "redo")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.detail = DetailPane()
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name in self.NAMES:
            button = QPushButton()
            button.setObjectName(f"button-{name}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.detail, 1)

    def follow(self, stack: QUndoStack) -> None:
        """Undo and Redo on as ``stack`` says, from its own signals: a command's refresh
        runs before the stack has moved."""
        for name, changed in (("undo", stack.canUndoChanged), ("redo", stack.canRedoChanged)):
            self.buttons[name].setEnabled(False)
            changed.connect(self.buttons[name].setEnabled)
