"""The last articles opened, their text and sentences kept for going back to them.

An article's text and sentences never change once it is in a file: its id is
its text's, imports add articles and never rewrite one, and every edit (tags,
notes, links, claims, status) is elsewhere. So going back to an article
needs only what can change read again (the 2,000-sentence article's text and
sentences: about 3 ms of CPU of its opening). What is kept belongs to one open file
(sentence ids are the file's own): another file starts afresh.
"""

from __future__ import annotations

from collections import OrderedDict

from ...model import Article, Sentence
from ...project import Project

KEPT = 4  # articles: the one open in each pane and the last ones left


class RecentArticles:
    """Text and sentences of the last :data:`KEPT` articles read through :meth:`get`."""

    def __init__(self) -> None:
        self._project: Project | None = None
        self._kept: OrderedDict[str, tuple[Article, list[Sentence]]] = OrderedDict()

    def get(self, project: Project, article_id: str) -> tuple[Article, list[Sentence]]:
        """The article and its sentences, read from ``project`` unless kept from it."""
        if project is not self._project:
            self._project, self._kept = project, OrderedDict()
        found = self._kept.get(article_id)
        if found is None:
            found = self._kept[article_id] = (project.article(article_id), project.sentences(article_id))
            if len(self._kept) > KEPT:
                self._kept.popitem(last=False)
        else:
            self._kept.move_to_end(article_id)
        return found
