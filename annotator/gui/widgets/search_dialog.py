"""Ctrl+F: full-text search across every article; Enter jumps to the sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout

from ...model import SearchHit
from ..i18n import translate
from ..models.search import SearchResultsModel
from .keys import keep_keys
from .search_delegate import SearchResultDelegate


class _Box(QLineEdit):
    down = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class _Results(QListView):
    chosen = Signal(int)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.chosen.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class SearchDialog(QDialog):
    """``search(text) -> [(hit, before, after)]`` is given by the window (it calls the facade)."""

    jump = Signal(object)  # SearchHit

    def __init__(self, search, parent=None):
        super().__init__(parent)
        self.setObjectName("search-dialog")
        self.setWindowTitle(translate("widgets.search_dialog", "Search all articles"))
        self._search = search
        layout = QVBoxLayout(self)
        self.box = _Box()
        self.box.setObjectName("search-box")
        self.box.setAccessibleName(translate("widgets.search_dialog", "Words to search for"))
        self.box.setPlaceholderText(translate("widgets.search_dialog",
                                              "Words to find (every word, as a prefix) — Enter or ↓ for results"))
        self.count = QLabel()
        self.partial = QLabel()
        self.partial.setObjectName("search-partial")
        self.partial.setTextFormat(Qt.TextFormat.PlainText)
        self.partial.setWordWrap(True)
        self.partial.setStyleSheet("color:#8a5a00;")
        self.partial.hide()
        self.results = _Results()
        self.results.setObjectName("search-results")
        self.results.setAccessibleName(translate("widgets.search_dialog", "Search results"))
        self.model = SearchResultsModel(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchResultDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)  # row heights follow the width
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setAlternatingRowColors(True)
        keep_keys(self.box)
        keep_keys(self.results)
        layout.addWidget(self.box)
        layout.addWidget(self.count)
        layout.addWidget(self.partial)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _: self._timer.start())
        self.box.returnPressed.connect(self._enter_in_box)
        self.box.down.connect(self._to_results)
        self.results.chosen.connect(self._choose)
        self.results.doubleClicked.connect(lambda index: self._choose(index.row()))
        self.resize(760, 560)

    def run(self) -> None:
        self._timer.stop()
        rows = self._search(self.box.text())
        self.model.set_hits(rows, self.box.text())
        self.count.setText(translate("widgets.search_dialog", "{n} sentence(s)").format(n=len(rows))
                           if self.box.text().strip() else "")
        if rows:
            self.results.setCurrentIndex(self.model.index(0))

    def _enter_in_box(self) -> None:
        if self._timer.isActive() or not self.model.rowCount():
            self.run()
        if self.model.rowCount():
            self._choose(max(0, self.results.currentIndex().row()))

    def _to_results(self) -> None:
        if self._timer.isActive():
            self.run()
        if self.model.rowCount():
            self.results.setFocus()

    def _choose(self, row: int) -> None:
        hit: SearchHit = self.model.hit(row)
        self.jump.emit(hit)
        self.accept()

    def show_partial(self, text: str) -> None:
        """Say that the results are partial (the index is catching up), or nothing when ``text`` is empty."""
        self.partial.setText(text)
        self.partial.setVisible(bool(text))

    def start(self) -> None:
        self.box.setFocus()
        self.box.selectAll()
