"""The interface's language: chosen from the settings or the system, switched from the View menu,
remembered; Qt's own texts and dates follow it."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QSettings

from annotator.gui import i18n, state
from annotator.gui.models.articles import DATE
from annotator.gui.window import language
from tests.gui.language import speaking


@pytest.fixture
def told(monkeypatch):
    """The messages the language switch shows: (title, text)."""
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(language.MessageBox, "information", lambda _parent, title, text: said.append((title, text)))
    return said


def test_the_view_menu_switches_the_language_and_remembers_it(seeded, make_window, settings, told):
    """From English to French, as a window started in English offers it."""
    with speaking("en"):
        window = make_window(seeded.path)
        french, english = window.actions_by_name["language_fr"], window.actions_by_name["language_en"]
        assert english.isChecked() and not french.isChecked()
        french.trigger()
        assert state.get_text(settings, state.LANGUAGE) == "fr" and i18n.chosen_language(settings) == "fr"
        assert french.isChecked() and not english.isChecked()
        assert told == [("Langue", "annotator sera en français à son prochain démarrage.")], \
            "said in the language chosen"
        french.trigger()
        english.trigger()  # back to the language the window speaks now: nothing to restart for
        assert state.get_text(settings, state.LANGUAGE) == "en" and len(told) == 1


def test_the_language_comes_from_the_settings_else_the_system(tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(i18n, "system_language", lambda: "fr")
    assert i18n.chosen_language(settings) == "fr"
    settings.setValue(state.LANGUAGE, "en")
    assert i18n.chosen_language(settings) == "en"
    settings.setValue(state.LANGUAGE, "klingon")
    assert i18n.chosen_language(settings) == "fr"


def test_dates_are_written_the_french_way_in_french(qapp):
    day = dt.date(2026, 3, 4)
    with speaking("fr"):
        assert i18n.shown_date(day) == "04/03/2026"
        assert i18n.language() == "fr"
        with speaking("en"):
            assert i18n.shown_date(day) == "2026-03-04" and i18n.language() == "en"


def test_the_french_window_lists_french_dates_and_names(qapp, seeded, make_window):
    with speaking("fr"):
        window = make_window(seeded.path)
        dates = [window.list_model.index(row, DATE).data() for row in range(window.list_model.rowCount())]
        assert dates and all(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates if d), dates
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[:2] == ["&Fichier", "É&dition"]
        assert window.inspector.buttons["claim"].text().endswith("affirmation   (1)")
        panel = window.inspector.scroll
        assert panel.widget().minimumSizeHint().width() <= panel.viewport().width(), "the French panel is cut"
