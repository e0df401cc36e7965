"""The translation files against the code: every string has its French text, the .qm is current.

These run the refresh command's own tools (gui/translations.py) on copies, so
they fail the way the lead would see it after a merge: naming each string that
lacks its French text, with its file and line, or the .qm left behind its .ts.
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from annotator.gui import i18n, translations
from tests.gui.language import speaking

REFRESH = "run `.venv/bin/python -m annotator.gui.translations`"
ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def messages(ts: Path):
    """(context, source, translation or None, 'file:line') of each message of ``ts``."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            where = message.find("location")
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete") and translation.text
            yield (name, message.findtext("source"), translation.text if finished else None,
                   f"{_shown(ts.parent / where.get('filename'))}:{where.get('line')}" if where is not None else "")


def _shown(path: Path) -> str:
    """A source file as lupdate located it (relative to the .ts), from the repository's root."""
    path = path.resolve()
    if path.is_relative_to(ROOT):
        return str(path.relative_to(ROOT))
    return "(a table row or a core text, collected by gui/translations.py: see the context)"


@pytest.mark.parametrize("ts", translations.ts_files(), ids=lambda p: p.name)
def test_every_string_of_the_window_has_its_translation(ts, tmp_path):
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    translations.lupdate(fresh, locations="absolute")
    missing = [f"  {where} [{context}] {source!r}" for context, source, text, where in messages(fresh) if text is None]
    assert not missing, (f"{len(missing)} string(s) without a translation in {ts.name} ({REFRESH}, "
                         "then fill them in):\n" + "\n".join(missing))


@pytest.mark.parametrize("ts", translations.ts_files(), ids=lambda p: p.name)
def test_the_shipped_qm_is_compiled_from_its_ts(ts, tmp_path):
    compiled = tmp_path / "fresh.qm"
    translations.lrelease(ts, compiled)
    qm = ts.with_suffix(".qm")
    assert qm.is_file() and qm.read_bytes() == compiled.read_bytes(), f"{qm.name} is stale against {ts.name}: {REFRESH}"


@pytest.mark.parametrize("ts", translations.ts_files(), ids=lambda p: p.name)
def test_translations_keep_the_placeholders_of_their_source(ts):
    wrong = [f"  [{context}] {source!r} -> {text!r}" for context, source, text, _ in messages(ts)
             if text is not None and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))]
    assert not wrong, "these translations lose or add a {placeholder}:\n" + "\n".join(wrong)


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in ("translate", "QT_TRANSLATE_NOOP", "tr"):
                yield name, node


def test_translated_texts_are_literals_lupdate_can_read():
    """lupdate reads the source: an f-string or a concatenation would be looked up as never written."""
    wrong = []
    for path in translations.sources():
        for name, call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            if name == "tr":  # self.tr: a second convention, its context the class of the instance
                wrong.append(f"  {path.name}:{call.lineno} (self.tr: use translate)")
                continue
            args = call.args[:2]
            built = any(isinstance(arg, (ast.JoinedStr, ast.BinOp)) for arg in args)
            marked_literal = name == "QT_TRANSLATE_NOOP" and all(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in args)
            if built or (name == "QT_TRANSLATE_NOOP" and not marked_literal):
                wrong.append(f"  {path.name}:{call.lineno}")
    assert not wrong, ("translate()/QT_TRANSLATE_NOOP() with a text built at run time (see gui/i18n.py):\n"
                       + "\n".join(wrong))


def test_a_text_written_in_a_module_is_in_that_modules_context():
    """The context a newcomer writes is never a guess: the module's path under annotator/gui, dotted."""
    wrong = []
    for path in translations.sources():
        context = translations.context_of(path)
        for _name, call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            literal = [isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in call.args[:2]]
            if literal == [True, True] and call.args[0].value != context:
                wrong.append(f"  {path.name}:{call.lineno} context {call.args[0].value!r}, expected {context!r}")
    assert not wrong, "contexts other than the module's:\n" + "\n".join(wrong)


def test_french_also_translates_qts_own_buttons(qapp):
    with speaking("fr"):
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel)
        texts = {button.text().replace("&", "") for button in box.buttons()}
        assert texts == {"Fermer", "Annuler"}
        assert i18n.translate("shortcuts", "&Quit") == "&Quitter"
    with speaking("en"):
        assert i18n.translate("shortcuts", "&Quit") == "&Quit"
