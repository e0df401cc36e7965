"""Take resources/screenshots/claims.png: the Claims window on the seeds, the NATO claim selected.

Not a test (no ``test_`` prefix); run it by hand after a visible change:

    QT_QPA_PLATFORM=offscreen python tests/gui/screenshot_claims.py [out.png]

It builds a throw-away file and settings under a temporary folder, so it never
touches the user's.
"""

from __future__ import annotations

from pathlib import Path

from screenshots import REVIEWER, SHOTS, close, open_main_window, out_path, save

from tests.gui.claims_seed import make_claims

OUT = SHOTS / "claims.png"


def main(out: Path = OUT) -> Path:
    window, nato = open_main_window(lambda project: make_claims(project, REVIEWER)["nato"])
    window.show_claims()
    claims = window.claims_window
    claims.resize(1100, 520)
    claims.splitter.setSizes([200, 260])  # four claims: the timeline gets the room
    claims.table.setCurrentIndex(claims.model.index(claims.model.row_of(nato), 0))
    claims.focus_timeline()
    save(claims, out)
    close(window)
    return out


if __name__ == "__main__":
    print(main(out_path(OUT)))
