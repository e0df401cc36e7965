"""The facade both faces use: one annotator file and the user's operations on it.

Like Anki's ``Collection``: it owns the database, knows nothing of Qt, and runs
each user operation in one transaction, so an operation is in the file when the
call returns, or not at all. Operations take plain values and return plain
data (see :mod:`annotator.model`); the window refreshes from what they return.
"""

from __future__ import annotations

import datetime as _dt
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from . import corpus, segment
from .model import (
    LABELS,
    RELATIONS,
    STATUSES,
    Article,
    ArticleSummary,
    ImportProblem,
    ImportReport,
    Link,
    SearchHit,
    Sentence,
    SentenceRef,
)
from .store import annotations, articles, bulk_import, layers, open_database, search, transaction

if TYPE_CHECKING:  # imported where used: numpy and jsonschema cost ~0.2 s at window start
    from . import exchange
    from .review import Layer, LayerLink

#: progress(done, total, current) -> False to cancel the rest.
Progress = Callable[[int, int, str], bool]


def now() -> str:
    """Timestamps are UTC ISO-8601 with a Z, readable in any SQLite tool."""
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _ref(ref: SentenceRef) -> tuple[str, int, int]:
    return ref.article_id, ref.start, ref.end


def _sentence_id(
    path: Path, ids: dict[str, dict[tuple[int, int], int]], article_id: str, start: int, end: int,
    where: str,
) -> int:
    found = ids.get(article_id, {}).get((start, end))
    if found is None:
        from . import exchange

        raise exchange.ExchangeError(
            path, f"{where}: offsets {start}-{end} are not a sentence of article {article_id} "
            "as this release segments it; nothing was imported",
        )
    return found


class ProjectError(Exception):
    """A user operation that cannot be done as asked (unknown article, bad label...)."""


