"""File > Import a reviewer's JSON asks before it removes work the file lacks."""

from __future__ import annotations

import pytest

from annotator.gui.window import transfers
from annotator.gui.widgets.messages import MessageBox as QMessageBox
from tests.gui import language

from .conftest import REVIEWER


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_import_asks_before_replacing(seeded, make_window, older_export, monkeypatch, qtbot, answer):
    out, article_id, newer = older_export
    asked = []

    def question(_parent, title, text, *_args, **_kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(transfers.QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(out), "")))
    monkeypatch.setattr(transfers.MessageBox, "question", staticmethod(question))
    monkeypatch.setattr(transfers.MessageBox, "warning", staticmethod(lambda *a, **k: pytest.fail(a[2])))
    window = make_window(seeded.path)
    window.actions_by_name["import_json"].trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert "mine-monday.json" in asked[0] and language.shown("errors", "{n} label", n=1) + "." in asked[0]
    if answer == QMessageBox.StandardButton.Yes:
        imported = language.shown("window.transfers", "Imported the annotations of {reviewer}", reviewer=REVIEWER)
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == imported, timeout=20000)
        assert newer not in seeded.labels(REVIEWER, article_id)
    else:
        qtbot.waitUntil(lambda: window.transfers.exchange_job is None, timeout=20000)
        assert seeded.labels(REVIEWER, article_id)[newer] == {"quote"}
    assert len(asked) == 1
