"""Item-data roles: Qt's own under short names, and the window's own, one name per meaning.

Plain values looked up once, not attributes reached through ``Qt.ItemDataRole``
or an enum class on every call: ``data()`` compares roles once per cell
painted, sorted or filtered, and PySide converts an enum member each time it
is passed to ``index.data(role)``. ``Role.ID`` stays ``UserRole + 1``, the
number the article list has always answered its ids under.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
DECORATION = Qt.ItemDataRole.DecorationRole

_USER = int(Qt.ItemDataRole.UserRole)


class Role:
    """The window's own roles, as ints."""

    ID = _USER + 1  #: the id of what the row stands for: an article's id
    ITEM = _USER + 2  #: the row's own object: a LinkRow, a SearchHit, an adjudication Item
    TEXT = _USER + 3  #: what a row shows, for a delegate to lay out: a search result's ResultText
    SORT = _USER + 4  #: what a column sorts by
    FILTER = _USER + 5  #: the text the filter box matches
    VALUE = _USER + 6  #: a cell's raw value: a figure as float | int | None
    KEY = _USER + 7  #: a cell's path in the JSON report, e.g. "labels.claim.kappa"
    INTERVAL = _USER + 8  #: a figure's bootstrap interval (review.bootstrap.Interval | None)
