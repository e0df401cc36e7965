"""Imports point one way: no module of the package imports, even inside a function, one that imports it back.

The graph is read from the source with ``ast`` (no module is imported): every
``import`` and ``from ... import`` statement, at module level or inside a
function, except under ``if TYPE_CHECKING:`` (never run, for annotations only).
"""

from __future__ import annotations

import ast
from pathlib import Path

import annotator

PACKAGE_ROOT = Path(annotator.__file__).parent


def module_name(path: Path, root: Path, package: str) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([package, *parts])


def _is_type_checking(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"))


def _imports(tree: ast.AST):
    """Every import statement of ``tree``, however deep, except those under ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        stack.extend(child for child in ast.iter_child_nodes(node) if not _is_type_checking(child))


def _targets(node: ast.Import | ast.ImportFrom, here: str, is_package: bool, modules: set[str]) -> set[str]:
    """The package's modules that ``node`` (in module ``here``) imports."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names if alias.name in modules}
    if node.level:
        base_parts = here.split(".") if is_package else here.split(".")[:-1]
        base_parts = base_parts[:len(base_parts) - (node.level - 1)]
        base = ".".join(base_parts + ([node.module] if node.module else []))
    else:
        base = node.module or ""
    found = set()
    for alias in node.names:
        submodule = f"{base}.{alias.name}"
        if submodule in modules:
            found.add(submodule)
        elif base in modules:
            found.add(base)
    return found


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    """Module -> the modules of the same package it imports."""
    files = {module_name(path, root, package): path for path in root.rglob("*.py")}
    modules = set(files)
    graph = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        is_package = path.name == "__init__.py"
        graph[name] = set().union(*(_targets(node, name, is_package, modules) for node in _imports(tree))) - {name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle of ``graph`` as a path that ends where it starts, or [] when there is none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return path[path.index(target):] + [target]
            if target not in state:
                cycle = visit(target)
                if cycle:
                    return cycle
        state[node] = 2
        path.pop()
        return []

    for start in sorted(graph):
        if start not in state:
            cycle = visit(start)
            if cycle:
                return cycle
    return []


def test_the_gui_has_no_import_cycle():
    graph = import_graph(PACKAGE_ROOT, "annotator")
    gui = {name: {t for t in targets if t.startswith("annotator.gui")}
           for name, targets in graph.items() if name.startswith("annotator.gui")}
    assert "annotator.gui.opening" in gui["annotator.gui.app"]  # the graph does see relative imports
    assert find_cycle(gui) == [], " -> ".join(find_cycle(gui))


def test_a_cycle_through_an_import_inside_a_function_is_found(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "app.py").write_text("from .sub.window import Window\n")
    (package / "sub" / "window.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from .. import typed_only\n"
        "def open_():\n    from ..app import run\n")
    (package / "typed_only.py").write_text("from .sub import window\n")
    graph = import_graph(package, "pkg")
    assert graph["pkg.sub.window"] == {"pkg.app"}  # the TYPE_CHECKING import is not an edge
    assert find_cycle(graph) == ["pkg.app", "pkg.sub.window", "pkg.app"]


def test_the_whole_package_has_no_import_cycle():
    graph = import_graph(PACKAGE_ROOT, "annotator")
    assert find_cycle(graph) == [], " -> ".join(find_cycle(graph))
