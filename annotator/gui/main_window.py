"""The main window: article list | article | side article | sentence panel.

Layout, actions (built from :mod:`shortcuts`), navigation and refresh. Every
edit goes through a command of :mod:`commands` on one ``QUndoStack``; after
each, the views reload what changed from the facade. File-menu work lives in
:mod:`file_actions`.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QSplitter, QVBoxLayout, QWidget

from ..model import Article, ArticleSummary
from ..project import Project
from . import state
from .actions import WindowActions
from .commands import Context
from .file_actions import FileActions
from .models.articles import DATE, ID_ROLE, ArticleFilterModel, ArticleListModel
from .models.links import LinkRow
from .shortcuts import MENUS, SHORTCUTS
from .widgets.article_list import LIST_WIDTH, ArticleTable
from .widgets.article_pane import ArticlePane
from .widgets.article_view import ArticleView
from .widgets.inspector import Inspector

if TYPE_CHECKING:  # created on first use, imported there
    from .widgets.link_dialog import LinkDialog
    from .widgets.search_dialog import SearchDialog

POLL_MS = 2000
INSPECTOR_WIDTH = 240


class MainWindow(WindowActions, FileActions, QMainWindow):
    def __init__(self, project: Project, reviewer: str, settings: QSettings | None = None):
        super().__init__()
        self.setWindowTitle("annotator")
        self.settings = settings if settings is not None else QSettings()
        self.project = project
        self.reviewer = reviewer
        self.undo_stack = QUndoStack(self)
        self.ctx = Context(project, reviewer, self._changed)
        self.history: list[tuple[str, str, int]] = []  # (pane, article id, sentence id)
        self.link_dialog: LinkDialog | None = None
        self.search_dialog: SearchDialog | None = None
        self.import_job = None
        self.exchange_job = None
        self._close_when_done = False  # closing asked while a worker ran: close when it is done
        self._version = -1
        self.closed = False
        self._build()
        self._build_actions()
        self.load_project(project, first=True)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.check_external_changes)
        self._poll.start()

    # -- building ------------------------------------------------------------

    def _build(self) -> None:
        self.list_model = ArticleListModel(self)
        self.proxy = ArticleFilterModel(self)
        self.proxy.setSourceModel(self.list_model)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 0, 0)
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("article-filter")
        self.filter_box.setPlaceholderText("Filter articles (Ctrl+0 for the list)")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = ArticleTable()
        self.table.setModel(self.proxy)
        self.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._list_row_changed)
        left_layout.addWidget(self.filter_box)
        left_layout.addWidget(self.table)

        self.main_pane = ArticlePane("main")
        self.side_pane = ArticlePane("side", chooser_model=self.list_model)
        self.side_pane.articleChosen.connect(lambda aid: self.open_article(aid, "side"))
        self.side_pane.hide()
        self.inspector = Inspector()
        for pane in (self.main_pane, self.side_pane):
            pane.view.sentenceChanged.connect(lambda _i, p=pane: self._sentence_changed(p))
            pane.view.focused.connect(lambda p=pane: self._activate(p))
        self.inspector.toggled.connect(lambda label, on: self.toggle_label(label))
        self.inspector.noteEdited.connect(self._note_edited)
        self.inspector.linkActivated.connect(self.follow_link)
        self.inspector.linkRemoveRequested.connect(self.remove_link)
        self.inspector.statusChosen.connect(self.set_status)
        self.inspector.escaped.connect(lambda: self.active_view().setFocus())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        for widget in (left, self.main_pane, self.side_pane, self.inspector):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([LIST_WIDTH, 700, 0, INSPECTOR_WIDTH])
        self.setCentralWidget(self.splitter)
        self.active_pane = self.main_pane
        self.main_pane.set_active(True)

        self.banner = QLabel()
        self.banner.setObjectName("readonly-banner")
        self.banner.setStyleSheet("background:#b00020; color:white; padding:4px; font-weight:600;")
        self.banner.hide()
        self.setMenuWidget(None)
        self.reviewer_label = QLabel()
        self.file_label = QLabel()
        self.saved_label = QLabel()
        for label in (self.reviewer_label, self.file_label, self.saved_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        # Permanent, all of them: a temporary message (showMessage) hides the normal widgets,
        # and who is reviewing which file must stay in sight while one shows.
        for widget in (self.reviewer_label, self.file_label, self.banner, self.saved_label):
            self.statusBar().addPermanentWidget(widget)

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        menus = {title: self.menuBar().addMenu(title) for title in MENUS}
        for shortcut in SHORTCUTS:
            action = QAction(shortcut.text, self)
            action.setObjectName(f"action-{shortcut.name}")
            action.setShortcuts([QKeySequence(k) for k in shortcut.keys])
            action.setStatusTip(shortcut.help)
            action.setToolTip(shortcut.help)
            action.triggered.connect(getattr(self, f"_on_{shortcut.name}"))
            menus[shortcut.menu].addAction(action)
            self.addAction(action)
            self.actions_by_name[shortcut.name] = action
            if shortcut.name == "switch_reviewer" or shortcut.name == "import_folder":
                if shortcut.name == "import_folder":
                    self.recent_menu = menus["&File"].addMenu("Recent &files")
                    self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
                menus["&File"].addSeparator()
        self.undo_stack.canUndoChanged.connect(self.actions_by_name["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.actions_by_name["redo"].setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda t: self.actions_by_name["undo"].setText(f"&Undo {t}".strip()))
        self.undo_stack.redoTextChanged.connect(lambda t: self.actions_by_name["redo"].setText(f"&Redo {t}".strip()))
        self.actions_by_name["undo"].setEnabled(False)
        self.actions_by_name["redo"].setEnabled(False)

    # -- the open file -------------------------------------------------------

    def load_project(self, project: Project, first: bool = False) -> None:
        """Show ``project`` (a new file, or the same after a reviewer switch)."""
        if not first and project is not self.project:
            self.project.close()
        self.project = project
        self.ctx.project = project
        self.ctx.reviewer = self.reviewer
        self.undo_stack.clear()
        self.history.clear()
        readonly = project.readonly
        for name in ("toggle_claim", "toggle_quote", "toggle_statistic", "edit_note", "link",
                     "mark_done", "import_files", "import_folder", "import_json"):
            self.actions_by_name[name].setEnabled(not readonly)
        self.banner.setText("READ-ONLY: this file cannot be changed; edits are off")
        self.banner.setVisible(readonly)
        self.reviewer_label.setText(f"Reviewer: {self.reviewer}")
        self.file_label.setText(f"File: {project.path}")
        self.file_label.setToolTip(str(project.path))
        self.saved_label.setText("Read-only" if readonly else "✓ All changes saved")
        self.setWindowTitle(f"annotator — {project.path.name}" + (" [read-only]" if readonly else ""))
        self.reload_list()
        last = state.file_value(self.settings, project.path, "last_article")
        first_row = self.proxy.index(0, 0)
        target = last if self.list_model.row_of(last) >= 0 else (first_row.data(ID_ROLE) if first_row.isValid() else None)
        self.side_pane.hide()
        if target:
            sentence = state.file_value(self.settings, project.path, "last_sentence")
            self.open_article(target, "main", index=int(sentence) if sentence.isdigit() else None)
        else:
            self.main_pane.show_article(None, None, [])
            self._sentence_changed(self.main_pane)
        side = state.file_value(self.settings, project.path, "side_article")
        if self.list_model.row_of(side) >= 0:
            self.open_article(side, "side")
        self.main_pane.view.setFocus()
        self._activate(self.main_pane)
        self._version = project.data_version()

    def reload_list(self) -> None:
        """The list read again; the open article's row selected again (a model reset clears it)."""
        self.list_model.set_rows(self.project.articles(self.reviewer))
        article = self.main_pane.view.article()
        if article is not None:
            self._select_list_row(article.id)

    def summary(self, article_id: str) -> ArticleSummary | None:
        row = self.list_model.row_of(article_id)
        return self.list_model.summary(row) if row >= 0 else None

    def refresh_rows(self, article_ids: set[str]) -> None:
        """Those articles' figures changed (not the set of articles): refresh their rows only."""
        for article_id in article_ids:
            summary = self.project.article_summary(self.reviewer, article_id)
            if summary is None:  # gone from the file: the set of articles changed after all
                self.reload_list()
                return
            self.list_model.update_summary(summary)

    def list_neighbour(self, article_id: str | None, step: int) -> str | None:
        """The article ``step`` rows away from ``article_id`` in the list as shown (sorted, filtered).

        When ``article_id`` is not shown (filtered out, or none), the first row.
        """
        row = self.list_model.row_of(article_id) if article_id is not None else -1
        here = self.proxy.mapFromSource(self.list_model.index(row, 0)) if row >= 0 else None
        target = here.row() + step if here is not None and here.isValid() else 0
        index = self.proxy.index(target, 0) if 0 <= target < self.proxy.rowCount() else None
        return index.data(ID_ROLE) if index is not None and index.isValid() else None

    def _proxy_ids(self) -> list[str]:
        """Every id in the list's shown order (tests and the benchmark; the window steps with ``list_neighbour``)."""
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    # -- panes and articles --------------------------------------------------

    def pane(self, name: str) -> ArticlePane:
        return self.side_pane if name == "side" else self.main_pane

    def active_view(self) -> ArticleView:
        return self.active_pane.view

    def _activate(self, pane: ArticlePane) -> None:
        self.active_pane = pane
        self.main_pane.set_active(pane is self.main_pane)
        self.side_pane.set_active(pane is self.side_pane)
        self.update_inspector()

    def open_article(self, article_id: str, pane_name: str = "main", sentence_id: int | None = None,
                     index: int | None = None) -> None:
        pane = self.pane(pane_name)
        if pane_name == "side" and not pane.isVisible():
            self._show_side()
        view = pane.view
        article: Article | None = None
        if view.article() is None or view.article().id != article_id:
            article = self.project.article(article_id)
            pane.show_article(article, self.summary(article_id), self.project.sentences(article_id))
            self._refresh_annotations(pane)
        if sentence_id is not None and view.select_id(sentence_id):
            pass
        elif index is not None:
            view.select(index, center=True)
        elif view.current_index() < 0:
            view.select(0)
        if pane_name == "main":
            self._select_list_row(article_id)
            state.set_file_value(self.settings, self.project.path, "last_article", article_id)
        else:
            state.set_file_value(self.settings, self.project.path, "side_article", article_id)
        self._sentence_changed(pane)

    def _select_list_row(self, article_id: str) -> None:
        row = self.list_model.row_of(article_id)
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.list_model.index(row, 0))
        if proxy_index.isValid() and self.table.currentIndex().row() != proxy_index.row():
            self.table.selectionModel().blockSignals(True)
            self.table.selectionModel().setCurrentIndex(
                proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.selectionModel().blockSignals(False)
            self.table.scrollTo(proxy_index)
            self.table.viewport().update()

    def _list_row_changed(self, current, _previous) -> None:
        if current.isValid():
            article_id = current.data(Qt.ItemDataRole.UserRole + 1)
            view = self.main_pane.view
            if view.article() is None or view.article().id != article_id:
                self.open_article(article_id, "main")

    def _refresh_annotations(self, pane: ArticlePane) -> None:
        article = pane.view.article()
        if article is None:
            return
        labels = self.project.labels(self.reviewer, article.id)
        ids = {s.id for s in pane.view.sentences()}
        linked = set()
        for link in self.project.links(self.reviewer, article.id):
            linked.update(x for x in (link.source, link.target) if x in ids)
        pane.view.set_annotations(labels, linked)
        pane.update_header(article, self.summary(article.id))

    def _show_side(self) -> None:
        """Open the side pane by halving the main one: the list and the inspector keep their widths."""
        if not self.side_pane.isVisible():
            sizes = self.splitter.sizes()
            self.side_pane.show()
            if sizes[2] < 200:
                listed, main, side, inspector = sizes
                room = main + side
                self.splitter.setSizes([listed, room - room // 2, room // 2, inspector])

    def _sentence_changed(self, pane: ArticlePane) -> None:
        if pane is self.main_pane and pane.view.current_index() >= 0:
            state.set_file_value(self.settings, self.project.path, "last_sentence", str(pane.view.current_index()))
        if pane is self.active_pane:
            self.update_inspector()

    def update_inspector(self) -> None:
        view = self.active_view()
        sentence, article = view.current_sentence(), view.article()
        editable = not self.project.readonly
        if sentence is None or article is None:
            self.inspector.show_sentence(-1, "No sentence selected", "", set(), "", [], editable)
            self.inspector.show_status("todo", False)
            return
        text = article.text[sentence.start:sentence.end]
        heading = f"Sentence {view.current_index() + 1} of {len(view.sentences())} · {self.active_pane.objectName()} pane"
        rows = []
        for link in self.project.sentence_links(self.reviewer, sentence.id):
            other = link.target if link.source == sentence.id else link.source
            other_sentence = self.project.sentence(other)
            summary = self.summary(other_sentence.article_id)
            title = (summary.title if summary else other_sentence.article_id) or other_sentence.article_id
            rows.append(LinkRow(link, other, other_sentence.article_id, title,
                                self.project.sentence_text(other), link.source == sentence.id))
        self.inspector.show_sentence(
            sentence.id, heading, text, self.project.sentence_labels(self.reviewer, sentence.id),
            self.project.note(self.reviewer, sentence.id), rows, editable)
        self.inspector.show_status(self.project.status(self.reviewer, article.id), editable)

    # -- after every edit ----------------------------------------------------

    def _changed(self, article_ids: set[str], labels_of: set[int] | None = None) -> None:
        """Called by each command after it reached the file: refresh what shows those articles.

        Only those articles' rows of the list are read again (one ``article_summary`` each);
        the whole list is reloaded only when the set of articles changes (import, file or
        reviewer switch, another process's change).
        """
        self.refresh_rows(article_ids)
        for pane in (self.main_pane, self.side_pane):
            article = pane.view.article()
            if article is None or article.id not in article_ids:
                continue
            if labels_of is None:
                self._refresh_annotations(pane)
                continue
            for sentence_id in labels_of:  # a tag keypress: that sentence's tags, not the article's
                if pane.view.index_of_id(sentence_id) >= 0:
                    pane.view.set_sentence_labels(sentence_id, self.project.sentence_labels(self.reviewer, sentence_id))
            pane.update_header(article, self.summary(article.id))
        self.update_inspector()
        self.saved_label.setText(f"✓ Saved {time.strftime('%H:%M:%S')}")

    def check_external_changes(self) -> None:
        """Another window or process wrote to the file: reload the list and the articles."""
        if self.closed:  # activation events still come after close; the file may be closed by then
            return
        version = self.project.data_version()
        if version == self._version:
            return
        self._version = version
        self.reload_list()
        for pane in (self.main_pane, self.side_pane):
            if pane.view.article() is not None:
                self._refresh_annotations(pane)
        self.update_inspector()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_external_changes()
        super().changeEvent(event)

    # -- showing and closing ----------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802
        if self.closed:  # shown again after a close: watch the file again
            self.closed = False
            self._poll.start()
            self.check_external_changes()
        super().showEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.busy():  # a worker thread still uses the file: stop what can stop, close after
            self._close_when_done = True
            if self.import_job is not None:
                self.import_job.cancel()
            self.statusBar().showMessage("Finishing the running import or export; the window closes then…")
            event.ignore()
            return
        self.inspector.commit_note()
        self.save_ui_state()
        self._poll.stop()
        self.closed = True
        super().closeEvent(event)

    def save_ui_state(self) -> None:
        self.settings.setValue(state.GEOMETRY, self.saveGeometry())
        self.settings.setValue(state.WINDOW_STATE, self.saveState())
        self.settings.setValue(state.SPLITTER, self.splitter.saveState())
        self.settings.setValue(state.TABLE_HEADER, self.table.horizontalHeader().saveState())
        if not self.side_pane.isVisible():
            state.set_file_value(self.settings, self.project.path, "side_article", "")
        self.settings.sync()

    def restore_ui_state(self) -> None:
        geometry = self.settings.value(state.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings.value(state.SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = self.settings.value(state.TABLE_HEADER)
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
