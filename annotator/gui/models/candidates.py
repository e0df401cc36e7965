"""The candidates of the selected sentence, as the panel lists them: sentences of any article
likely to state the same fact, best first, a possible contradiction said in words."""

from __future__ import annotations

from dataclasses import dataclass

from ...project.suggestions import Candidate
from ..i18n import core_text, translate
from .roles import DISPLAY, TOOLTIP, Role
from .rows import RowsListModel


@dataclass(frozen=True)
class CandidateRow:
    candidate: Candidate
    title: str  # of the candidate's article
    same_article: bool


class CandidatesModel(RowsListModel):
    """One :class:`CandidateRow` per row."""

    def cell_data(self, r: CandidateRow, _column: int, role: int):
        c = r.candidate
        if role == DISPLAY:
            flag = " · " + translate("models.candidates", "may contradict") if c.contradiction else ""
            where = translate("models.candidates", "this article") if r.same_article else r.title
            text = c.text if len(c.text) < 160 else c.text[:157] + "…"
            return f"{c.score:.2f}{flag} · {where}\n{text}"
        if role == TOOLTIP:
            hint = translate("models.candidates", "P or Enter: open it in the side pane, then L links")
            return f"{c.text}\n({r.title})\n{core_text(c.reason)}\n{hint}"
        if role == Role.ITEM:
            return r
        return None
