"""A W3C Web Annotation file turned into the exchange document an import writes.

The file names articles by IRI: ``urn:annotator:article:<id>`` or the URL an
article has in this file's metadata. The articles must be in this file (a
W3C annotation carries no article text), and every sentence the file quotes
must read here as it quotes it; otherwise nothing is imported and the refusal
names the place. Status, labels, note, fields, links and claims then replace
the reviewer's on those articles, exactly as an import of their JSON would.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..claims.model import Appearance
from ..errors import ExchangeError
from ..model import LABELS, SentenceRef
from ..store import articles, metadata

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..exchange import ExportDocument
    from ..exchange.w3c_reader import AnnotationLayer


def document_of(db: Database, path: Path, layer: AnnotationLayer, exported_at: str) -> ExportDocument:
    from ..exchange import ExportArticle, ExportDocument, ExportLink, ExportSentence
    from ..exchange.work import ARTICLE_URN, article_iri

    by_url: dict[str, list[str]] = {}
    for url, found in metadata.ids_by_url(db).items():
        by_url.setdefault(article_iri("", url), []).extend(found)
    ids: dict[str, str] = {}
    for iri in sorted(layer.iris):
        found = [iri[len(ARTICLE_URN):]] if iri.startswith(ARTICLE_URN) else by_url.get(iri, [])
        if len(found) != 1 or not articles.has_article(db, found[0]):
            why = "is the URL of several articles" if len(found) > 1 else "is not an article of this file"
            raise ExchangeError(path, f"{iri}: {why}; nothing was imported")
        ids[iri] = found[0]
    texts = {iri: articles.get_article(db, article_id) for iri, article_id in ids.items()}
    for (iri, start, end), (where, exact) in layer.places.items():
        if exact and texts[iri].text[start:end] != exact:
            raise ExchangeError(path, f"{where}: the text at {start}-{end} of article {ids[iri]} is not the "
                                      "text the file quotes; nothing was imported")

    def ref(key: tuple[str, int, int]) -> SentenceRef:
        return SentenceRef(ids[key[0]], key[1], key[2])

    documents = []
    for iri, article in texts.items():
        marks = sorted((key[1], key[2], work) for key, work in layer.sentences.items() if key[0] == iri)
        documents.append(ExportArticle(
            id=article.id, source=article.source, title=article.title, date=article.date,
            status=layer.statuses.get(iri, "todo"), text=article.text,  # type: ignore[arg-type]
            sentences=tuple(
                ExportSentence(start, end, tuple(label for label in LABELS if label in work.labels), work.note,
                               tuple(work.fields))
                for start, end, work in marks
            ),
        ))
    links = tuple(ExportLink(ref(a), ref(b), relation, note) for a, b, relation, note in layer.links)  # type: ignore[arg-type]
    claims = tuple(
        replace(claim, appearances=tuple(Appearance(ids[key[0]], key[1], key[2]) for key in keys))
        for claim, keys in layer.claims
    )
    return ExportDocument(layer.reviewer, exported_at, LABELS, tuple(documents), links, claims)  # type: ignore[arg-type]
