"""Take a screenshot of the compare window on the seed case of claims: alice's and bob's NATO
claims (misleading against false), every shared article compared, the verdict row selected.

Not a test (no ``test_`` prefix); run it by hand after a visible change:

    QT_QPA_PLATFORM=offscreen python tests/gui/screenshot_compare_claims.py [out.png]

It builds a throw-away file under a temporary folder with the claims the tests make
(``test_compare_claims.make_nato_claims``).
"""

from __future__ import annotations

from pathlib import Path

from screenshots import SHOTS, application, out_path, save, seeded_file
from test_compare_claims import make_nato_claims

from annotator.gui.compare.dialog import CompareDialog
from annotator.project import Project

OUT = SHOTS / "compare.png"  # the README's


def main(out: Path = OUT) -> Path:
    application()
    path, _ = seeded_file(make_nato_claims)
    with Project(path) as project:
        dialog = CompareDialog(project)
        dialog.combo_a.setCurrentText("alice")
        dialog.combo_b.setCurrentText("bob")
        dialog.all_box.setChecked(True)
        dialog.show()
        dialog.compare()
        dialog.select_row(next(n for n, item in enumerate(dialog.model.items()) if item.is_verdict))
        save(dialog, out)
        dialog.close()
    return out


if __name__ == "__main__":
    print(main(out_path(OUT)))
