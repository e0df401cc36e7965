"""The small dialog that edits an article's details: title, outlet, URL, author.

Exports cite the article by these (ClaimReview's appearances, the W3C source IRI, the CSV
files). Each value is one line of plain text; the facade trims and checks them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout

from ...model import META_FIELDS, ArticleMeta
from ..i18n import QT_TRANSLATE_NOOP, translate
from .dialog_buttons import ok_cancel

CONTEXT = "widgets.article_details"
LABELS = {"title": QT_TRANSLATE_NOOP("widgets.article_details", "&Title:"),
          "outlet": QT_TRANSLATE_NOOP("widgets.article_details", "&Outlet:"),
          "url": QT_TRANSLATE_NOOP("widgets.article_details", "&URL:"),
          "author": QT_TRANSLATE_NOOP("widgets.article_details", "&Author:")}
PLACEHOLDERS = {"outlet": QT_TRANSLATE_NOOP("widgets.article_details", "the newspaper or site"),
                "url": "https://…", "author": QT_TRANSLATE_NOOP("widgets.article_details", "who wrote it")}


class ArticleDetailsDialog(QDialog):
    def __init__(self, meta: ArticleMeta, parent=None):
        super().__init__(parent)
        self.setObjectName("article-details")
        self.setWindowTitle(translate("widgets.article_details", "Article details"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for name in META_FIELDS:
            edit = QLineEdit(getattr(meta, name))
            edit.setObjectName(f"details-{name}")
            label = translate(CONTEXT, LABELS[name])
            edit.setAccessibleName(label.replace("&", "").rstrip(": "))
            edit.setPlaceholderText(translate(CONTEXT, PLACEHOLDERS.get(name, "")))
            form.addRow(label, edit)
            self.fields[name] = edit
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, translate("widgets.article_details", "Save")))

    def meta(self) -> ArticleMeta:
        return ArticleMeta(**{name: edit.text() for name, edit in self.fields.items()})
