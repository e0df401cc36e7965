"""The small dialog that edits an article's details: title, outlet, URL, author.

Exports cite the article by these (ClaimReview's appearances, the W3C source IRI, the CSV
files). Each value is one line of plain text; the facade trims and checks them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout

from ...model import META_FIELDS, ArticleMeta
from .dialog_buttons import ok_cancel

LABELS = {"title": "&Title:", "outlet": "&Outlet:", "url": "&URL:", "author": "&Author:"}
PLACEHOLDERS = {"outlet": "the newspaper or site", "url": "https://…", "author": "who wrote it"}


class ArticleDetailsDialog(QDialog):
    def __init__(self, meta: ArticleMeta, parent=None):
        super().__init__(parent)
        self.setObjectName("article-details")
        self.setWindowTitle("Article details")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for name in META_FIELDS:
            edit = QLineEdit(getattr(meta, name))
            edit.setObjectName(f"details-{name}")
            edit.setAccessibleName(LABELS[name].replace("&", "").rstrip(":"))
            edit.setPlaceholderText(PLACEHOLDERS.get(name, ""))
            form.addRow(LABELS[name], edit)
            self.fields[name] = edit
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, "Save"))

    def meta(self) -> ArticleMeta:
        return ArticleMeta(**{name: edit.text() for name, edit in self.fields.items()})
