"""A non-editable install, used from another folder, still finds the seeds and the schema."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHIPPED = ("annotator", "seeds", "resources", "pyproject.toml", "README.md")


def test_installed_package_carries_seeds_and_schema(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    for name in SHIPPED:
        copy = shutil.copytree if (REPO / name).is_dir() else shutil.copy
        copy(REPO / name, source / name)
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(source)],
        check=True, capture_output=True, timeout=300,
    )
    shutil.rmtree(source)
    probe = (
        "import annotator.paths as p, annotator.exchange as e, json;"
        "print(json.dumps([p.seeds_dir().as_posix(), len(list(p.seeds_dir().glob('*.txt'))),"
        " len(e.schema_text()), p.resource('translations/annotator_fr.qm').is_file(),"
        " p.resource('annotator.desktop').is_file(),"
        " sorted(x.name for x in p.resource('icons').iterdir())]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env={"PYTHONPATH": str(target)},
        capture_output=True, text=True, timeout=120, check=True,
    )
    seeds, count, schema_length, french, desktop, icons = __import__("json").loads(done.stdout)
    assert seeds.startswith(target.as_posix()) and count == 5 and schema_length > 1000
    assert french, "the compiled French translation is not shipped (pyproject's package-data)"
    assert desktop and "annotator.svg" in icons and "annotator-256.png" in icons
    assert _modules(target / "annotator") == _modules(REPO / "annotator"), "a package is missing from pyproject.toml"


def _modules(root: Path) -> set[str]:
    """Every module of the package, as a path below ``root``."""
    return {path.relative_to(root).as_posix() for path in root.rglob("*.py")}
