"""GUI fixtures: settings that never touch the user's, and real windows that clean up.

``make_window(path)`` opens its own Project on ``path`` (as the app does) and a
MainWindow with test-only QSettings (an INI file under tmp_path), shows it,
and closes both at the end of the test.

The session's QApplication speaks the language of ``--language`` (English by
default): its translators are installed before the first window, as
``annotator gui`` does for a user of that language (tests/gui/language.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from annotator.gui import i18n, state
from annotator.gui.main_window import MainWindow
from annotator.project import Project

REVIEWER = "newbie"


@pytest.fixture(scope="session")
def qapp(qapp, pytestconfig):
    """pytest-qt's application, in the session's language before any window is made."""
    i18n.install(pytestconfig.getoption("language"))
    return qapp


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    s = QSettings(str(tmp_path / "annotator-test.ini"), QSettings.Format.IniFormat)
    s.setValue(state.REVIEWER, REVIEWER)
    return s


@pytest.fixture
def make_window(qtbot, settings):
    opened: list[MainWindow] = []

    def make(path: Path, reviewer: str = REVIEWER, readonly: bool = False) -> MainWindow:
        project = Project(path, readonly=readonly)
        window = MainWindow(project, reviewer, settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.restore_ui_state()
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        window.main_pane.view.setFocus()
        opened.append(window)
        return window

    yield make
    for window in opened:
        if window.isVisible():
            window.close()
        window.project.close()



@pytest.fixture
def press(qtbot):
    """press(window, key, modifier=None, times=1): a key where the keyboard focus is, as a user would."""
    from PySide6.QtCore import Qt

    def press_(window, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            qtbot.keyClick(window.focusWidget() or window, key, modifier)

    return press_


def article_by_source(project: Project, prefix: str):
    return next(a for a in project.articles(None) if a.source.startswith(prefix))


@pytest.fixture
def by_source():
    return article_by_source


@pytest.fixture
def older_export(seeded, tmp_path):
    """My export, then a label of mine that it does not hold."""
    article = seeded.articles(None)[0]
    first, second = seeded.sentences(article.id)[:2]
    seeded.set_label(REVIEWER, first.id, "claim", True)
    out = tmp_path / "mine-monday.json"
    seeded.exchange.export_json(REVIEWER, out)
    seeded.set_label(REVIEWER, second.id, "quote", True)
    return out, article.id, second.id
