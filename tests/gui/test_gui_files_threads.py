"""Long File-menu work off the GUI thread: export and import of a reviewer's JSON run in a
worker with its own connection, the window stays live, and closing waits for the worker."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import Qt, QTimer

from annotator.project.exchange import Exchange
from tests.gui.file_menu import alice_json, dialogs, idle, no_blocking_boxes, trigger  # noqa: F401 - fixtures
from tests.gui import language


@pytest.fixture
def gated(monkeypatch):
    """Hold project.exchange.<method> in its thread until the test opens the gate; record the thread."""
    gates, threads = {}, {}

    def hold(name: str) -> threading.Event:
        real = getattr(Exchange, name)
        gate = gates[name] = threading.Event()

        def held(self, *args, **kwargs):
            threads[name] = threading.get_ident()
            if not gate.wait(20):
                raise TimeoutError("the test never opened the gate")
            return real(self, *args, **kwargs)

        monkeypatch.setattr(Exchange, name, held)
        return gate

    hold.threads = threads
    yield hold
    for gate in gates.values():
        gate.set()


def _event_loop_turns(qtbot) -> None:
    """The GUI thread still runs its event loop: a queued timer fires."""
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks))


def _held_export(seeded, make_window, dialogs, gated, out):
    """A window whose export of one tag to ``out`` has started and waits in its thread
    until the gate returned is set."""
    gate = gated("export_json")
    window = make_window(seeded.path)
    window.editing.toggle_label("claim")
    dialogs.answer(out)
    trigger(window, "export_json")
    return gate, window


def test_export_runs_off_the_gui_thread_behind_a_busy_dialog(seeded, make_window, dialogs, gated, qtbot, tmp_path):
    out = tmp_path / "big.json"
    gate, window = _held_export(seeded, make_window, dialogs, gated, out)
    # The action returned while the export waits in its thread: the window is free.
    assert not idle(window) and not out.exists()
    _event_loop_turns(qtbot)
    qtbot.waitUntil(lambda: window.transfers.exchange_dialog.isVisible())
    assert window.transfers.exchange_dialog.isModal() or window.transfers.exchange_dialog.windowModality() != Qt.WindowModality.NonModal
    trigger(window, "export_json")  # a second one is refused while the first runs
    assert window.statusBar().currentMessage() == language.shown("window.transfers",
                                                                 "An import or export is already running")
    gate.set()
    qtbot.waitUntil(lambda: idle(window), timeout=20000)
    assert gated.threads["export_json"] != threading.get_ident()
    assert json.loads(out.read_text(encoding="utf-8"))["reviewer"] == "newbie"


def test_import_runs_off_the_gui_thread_and_the_window_refreshes(
        seeded, make_window, dialogs, gated, alice_json, qtbot, by_source):
    gate = gated("import_annotations")
    window = make_window(seeded.path, reviewer="alice")
    article = by_source(seeded, "003_")
    assert window.listing.summary(article.id).tagged == 0
    dialogs.answer(alice_json)
    trigger(window, "import_json")
    assert not idle(window)
    _event_loop_turns(qtbot)
    gate.set()
    qtbot.waitUntil(lambda: idle(window), timeout=20000)
    assert gated.threads["import_annotations"] != threading.get_ident()
    # The window shows what the worker's own connection wrote.
    assert window.listing.summary(article.id).tagged == 2 and window.listing.summary(article.id).status == "done"


def test_closing_during_an_export_waits_for_it(seeded, make_window, dialogs, gated, qtbot, tmp_path):
    out = tmp_path / "closing.json"
    gate, window = _held_export(seeded, make_window, dialogs, gated, out)
    window.close()
    assert window.isVisible()  # not while the worker uses the file
    gate.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    assert dialogs.warnings == [] and out.exists() and idle(window)
