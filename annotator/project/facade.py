"""The facade both faces use: one annotator file and the user's operations on it.

Like Anki's ``Collection``: it owns the database, knows nothing of Qt, and runs
each user operation in one transaction, so an operation is in the file when the
call returns, or not at all. Operations take plain values and return plain
data (see :mod:`annotator.model`); an edit returns the :class:`Changes` it made,
which the window refreshes from and undoes with.
Its parts are reached through it, composed rather than inherited, as Anki's
``col.decks``: ``project.exchange`` moves a reviewer's whole work in and out,
``project.claims`` reads and edits the reviewers' claims, ``project.suggestions``
proposes labels and pairs, accepted or rejected by each reviewer.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import partial
from pathlib import Path

from .. import segment
from ..errors import ProjectError
from ..translatable import QT_TRANSLATE_NOOP
from ..model import (
    LABELS,
    RELATIONS,
    STATUSES,
    Article,
    ArticleSummary,
    ImportReport,
    Link,
    SearchResults,
    Sentence,
    Unindexed,
)
from ..claims.model import FIELDS
from ..store import annotations, articles, bulk_import, data_version, open_database, search, search_index, transaction
from ..store import fields as sentence_fields
from . import importing, indexing
from .changes import Changes, no_change
from .claims import Claims
from .clock import now
from .exchange import Exchange
from .exports import Exports
from .metadata import Metadata
from .progress import Progress
from .suggestions import Suggestions
from .store_errors import translating_errors
from .text import reviewer_name, savable


@translating_errors
class Project:
    """An open annotator file."""

    def __init__(self, path: Path, *, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        self.db = open_database(self.path, readonly=readonly)
        self._reviewer_ids: dict[str, int] = {}
        self.exchange = Exchange(self)
        self.claims = Claims(self)
        self.metadata = Metadata(self)
        self.exports = Exports(self)
        self.suggestions = Suggestions(self)

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
            return importing.add_article(self.db, article, spans, index=True)

    def import_paths(self, paths: Iterable[Path], progress: Progress | None = None) -> ImportReport:
        """Import files and folders in order, committed in chunks of whole files (see
        :mod:`.importing`); bad files are named, not fatal."""
        from .. import corpus  # dateutil and the readers: not for a window that only opens

        files = list(corpus.iter_article_paths(Path(p) for p in paths))
        report = ImportReport()
        with bulk_import(self.db):
            importing.import_files(self.db, files, report, progress)
        report.refused += self.metadata.apply_tables(report.articles_by_path)
        return report

    def is_empty(self) -> bool:
        return articles.is_empty(self.db)

    def articles(self, reviewer: str | None) -> list[ArticleSummary]:
        return articles.summaries(self.db, self.existing_reviewer_id(reviewer))

    def article_summary(self, reviewer: str | None, article_id: str) -> ArticleSummary | None:
        """One row of ``articles(reviewer)``: what a view refreshes after an edit of that
        article, one indexed row where the whole list reads every article."""
        return articles.summary_of(self.db, self.existing_reviewer_id(reviewer), article_id)

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

    def search(self, text: str, limit: int = 200) -> SearchResults:
        """The sentences holding every word of ``text`` (the last as a prefix), best first,
        among those indexed; ``partial`` when the index has not caught up with an import."""
        return SearchResults(tuple(search.search(self.db, text, limit)), search_index.pending(self.db))

    def unindexed(self) -> Unindexed:
        """The sentences (and articles) the full-text index does not hold yet."""
        return search_index.pending(self.db)

    def index_for_search(self, progress: Progress | None = None) -> int:
        """Catch the full-text index up with the sentences, in chunks of one transaction each;
        ``progress(done, total, "")`` counts sentences, False from it stops after a chunk
        (the rest is indexed next time). The count of sentences indexed."""
        return indexing.catch_up(self.db, progress)

    # -- reviewers -----------------------------------------------------------

    def reviewers(self) -> list[str]:
        return annotations.reviewer_names(self.db)

    def existing_reviewer_id(self, name: str | None) -> int | None:
        """The reviewer's id, or None for a name with no work in the file yet
        (reads then see an empty layer rather than create the reviewer)."""
        if name is None:
            return None
        savable(name, "the reviewer's name")
        if name not in self._reviewer_ids:
            found = annotations.reviewer_id(self.db, name)
            if found is None:
                found = annotations.reviewer_id(self.db, unicodedata.normalize("NFC", name))
            if found is None:
                return None
            self._reviewer_ids[name] = found
        return self._reviewer_ids[name]

    def reviewer_name(self, name: str) -> str:
        """The name ``name`` works under: a reviewer's of the file equal to it in NFC,
        or a new name :func:`.text.reviewer_name` allows (else ProjectError, at once
        rather than at the first edit)."""
        if self.existing_reviewer_id(name) is not None:
            return name if name in self.reviewers() else unicodedata.normalize("NFC", name)
        return reviewer_name(name, self.reviewers())

    def reviewer_id(self, name: str) -> int:
        """The reviewer's id, creating the reviewer on their first edit (under the
        name :func:`.text.reviewer_name` allows)."""
        found = self.existing_reviewer_id(name)
        if found is None:
            saved = reviewer_name(name, self.reviewers())
            found = annotations.ensure_reviewer(self.db, saved, now())
            self._reviewer_ids[name] = found
        return found

    # -- one reviewer's layer: reads -------------------------------------------

    def labels(self, reviewer: str, article_id: str) -> dict[int, set[str]]:
        rid = self.existing_reviewer_id(reviewer)
        return {} if rid is None else annotations.labels_of_article(self.db, rid, article_id)

    def sentence_labels(self, reviewer: str, sentence_id: int) -> set[str]:
        rid = self.existing_reviewer_id(reviewer)
        return set() if rid is None else annotations.labels_of_sentence(self.db, rid, sentence_id)

    def note(self, reviewer: str, sentence_id: int) -> str:
        rid = self.existing_reviewer_id(reviewer)
        return "" if rid is None else annotations.note_of(self.db, rid, sentence_id)

    def notes(self, reviewer: str, article_id: str) -> dict[int, str]:
        rid = self.existing_reviewer_id(reviewer)
        return {} if rid is None else annotations.notes_of_article(self.db, rid, article_id)

    def status(self, reviewer: str, article_id: str) -> str:
        rid = self.existing_reviewer_id(reviewer)
        return "todo" if rid is None else annotations.status_of(self.db, rid, article_id)

    def links(self, reviewer: str, article_id: str) -> list[Link]:
        rid = self.existing_reviewer_id(reviewer)
        return [] if rid is None else annotations.links_of_article(self.db, rid, article_id)

    def sentence_links(self, reviewer: str, sentence_id: int) -> list[Link]:
        rid = self.existing_reviewer_id(reviewer)
        return [] if rid is None else annotations.links_of_sentences(self.db, rid, [sentence_id])

    def fields(self, reviewer: str, sentence_id: int) -> dict[str, dict[str, str]]:
        """The sentence's fact-check fields the reviewer filled in: label -> field -> value."""
        rid = self.existing_reviewer_id(reviewer)
        return {} if rid is None else sentence_fields.fields_of_sentence(self.db, rid, sentence_id)

    # -- one reviewer's layer: edits (one transaction each) --------------------
    # Each returns the Changes it made; its ``undo`` is the inverse edit by the
    # same reviewer, through these same methods (so it is checked and logged).

    def set_label(self, reviewer: str, sentence_id: int, label: str, on: bool) -> Changes:
        """Put a label on or off a sentence; ``before`` is the sentence's old label set."""
        if label not in LABELS:
            raise ProjectError(f"unknown label {label!r}; labels are {', '.join(LABELS)}")
        sentence = self.sentence(sentence_id)
        with transaction(self.db):
            rid = self.reviewer_id(reviewer)
            before = frozenset(annotations.labels_of_sentence(self.db, rid, sentence_id))
            if not annotations.set_label(self.db, rid, sentence_id, label, on, now()):
                return no_change(before)
            action = "label" if on else "unlabel"
            annotations.log(self.db, now(), reviewer, action, sentence.article_id, sentence_id, label)
        return Changes.of(
            {"labels"}, {sentence.article_id}, {sentence_id}, before=before,
            undo=partial(self.set_label, reviewer, sentence_id, label, not on),
        )

    def set_note(self, reviewer: str, sentence_id: int, note: str) -> Changes:
        """Set the reviewer's note on a sentence ("" removes it); ``before`` is the old note.
        Consecutive notes on one sentence share a ``merge_key``: typing is one undo step."""
        savable(note, "the note")
        sentence = self.sentence(sentence_id)
        with transaction(self.db):
            rid = self.reviewer_id(reviewer)
            before = annotations.note_of(self.db, rid, sentence_id)
            if before == note:
                return no_change(before)
            annotations.set_note(self.db, rid, sentence_id, note, now())
            annotations.log(self.db, now(), reviewer, "note", sentence.article_id, sentence_id)
        return Changes.of(
            {"notes"}, {sentence.article_id}, {sentence_id}, before=before,
            undo=partial(self.set_note, reviewer, sentence_id, before),
            merge_key=("note", reviewer, sentence_id),
        )

    def set_status(self, reviewer: str, article_id: str, status: str) -> Changes:
        """Mark the reviewer's progress on an article; ``before`` is the old status."""
        if status not in STATUSES:
            raise ProjectError(f"unknown status {status!r}; statuses are {', '.join(STATUSES)}")
        self.article(article_id)
        with transaction(self.db):
            rid = self.reviewer_id(reviewer)
            before = annotations.status_of(self.db, rid, article_id)
            if before == status:
                return no_change(before)
            annotations.set_status(self.db, rid, article_id, status, now())
            annotations.log(self.db, now(), reviewer, "status", article_id, detail=status)
        return Changes.of(
            {"status"}, {article_id}, before=before,
            undo=partial(self.set_status, reviewer, article_id, before),
        )

    def set_field(self, reviewer: str, sentence_id: int, label: str, field: str, value: str) -> Changes:
        """Set one fact-check field of a sentence ("" clears it); ``before`` is the old value.

        The sentence need not carry the label: a field outlives taking the label
        off and back on. Typing in one field is one undo step (a shared ``merge_key``).
        """
        if field not in FIELDS.get(label, ()):
            known = "; ".join(f"{name}: {', '.join(names)}" for name, names in FIELDS.items())
            raise ProjectError(f"no fact-check field {field!r} for {label!r}; the fields are {known}")
        savable(value, "the field's value")
        sentence = self.sentence(sentence_id)
        with transaction(self.db):
            rid = self.reviewer_id(reviewer)
            before = sentence_fields.fields_of_sentence(self.db, rid, sentence_id).get(label, {}).get(field, "")
            if not sentence_fields.set_field(self.db, rid, sentence_id, label, field, value, now()):
                return no_change(before)
            annotations.log(self.db, now(), reviewer, "field", sentence.article_id, sentence_id, f"{label} {field}")
        return Changes.of(
            {"fields"}, {sentence.article_id}, {sentence_id}, before=before,
            undo=partial(self.set_field, reviewer, sentence_id, label, field, before),
            merge_key=("field", reviewer, sentence_id, label, field),
        )

    def add_link(
        self, reviewer: str, source: int, target: int, relation: str, note: str = "",
        link_id: int | None = None,
    ) -> Changes:
        """Link two sentences; an existing link between them (either way) is updated.

        ``before`` is the link it updated (None: a new link). ``link_id`` gives a
        new link that id (an undone removal comes back as it was).
        """
        savable(note, "the link's note")
        if relation not in RELATIONS:
            raise ProjectError(f"unknown relation {relation!r}; relations are {', '.join(RELATIONS)}")
        if source == target:
            raise ProjectError(QT_TRANSLATE_NOOP("project.facade", "a sentence cannot be linked to itself"))
        ends = self.sentence(source), self.sentence(target)
        with transaction(self.db):
            rid = self.reviewer_id(reviewer)
            before = annotations.find_link(self.db, rid, source, target)
            if before and (before.relation, before.note) == (relation, note):
                return no_change(before)
            if before:
                annotations.update_link(self.db, before.id, relation, note, now())
                undo = partial(self.add_link, reviewer, before.source, before.target, before.relation, before.note)
            else:
                new_id = annotations.insert_link(self.db, rid, source, target, relation, note, now(), link_id)
                undo = partial(self.remove_link, reviewer, new_id)
            annotations.log(self.db, now(), reviewer, "link", ends[0].article_id, source, f"{relation} {target}")
        return Changes.of({"links"}, {s.article_id for s in ends}, {source, target}, before=before, undo=undo)

    def find_link(self, reviewer: str, a: int, b: int) -> Link | None:
        rid = self.existing_reviewer_id(reviewer)
        return None if rid is None else annotations.find_link(self.db, rid, a, b)

    def remove_link(self, reviewer: str, link_id: int) -> Changes:
        """Remove a link; ``before`` is the link, which undo puts back with its id and note."""
        with transaction(self.db):
            link = annotations.get_link(self.db, link_id)
            if link is None:
                return no_change()
            annotations.delete_link(self.db, link_id)
            annotations.log(self.db, now(), reviewer, "unlink", None, link.source, f"{link.relation} {link.target}")
        ends = self.sentence(link.source), self.sentence(link.target)
        return Changes.of(
            {"links"}, {s.article_id for s in ends}, {link.source, link.target}, before=link,
            undo=partial(self.add_link, reviewer, link.source, link.target, link.relation, link.note, link.id),
        )

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

    def last_activity(self) -> int:
        """Grows with every user action written to the file, by any process: what tells the
        window another's edit from the search index catching up (both change ``data_version``)."""
        return annotations.last_activity(self.db)

    def data_version(self) -> int:
        """Changes when another connection commits: the window's cue to refresh."""
        return data_version(self.db)
