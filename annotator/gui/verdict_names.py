"""Verdicts as the window names them: one place, so the panel, the picker and the Claims view agree.

Files hold the words of :data:`annotator.claims.model.VERDICTS`; the names here
are for display only and go through Qt's translation (context ``verdict``), so
a French interface can say Faux, Trompeur, Mitigé, Plutôt vrai, Vrai, Invérifiable
without a file ever holding those words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..claims.model import VERDICTS

_NAMES: dict[str | None, str] = {
    None: "No verdict",
    "false": "False",
    "misleading": "Misleading",
    "mixed": "Mixed",
    "mostly-true": "Mostly true",
    "true": "True",
    "unverifiable": "Unverifiable",
}


def verdict_name(verdict: str | None) -> str:
    """The display name of a verdict word (None: no verdict yet)."""
    return QCoreApplication.translate("verdict", _NAMES[verdict])


def verdict_choices() -> list[tuple[str | None, str]]:
    """(word, name) for a chooser: no verdict first, then the scale worst to best, then unverifiable."""
    return [(verdict, verdict_name(verdict)) for verdict in (None, *VERDICTS)]
