"""The selected disagreement fetched from the facade for the detail pane: its article, its
sentence (or a link's two, or the sentences two matched claims share) and their texts.

The list's model keeps what it already fetched (titles, sentence texts); a claim's
shared sentences are named by offsets, so their texts come from their articles.
"""

from __future__ import annotations

from ...project import Project
from ...project.adjudication import Decision, Item
from .detail import DetailPane, SharedSentence
from .models import DisagreementModel


def show_selected(detail: DetailPane, project: Project, model: DisagreementModel, item: Item,
                  decision: Decision | None, position: str) -> None:
    """Show ``item`` (with the decision taken, if any) in ``detail``."""
    article = project.article(item.article_id)
    title = model.title(item.article_id)
    if item.is_verdict:
        texts = {article.id: article.text}
        shared = []
        for x in item.match.shared:
            if x.article_id not in texts:
                texts[x.article_id] = project.article(x.article_id).text
            text = texts[x.article_id][x.start:x.end]
            shared.append(SharedSentence(x.article_id, model.title(x.article_id), x, text))
        detail.show_verdict(item, decision, article, title, shared, position)
        return
    first = project.sentence(item.sentence)
    if not item.is_link:
        detail.show_item(item, decision, article, title, first, position=position)
        return
    second = project.sentence(item.other)
    detail.show_item(item, decision, article, title, first, second, model.text(item.other),
                     model.title(second.article_id), position)
