"""The window catches the full-text index up in the background: at start when the file is
behind, after an import; the search dialog says its results are partial meanwhile, and
searches again when the index is complete. Closing mid-way keeps what was indexed."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from annotator.gui.window import indexing as window_indexing
from annotator.model import Unindexed
from annotator.paths import seeds_dir
from annotator.project import Project, indexing
from tests.gui.language import shown, speaking

CTRL = Qt.KeyboardModifier.ControlModifier
CHUNK = 50


@pytest.fixture
def behind(tmp_path):
    """A file whose five seed articles are imported, none of them indexed for search yet."""
    path = tmp_path / "behind.db"
    with Project(path) as project:
        project.import_paths([seeds_dir()])
    return path


@pytest.fixture
def gate(monkeypatch):
    """The window's catch-up in chunks of CHUNK sentences, each held until the test sets the gate."""
    opened = threading.Event()

    def held(project, progress):
        def tick(done, total, current):
            opened.wait(0.5)
            return progress(done, total, current)

        return indexing.catch_up(project.db, tick, chunk=CHUNK)

    monkeypatch.setattr(window_indexing, "_catch_up", held)
    return opened


def _search(window, press, qtbot, words: str):
    press(window, Qt.Key.Key_F, CTRL)
    dialog = window.search.dialog
    qtbot.keyClicks(dialog.box, words)
    dialog.run()
    return dialog


def _watermark(path) -> int:
    with Project(path) as project:
        return project.db.execute("SELECT last_sentence_id FROM search_index").fetchone()[0]


def test_search_says_partial_while_the_index_catches_up_then_finds_everything(
        behind, gate, make_window, press, qtbot):
    window = make_window(behind)
    assert window.indexing.running()
    dialog = _search(window, press, qtbot, "OTAN")
    assert dialog.partial.isVisible() and dialog.partial.textFormat() == Qt.TextFormat.PlainText
    catching_up = shown("window.search", "Results are partial: indexing for search, {n} sentences left…", n="\0")
    assert dialog.partial.text().startswith(catching_up.split("\0")[0])
    assert dialog.model.rowCount() == 0  # the articles holding it are not indexed yet
    gate.set()
    qtbot.waitUntil(lambda: not window.indexing.running(), timeout=10000)
    assert not dialog.partial.isVisible() and dialog.model.rowCount() > 0  # searched again, complete
    assert not window.project.unindexed()


def test_closing_mid_way_keeps_the_chunks_done_and_the_next_opening_resumes(behind, gate, make_window, qtbot):
    window = make_window(behind)
    assert window.indexing.running()
    window.close()  # stops after the chunk being written
    assert not window.indexing.running()
    assert _watermark(behind) == CHUNK
    gate.set()
    again = make_window(behind)
    qtbot.waitUntil(lambda: not again.indexing.running(), timeout=10000)
    assert not again.project.unindexed()
    again.project.db.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES('integrity-check', 1)")


def test_an_import_in_the_window_is_indexed_after_it(seeded, make_window, press, qtbot, tmp_path):
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "zeppelin.txt").write_text("Un zeppelin survole Lyon. Il atterrit à Paris.", encoding="utf-8")
    window = make_window(seeded.path)
    assert not window.indexing.running()
    window.transfers.start_import([folder])
    qtbot.waitUntil(lambda: window.transfers.import_job is None and not window.indexing.running(), timeout=20000)
    dialog = _search(window, press, qtbot, "zeppelin")
    assert dialog.model.rowCount() == 1 and not dialog.partial.isVisible()


def test_a_read_only_file_behind_says_partial_without_indexing(behind, make_window, press, qtbot):
    window = make_window(behind, readonly=True)
    assert not window.indexing.running()
    dialog = _search(window, press, qtbot, "OTAN")
    with Project(behind, readonly=True) as project:
        left = project.unindexed()
    assert dialog.partial.isVisible()
    assert dialog.partial.text() == shown(
        "window.search", "Results are partial: {n} sentences of {articles} articles are not indexed for search yet.",
        n=left.sentences, articles=left.articles)


def test_while_catching_up_the_index_commits_do_not_reload_the_window_but_an_edit_does(
        behind, gate, make_window, qtbot, monkeypatch):
    window = make_window(behind)
    assert window.indexing.running()
    reloads = []
    monkeypatch.setattr(window.refresh, "everything", lambda: reloads.append(1))
    with Project(behind) as other:
        indexing.catch_up(other.db, lambda *_: False, chunk=10)  # a commit of the index alone
        window.refresh.check_external_changes()
        assert reloads == []
        sentence = other.sentences(other.articles(None)[0].id)[0].id
        other.set_label("someone else", sentence, "claim", True)  # another's edit: shown at once
        window.refresh.check_external_changes()
        assert reloads == [1]
    gate.set()
    qtbot.waitUntil(lambda: not window.indexing.running(), timeout=10000)
    assert reloads == [1, 1]  # once more at the end, for what could have gone unnoticed


def test_the_partial_note_writes_its_counts_the_interface_language_way(behind, make_window, press, qtbot):
    """598,035 sentences in English, 598 035 (narrow no-break space) in French: the counts a
    large file shows while it catches up."""
    window = make_window(behind, readonly=True)
    dialog = _search(window, press, qtbot, "OTAN")
    template = "Results are partial: {n} sentences of {articles} articles are not indexed for search yet."
    for code, n, articles in (("fr", "598\u202f035", "10\u202f001"), ("en", "598,035", "10,001")):
        with speaking(code):
            window.search._say_partial(Unindexed(598_035, 10_001))
            assert dialog.partial.text() == shown("window.search", template, n=n, articles=articles)
