"""Every action of the two windows, in one declarative table per window, bound by one function.

A row says all there is to know about an action: its name, menu, text, keys and
help; what it does (``handler``, called with the window it is bound to); whether
it changes the file (``edits``: off on a read-only file); its ``group`` (a
separator between groups inside a menu) and a ``submenu`` placed after it.
:func:`bind` turns a table into the QActions of a window, with its menus when it
has a menu bar: the main window binds :data:`SHORTCUTS`, the compare window
:data:`COMPARE_KEYS` (and shows their ``hinted`` keys in its hint line), the
Claims window :data:`CLAIMS_KEYS`. The Help sheet reads every table and
:data:`CONTEXT_KEYS` (keys a widget handles itself while it has the focus), so
menus, keys, sheet and hint never disagree.

Handlers reach the window's controllers through the window they are given, so
this module imports none of them (they import it). The tables are checked
without widgets in tests/gui/test_gui_shortcuts.py.

Texts are written in English and translated where shown (:func:`shown`); the
refresh command of gui/translations.py collects them from the tables
(:func:`table_texts`), so a new row needs no marking.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from ..model import RELATIONS
from . import layouts
from .i18n import SOURCE_LANGUAGE, language, translate

CONTEXT = "shortcuts"


@dataclass(frozen=True)
class Submenu:
    """A submenu whose items the window makes each time it opens (``fill(window, menu)``)."""

    name: str  # its objectName is ``menu-<name>``
    title: str
    fill: Callable[[Any, QMenu], None]


@dataclass(frozen=True)
class Shortcut:
    name: str  # the action's id; its objectName is ``<prefix><name>``
    text: str  # the menu or button text (with & mnemonic)
    keys: tuple[str, ...]  # QKeySequence strings; the first is shown in the menu
    help: str
    handler: Callable[[Any], object]  # what the action does, given the window it is bound to
    menu: str = ""  # the menu it lives in ("": a window without menus)
    group: str = ""  # a separator is drawn between groups of one menu
    edits: bool = False  # changes the file: disabled on a read-only file
    submenu: Submenu | None = None  # placed right after this action
    hinted: bool = False  # shown in the window's one-line key hint


RECENT_FILES = Submenu("recent_files", "Recent &files", lambda w, menu: w.files.fill_recent(menu))

FILE, EDIT, NAVIGATE, VIEW, REVIEW, HELP = "&File", "&Edit", "&Navigate", "&View", "&Review", "&Help"

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("new_database", "&New database…", ("Ctrl+N",), "Create an empty annotator file",
             lambda w: w.files.new_database(), FILE, "open"),
    Shortcut("open_database", "&Open database…", ("Ctrl+O",), "Open another annotator file",
             lambda w: w.files.open_database(), FILE, "open"),
    Shortcut("import_files", "&Import articles…", ("Ctrl+I",), "Import article files",
             lambda w: w.transfers.import_files(), FILE, "open", edits=True),
    Shortcut("import_folder", "Import articles from &folder…", ("Ctrl+Shift+I",), "Import every article of a folder",
             lambda w: w.transfers.import_folder(), FILE, "open", edits=True, submenu=RECENT_FILES),
    Shortcut("export_json", "&Export my work as JSON…", ("Ctrl+E",), "Write your annotations to a JSON file",
             lambda w: w.transfers.export_json(), FILE, "reviewers"),
    Shortcut("export_as", "Export &as…", ("Ctrl+Alt+E",),
             "Write your annotations as W3C Web Annotation, ClaimReview, CSV, brat or JSON",
             lambda w: w.transfers.export_as(), FILE, "reviewers"),
    Shortcut("import_json", "Import a reviewer's &JSON…", ("Ctrl+Shift+E",), "Read another reviewer's annotations",
             lambda w: w.transfers.import_json(), FILE, "reviewers", edits=True),
    Shortcut("switch_reviewer", "Switch &reviewer…", ("Ctrl+Shift+R",), "Work as another reviewer",
             lambda w: w.files.choose_reviewer(), FILE, "reviewers"),
    Shortcut("quit", "&Quit", ("Ctrl+Q",), "Close the window", lambda w: w.close(), FILE, "quit"),
    Shortcut("undo", "&Undo", ("Ctrl+Z",), "Undo the last edit", lambda w: w.editing.undo(), EDIT),
    Shortcut("redo", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo", lambda w: w.editing.redo(), EDIT),
    Shortcut("toggle_claim", "Toggle &claim", ("1",), "Tag / untag the sentence as a claim",
             lambda w: w.editing.toggle_label("claim"), EDIT, edits=True),
    Shortcut("toggle_quote", "Toggle &quote", ("2",), "Tag / untag the sentence as a quote",
             lambda w: w.editing.toggle_label("quote"), EDIT, edits=True),
    Shortcut("toggle_statistic", "Toggle &statistic", ("3",), "Tag / untag the sentence as a statistic",
             lambda w: w.editing.toggle_label("statistic"), EDIT, edits=True),
    Shortcut("edit_note", "Edit &note", ("E",), "Write a note on the sentence (Esc returns)",
             lambda w: w.editing.edit_note(), EDIT, edits=True),
    Shortcut("link", "&Link with side-pane sentence…", ("L",), "Link the two selected sentences: agrees / contradicts",
             lambda w: w.editing.link(), EDIT, edits=True),
    Shortcut("accept_suggestion", "&Accept suggestion", ("A",),
             "Put the suggested tag (outlined chip) on the sentence, with its fields",
             lambda w: w.suggesting.accept(), EDIT, "suggestions", edits=True),
    Shortcut("reject_suggestion", "&Reject suggestion", ("R",),
             "Turn the sentence's suggestion down; it does not come back for you",
             lambda w: w.suggesting.reject(), EDIT, "suggestions", edits=True),
    Shortcut("accept_all_suggestions", "Accept all suggestions of the article…", ("Shift+A",),
             "Every suggestion of the article, after a question; one undo takes them back",
             lambda w: w.suggesting.accept_all(), EDIT, "suggestions", edits=True),
    Shortcut("mark_done", "Mark article &done", ("Ctrl+D",), "Mark the article done (again: back to in progress)",
             lambda w: w.editing.mark_done(), EDIT, edits=True),
    Shortcut("article_details", "Article &details…", ("Ctrl+Alt+I",),
             "Edit the open article's title, outlet, URL and author",
             lambda w: w.details.edit(), EDIT, edits=True),
    Shortcut("claim", "Claim…", ("C",), "Make a new claim from the sentence, or add it to one of your claims",
             lambda w: w.claiming.pick(), EDIT, "claims", edits=True),
    Shortcut("detach_claim", "Take out of its claim", ("Shift+C",), "The sentence no longer states its claim",
             lambda w: w.claiming.detach(), EDIT, "claims", edits=True),
    Shortcut("next_sentence", "&Next sentence", ("J", "Down"), "Select the next sentence",
             lambda w: w.panes.active_view().move(1), NAVIGATE),
    Shortcut("previous_sentence", "&Previous sentence", ("K", "Up"), "Select the previous sentence",
             lambda w: w.panes.active_view().move(-1), NAVIGATE),
    Shortcut("next_untagged", "Next &untagged sentence", ("N",), "Jump to the next sentence without a tag",
             lambda w: w.navigation.next_untagged(), NAVIGATE),
    Shortcut("next_article", "Next &article", ("Ctrl+PgDown", "Alt+Right"), "Open the next article of the list",
             lambda w: w.navigation.step_article(1), NAVIGATE),
    Shortcut("previous_article", "Pre&vious article", ("Ctrl+PgUp", "Alt+Left"), "Open the previous article of the list",
             lambda w: w.navigation.step_article(-1), NAVIGATE),
    Shortcut("follow_link", "&Go to linked sentence", ("G",), "Jump to the sentence linked to this one",
             lambda w: w.navigation.follow_link(), NAVIGATE),
    Shortcut("go_back", "Go &back", ("B", "Backspace"), "Return to where you jumped from",
             lambda w: w.navigation.go_back(), NAVIGATE),
    Shortcut("search", "&Search all articles…", ("Ctrl+F",), "Full-text search; Enter jumps to the sentence",
             lambda w: w.search.open(), NAVIGATE),
    Shortcut("focus_list", "Focus article &list", ("Ctrl+0",), "Move the keyboard to the article list",
             lambda w: w.panes.show_list() or w.table.setFocus(), NAVIGATE),
    Shortcut("focus_main", "Focus &main article", ("Ctrl+1",), "Move the keyboard to the main article",
             lambda w: w.main_pane.view.setFocus(), NAVIGATE),
    Shortcut("focus_side", "Focus &side article", ("Ctrl+2", "F6"), "Move the keyboard to the side pane (opens it)",
             lambda w: w.navigation.focus_side(), NAVIGATE),
    Shortcut("focus_verdict", "Focus claim &verdict", ("V",),
             "Move the keyboard to the verdict of the sentence's claim (arrows change it, Tab goes on)",
             lambda w: w.claiming.focus_verdict(), NAVIGATE),
    Shortcut("open_in_side", "Open this article in the &side pane", ("Shift+O",),
             "Show the current article in the side pane too", lambda w: w.navigation.open_in_side(), VIEW),
    Shortcut("choose_side_article", "&Choose side-pane article…", ("Ctrl+Shift+O",),
             "Pick the article shown in the side pane", lambda w: w.navigation.choose_side_article(), VIEW),
    Shortcut("toggle_suggestions", "Show su&ggestions (on / off)", ("Ctrl+Shift+G",),
             "Outlined chips for suggested tags, and candidates in the panel",
             lambda w: w.suggesting.toggle(), VIEW, "suggestions"),
    Shortcut("open_candidate", "O&pen next candidate in the side pane", ("P",),
             "The sentence's next candidate (same fact elsewhere?) in the side pane, ready to link with L",
             lambda w: w.suggesting.open_candidate(), VIEW, "suggestions"),
    Shortcut("close_side", "C&lose side pane", ("Ctrl+W",), "Hide the side pane",
             lambda w: w.navigation.close_side(), VIEW),
    Shortcut("toggle_list", "Show / hide the article &list", ("Ctrl+B",),
             "Fold the article list away for room to read, or bring it back", lambda w: w.panes.toggle_list(), VIEW),
    Shortcut("larger_text", "Lar&ger text", ("Ctrl+=", "Ctrl++"), "The articles in a larger font (remembered)",
             lambda w: w.reading.step(1), VIEW, "size"),
    Shortcut("smaller_text", "S&maller text", ("Ctrl+-",), "The articles in a smaller font (remembered)",
             lambda w: w.reading.step(-1), VIEW, "size"),
    Shortcut("cycle_filter", "Cycle tag &filter", ("Ctrl+T",),
             "Only visit sentences with a tag: all / claim / quote / statistic / untagged",
             lambda w: w.navigation.cycle_filter(), VIEW),
    Shortcut("word_difference", "Word &difference of the two panes", ("Shift+D",),
             "The main and side panes' sentences one above the other, the words that differ marked",
             lambda w: w.differences.of_panes(), VIEW),
    Shortcut("language_en", "English", (), "Show the interface in English (from the next start)",
             lambda w: w.language.choose("en"), VIEW, "language"),
    Shortcut("language_fr", "Français", (), "Show the interface in French (from the next start)",
             lambda w: w.language.choose("fr"), VIEW, "language"),
    Shortcut("compare_reviewers", "&Compare reviewers…", ("Ctrl+Shift+C",),
             "Agreement of two reviewers; decide their disagreements into a gold layer",
             lambda w: w.compare_reviewers(), REVIEW),
    Shortcut("claims", "C&laims…", ("Ctrl+Shift+L",),
             "Every claim of yours with its verdict, and where each appears over time",
             lambda w: w.show_claims(), REVIEW),
    Shortcut("shortcuts_sheet", "&Keyboard shortcuts", ("F1", "Ctrl+/"), "This sheet",
             lambda w: w.show_shortcuts(), HELP),
    Shortcut("about", "&About annotator", (), "Version and files", lambda w: w.show_about(), HELP),
)

COMPARE_KEYS: tuple[Shortcut, ...] = (
    Shortcut("accept_a", "Accept A", ("A",), "Take reviewer A's value into the gold layer",
             lambda d: d.decide("a"), edits=True, hinted=True),
    Shortcut("accept_b", "Accept B", ("B",), "Take reviewer B's value into the gold layer",
             lambda d: d.decide("b"), edits=True, hinted=True),
    Shortcut("edit", "Edit…", ("E",), "Choose the gold value by hand", lambda d: d.open_editor(),
             edits=True, hinted=True),
    Shortcut("next", "Next", ("Down", "J"), "Next disagreement in the list", lambda d: d.move(1), hinted=True),
    Shortcut("previous", "Previous", ("Up", "K"), "Previous disagreement in the list", lambda d: d.move(-1),
             hinted=True),
    Shortcut("next_undecided", "Next undecided", ("N",), "Jump to the next disagreement not decided yet",
             lambda d: d.next_undecided(), hinted=True),
    Shortcut("undo", "Undo", ("Ctrl+Z",), "Undo the last decision", lambda d: d.undo_stack.undo(), hinted=True),
    Shortcut("redo", "Redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo the decision undone", lambda d: d.undo_stack.redo(),
             hinted=True),
    Shortcut("toggle_undecided", "Undecided only", ("U",), "Show only the disagreements not decided yet",
             lambda d: d.undecided_box.toggle()),
    Shortcut("compare", "Compare", ("Ctrl+Return",), "Compare the two reviewers (again)", lambda d: d.compare()),
)

COMPARE_WINDOW = "Compare window"

CLAIMS_KEYS: tuple[Shortcut, ...] = (
    Shortcut("filter", "Filter by words", ("Ctrl+F",), "Accents and case are ignored",
             lambda c: c.focus_filter()),
    Shortcut("verdict", "Filter by verdict", ("Alt+V",), "Show only the claims with one verdict",
             lambda c: c.choose_verdict()),
    Shortcut("reload", "Read the claims again", ("F5",), "Show the claims as the file holds them now",
             lambda c: c.reload()),
    Shortcut("close", "Close", ("Esc", "Ctrl+W"), "Close the Claims window",
             lambda c: c.close()),
)

CLAIMS_WINDOW = "Claims window"


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
    ContextKey("Links list", "Word difference with the linked sentence", ("D",)),
    ContextKey("Links list", "Remove the link", ("Delete",)),
    ContextKey("Links list", "Back to the article", ("Esc",)),
    # widgets/link_dialog.py: a relation's first letter chooses it
    *(ContextKey("Link dialog", relation.capitalize(), (relation[0].upper(),)) for relation in RELATIONS),
    ContextKey("Link dialog", "To the note", ("Tab",)),
    ContextKey("Link dialog", "Same claim on or off (agrees)", ("Alt+S",)),
    ContextKey("Link dialog", "Link", ("Enter",)),
    ContextKey("Link dialog", "Cancel", ("Esc",)),
    # widgets/claim_picker.py
    ContextKey("Claim picker", "Choose a row (while typing)", ("Up", "Down")),
    ContextKey("Claim picker", "Take it", ("Enter",)),
    # widgets/claim_panel.py and claim_sources.py
    ContextKey("Claim section", "Change the verdict (on it)", ("Up", "Down")),
    ContextKey("Claim section", "Add a source (on the sources)", ("Insert",)),
    ContextKey("Claim section", "Edit the source", ("F2",)),
    ContextKey("Claim section", "Remove the source", ("Delete",)),
    ContextKey("Claim section", "Open the source in the browser", ("Enter",)),
    ContextKey("Claim section", "Back to the article (typing kept)", ("Esc",)),
    # widgets/difference.py
    ContextKey("Word difference", "Close", ("Esc",)),
    # widgets/search_dialog.py
    ContextKey("Search dialog", "From the words to the results", ("Down",)),
    ContextKey("Search dialog", "Jump to the sentence", ("Enter",)),
)

#: Keys the Claims window's widgets handle (claims/window.py, claims/timeline.py).
CLAIMS_CONTEXT_KEYS: tuple[ContextKey, ...] = (
    ContextKey(CLAIMS_WINDOW, "Filter: to the claims", ("Down", "Enter")),
    ContextKey(CLAIMS_WINDOW, "Claim: to its timeline", ("Enter",)),
    ContextKey(CLAIMS_WINDOW, "Timeline: open the sentence", ("Enter",)),
    ContextKey(CLAIMS_WINDOW, "Timeline: back to the claims", ("Backspace",)),
)


def bind(table: tuple[Shortcut, ...], window: QWidget, prefix: str,
         menu_bar: QMenuBar | None = None) -> dict[str, QAction]:
    """The QActions of ``window`` made from ``table``, by name: each calls its handler with ``window``.

    With a ``menu_bar``, each action also goes in its menu (menus in the table's order),
    with a separator where the group changes and its submenu after it.
    """
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {}
    last_group: dict[str, str] = {}
    for shortcut in table:
        action = QAction(shown(shortcut.text), window)
        action.setObjectName(f"{prefix}{shortcut.name}")
        action.setShortcuts([QKeySequence(k) for k in layouts.with_azerty(shortcut.keys)])
        action.setStatusTip(shown(shortcut.help))
        action.setToolTip(f"{shown(shortcut.help)} ({keys_text(shortcut.keys)})" if shortcut.keys
                          else shown(shortcut.help))
        action.triggered.connect(lambda _checked=False, handler=shortcut.handler: handler(window))
        window.addAction(action)
        actions[shortcut.name] = action
        if menu_bar is not None and shortcut.menu:
            if shortcut.menu not in menus:
                menus[shortcut.menu] = menu_bar.addMenu(shown(shortcut.menu))
            menu = menus[shortcut.menu]
            if last_group.setdefault(shortcut.menu, shortcut.group) != shortcut.group:
                menu.addSeparator()
                last_group[shortcut.menu] = shortcut.group
            menu.addAction(action)
            if shortcut.submenu is not None:
                _add_submenu(menu, shortcut.submenu, window)
    return actions


def _add_submenu(menu: QMenu, submenu: Submenu, window: QWidget) -> None:
    inner = menu.addMenu(shown(submenu.title))
    inner.setObjectName(f"menu-{submenu.name}")
    inner.aboutToShow.connect(lambda: submenu.fill(window, inner))


def by_name(name: str, table: tuple[Shortcut, ...] = SHORTCUTS) -> Shortcut:
    for shortcut in table:
        if shortcut.name == name:
            return shortcut
    raise KeyError(name)


def conflicts(table: tuple[Shortcut, ...] = SHORTCUTS) -> dict[str, list[str]]:
    """Keys bound to more than one action of ``table`` (should be empty)."""
    seen: dict[str, list[str]] = {}
    for shortcut in table:
        for key in set(layouts.with_azerty(shortcut.keys)):
            seen.setdefault(key.lower(), []).append(shortcut.name)
    return {key: names for key, names in seen.items() if len(names) > 1}


def hint(table: tuple[Shortcut, ...] = COMPARE_KEYS) -> str:
    """One line of the ``hinted`` keys, for the bottom of a window."""
    parts = [f"{'/'.join(map(key_name, s.keys[:2]))} {shown(s.text).rstrip('…')}" for s in table if s.hinted]
    return translate("shortcuts", "Keys:") + " " + " · ".join(parts)


def shown(text: str) -> str:
    """A text of these tables in the interface's language."""
    return translate(CONTEXT, text)


def key_name(key: str) -> str:
    """A key as the sheet, hints and tooltips show it: as the keyboard labels it (``& (1)`` on AZERTY,
    :func:`annotator.gui.layouts.shown`), in English as written, else as Qt names it (Maj, Échap)."""
    labelled = layouts.shown(key)
    if language() == SOURCE_LANGUAGE or labelled != key:
        return labelled
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def _plain(text: str) -> str:
    return shown(text).replace("&", "")


def keys_text(keys: tuple[str, ...]) -> str:
    """Keys as the user's keyboard labels them, in the interface's language (:func:`key_name`)."""
    return " {} ".format(translate("shortcuts", "or")).join(map(key_name, keys))


def sheet_rows() -> list[tuple[str, str, str]]:
    """(menu, action, keys) rows of the main window for the Help sheet, plain text."""
    return [(_plain(s.menu), _plain(s.text), keys_text(s.keys)) for s in SHORTCUTS if s.keys]


def context_rows() -> list[tuple[str, str, str]]:
    """(place, action, keys) rows for the keys of one place, then the compare and Claims windows', plain text."""
    rows = [(shown(key.place), shown(key.text), keys_text(key.keys)) for key in CONTEXT_KEYS]
    rows += [(shown(COMPARE_WINDOW), shown(s.text), keys_text(s.keys)) for s in COMPARE_KEYS]
    rows += [(shown(CLAIMS_WINDOW), shown(s.text), keys_text(s.keys)) for s in CLAIMS_KEYS]
    rows += [(shown(key.place), shown(key.text), keys_text(key.keys)) for key in CLAIMS_CONTEXT_KEYS]
    return rows


def table_texts() -> list[str]:
    """Every text of the tables, in English, for the translation sources (gui/translations.py)."""
    texts = [COMPARE_WINDOW, CLAIMS_WINDOW]
    for shortcut in (*SHORTCUTS, *COMPARE_KEYS, *CLAIMS_KEYS):
        texts += [shortcut.text, shortcut.help, shortcut.menu]
        if shortcut.submenu is not None:
            texts.append(shortcut.submenu.title)
    for key in (*CONTEXT_KEYS, *CLAIMS_CONTEXT_KEYS):
        texts += [key.place, key.text]
    return list(dict.fromkeys(text for text in texts if text))