def _savable(text: str, what: str) -> str:
    """Refuse text UTF-8 cannot hold (a lone surrogate from a hostile file) before any write."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ProjectError(f"{what} holds a character that cannot be saved (position {error.start})") from None
    return text


class Project:
    """An open annotator file."""

    def __init__(self, path: Path, *, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        self.db = open_database(self.path, readonly=readonly)
        self._reviewer_ids: dict[str, int] = {}

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles ------------------------------------------------------------

    def import_article(self, article: Article) -> bool:
        """Add one article with its sentences; False if it was already there."""
        spans = segment.split_sentences(article.text)
        with transaction(self.db):
            if articles.has_article(self.db, article.id):
                return False
            articles.insert_article(self.db, article, spans, now())
            annotations.log(self.db, now(), None, "import", article.id, detail=article.source)
        return True

    def import_paths(self, paths: Iterable[Path], progress: Progress | None = None) -> ImportReport:
        """Import files and folders, one transaction per file; bad files are named, not fatal."""
        files = list(corpus.iter_article_paths(Path(p) for p in paths))
        report = ImportReport()
        with bulk_import(self.db):
            self._import_files(files, report, progress)
        return report

    def _import_files(self, files: list[Path], report: ImportReport, progress: Progress | None) -> None:
        for done, path in enumerate(files):
            if progress and progress(done, len(files), str(path)) is False:
                break
            try:
                article = corpus.read_article(path)
            except corpus.CorpusError as error:
                report.refused.append(ImportProblem(error.path, error.reason))
                continue
            report.bytes_read += len(article.text.encode("utf-8"))
            added = self.import_article(article)
            (report.added if added else report.skipped).append(article.id)
        else:
            if progress:
                progress(len(files), len(files), "")

    def is_empty(self) -> bool:
        return articles.counts(self.db)["articles"] == 0

    def articles(self, reviewer: str | None) -> list[ArticleSummary]:
        return articles.summaries(self.db, self._existing_reviewer(reviewer))

    def article_summary(self, reviewer: str | None, article_id: str) -> ArticleSummary | None:
        """One row of ``articles(reviewer)``: what a view refreshes after an edit of that
        article (a millisecond, where the whole list takes most of a second at 10,000)."""
        return articles.summary_of(self.db, self._existing_reviewer(reviewer), article_id)

    def article(self, article_id: str) -> Article:
        found = articles.get_article(self.db, article_id)
        if found is None:
            raise ProjectError(f"no article {article_id} in {self.path}")
        return found

    def sentences(self, article_id: str) -> list[Sentence]:
        return articles.sentences_of(self.db, article_id)

    def sentence(self, sentence_id: int) -> Sentence:
        found = articles.get_sentence(self.db, sentence_id)
        if found is None:
            raise ProjectError(f"no sentence {sentence_id} in {self.path}")
        return found

    def sentence_text(self, sentence_id: int) -> str:
        return articles.sentence_text(self.db, sentence_id)

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        return search.search(self.db, text, limit)

    # -- reviewers -----------------------------------------------------------

    def reviewers(self) -> list[str]:
        return annotations.reviewer_names(self.db)

    def _existing_reviewer(self, name: str | None) -> int | None:
        if name is None:
            return None
        _savable(name, "the reviewer's name")
        if name not in self._reviewer_ids:
            found = annotations.reviewer_id(self.db, name)
            if found is None:
                return None
            self._reviewer_ids[name] = found
        return self._reviewer_ids[name]

    def reviewer_id(self, name: str) -> int:
        """The reviewer's id, creating the reviewer on their first edit."""
        found = self._existing_reviewer(name)
        if found is None:
            if not name.strip():
                raise ProjectError("a reviewer needs a name")
            found = annotations.ensure_reviewer(self.db, name, now())
            self._reviewer_ids[name] = found
        return found

    # -- one reviewer's layer: reads -------------------------------------------

    def labels(self, reviewer: str, article_id: str) -> dict[int, set[str]]:
        rid = self._existing_reviewer(reviewer)
        return {} if rid is None else annotations.labels_of_article(self.db, rid, article_id)

    def sentence_labels(self, reviewer: str, sentence_id: int) -> set[str]:
        rid = self._existing_reviewer(reviewer)
        return set() if rid is None else annotations.labels_of_sentence(self.db, rid, sentence_id)

    def note(self, reviewer: str, sentence_id: int) -> str:
        rid = self._existing_reviewer(reviewer)
        return "" if rid is None else annotations.note_of(self.db, rid, sentence_id)

    def notes(self, reviewer: str, article_id: str) -> dict[int, str]:
        rid = self._existing_reviewer(reviewer)
        return {} if rid is None else annotations.notes_of_article(self.db, rid, article_id)

    def status(self, reviewer: str, article_id: str) -> str:
        rid = self._existing_reviewer(reviewer)
        return "todo" if rid is None else annotations.status_of(self.db, rid, article_id)

    def links(self, reviewer: str, article_id: str) -> list[Link]:
        rid = self._existing_reviewer(reviewer)
        return [] if rid is None else annotations.links_of_article(self.db, rid, article_id)

    def sentence_links(self, reviewer: str, sentence_id: int) -> list[Link]:
        rid = self._existing_reviewer(reviewer)
        return [] if rid is None else annotations.links_of_sentences(self.db, rid, [sentence_id])

    # -- one reviewer's layer: edits (one transaction each) --------------------

    def set_label(self, reviewer: str, sentence_id: int, label: str, on: bool) -> bool:
        """Put a label on or off a sentence; True when that changed the file."""
        if label not in LABELS:
            raise ProjectError(f"unknown label {label!r}; labels are {', '.join(LABELS)}")
        sentence = self.sentence(sentence_id)
        with transaction(self.db):
            rid = self.reviewer_id(reviewer)
            changed = annotations.set_label(self.db, rid, sentence_id, label, on, now())
            if changed:
                action = "label" if on else "unlabel"
                annotations.log(self.db, now(), reviewer, action, sentence.article_id, sentence_id, label)
        return changed

    def set_note(self, reviewer: str, sentence_id: int, note: str) -> None:
        _savable(note, "the note")
        sentence = self.sentence(sentence_id)
        with transaction(self.db):
            rid = self.reviewer_id(reviewer)
            annotations.set_note(self.db, rid, sentence_id, note, now())
            annotations.log(self.db, now(), reviewer, "note", sentence.article_id, sentence_id)

    def set_status(self, reviewer: str, article_id: str, status: str) -> None:
        if status not in STATUSES:
            raise ProjectError(f"unknown status {status!r}; statuses are {', '.join(STATUSES)}")
        self.article(article_id)
        with transaction(self.db):
            rid = self.reviewer_id(reviewer)
            annotations.set_status(self.db, rid, article_id, status, now())
            annotations.log(self.db, now(), reviewer, "status", article_id, detail=status)

    def add_link(
        self, reviewer: str, source: int, target: int, relation: str, note: str = "",
        link_id: int | None = None,
    ) -> Link:
        """Link two sentences; an existing link between them (either way) is updated."""
        _savable(note, "the link's note")
        if relation not in RELATIONS:
            raise ProjectError(f"unknown relation {relation!r}; relations are {', '.join(RELATIONS)}")
        if source == target:
            raise ProjectError("a sentence cannot be linked to itself")
        first = self.sentence(source)
        self.sentence(target)
        with transaction(self.db):
            rid = self.reviewer_id(reviewer)
            existing = annotations.find_link(self.db, rid, source, target)
            if existing:
                annotations.update_link(self.db, existing.id, relation, note, now())
                new_id = existing.id
            else:
                new_id = annotations.insert_link(self.db, rid, source, target, relation, note, now(), link_id)
            annotations.log(self.db, now(), reviewer, "link", first.article_id, source, f"{relation} {target}")
            return annotations.get_link(self.db, new_id)  # type: ignore[return-value]

    def find_link(self, reviewer: str, a: int, b: int) -> Link | None:
        rid = self._existing_reviewer(reviewer)
        return None if rid is None else annotations.find_link(self.db, rid, a, b)

    def remove_link(self, reviewer: str, link_id: int) -> Link | None:
        """Remove a link; returns it so that undo can put it back as it was."""
        with transaction(self.db):
            link = annotations.get_link(self.db, link_id)
            if link is None:
                return None
            annotations.delete_link(self.db, link_id)
            annotations.log(self.db, now(), reviewer, "unlink", None, link.source, f"{link.relation} {link.target}")
        return link

    # -- one reviewer's work as a file -----------------------------------------

    def export_pieces(
        self, reviewer: str | None
    ) -> tuple[Iterator[exchange.ExportArticle], Iterator[exchange.ExportLink]]:
        """The reviewer's work as lazy exchange data: every article, then the links."""
        from . import exchange

        rid = self._existing_reviewer(reviewer)
        if reviewer is not None and rid is None:
            raise ProjectError(f"no reviewer {reviewer!r} in {self.path}")
        links = (
            exchange.ExportLink(SentenceRef(*row[0:3]), SentenceRef(*row[3:6]), row[6], row[7])
            for row in layers.link_rows(self.db, rid)
        )
        return self._export_articles(rid), links

    def write_export(self, reviewer: str | None, out: TextIO, exported_at: str | None = None) -> None:
        """Stream the reviewer's work (every article) as exchange JSON to ``out``."""
        from . import exchange

        pieces = self.export_pieces(reviewer)
        # The file's constraints and the segmenter already guarantee the per-sentence rules.
        exchange.write_export(
            out, reviewer, exported_at or exchange.timestamp(), *pieces, check_sentences=False
        )

    def _export_articles(self, rid: int | None) -> Iterator[exchange.ExportArticle]:
        from . import exchange

        statuses = layers.statuses(self.db, rid)
        for article in articles.iter_articles(self.db):
            marks = layers.marks_of_article(self.db, rid, article.id)
            yield exchange.ExportArticle(
                id=article.id, source=article.source, title=article.title, date=article.date,
                status=statuses.get(article.id, "todo"), text=article.text,
                sentences=tuple(
                    exchange.ExportSentence(start, end, labels, note)
                    for (start, end), (labels, note) in marks.items()
                ),
            )

    def export_json(self, reviewer: str | None, out: Path) -> None:
        """Write the export to ``out`` through a temporary file: never a half-written file."""
        out = Path(out)
        if out.is_dir():
            raise ProjectError(f"cannot write {out}: it is a folder")
        try:
            handle, temporary = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        except OSError as error:
            raise ProjectError(f"cannot write {out}: {error.strerror}") from None
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                self.write_export(reviewer, stream)
            os.replace(temporary, out)
        except OSError as error:
            raise ProjectError(f"cannot write {out}: {error.strerror}") from None
        finally:
            Path(temporary).unlink(missing_ok=True)

    def import_annotations(self, path: Path) -> str | None:
        """Read an exchange file as its reviewer's layer, in one transaction.

        Missing articles are added. On the file's articles the file is the
        reviewer's word: their earlier labels, notes, status and links there are
        replaced. A labelled or noted sentence, or a link end, must be a
        sentence of this file's segmentation; otherwise nothing is imported.
        """
        from . import exchange

        document = exchange.read_export(Path(path))
        with transaction(self.db):
            ids = {a.id: self._ensure_article(a) for a in document.articles}
            if document.reviewer is not None:
                self._write_layer(Path(path), document, ids)
            annotations.log(self.db, now(), document.reviewer, "import-annotations", detail=str(path))
        return document.reviewer

    def _ensure_article(self, item: exchange.ExportArticle) -> dict[tuple[int, int], int]:
        if not articles.has_article(self.db, item.id):
            article = Article(text=item.text, source=item.source, title=item.title, date=item.date)
            articles.insert_article(self.db, article, segment.split_sentences(item.text), now())
        return layers.sentence_ids(self.db, item.id)

    def _write_layer(
        self, path: Path, document: exchange.ExportDocument,
        ids: dict[str, dict[tuple[int, int], int]],
    ) -> None:
        rid = self.reviewer_id(document.reviewer)  # type: ignore[arg-type]
        layers.clear_articles(self.db, rid, ids)
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
        layers.write_labels(self.db, rid, labels, stamp)
        layers.write_notes(self.db, rid, notes, stamp)
        layers.write_statuses(self.db, rid, ((a.id, a.status) for a in document.articles), stamp)
        layers.write_links(self.db, rid, links, stamp)

    def layer(self, reviewer: str) -> Layer:
        """The reviewer's whole layer as plain data, for comparing and merging.

        The same content as their export (every article, its status, every
        sentence's labels, the links) read in one pass without the texts.
        """
        from .review import Layer, LayerLink
        from .review.labelsets import LABEL_SETS

        rid = self._existing_reviewer(reviewer)
        if rid is None:
            raise ProjectError(f"no reviewer {reviewer!r} in {self.path}")
        given = layers.statuses(self.db, rid)
        statuses = {article: given.get(article, "todo") for article in layers.article_ids(self.db)}
        masks = layers.label_masks(self.db, rid)
        units = {
            (article, start, end): LABEL_SETS[masks.get(sid, 0)]
            for sid, article, start, end in layers.sentence_keys(self.db)
        }
        links = frozenset(
            LayerLink(row[0:3], row[3:6], row[6], row[7]) for row in layers.link_rows(self.db, rid)
        )
        return Layer(reviewer=reviewer, statuses=statuses, units=units, links=links)

    def write_layer(self, layer: Layer) -> None:
        """Write a whole layer (a merged gold, say) as its reviewer's, in one transaction.

        Like an import, it replaces that reviewer's work on the layer's articles.
        """
        with transaction(self.db):
            rid = self.reviewer_id(layer.reviewer)
            layers.clear_articles(self.db, rid, layer.statuses)
            ids = {a: layers.sentence_ids(self.db, a) for a in layer.statuses}
            where = f"layer {layer.reviewer}"
            stamp = now()
            layers.write_labels(self.db, rid, (
                (_sentence_id(self.path, ids, *key, where), label)
                for key, labels in layer.units.items() for label in labels
            ), stamp)
            layers.write_statuses(self.db, rid, layer.statuses.items(), stamp)
            layers.write_links(self.db, rid, (
                (_sentence_id(self.path, ids, *link.source, where),
                 _sentence_id(self.path, ids, *link.target, where), link.relation, link.note)
                for link in layer.links
            ), stamp)
            annotations.log(self.db, stamp, layer.reviewer, "write-layer")

    # -- figures -------------------------------------------------------------

    def stats(self) -> dict:
        """Articles, sentences, and per reviewer labels and links."""
        totals = articles.counts(self.db)
        labels = annotations.label_counts(self.db)
        links = annotations.link_counts(self.db)
        totals["reviewers"] = {
            name: {
                "labels": {label: labels.get(name, {}).get(label, 0) for label in LABELS},
                "links": links.get(name, 0),
            }
            for name in self.reviewers()
        }
        return totals

    def data_version(self) -> int:
        """Changes when another connection commits: the window's cue to refresh."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]
