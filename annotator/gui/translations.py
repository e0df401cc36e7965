"""The one command that refreshes the translation sources and compiles what ships.

``python -m annotator.gui.translations`` runs ``pyside6-lupdate`` over every
module of annotator/gui (new strings join ``resources/translations/*.ts`` as
unfinished, strings gone from the code are dropped) and ``pyside6-lrelease``
on each ``.ts`` (the ``.qm`` the package ships and :mod:`.i18n` loads). Both
tools come with PySide6, so a clone needs nothing more; a fresh install needs
no build step, since the ``.qm`` files are committed. The convention the
sources follow is in :mod:`.i18n`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ..paths import resource
from ..review.binary import NO_NEGATIVE, NO_POSITIVE, UNEQUAL_RATERS
from ..review.coefficients import NO_UNITS, ONE_CATEGORY
from ..review.report import MASI_VARIANT, POOLED

#: the core's fixed texts the window shows (through :func:`.i18n.core_text`): notes and why a figure is undefined
CORE_TEXTS = (POOLED, MASI_VARIANT, NO_UNITS, ONE_CATEGORY, NO_POSITIVE, NO_NEGATIVE, UNEQUAL_RATERS)

GUI = Path(__file__).resolve().parent
PACKAGE = GUI.parent
#: how a module of the core marks a sentence it builds for translation (annotator/translatable.py)
CORE_MARK = "QT_TRANSLATE_NOOP("
LANGUAGES = ("fr",)


def ts_files() -> list[Path]:
    return [resource("translations") / f"annotator_{code}.ts" for code in LANGUAGES]


def sources() -> list[Path]:
    """Every module of annotator/gui, and those of the core that mark sentences for translation
    (annotator/translatable.py), in a fixed order (the .ts lists locations in it)."""
    core = [path for path in PACKAGE.rglob("*.py") if not path.is_relative_to(GUI)
            and path.name != "translatable.py" and CORE_MARK in path.read_text("utf-8")]
    return sorted([*GUI.rglob("*.py"), *core])


def context_of(path: Path) -> str:
    """The context of the texts of a module: its path under annotator/gui, dotted (under
    annotator for a module of the core)."""
    base = GUI if path.is_relative_to(GUI) else PACKAGE
    return ".".join(path.relative_to(base).with_suffix("").parts)


def tool(name: str) -> str:
    """A PySide6 tool (``pyside6-lupdate``), from beside this Python first."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def write_tables(folder: Path) -> Path:
    """The texts of the declarative tables and the core, marked as lupdate reads them, in a file of ``folder``.

    The tables (the keys of gui/shortcuts.py, the figures of
    gui/compare/figure_models.py) hold plain English texts, translated where
    shown; writing them out here spares every row a marking of its own. The
    core's texts (:data:`CORE_TEXTS`) cannot be marked where they are written:
    the core never imports Qt.
    """
    from . import shortcuts
    from .compare import figure_models, panel_models

    tables = ((shortcuts.CONTEXT, shortcuts.table_texts()), (figure_models.CONTEXT, figure_models.table_texts()),
              (panel_models.CONTEXT, panel_models.table_texts()), ("core", CORE_TEXTS))
    path = folder / "tables.py"
    lines = [f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})"
             for context, texts in tables for text in texts]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def lupdate(ts: Path, locations: str = "none") -> None:
    """Refresh ``ts`` from the sources.

    The committed file holds no locations (``none``), so that a line moved by
    someone else's edit does not change it; the tests ask for ``absolute``
    ones to name the file and line of a string that lacks its translation.
    """
    with tempfile.TemporaryDirectory() as folder:
        tables = write_tables(Path(folder))
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", locations, *map(str, sources()),
                        str(tables), "-ts", str(ts.resolve())], check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def main() -> int:
    for ts in ts_files():
        lupdate(ts)
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{ts}: refreshed; {ts.with_suffix('.qm').name} compiled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
