"""A claim's sources in the panel: a small list edited from the keyboard, a web source opened in the browser.

Insert adds, F2 (or a double click) edits, Delete removes, Enter opens (the
buttons do the same, but for editing: the panel is narrow); Esc hands the
keyboard back.
Each change hands on the whole new tuple of sources (``edited``), which the
window makes one undoable edit. Only an http(s) URL is opened; a citation
("Le Monde, 4 mars 2026, p. 3") is evidence too, but there is nothing to open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QListView, QToolButton, QVBoxLayout,
    QWidget,
)

from ...claims.model import Source
from ..models.roles import DISPLAY, TOOLTIP
from ..models.rows import RowsListModel
from .days import EXAMPLE, day_text, parse_day
from .keys import keep_keys
from ..i18n import shown_date, translate
from .labels import ERROR_STYLE, wrapped_label


def is_web_address(text: str) -> bool:
    """An http or https URL with a host: the only kind of source the browser is asked to open."""
    url = QUrl(text.strip(), QUrl.ParsingMode.StrictMode)
    return url.isValid() and url.scheme() in ("http", "https") and bool(url.host())


class SourcesModel(RowsListModel):
    """One :class:`Source` per row: its title (or URL), then the URL or citation and when it was read."""

    def cell_data(self, source: Source, _column: int, role: int):
        if role == DISPLAY:
            read = (" · " + translate("widgets.claim_sources", "read {date}").format(date=shown_date(source.accessed))
                    if source.accessed else "")
            return f"{source.title or source.url}\n{source.url}{read}" if source.title else f"{source.url}{read}"
        if role == TOOLTIP:
            return (translate("widgets.claim_sources", "Enter opens it in the browser") if is_web_address(source.url)
                    else translate("widgets.claim_sources", "A citation (nothing to open)"))
        return None


class SourceDialog(QDialog):
    """One source's URL or citation, title and date read; OK only when the date is a date."""

    def __init__(self, source: Source | None, parent=None):
        super().__init__(parent)
        self.setObjectName("source-dialog")
        self.setWindowTitle(translate("widgets.claim_sources", "Source"))
        source = source or Source("")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.url = QLineEdit(source.url)
        self.url.setObjectName("source-url")
        self.url.setPlaceholderText(translate("widgets.claim_sources", "https://… or a citation"))
        self.title = QLineEdit(source.title)
        self.title.setObjectName("source-title")
        self.accessed = QLineEdit(day_text(source.accessed))
        self.accessed.setObjectName("source-accessed")
        self.accessed.setPlaceholderText(translate("widgets.claim_sources", "YYYY-MM-DD, e.g. {example}").format(
            example=EXAMPLE))
        form.addRow(translate("widgets.claim_sources", "URL or citation"), self.url)
        form.addRow(translate("widgets.claim_sources", "Title"), self.title)
        form.addRow(translate("widgets.claim_sources", "Read on"), self.accessed)
        layout.addLayout(form)
        self.message = wrapped_label("source-message", style=ERROR_STYLE)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.result_source: Source | None = None
        self.resize(460, self.sizeHint().height())
        self.url.setFocus()

    def accept(self) -> None:
        url = self.url.text().strip()
        if not url:
            self.message.setText(translate("widgets.claim_sources", "Give the source's URL, or a citation"))
            self.url.setFocus()
            return
        try:
            accessed = parse_day(self.accessed.text())
        except ValueError as error:
            self.message.setText(str(error))
            self.accessed.setFocus()
            return
        self.result_source = Source(url, self.title.text().strip(), accessed)
        super().accept()


class _SourceList(QListView):
    key = Signal(int)  # a key the editor acts on (Insert, F2, Delete, Enter, Esc)

    KEYS = (Qt.Key.Key_Insert, Qt.Key.Key_F2, Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_Enter,
            Qt.Key.Key_Escape)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in self.KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.key.emit(event.key())
            return
        super().keyPressEvent(event)


class SourcesEditor(QWidget):
    """``edited(sources)``: the new tuple; ``message(text)``: something to tell (a citation cannot open)."""

    edited = Signal(object)
    message = Signal(str)
    escaped = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = SourcesModel(self)
        self.list = _SourceList()
        self.list.setObjectName("sources")
        self.list.setAccessibleName(translate("widgets.claim_sources", "Sources of the claim"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(90)
        self.list.key.connect(self._key)
        self.list.doubleClicked.connect(lambda _index: self.edit_current())
        keep_keys(self.list, {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Delete, Qt.Key.Key_Insert})
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for name, text, tip, act in (
                ("add", translate("widgets.claim_sources", "Add"),
                 translate("widgets.claim_sources", "Add a source (Insert)"), self.add),
                ("remove", translate("widgets.claim_sources", "Remove"),
                 translate("widgets.claim_sources", "Remove the source (Delete)"), self.remove_current),
                ("open", translate("widgets.claim_sources", "Open"),
                 translate("widgets.claim_sources", "Open the URL in the browser (Enter)"), self.open_current)):
            button = QToolButton()
            button.setObjectName(f"source-{name}")
            button.setText(text)
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(act)
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.dialog: SourceDialog | None = None
        self._editable = True

    def show_sources(self, sources: tuple[Source, ...], editable: bool) -> None:
        if tuple(self.model.rows()) != tuple(sources):
            row = self.list.currentIndex().row()
            self.model.set_rows(sources)
            if sources:
                self.list.setCurrentIndex(self.model.index(max(0, min(row, len(sources) - 1))))
        for name in ("add", "remove"):
            self.buttons[name].setEnabled(editable)
        self._editable = editable

    def sources(self) -> tuple[Source, ...]:
        return tuple(self.model.rows())

    def _current(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def _key(self, key: int) -> None:
        {Qt.Key.Key_Insert: self.add, Qt.Key.Key_F2: self.edit_current, Qt.Key.Key_Delete: self.remove_current,
         Qt.Key.Key_Escape: self.escaped.emit}.get(key, self.open_current)()

    def add(self) -> None:
        self._ask(None, len(self.sources()))

    def edit_current(self) -> None:
        row = self._current()
        if row >= 0:
            self._ask(self.sources()[row], row)

    def _ask(self, source: Source | None, row: int) -> None:
        """The source dialog; on OK the source goes in at ``row`` (replacing the one there, if editing)."""
        if not self._editable:
            return
        self.dialog = SourceDialog(source, self)
        replace = source is not None
        self.dialog.accepted.connect(lambda: self._put(row, self.dialog.result_source, replace))
        self.dialog.open()

    def _put(self, row: int, source: Source, replace: bool) -> None:
        sources = list(self.sources())
        sources[row:row + 1 if replace else row] = [source]
        self.edited.emit(tuple(sources))
        self.list.setFocus()

    def remove_current(self) -> None:
        row = self._current()
        if row >= 0 and self._editable:
            self.edited.emit(self.sources()[:row] + self.sources()[row + 1:])

    def open_current(self) -> None:
        """The current source in the browser, if it is a web address; a citation is said to be one."""
        row = self._current()
        if row < 0:
            return
        url = self.sources()[row].url
        if is_web_address(url):
            QDesktopServices.openUrl(QUrl(url.strip()))
        else:
            self.message.emit(translate("widgets.claim_sources",
                                        "“{url}” is a citation, not a web address: nothing to open").format(url=url))
