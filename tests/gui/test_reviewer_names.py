"""Switching reviewer in the window: a name the core would refuse is told at once,
not at the first edit; a name equal to a reviewer's under NFC works as that reviewer."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from annotator.gui.widgets.messages import MessageBox


@pytest.fixture
def typed(monkeypatch):
    """Type ``name`` into the Switch reviewer dialog; the warnings shown are returned."""
    told: list[str] = []
    monkeypatch.setattr(MessageBox, "warning", staticmethod(lambda _parent, _title, text, *a, **k: told.append(text)))

    def type_name(window, name: str) -> list[str]:
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (name, True)))
        window.files.choose_reviewer()
        return told

    return type_name


def test_a_look_alike_by_case_is_told_and_not_switched_to(seeded, make_window, typed):
    first = seeded.sentences(seeded.articles(None)[0].id)[0].id
    seeded.set_label("alice", first, "claim", True)
    window = make_window(seeded.path)
    told = typed(window, "Alice")
    assert told and "alice" in told[0]
    assert window.session.reviewer == "newbie"


def test_a_name_equal_under_nfc_is_that_reviewer(seeded, make_window, typed):
    first = seeded.sentences(seeded.articles(None)[0].id)[0].id
    seeded.set_label("Zo\u00e9", first, "claim", True)
    window = make_window(seeded.path)
    assert typed(window, "Zoe\u0301") == []
    assert window.session.reviewer == "Zo\u00e9"
