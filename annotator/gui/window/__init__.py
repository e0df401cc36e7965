"""The main window's controllers: plain classes, each given the widgets and state it works on.

``MainWindow`` (gui/main_window.py) builds the widgets, then these, and binds the
actions of gui/shortcuts.py to them. Each takes what it uses as constructor
parameters, so its needs can be read at a glance:

- ``session``: the open file, the reviewer, the settings (per-file UI state);
- ``panes``: the main and side article panes, which one has the keyboard;
- ``listing``: the article list as shown (rows, selection, neighbours);
- ``refresh``: the views read again after an edit or another process's change;
- ``navigation``: opening articles, moving between sentences, panes and history;
- ``search``: the full-text search dialog;
- ``indexing``: the full-text index caught up in the background (the search dialog says when partial);
- ``editing``: tags, notes, status and links as commands on the undo stack;
- ``transfers``: importing articles and a reviewer's JSON, exporting it (worker threads);
- ``files``: new / open / recent files, and the reviewer.
"""
