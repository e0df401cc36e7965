"""The layering of shared/DESIGN.md holds: import-linter's contracts in pyproject.toml.

Run in the suite so that CI fails the day the core imports Qt, the window reads
the store, or a lower layer imports a higher one.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT), "--config", str(root / "pyproject.toml"), "--no-cache"],
        cwd=root, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=300,
    )


def test_the_contracts_hold():
    assert LINT.exists(), "import-linter is a test dependency: pip install '.[test]'"
    done = _lint(REPO)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "3 kept, 0 broken" in done.stdout


@pytest.mark.parametrize("module, planted, contract", [
    ("store/search.py", "import PySide6.QtCore", "The core never imports Qt"),
    ("gui/jobs.py", "from annotator.store import schema", "The window never speaks to the store"),
    ("model.py", "import annotator.project", "Imports point one way"),
])
def test_a_planted_import_breaks_its_contract(tmp_path, module, planted, contract):
    shutil.copytree(REPO / "annotator", tmp_path / "annotator",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "annotator" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{planted}\n", encoding="utf-8")
    done = _lint(tmp_path)
    assert done.returncode != 0
    assert f"{contract}" in done.stdout and "BROKEN" in done.stdout
