"""The one clock every stored timestamp comes from."""

from __future__ import annotations

import datetime as _dt


def now() -> str:
    """Timestamps are UTC ISO-8601 with a Z, readable in any SQLite tool."""
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
