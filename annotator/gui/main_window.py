"""The main window: article list | article | side article | sentence panel.

The window builds its widgets, composes the controllers of gui/window/ over
them (each given what it uses), wires the widgets' signals to them, and binds
the actions of gui/shortcuts.py (menus, keys, what each does). It keeps what
belongs to the window as a whole: which file it shows (:meth:`load_project`),
its layout across runs, the undo stack, and the other windows it opens.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QSplitter, QVBoxLayout, QWidget

from ..project import Project
from . import state
from .i18n import translate
from .models.articles import DATE, ArticleFilterModel, ArticleListModel
from .plain import plain_tip
from .shortcuts import SHORTCUTS, bind
from .widgets.article_list import LIST_WIDTH, ArticleTable
from .widgets.article_pane import ArticlePane
from .widgets.inspector import Inspector
from .widgets.labels import wrapped_label
from .widgets.messages import MessageBox
from .window.claiming import Claiming
from .window.details import ArticleDetails
from .window.differences import Differences
from .window.editing import Editing
from .window.files import Files
from .window.indexing import SearchIndexing
from .window.language import Language
from .window.listing import ArticleListing
from .window.navigation import Navigation
from .window.panes import Panes
from .window.reading import ReadingSize
from .window.refresh import Refresh
from .window.search import Search
from .window.session import Session
from .window.suggesting import Suggesting
from .window.transfers import Transfers

POLL_MS = 2000  # how often another process's changes to the file are looked for
INSPECTOR_WIDTH = 240


class MainWindow(QMainWindow):
    def __init__(self, project: Project, reviewer: str, settings: QSettings | None = None):
        super().__init__()
        self.setWindowTitle("annotator")
        self.session = Session(project, reviewer, settings if settings is not None else QSettings())
        self.undo_stack = QUndoStack(self)
        self.compare_dialog = None
        self.claims_window = None
        self._painted = False
        self._build_list()
        self._build_panes()
        self._build_status()
        self._compose()
        self._connect()
        self.actions_by_name = bind(SHORTCUTS, self, "action-", self.menuBar())
        self.language = Language(self, self.session.settings, self.actions_by_name)
        self._bind_undo()
        self.load_project(project, first=True)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.refresh.check_external_changes)
        self._poll.start()

    @property
    def project(self) -> Project:
        return self.session.project

    @property
    def reviewer(self) -> str:
        return self.session.reviewer

    # -- building ------------------------------------------------------------

    def _build_list(self) -> None:
        self.list_model = ArticleListModel(self)
        self.proxy = ArticleFilterModel(self)
        self.proxy.setSourceModel(self.list_model)
        self.list_box = QWidget()
        layout = QVBoxLayout(self.list_box)
        layout.setContentsMargins(4, 4, 0, 0)
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("article-filter")
        self.filter_box.setAccessibleName(translate("main_window", "Filter articles"))
        self.filter_box.setPlaceholderText(translate("main_window", "Filter articles (Ctrl+0 for the list)"))
        self.filter_box.setClearButtonEnabled(True)
        self.table = ArticleTable()
        self.table.setModel(self.proxy)
        self.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        self.no_match = wrapped_label("no-match", style="color:#8a5a00; padding:2px;")
        self.no_match.hide()
        layout.addWidget(self.filter_box)
        layout.addWidget(self.no_match)
        layout.addWidget(self.table)

    def _build_panes(self) -> None:
        self.main_pane = ArticlePane("main")
        side_place = QWidget()  # the side pane's, until it is made (see window/panes.py)
        side_place.hide()
        self.inspector = Inspector()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        for widget in (self.list_box, self.main_pane, side_place, self.inspector):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([LIST_WIDTH, 700, 0, INSPECTOR_WIDTH])
        self.setCentralWidget(self.splitter)

    def _build_status(self) -> None:
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

    def _compose(self) -> None:
        """The controllers, each given what it works on (see gui/window/__init__.py)."""
        session, inspector = self.session, self.inspector
        say = self.statusBar().showMessage
        self.panes = Panes(self.main_pane, self._make_side_pane, self.splitter)
        self.listing = ArticleListing(session, self.list_model, self.proxy, self.table, self.main_pane.view)
        self.refresh = Refresh(session, self.listing, self.panes, inspector, self.saved_label)
        self.navigation = Navigation(session, self.panes, self.listing, self.refresh, inspector, say)
        self.indexing = SearchIndexing(session, self.refresh, self, say)
        self.search = Search(session, self, self.navigation.jump_to, self.indexing)
        self.claiming = Claiming(session, self.undo_stack, self.panes, inspector, self.refresh, self, say)
        self.differences = Differences(session, self.panes, self, say)
        self.suggesting = Suggesting(session, self.undo_stack, self.panes, inspector, self.navigation,
                                     self.refresh, self.listing, self, say)
        self.refresh.pane_followers.append(self.suggesting.pane_shown)
        self.refresh.followers.append(self.suggesting.changed)
        self.editing = Editing(session, self.undo_stack, self.panes, inspector, self.navigation,
                               self.refresh, self, say, self.claiming)
        self.transfers = Transfers(self, session, inspector, self.undo_stack, self.listing, self.navigation,
                                   self.refresh)
        self.transfers.after_import.append(self.indexing.start_if_behind)
        self.files = Files(self, session, inspector, self.transfers, self.navigation, self.load_project)
        self.details = ArticleDetails(session, self.undo_stack, self.panes, self.refresh, self)
        self.reading = ReadingSize(session, self.panes)
        self.reading.apply()

    def _connect(self) -> None:
        """The widgets' signals to the controllers."""
        navigation, editing, inspector = self.navigation, self.editing, self.inspector
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_box.textChanged.connect(self._filtered)
        self.table.selectionModel().currentRowChanged.connect(navigation.list_row_changed)
        self._connect_pane(self.main_pane)
        inspector.toggled.connect(lambda label, _on: editing.toggle_label(label))
        inspector.noteEdited.connect(editing.note_edited)
        inspector.linkActivated.connect(navigation.follow_link)
        inspector.linkRemoveRequested.connect(editing.remove_link)
        inspector.statusChosen.connect(editing.set_status)
        inspector.escaped.connect(lambda: self.panes.active_view().setFocus())
        inspector.linkDifference.connect(self.differences.of_link)
        inspector.sentenceShown.connect(self.claiming.show)
        inspector.claim.claimEdited.connect(self.claiming.update)
        inspector.claim.sourcesEdited.connect(self.claiming.set_sources)
        inspector.claim.fieldEdited.connect(self.claiming.set_field)
        inspector.sentenceShown.connect(lambda sentence_id, _labels: self.suggesting.sentence_shown(sentence_id))
        inspector.candidates.opened.connect(self.suggesting.open_candidate)
        inspector.candidates.setVisible(self.suggesting.shown)

    def _connect_pane(self, pane: ArticlePane) -> None:
        pane.view.sentenceChanged.connect(lambda _i: self.navigation.sentence_changed(pane))
        pane.view.focused.connect(lambda: self.navigation.activate(pane))

    def _make_side_pane(self) -> ArticlePane:
        """The side pane, when first asked for (``Panes.side``): hidden, showing no article yet."""
        pane = ArticlePane("side", chooser_model=self.list_model)
        pane.hide()
        pane.articleChosen.connect(lambda aid: self.navigation.open_article(aid, "side"))
        self._connect_pane(pane)
        pane.view.set_reading_size(self.reading.current())
        pane.show_article(None, None, [])
        return pane

    @property
    def side_pane(self) -> ArticlePane:
        return self.panes.side

    def _bind_undo(self) -> None:
        """Undo and Redo are enabled, and named, as the stack's next step."""
        undo, redo = self.actions_by_name["undo"], self.actions_by_name["redo"]
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda t: undo.setText(translate("main_window", "&Undo {step}")
                                                                       .format(step=t).strip()))
        self.undo_stack.redoTextChanged.connect(lambda t: redo.setText(translate("main_window", "&Redo {step}")
                                                                       .format(step=t).strip()))
        undo.setEnabled(False)
        redo.setEnabled(False)

    def _filtered(self, text: str) -> None:
        """A filter that matches no article says so (an empty list alone reads as an empty file)."""
        self.no_match.setText(translate("main_window", "No article matches “{text}”.").format(text=text))
        self.no_match.setVisible(bool(text) and self.proxy.rowCount() == 0)

    # -- the open file -------------------------------------------------------

    def load_project(self, project: Project, first: bool = False) -> None:
        """Show ``project`` (a new file, or the same after a reviewer switch)."""
        if not first and project is not self.session.project:
            self.indexing.stop()
            self.session.project.close()
        self.session.project = project
        self.undo_stack.clear()
        self.navigation.history.clear()
        for shortcut in SHORTCUTS:
            if shortcut.edits:
                self.actions_by_name[shortcut.name].setEnabled(not project.readonly)
        self._show_file()
        self.listing.reload()
        for pane in self.panes.made():  # read again below: another file's ids, another layer
            pane.show_article(None, None, [])
        self.navigation.open_last()
        self.refresh.seen()
        self.indexing.start_if_behind()  # an import stopped before its index caught up

    def _show_file(self) -> None:
        """The title, the status bar and the read-only banner say which file, who, and whether it can change."""
        project, readonly = self.session.project, self.session.project.readonly
        self.banner.setText(translate("main_window", "READ-ONLY: this file cannot be changed; edits are off"))
        self.banner.setVisible(readonly)
        self.reviewer_label.setText(translate("main_window", "Reviewer: {reviewer}").format(
            reviewer=self.session.reviewer))
        self.file_label.setText(translate("main_window", "File: {path}").format(path=project.path))
        self.file_label.setToolTip(plain_tip(str(project.path)))
        self.saved_label.setText(translate("main_window", "Read-only") if readonly
                                 else translate("main_window", "✓ All changes saved"))
        self.setWindowTitle(f"{self.session.reviewer} — {project.path.name}"
                            + (" " + translate("main_window", "[read-only]") if readonly else "") + " — annotator")

    # -- the other windows -------------------------------------------------------

    def compare_reviewers(self) -> None:
        """Review > Compare reviewers….

        Its module is imported here, on first use, so the window starts without loading
        the comparison code; it imports nothing of the window (no cycle).
        """
        from .compare.dialog import CompareDialog

        self.compare_dialog = CompareDialog(self.session.project, self)
        self.compare_dialog.show()

    def show_claims(self) -> None:
        """Review > Claims…: one window, made on first use (its module imported then), shown and raised."""
        from .claims.window import ClaimsWindow

        if self.claims_window is None:
            self.claims_window = ClaimsWindow(self.session, self)
            self.claims_window.openRequested.connect(self.show_sentence)
            self.claims_window.differenceRequested.connect(self.differences.of_sentences)
            self.refresh.followers.append(self.claims_window.changed)
        self.claims_window.show()
        self.claims_window.raise_()
        self.claims_window.activateWindow()

    def show_sentence(self, article_id: str, sentence_id: int) -> None:
        """The article at that sentence in the main pane, this window in front (Go back returns)."""
        self.navigation.jump_to(article_id, sentence_id, "main")
        self.raise_()
        self.activateWindow()

    def show_shortcuts(self) -> None:
        from .widgets.shortcuts_sheet import ShortcutsSheet  # made on first use: not on the start path

        ShortcutsSheet(self).open()

    def show_about(self) -> None:
        MessageBox.about(
            self, translate("main_window", "About annotator"),
            translate("main_window", "annotator — tag and link the sentences of news articles.\n\nFile: {path}\n"
                      "Reviewer: {reviewer}").format(path=self.session.project.path, reviewer=self.session.reviewer))

    # -- events ------------------------------------------------------------------

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh.check_external_changes()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        if not self.refresh.watching:  # shown again after a close: watch the file again
            self.refresh.watching = True
            self._poll.start()
            self.refresh.check_external_changes()
        super().showEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        """After the first screen is painted (in the event loop's next turn), what it did not
        wait for: the suggestion chips."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.suggesting.first_painted)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.transfers.close_when_done():  # a worker thread still uses the file: close after it
            event.ignore()
            return
        self.inspector.commit_note()
        self.indexing.stop()  # after its chunk; the next opening resumes
        if self.claims_window is not None:
            self.claims_window.close()
        self.save_ui_state()
        self._poll.stop()
        self.refresh.watching = False  # the file may be closed next; nothing reads it until shown again
        super().closeEvent(event)

    # -- layout across runs ------------------------------------------------------

    def save_ui_state(self) -> None:
        settings = self.session.settings
        settings.setValue(state.GEOMETRY, self.saveGeometry())
        settings.setValue(state.WINDOW_STATE, self.saveState())
        settings.setValue(state.SPLITTER, self.splitter.saveState())
        settings.setValue(state.TABLE_HEADER, self.table.horizontalHeader().saveState())
        if self.panes.side_sizes is not None:
            settings.setValue(state.SIDE_SIZES, [str(size) for size in self.panes.side_sizes])
        if not self.panes.side_shown():
            self.session.remember("side_article", "")
        self.session.flush()
        settings.sync()

    def restore_ui_state(self) -> None:
        settings = self.session.settings
        geometry = settings.value(state.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value(state.SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        sizes = settings.value(state.SIDE_SIZES)
        if isinstance(sizes, list) and all(str(size).isdigit() for size in sizes):
            self.panes.side_sizes = [int(size) for size in sizes]
        header = settings.value(state.TABLE_HEADER)
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
