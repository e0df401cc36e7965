"""What the window's edit and navigation actions do (the handlers named in shortcuts.py).

A mixin of :class:`MainWindow`: edits become commands on the undo stack,
navigation moves the selection in the active pane or between articles.
"""

from __future__ import annotations

from . import state
from .commands import AddLink, RemoveLink, SetNote, SetStatus, ToggleLabel
from .models.links import LinkRow
from .widgets.article_view import FILTERS
from .widgets.link_dialog import LinkDialog
from .widgets.search_dialog import SearchDialog
from .widgets.shortcuts_sheet import ShortcutsSheet


class WindowActions:
    # -- edits -----------------------------------------------------------------

    def _current(self):
        view = self.active_view()
        return view.current_sentence(), view.article()

    def toggle_label(self, label: str) -> None:
        sentence, article = self._current()
        if sentence is None or self.project.readonly:
            self.update_inspector()
            return
        on = label not in self.project.sentence_labels(self.reviewer, sentence.id)
        self.undo_stack.push(ToggleLabel(self.ctx, sentence.id, article.id, label, on))

    def _note_edited(self, sentence_id: int, text: str) -> None:
        if self.project.readonly:
            return
        old = self.project.note(self.reviewer, sentence_id)
        if old != text:
            article_id = self.project.sentence(sentence_id).article_id
            self.undo_stack.push(SetNote(self.ctx, sentence_id, article_id, old, text))

    def set_status(self, status: str) -> None:
        article = self.active_view().article()
        if article is None or self.project.readonly:
            return
        old = self.project.status(self.reviewer, article.id)
        if old != status:
            self.undo_stack.push(SetStatus(self.ctx, article.id, old, status))

    def remove_link(self, row: LinkRow) -> None:
        if self.project.readonly:
            return
        articles = {self.project.sentence(row.link.source).article_id, self.project.sentence(row.link.target).article_id}
        self.undo_stack.push(RemoveLink(self.ctx, row.link, articles))

    def follow_link(self, row: LinkRow | None = None) -> None:
        row = row or self.inspector.first_link()
        sentence, article = self._current()
        if row is None or sentence is None:
            self.statusBar().showMessage("This sentence has no link to follow", 3000)
            return
        self.jump_to(row.other_article, row.other_id)

    def jump_to(self, article_id: str, sentence_id: int, pane_name: str | None = None) -> None:
        """Go to a sentence, remembering where we were so that B comes back."""
        sentence, article = self._current()
        name = pane_name or ("side" if self.active_pane is self.side_pane else "main")
        if sentence is not None and article is not None:
            self.history.append((name, article.id, sentence.id))
        self.open_article(article_id, name, sentence_id)
        self.pane(name).view.setFocus()

    # -- action handlers (names from shortcuts.py) --------------------------

    def _on_undo(self) -> None:
        self.inspector.commit_note()
        self.undo_stack.undo()

    def _on_redo(self) -> None:
        self.undo_stack.redo()

    def _on_toggle_claim(self) -> None:
        self.toggle_label("claim")

    def _on_toggle_quote(self) -> None:
        self.toggle_label("quote")

    def _on_toggle_statistic(self) -> None:
        self.toggle_label("statistic")

    def _on_edit_note(self) -> None:
        if self.active_view().current_sentence() is not None:
            self.inspector.note.setFocus()

    def _on_mark_done(self) -> None:
        article = self.active_view().article()
        if article is not None:
            done = self.project.status(self.reviewer, article.id) == "done"
            self.set_status("in progress" if done else "done")

    def _on_next_sentence(self) -> None:
        self.active_view().move(1)

    def _on_previous_sentence(self) -> None:
        self.active_view().move(-1)

    def _on_next_untagged(self) -> None:
        if not self.active_view().next_untagged():
            self.statusBar().showMessage("Every sentence of this article is tagged", 3000)

    def _step_article(self, step: int) -> None:
        pane = self.active_pane
        current = pane.view.article()
        target = self.list_neighbour(current.id if current is not None else None, step)
        if target is not None:
            self.open_article(target, "side" if pane is self.side_pane else "main", index=0)

    def _on_next_article(self) -> None:
        self._step_article(1)

    def _on_previous_article(self) -> None:
        self._step_article(-1)

    def _on_follow_link(self) -> None:
        self.follow_link()

    def _on_go_back(self) -> None:
        if not self.history:
            self.statusBar().showMessage("Nowhere to go back to", 3000)
            return
        name, article_id, sentence_id = self.history.pop()
        self.open_article(article_id, name, sentence_id)
        self.pane(name).view.setFocus()

    def _on_link(self) -> None:
        first, second = self.main_pane.view, self.side_pane.view
        a, b = first.current_sentence(), second.current_sentence()
        if not self.side_pane.isVisible() or b is None:
            main_article = first.article()
            if main_article is None or a is None:
                return
            self.open_article(main_article.id, "side", index=first.current_index() + 1)
            self.side_pane.view.setFocus()
            self.statusBar().showMessage("Select the other sentence in the side pane, then press L again", 6000)
            return
        if a is None or a.id == b.id:
            self.statusBar().showMessage("Select two different sentences: one in each pane", 4000)
            return
        existing = self.project.find_link(self.reviewer, a.id, b.id)
        where = lambda view: f"{view.article().title} — sentence {view.current_index() + 1}"  # noqa: E731
        self.link_dialog = LinkDialog(
            first.article().text[a.start:a.end], where(first), second.article().text[b.start:b.end], where(second),
            existing.relation if existing else "contradicts", existing.note if existing else "", self)
        self.link_dialog.accepted.connect(lambda: self._link_chosen(a.id, b.id, {a.article_id, b.article_id}))
        self.link_dialog.open()

    def _link_chosen(self, source: int, target: int, articles: set[str]) -> None:
        dialog = self.link_dialog
        self.undo_stack.push(AddLink(self.ctx, source, target, dialog.relation(), dialog.note_text(), articles))
        self.active_view().setFocus()

    def _on_search(self) -> None:
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self._search_rows, self)
            self.search_dialog.jump.connect(lambda hit: self.jump_to(hit.article_id, hit.sentence_id, "main"))
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.start()

    def _search_rows(self, text: str):
        texts: dict[str, str] = {}
        rows = []
        for hit in self.project.search(text):
            if hit.article_id not in texts:
                texts[hit.article_id] = self.project.article(hit.article_id).text
            body = texts[hit.article_id]
            before = body[max(0, hit.start - 70):hit.start].replace("\n", " ")
            after = body[hit.end:hit.end + 70].replace("\n", " ")
            rows.append((hit, before, after))
        return rows

    def _on_focus_list(self) -> None:
        self.table.setFocus()

    def _on_focus_main(self) -> None:
        self.main_pane.view.setFocus()

    def _on_focus_side(self) -> None:
        if self.side_pane.view.article() is None and self.main_pane.view.article() is not None:
            self.open_article(self.main_pane.view.article().id, "side")
        self._show_side()
        self.side_pane.view.setFocus()

    def _on_open_in_side(self) -> None:
        view = self.main_pane.view
        if view.article() is not None:
            self.open_article(view.article().id, "side", index=view.current_index())
            self.side_pane.view.setFocus()

    def _on_choose_side_article(self) -> None:
        self._on_focus_side()
        self.side_pane.chooser.setFocus()
        self.side_pane.chooser.showPopup()

    def _on_close_side(self) -> None:
        self.side_pane.hide()
        state.set_file_value(self.settings, self.project.path, "side_article", "")
        self.main_pane.view.setFocus()

    def _on_cycle_filter(self) -> None:
        view = self.active_view()
        current = FILTERS.index(view.tag_filter())
        view.set_tag_filter(FILTERS[(current + 1) % len(FILTERS)])
        self.active_pane.update_header(view.article(), self.summary(view.article().id) if view.article() else None)
        self.statusBar().showMessage(f"Tag filter: {view.tag_filter() or 'all sentences'}", 3000)

    def _on_shortcuts_sheet(self) -> None:
        ShortcutsSheet(self).open()

    def _on_compare_reviewers(self) -> None:
        from .compare.dialog import CompareDialog

        self.compare_dialog = CompareDialog(self.project, self)
        self.compare_dialog.show()
