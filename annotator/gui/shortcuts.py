"""Every keyboard shortcut of the window, in one declarative table.

The window builds its menus and actions from :data:`SHORTCUTS`; the shortcuts
sheet under Help is rendered from it too, so the two never disagree. Keys that
only work in one place (a list, an editor, a dialog) are not window actions:
:data:`CONTEXT_KEYS` names them for the sheet, the link dialog's letters come
from the relations as the dialog derives them, the compare window's from its
own table (compare/keys.py). Pure data: testable without widgets (see
tests/gui/test_gui_shortcuts.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import RELATIONS
from .compare.keys import KEYS as COMPARE_KEYS


@dataclass(frozen=True)
class Shortcut:
    name: str  # the action's id, also the window's handler: ``_on_<name>``
    menu: str  # the menu it lives in
    text: str  # the menu text (with & mnemonic)
    keys: tuple[str, ...]  # QKeySequence strings; the first is shown in the menu
    help: str = ""


SHORTCUTS: tuple[Shortcut, ...] = (
    # File
    Shortcut("new_database", "&File", "&New database…", ("Ctrl+N",), "Create an empty annotator file"),
    Shortcut("open_database", "&File", "&Open database…", ("Ctrl+O",), "Open another annotator file"),
    Shortcut("import_files", "&File", "&Import articles…", ("Ctrl+I",), "Import article files"),
    Shortcut("import_folder", "&File", "Import articles from &folder…", ("Ctrl+Shift+I",), "Import every article of a folder"),
    Shortcut("export_json", "&File", "&Export my work as JSON…", ("Ctrl+E",), "Write your annotations to a JSON file"),
    Shortcut("import_json", "&File", "Import a reviewer's &JSON…", ("Ctrl+Shift+E",), "Read another reviewer's annotations"),
    Shortcut("switch_reviewer", "&File", "Switch &reviewer…", ("Ctrl+Shift+R",), "Work as another reviewer"),
    Shortcut("quit", "&File", "&Quit", ("Ctrl+Q",), "Close the window"),
    # Edit
    Shortcut("undo", "&Edit", "&Undo", ("Ctrl+Z",), "Undo the last edit"),
    Shortcut("redo", "&Edit", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo"),
    Shortcut("toggle_claim", "&Edit", "Toggle &claim", ("1",), "Tag / untag the sentence as a claim"),
    Shortcut("toggle_quote", "&Edit", "Toggle &quote", ("2",), "Tag / untag the sentence as a quote"),
    Shortcut("toggle_statistic", "&Edit", "Toggle &statistic", ("3",), "Tag / untag the sentence as a statistic"),
    Shortcut("edit_note", "&Edit", "Edit &note", ("E",), "Write a note on the sentence (Esc returns)"),
    Shortcut("link", "&Edit", "&Link with side-pane sentence…", ("L",), "Link the two selected sentences: agrees / contradicts"),
    Shortcut("mark_done", "&Edit", "Mark article &done", ("Ctrl+D",), "Mark the article done (again: back to in progress)"),
    # Navigate
    Shortcut("next_sentence", "&Navigate", "&Next sentence", ("J", "Down"), "Select the next sentence"),
    Shortcut("previous_sentence", "&Navigate", "&Previous sentence", ("K", "Up"), "Select the previous sentence"),
    Shortcut("next_untagged", "&Navigate", "Next &untagged sentence", ("N",), "Jump to the next sentence without a tag"),
    Shortcut("next_article", "&Navigate", "Next &article", ("Ctrl+PgDown", "Alt+Right"), "Open the next article of the list"),
    Shortcut("previous_article", "&Navigate", "Pre&vious article", ("Ctrl+PgUp", "Alt+Left"), "Open the previous article of the list"),
    Shortcut("follow_link", "&Navigate", "&Go to linked sentence", ("G",), "Jump to the sentence linked to this one"),
    Shortcut("go_back", "&Navigate", "Go &back", ("B", "Backspace"), "Return to where you jumped from"),
    Shortcut("search", "&Navigate", "&Search all articles…", ("Ctrl+F",), "Full-text search; Enter jumps to the sentence"),
    Shortcut("focus_list", "&Navigate", "Focus article &list", ("Ctrl+0",), "Move the keyboard to the article list"),
    Shortcut("focus_main", "&Navigate", "Focus &main article", ("Ctrl+1",), "Move the keyboard to the main article"),
    Shortcut("focus_side", "&Navigate", "Focus &side article", ("Ctrl+2", "F6"), "Move the keyboard to the side pane (opens it)"),
    # View
    Shortcut("open_in_side", "&View", "Open this article in the &side pane", ("Shift+O",), "Show the current article in the side pane too"),
    Shortcut("choose_side_article", "&View", "&Choose side-pane article…", ("Ctrl+Shift+O",), "Pick the article shown in the side pane"),
    Shortcut("close_side", "&View", "C&lose side pane", ("Ctrl+W",), "Hide the side pane"),
    Shortcut("cycle_filter", "&View", "Cycle tag &filter", ("Ctrl+T",), "Only visit sentences with a tag: all / claim / quote / statistic / untagged"),
    # Review
    Shortcut("compare_reviewers", "&Review", "&Compare reviewers…", ("Ctrl+Shift+C",), "Agreement of two reviewers; decide their disagreements into a gold layer"),
    # Help
    Shortcut("shortcuts_sheet", "&Help", "&Keyboard shortcuts", ("F1", "Ctrl+/"), "This sheet"),
    Shortcut("about", "&Help", "&About annotator", (), "Version and files"),
)

MENUS: tuple[str, ...] = ("&File", "&Edit", "&Navigate", "&View", "&Review", "&Help")


@dataclass(frozen=True)
class ContextKey:
    """A key a widget handles itself (its ``keyPressEvent``) while it has the focus."""

    place: str  # where it works, the sheet's group
    text: str
    keys: tuple[str, ...]


CONTEXT_KEYS: tuple[ContextKey, ...] = (
    # widgets/inspector.py: NoteEdit and LinkList
    ContextKey("Note editor", "Back to the article (the note is kept)", ("Esc",)),
    ContextKey("Links list", "Go to the linked sentence", ("Enter",)),
    ContextKey("Links list", "Remove the link", ("Delete",)),
    ContextKey("Links list", "Back to the article", ("Esc",)),
    # widgets/link_dialog.py: a relation's first letter chooses it
    *(ContextKey("Link dialog", relation.capitalize(), (relation[0].upper(),)) for relation in RELATIONS),
    ContextKey("Link dialog", "To the note", ("Tab",)),
    ContextKey("Link dialog", "Link", ("Enter",)),
    ContextKey("Link dialog", "Cancel", ("Esc",)),
    # widgets/search_dialog.py
    ContextKey("Search dialog", "From the words to the results", ("Down",)),
    ContextKey("Search dialog", "Jump to the sentence", ("Enter",)),
)

COMPARE_WINDOW = "Compare window"


def by_name(name: str) -> Shortcut:
    for shortcut in SHORTCUTS:
        if shortcut.name == name:
            return shortcut
    raise KeyError(name)


def conflicts() -> dict[str, list[str]]:
    """Keys bound to more than one action (should be empty)."""
    seen: dict[str, list[str]] = {}
    for shortcut in SHORTCUTS:
        for key in shortcut.keys:
            seen.setdefault(key.lower(), []).append(shortcut.name)
    return {key: names for key, names in seen.items() if len(names) > 1}


def sheet_rows() -> list[tuple[str, str, str]]:
    """(menu, action, keys) rows for the Help sheet, plain text."""
    rows = []
    for shortcut in SHORTCUTS:
        if shortcut.keys:
            rows.append((shortcut.menu.replace("&", ""), shortcut.text.replace("&", ""), " or ".join(shortcut.keys)))
    return rows


def context_rows() -> list[tuple[str, str, str]]:
    """(place, action, keys) rows for the keys of one place, then the compare window's, plain text."""
    rows = [(key.place, key.text, " or ".join(key.keys)) for key in CONTEXT_KEYS]
    rows += [(COMPARE_WINDOW, key.text, " or ".join(key.keys)) for key in COMPARE_KEYS]
    return rows
