"""A pane showing one article: its title, facts, tag legend, and the text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...model import LABELS, Article, ArticleSummary
from .. import names
from ..i18n import shown_date, translate
from ..models.articles import TITLE, ArticleListModel, progress_text
from ..layouts import shown
from ..palette import TAGS
from .article_view import ArticleView
from .keys import keep_keys
from .labels import ElidedLabel


def legend() -> QWidget:
    """C / Q / S chips with their names: the key to the margin letters and tints."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(3)
    for number, label in enumerate(LABELS, start=1):
        style = TAGS[label]
        chip = QLabel(style.letter)
        chip.setTextFormat(Qt.TextFormat.PlainText)
        chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        chip.setFixedSize(18, 16)
        chip.setStyleSheet(
            f"background:{style.strong}; color:white; font-weight:bold; border-radius:3px; font-size:8pt;"
        )
        name = QLabel(names.shown(label))  # the key (1 / 2 / 3) is in the tooltip and on the inspector's toggles
        name.setStyleSheet(f"background:{style.tint}; padding:1px 4px; border-radius:3px;")
        for part in (chip, name):
            part.setToolTip(translate("widgets.article_pane", "{label}: press {number} to tag or untag the sentence")
                            .format(label=names.shown(label), number=shown(str(number))))
        row.addWidget(chip)
        row.addWidget(name)
        row.addSpacing(5)
    linked = QLabel(translate("widgets.article_pane", "linked"))
    linked.setToolTip(translate("widgets.article_pane", "Underlined: the sentence is linked to another (G goes there)"))
    linked.setStyleSheet("text-decoration: underline; color:#2e7d32; padding:1px 4px;")
    row.addWidget(linked)
    row.addStretch(1)
    return box


class ArticlePane(QWidget):
    """The main pane, or (with ``chooser``) the side pane with its article picker."""

    articleChosen = Signal(str)

    def __init__(self, name: str, chooser_model: ArticleListModel | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        self.chooser: QComboBox | None = None
        if chooser_model is not None:
            self.chooser = QComboBox()
            self.chooser.setObjectName(f"{name}-chooser")
            self.chooser.setModel(chooser_model)
            self.chooser.setModelColumn(TITLE)
            # As wide as the pane, never as its longest title (which would take the main pane's room).
            self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.chooser.setMinimumContentsLength(8)
            self.chooser.setToolTip(translate("widgets.article_pane", "Article in the side pane (Ctrl+Shift+O)"))
            self.chooser.activated.connect(self._chosen)
            keep_keys(self.chooser)
            layout.addWidget(self.chooser)
        # One line each, elided (the whole text in the tooltip): the text gets the height.
        self.title = ElidedLabel(f"{name}-title", "font-size: 11pt; font-weight: 600;")
        self.meta = ElidedLabel(f"{name}-meta", "color: #555;")
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        self.title.setVisible(chooser_model is None)  # the side pane's chooser shows its title
        layout.addWidget(legend())
        self.view = ArticleView()
        self.view.setObjectName(f"{name}-view")
        self.view.setAccessibleName(translate("widgets.article_pane", "Side article") if chooser_model is not None
                                else translate("widgets.article_pane", "Main article"))
        layout.addWidget(self.view, 1)
        self.set_active(False)

    def _chosen(self, row: int) -> None:
        model = self.chooser.model() if self.chooser else None
        if model is not None and 0 <= row < model.rowCount():
            self.articleChosen.emit(model.summary(row).id)

    def show_article(self, article: Article | None, summary: ArticleSummary | None, sentences) -> None:
        self.view.set_article(article, sentences)
        self.update_header(article, summary)

    def update_header(self, article: Article | None, summary: ArticleSummary | None) -> None:
        if article is None:
            self.title.setText(translate("widgets.article_pane", "No article"))
            self.meta.setText("")
            return
        self.title.setText(article.title or article.source or article.id)
        parts = [shown_date(article.date) if article.date else translate("widgets.article_pane", "no date"),
                 article.source]
        if summary is not None:
            parts += [progress_text(summary), names.shown(summary.status)]
        flt = self.view.tag_filter()
        if flt:
            parts.append(translate("widgets.article_pane", "showing only: {filter} (Ctrl+T)").format(
                filter=names.shown(flt)))
        self.meta.setText(" · ".join(p for p in parts if p))
        if self.chooser is not None and self.chooser.model() is not None:
            row = self.chooser.model().row_of(article.id)
            if row >= 0 and row != self.chooser.currentIndex():
                self.chooser.setCurrentIndex(row)

    def set_active(self, active: bool) -> None:
        colour = "#1f5fbf" if active else "#d0d0d0"
        self.view.setStyleSheet(f"QTextEdit {{ border: 2px solid {colour}; border-radius: 3px; }}")
