"""A reviewer's whole work in and out: exchange files, and layers for compare and merge.

The facade's part for bulk reads and writes of one reviewer's layer, reached
as ``project.exchange``, where the rest of the facade is one small edit at a
time. Long operations take a ``progress`` callback that can cancel; an export reads
one consistent snapshot of the file, and an import is one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .. import segment
from ..atomic import write_atomically
from ..errors import ExchangeError, LayerHoldsWork, ProjectError, WouldReplace, printable
from ..translatable import QT_TRANSLATE_NOOP
from ..model import Article, SentenceRef
from ..store import annotations, articles, bulk, search_index, snapshot, transaction
from . import claim_files
from .clock import now
from .progress import Progress, report
from .store_errors import translating_errors

# The exchange format and review are imported where used: they load jsonschema
# and numpy, which opening the window does not need.
if TYPE_CHECKING:
    from ..store.database import Database

    from .. import exchange
    from ..review import Layer
    from .facade import Project


NO_REVIEWER = QT_TRANSLATE_NOOP("project.exchange", "no reviewer {name!r} in {path}")


@translating_errors
class Exchange:
    """Bulk operations on one reviewer's layer of ``project``."""

    def __init__(self, project: Project):
        self.project = project

    @property
    def db(self) -> Database:
        return self.project.db

    @property
    def path(self) -> Path:
        return self.project.path

    def export_pieces(
        self, reviewer: str | None, stamps: bulk.Stamps | None = None,
    ) -> tuple[Iterator[exchange.ExportArticle], Iterator[exchange.ExportLink]]:
        """The reviewer's work as lazy exchange data: every article, then the links.
        ``stamps``, when given, holds the times of the labels and notes of the article
        last yielded (see ``bulk.marks_of_article``), refilled for each."""
        from .. import exchange

        rid = self.project.existing_reviewer_id(reviewer)
        if reviewer is not None and rid is None:
            raise ProjectError(NO_REVIEWER.format(name=reviewer, path=self.path))
        links = (
            exchange.ExportLink(SentenceRef(*row[0:3]), SentenceRef(*row[3:6]), row[6], row[7])
            for row in bulk.link_rows(self.db, rid)
        )
        return self._export_articles(rid, stamps), links

    def write_export(
        self, reviewer: str | None, out: TextIO, exported_at: str | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Stream the reviewer's work (every article, then links and claims) as exchange JSON to ``out``."""
        from .. import exchange

        with snapshot(self.db):
            found, links = self.export_pieces(reviewer)
            total = articles.counts(self.db)["articles"]
            counted = (_counted(n, total, item, progress) for n, item in enumerate(found))
            claims = claim_files.claims_of(self.db, self.project.existing_reviewer_id(reviewer))
            # The file's constraints and the segmenter already guarantee the per-sentence rules.
            exchange.write_export(
                out, reviewer, exported_at or exchange.timestamp(), counted, links,
                claims=claims, check_sentences=False,
            )
            report(progress, total, total, "")

    def _export_articles(
        self, rid: int | None, stamps: bulk.Stamps | None
    ) -> Iterator[exchange.ExportArticle]:
        from .. import exchange

        statuses = bulk.statuses(self.db, rid)
        fields = claim_files.fields_of(self.db, rid)
        for article in articles.iter_articles(self.db):
            if stamps is not None:
                stamps.clear()
            marks = bulk.marks_of_article(self.db, rid, article.id, stamps)
            spans = fields.get(article.id, {})
            yield exchange.ExportArticle(
                id=article.id, source=article.source, title=article.title, date=article.date,
                status=statuses.get(article.id, "todo"), text=article.text,
                sentences=tuple(
                    exchange.ExportSentence(start, end, labels, note, spans.get((start, end), ()))
                    for (start, end), (labels, note) in marks.items()
                ),
            )

    def export_json(self, reviewer: str | None, out: Path, progress: Progress | None = None) -> None:
        """Write the export to ``out`` through a temporary file: never a half-written file,
        and nothing at all when ``progress`` cancels."""
        out = Path(out)
        if out.is_dir():
            raise ProjectError(QT_TRANSLATE_NOOP("project.exchange", "cannot write {out}: it is a folder").format(
                out=out))
        try:
            write_atomically(out, lambda stream: self.write_export(reviewer, stream, progress=progress))
        except OSError as error:
            raise ProjectError(QT_TRANSLATE_NOOP("project.exchange", "cannot write {out}: {why}").format(
                out=out, why=error.strerror)) from None

    def import_annotations(
        self, path: Path, progress: Progress | None = None, *, replace: bool = True
    ) -> str | None:
        """Read an exchange file (or a W3C Web Annotation file this program wrote, see
        :mod:`.annotation_import`) as its reviewer's layer, in one transaction.

        Missing articles are added. On the file's articles the file is the
        reviewer's word: their earlier labels, notes, status, links, claims and
        fields there are replaced (see :mod:`.claim_files`); a file of version 1
        has no claims or fields, so importing one removes theirs there. With ``replace=False``, an import that would remove any of
        that work (the file lacks it) raises :class:`WouldReplace` instead,
        writing nothing. A labelled, noted or filled-in sentence, a link end or a
        claim's appearance must be a sentence of this file's segmentation;
        otherwise nothing is imported, and the refusal names it.
        ``progress`` counts the articles; cancelling imports nothing.
        """
        from .. import exchange
        from .annotation_import import document_of

        document = exchange.read_annotations(Path(path))
        if not isinstance(document, exchange.ExportDocument):
            document = document_of(self.db, Path(path), document, now())
        spans = self._segment_missing(document)
        with transaction(self.db):
            total = len(document.articles)
            ids = {}
            first_new = articles.next_sentence_id(self.db)
            for n, item in enumerate(document.articles):
                report(progress, n, total, item.source)
                ids[item.id] = self._ensure_article(item, spans.get(item.id))
            search_index.index_new(self.db, first_new)
            if document.reviewer is not None:
                if not replace:
                    self._refuse_to_replace(Path(path), document)
                self._write_layer(Path(path), document, ids)
            annotations.log(self.db, now(), document.reviewer, "import-annotations", detail=printable(str(path)))
            report(progress, total, total, "")
        return document.reviewer

    def _segment_missing(self, document: exchange.ExportDocument) -> dict[str, list[tuple[int, int]]]:
        """The sentences of the file's articles this file lacks, found before the write
        lock is taken: segmenting is the long part, and another window's edit must
        not wait for it."""
        return {
            item.id: segment.split_sentences(item.text)
            for item in document.articles if not articles.has_article(self.db, item.id)
        }

    def _ensure_article(
        self, item: exchange.ExportArticle, spans: list[tuple[int, int]] | None
    ) -> dict[tuple[int, int], int]:
        if not articles.has_article(self.db, item.id):
            article = Article(text=item.text, source=item.source, title=item.title, date=item.date)
            found = spans if spans is not None else segment.split_sentences(item.text)
            articles.insert_article(self.db, article, found, now(), index=False)
        return bulk.sentence_ids(self.db, item.id)

    def _refuse_to_replace(self, path: Path, document: exchange.ExportDocument) -> None:
        rid = self.project.existing_reviewer_id(document.reviewer)
        lost = {} if rid is None else self._work_the_file_lacks(rid, document)
        if any(lost.values()):
            raise WouldReplace(path, document.reviewer, lost)  # type: ignore[arg-type]

    def _work_the_file_lacks(self, rid: int, document: exchange.ExportDocument) -> dict[str, int]:
        """What of the reviewer's work on the file's articles the file would remove."""
        lost = {"labels": 0, "notes": 0, "links": 0, "statuses": 0, "claims": 0, "fields": 0}
        statuses = bulk.statuses(self.db, rid)
        for item in document.articles:
            held = {(s.start, s.end): (set(s.labels), s.note) for s in item.sentences}
            for span, (labels, note) in bulk.marks_of_article(self.db, rid, item.id).items():
                theirs, their_note = held.get(span, (set(), ""))
                lost["labels"] += len(set(labels) - theirs)
                lost["notes"] += bool(note) and note != their_note
            lost["statuses"] += statuses.get(item.id, "todo") not in ("todo", item.status)
        touched = {item.id for item in document.articles}
        kept = {(*_ref(link.source), *_ref(link.target), link.relation, link.note) for link in document.links}
        lost["links"] = sum(
            1 for row in bulk.link_rows(self.db, rid)
            if (row[0] in touched or row[3] in touched) and row not in kept
        )
        return lost | claim_files.lacking(self.db, rid, document)

    def _write_layer(
        self, path: Path, document: exchange.ExportDocument,
        ids: dict[str, dict[tuple[int, int], int]],
    ) -> None:
        rid = self.project.reviewer_id(document.reviewer)  # type: ignore[arg-type]
        bulk.clear_articles(self.db, rid, ids)
        labels, notes = [], []
        for n, item in enumerate(document.articles):
            for m, sentence in enumerate(item.sentences):
                if not sentence.labels and not sentence.note:
                    continue
                sid = _sentence_id(path, ids, item.id, sentence.start, sentence.end,
                                   f"articles[{n}].sentences[{m}]")
                labels.extend((sid, label) for label in sentence.labels)
                notes.append((sid, sentence.note))
        links = [
            (
                _sentence_id(path, ids, *_ref(link.source), f"links[{n}].from"),
                _sentence_id(path, ids, *_ref(link.target), f"links[{n}].to"),
                link.relation, link.note,
            )
            for n, link in enumerate(document.links)
        ]
        stamp = now()
        bulk.write_labels(self.db, rid, labels, stamp)
        bulk.write_notes(self.db, rid, notes, stamp)
        bulk.write_statuses(self.db, rid, ((a.id, a.status) for a in document.articles), stamp)
        bulk.write_links(self.db, rid, links, stamp)
        sentence_id = partial(_sentence_id, path, ids)
        claim_files.write(
            self.db, rid, ids, document.claims, claim_files.document_fields(document, sentence_id),
            sentence_id, stamp,
        )

    def _refuse_missing_articles(self, layer: Layer) -> None:
        missing = [a for a in sorted(layer.statuses) if not articles.has_article(self.db, a)]
        if missing:
            raise ProjectError(_missing_articles_message(self.path, layer, missing))

    def layer(self, reviewer: str) -> Layer:
        """The reviewer's whole layer as plain data, for comparing and merging.

        The same content as their export (every article, its status, every
        sentence's labels, the links, the claims) read in one pass without the texts.
        """
        return self.layers([reviewer])[0]

    def layers(self, reviewers: Iterable[str]) -> tuple[Layer, ...]:
        """Several reviewers' layers (:meth:`layer`), read from one snapshot of the file
        and sharing the one reading of its sentences (:mod:`annotator.store.layer_columns`),
        so that comparing them aligns their units by position."""
        from ..review import Layer, LayerLink
        from ..review.unit_columns import UnitColumns
        from ..store import layer_columns

        reviewers = list(reviewers)
        ids = [self.project.existing_reviewer_id(name) for name in reviewers]
        for name, rid in zip(reviewers, ids):
            if rid is None:
                raise ProjectError(NO_REVIEWER.format(name=name, path=self.path))
        found = []
        with snapshot(self.db):
            sentences, sentence_ids = layer_columns.sentences(self.db)
            every_article = bulk.article_ids(self.db)
            for name, rid in zip(reviewers, ids):
                given = bulk.statuses(self.db, rid)
                links = frozenset(
                    LayerLink(row[0:3], row[3:6], row[6], row[7]) for row in bulk.link_rows(self.db, rid)
                )
                found.append(Layer(
                    reviewer=name,
                    statuses={article: given.get(article, "todo") for article in every_article},
                    units=UnitColumns(sentences, layer_columns.masks(self.db, rid, sentence_ids)),
                    links=links,
                    claims=tuple(claim_files.claims_of(self.db, rid)),
                ))
        return tuple(found)

    def holdings(self, reviewer: str) -> dict[str, int]:
        """How many labels, notes, links, statuses (other than todo), claims and fields
        the reviewer's layer holds."""
        return bulk.holdings(self.db, self.project.existing_reviewer_id(reviewer))

    def write_layer(
        self, layer: Layer, *, replace: bool = True, texts: Iterable[exchange.ExportArticle] = (),
    ) -> None:
        """Write a whole layer (a merged gold, say) as its reviewer's, in one transaction.

        Like an import, it replaces that reviewer's work on the layer's articles
        (their fact-check fields aside: a layer carries none). With
        ``replace=False`` a layer that already holds work of any kind is left as
        it is and :class:`LayerHoldsWork` says what it holds; the check and the
        write see the same state of the file (one transaction). Articles of
        ``texts`` (those of the exchange files merged) that the file lacks are
        added; any other article the file lacks refuses the whole write.
        """
        with transaction(self.db):
            held = self.holdings(layer.reviewer)
            if not replace and any(held.values()):
                raise LayerHoldsWork(self.path, layer.reviewer, held)
            first_new = articles.next_sentence_id(self.db)
            for item in texts:
                if item.id in layer.statuses:
                    self._ensure_article(item, None)
            search_index.index_new(self.db, first_new)
            self._refuse_missing_articles(layer)
            rid = self.project.reviewer_id(layer.reviewer)
            bulk.clear_articles(self.db, rid, layer.statuses)
            ids = {a: bulk.sentence_ids(self.db, a) for a in layer.statuses}
            where = f"layer {layer.reviewer}"
            stamp = now()
            bulk.write_labels(self.db, rid, (
                (_sentence_id(self.path, ids, *key, where), label)
                for key, labels in layer.units.items() for label in labels
            ), stamp)
            bulk.write_statuses(self.db, rid, layer.statuses.items(), stamp)
            bulk.write_links(self.db, rid, (
                (_sentence_id(self.path, ids, *link.source, where),
                 _sentence_id(self.path, ids, *link.target, where), link.relation, link.note)
                for link in layer.links
            ), stamp)
            claim_files.write(self.db, rid, layer.statuses, layer.claims, None,
                              partial(_sentence_id, self.path, ids), stamp)
            annotations.log(self.db, stamp, layer.reviewer, "write-layer")


def _missing_articles_message(path: Path, layer: Layer, missing: list[str]) -> str:
    return (
        f"{len(missing)} article(s) of layer {layer.reviewer} are not in {path} ({', '.join(missing[:3])}"
        f"{', …' if len(missing) > 3 else ''}); import them first (import-annotations of a JSON export "
        "adds its articles); nothing was written"
    )


def _counted(n: int, total: int, item: exchange.ExportArticle, progress: Progress | None):
    """An export's article, once its progress is told (which may cancel the export)."""
    report(progress, n, total, item.source)
    return item


def _ref(ref: SentenceRef) -> tuple[str, int, int]:
    return ref.article_id, ref.start, ref.end


def _sentence_id(
    path: Path, ids: dict[str, dict[tuple[int, int], int]], article_id: str, start: int, end: int,
    where: str,
) -> int:
    found = ids.get(article_id, {}).get((start, end))
    if found is None:
        raise ExchangeError(
            path, f"{where}: offsets {start}-{end} are not a sentence of article {article_id} "
            "as this release segments it; nothing was imported",
        )
    return found
