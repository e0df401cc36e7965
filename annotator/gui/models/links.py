"""The links of the selected sentence, as the inspector lists them."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Link
from .. import names
from ..i18n import translate
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
            note = "\n" + translate("models.links", "note: {note}").format(note=r.link.note) if r.link.note else ""
            return f"{names.shown(r.link.relation).upper()} · {r.other_title}\n{bounded(r.other_text)}{note}"
        if role == TOOLTIP:
            return plain_tip(translate(
                "models.links", "{relation}: {text}\n({title}) — Enter or G to go there, B to come back"
            ).format(relation=names.shown(r.link.relation), text=r.other_text, title=r.other_title))
        if role == Role.ITEM:
            return r
        return None
