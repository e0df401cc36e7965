"""The compare window's keys, in one declarative table (like gui/shortcuts.py).

The window builds its actions from :data:`KEYS` (handler ``_on_<name>``) and
its key hint from :func:`hint`. Pure data: testable without widgets.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Key:
    name: str  # the action's id and the window's handler: ``_on_<name>``
    text: str  # the button / menu text
    keys: tuple[str, ...]  # QKeySequence strings; the first is shown
    help: str = ""


KEYS: tuple[Key, ...] = (
    Key("accept_a", "Accept A", ("A",), "Take reviewer A's value into the gold layer"),
    Key("accept_b", "Accept B", ("B",), "Take reviewer B's value into the gold layer"),
    Key("edit", "Edit…", ("E",), "Choose the gold value by hand"),
    Key("next", "Next", ("Down", "J"), "Next disagreement in the list"),
    Key("previous", "Previous", ("Up", "K"), "Previous disagreement in the list"),
    Key("next_undecided", "Next undecided", ("N",), "Jump to the next disagreement not decided yet"),
    Key("undo", "Undo", ("Ctrl+Z",), "Undo the last decision"),
    Key("redo", "Redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo the decision undone"),
    Key("toggle_undecided", "Undecided only", ("U",), "Show only the disagreements not decided yet"),
    Key("compare", "Compare", ("Ctrl+Return",), "Compare the two reviewers (again)"),
)


def by_name(name: str) -> Key:
    for key in KEYS:
        if key.name == name:
            return key
    raise KeyError(name)


def conflicts() -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for key in KEYS:
        for sequence in key.keys:
            seen.setdefault(sequence.lower(), []).append(key.name)
    return {k: names for k, names in seen.items() if len(names) > 1}


def hint() -> str:
    """One line for the bottom of the window."""
    short = ("accept_a", "accept_b", "edit", "next", "previous", "next_undecided", "undo", "redo")
    parts = []
    for name in short:
        key = by_name(name)
        parts.append(f"{'/'.join(key.keys[:2])} {key.text.rstrip('…')}")
    return "Keys: " + " · ".join(parts)
