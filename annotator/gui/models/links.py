"""The links of the selected sentence, as the inspector lists them."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Link
from ..plain import bounded, plain_tip
from .roles import DISPLAY, TOOLTIP, Role
from .rows import RowsListModel


@dataclass(frozen=True)
class LinkRow:
    link: Link
    other_id: int  # the sentence at the other end
    other_article: str
    other_title: str
    other_text: str
    outgoing: bool


class LinksModel(RowsListModel):
    """One :class:`LinkRow` per row."""

    def cell_data(self, r: LinkRow, _column: int, role: int):
        if role == DISPLAY:  # whole, wrapped by the list; both relations are symmetric: no arrow
            note = f"\nnote: {r.link.note}" if r.link.note else ""
            return f"{r.link.relation.upper()} · {r.other_title}\n{bounded(r.other_text)}{note}"
        if role == TOOLTIP:
            return plain_tip(f"{r.link.relation}: {r.other_text}\n({r.other_title}) — Enter or G to go there, B to come back")
        if role == Role.ITEM:
            return r
        return None
