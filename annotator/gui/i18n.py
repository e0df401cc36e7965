"""The interface's language, French or English, through Qt's own translation system.

How to write a visible string (the one convention of the whole GUI)
-------------------------------------------------------------------
Write it in English inside ``translate("<context>", "<text>")``, imported from
this module. The context is the module's path under ``annotator/gui``, dotted
(``"claims.window"`` in gui/claims/window.py, ``"main_window"`` in
gui/main_window.py)::

    from ..i18n import translate
    button = QPushButton(translate("claims.window", "Close"))
    say(translate("window.transfers", "Imported {n} articles").format(n=count))

``pyside6-lupdate`` reads the *source*, not the running program, so both
arguments must be string literals: no f-string, no variable, no ``+``; put
values in afterwards with ``str.format`` (tests/gui/test_i18n_sources.py
refuses anything else, and ``self.tr``). A text written down before it is shown
(a constant, a dict made at import time like :mod:`.names`) is marked where it
is written with ``QT_TRANSLATE_NOOP("<context>", "<text>")`` (it returns the
text unchanged) and passed through ``translate(context, text)`` where it is
shown. The rows of the declarative tables (the keys of gui/shortcuts.py, the
figures of gui/compare/figure_models.py) need no marking: the refresh command
collects their texts. Names of tags, relations and verdicts go through
:mod:`.names` and :mod:`.claims.verdicts`: translated on screen, never in
files. Text the user typed or the file holds (titles, notes, reviewer names) is
never translated. The core's texts are translated at this edge with
:func:`core_text`: its fixed texts, and the sentences it builds with values
(agreement readings, warnings, why two sentences are paired), which it marks
with annotator/translatable.py's ``QT_TRANSLATE_NOOP(...).format(...)``; an error's
message through :func:`error_text`. The command line and the files keep them in
English.

After adding or changing strings, one command refreshes
``resources/translations/annotator_fr.ts`` from the sources and compiles the
``.qm`` that ships in the package (commit both)::

    .venv/bin/python -m annotator.gui.translations

then fill the new French texts (the .ts file in Qt Linguist,
``pyside6-linguist``, or by hand: each ``<translation type="unfinished">``)
and run the command again. tests/gui/test_i18n_*.py fail, naming each string,
while a string lacks its French text or the .qm is older than its .ts.

The language at start is the one chosen in View > English / Français
(remembered in the settings), else the system's; a change applies at the next
start (gui/window/language.py says why).
"""

from __future__ import annotations

import datetime as _dt
import string

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLibraryInfo, QLocale, QSettings, QTranslator

from ..paths import resource
from ..translatable import Figure, Joined, Name, Said
from . import state

__all__ = ["QT_TRANSLATE_NOOP", "translate", "core_text", "error_text", "LANGUAGES", "language", "install",
           "chosen_language"]

#: code -> the language's name in itself (never translated: it is how a user finds their own)
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}
SOURCE_LANGUAGE = "en"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE
_cache: dict[str, QTranslator] = {}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language (``text`` itself in English or when untranslated)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def core_text(text: str) -> str:
    """A text of the core (which never imports Qt), translated at the window's edge.

    A sentence the core built with values (a :class:`~annotator.translatable.Said`)
    is said again from its translated template, its values translated too
    where they are words of the core (a :class:`~annotator.translatable.Name` is a
    tag, relation or status word: :mod:`.names`). Any other text is one of the
    core's fixed texts, listed in gui/translations.py (:data:`CORE_TEXTS`),
    which gives them to lupdate.
    """
    if isinstance(text, Said):
        translated = translate(text.context, text.template)
        return _NUMBERS.format(translated, **{key: core_text(value) if isinstance(value, (Said, Name, Joined))
                                              else value for key, value in text.values.items()}) if text.values else translated
    if isinstance(text, Joined):
        return text.separator.join(core_text(part) for part in text.parts)
    if isinstance(text, Name):
        return translate("names", text)  # as gui/names.py shows it: its context, the English word
    return QCoreApplication.translate("core", text)


class _LocalNumbers(string.Formatter):
    """``str.format`` writing numbers the interface language's way: 0,85, 1\u202f234 and 85\u202f% in French.

    The core formats its figures the English way (its sentences are also the
    command line's); only the window's French says them otherwise.
    """

    def format_field(self, value: object, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        is_number = isinstance(value, (int, float, Figure)) and not isinstance(value, bool)
        return _french_number(text) if is_number and _current == "fr" else text


def _french_number(text: str) -> str:
    """``1,234.5`` as ``1\u202f234,5``; ``85%`` as ``85\u202f%`` (French typography: a narrow no-break space)."""
    text = text.translate({ord(","): "\u202f", ord("."): ","})
    return f"{text[:-1]}\u202f%" if text.endswith("%") else text


_NUMBERS = _LocalNumbers()


def with_counts(template: str, **counts: int) -> str:
    """A translated ``template`` with whole ``counts`` put in, written with thousands
    separators the interface language's way (598,035; 598\u202f035 in French)."""
    return _NUMBERS.format(template, **{key: Figure(f"{count:,}") for key, count in counts.items()})


def error_text(error: BaseException) -> str:
    """An error's message in the interface's language (as :func:`core_text` says it)."""
    message = error.args[0] if len(error.args) == 1 else None
    return core_text(message) if isinstance(message, Said) else str(error)


def translations_dir():
    return resource("translations")


def language() -> str:
    """The code of the interface's language now ("en" or "fr")."""
    return _current


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def chosen_language(settings: QSettings) -> str:
    """The language the user chose in View > Language, else the system's."""
    chosen = state.get_text(settings, state.LANGUAGE)
    return chosen if chosen in LANGUAGES else system_language()


def _locale(code: str) -> QLocale:
    """The system's locale when it speaks ``code`` (its own date habits), else the language's usual one."""
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system
    return QLocale(QLocale.Language.French if code == "fr" else QLocale.Language.English,
                   QLocale.Country.France if code == "fr" else QLocale.Country.UnitedStates)


def _load(name: str, folder: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(name, folder) else None


def install(code: str) -> None:
    """Translate the interface and Qt's own dialogs into ``code``, and show dates its way.

    Installed on the running application; the windows made after this speak it.
    """
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = code if code in LANGUAGES else SOURCE_LANGUAGE
    QLocale.setDefault(_locale(_current))
    if _current == SOURCE_LANGUAGE:
        return
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for translator in (_load(f"qtbase_{_current}", qt_folder), _load(f"annotator_{_current}", str(translations_dir()))):
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)


def translate_in(code: str, context: str, text: str) -> str:
    """``text`` in the language ``code``, whatever the interface speaks (for widths that fit every language)."""
    if code == SOURCE_LANGUAGE:
        return text
    if code not in _cache:
        _cache[code] = _load(f"annotator_{code}", str(translations_dir())) or QTranslator()
    return _cache[code].translate(context, text) or text


def shown_date(day: _dt.date) -> str:
    """A date as the interface's language writes it: 04/03/2026 in French (QLocale), 2026-03-04 in English.

    English keeps ISO dates, which read the same on both sides of the Atlantic.
    """
    if _current == SOURCE_LANGUAGE:
        return day.isoformat()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
