"""Small modules and short functions: past 400 lines a module usually holds two ideas,
and past 60 lines a function usually does two things (shared/DESIGN.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import annotator

PACKAGE = Path(annotator.__file__).parent
ROOT = PACKAGE.parent
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def long_modules(paths: list[Path], root: Path = ROOT, limit: int = MAX_MODULE_LINES) -> list[str]:
    found = []
    for path in paths:
        lines = len(path.read_text("utf-8").splitlines())
        if lines > limit:
            found.append(f"{path.relative_to(root)}: {lines} lines")
    return found


def long_functions(paths: list[Path], root: Path = ROOT, limit: int = MAX_FUNCTION_LINES) -> list[str]:
    """Every function or method, nested ones too, counted from its ``def`` (decorators
    excluded) to its last line, docstring included."""
    found = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > limit:
                    found.append(f"{path.relative_to(root)}:{node.lineno} {node.name}(): {lines} lines")
    return found


def test_the_walk_sees_the_package():
    names = {path.relative_to(PACKAGE).as_posix() for path in modules()}
    assert {"project/facade.py", "gui/main_window.py", "gui/compare/dialog.py"} <= names


def test_no_module_is_over_400_lines():
    offenders = long_modules(modules())
    assert not offenders, "modules over 400 lines:\n" + "\n".join(offenders)


def test_no_function_is_over_60_lines():
    offenders = long_functions(modules())
    assert not offenders, "functions over 60 lines:\n" + "\n".join(offenders)


def test_offenders_are_named(tmp_path):
    body = "\n".join(f"        x{i} = {i}" for i in range(60))
    path = tmp_path / "big.py"
    path.write_text(f"def short():\n    pass\n\n\nclass Big:\n    def long(self):\n{body}\n" + "\n" * 400, "utf-8")
    assert long_functions([path], tmp_path) == ["big.py:6 long(): 61 lines"]
    assert long_modules([path], tmp_path) == ["big.py: 466 lines"]
