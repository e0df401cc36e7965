"""Article metadata (title, outlet, URL, author) and the file's settings: ``project.metadata``.

Metadata is what exports cite an article by (ClaimReview's appearances, the
W3C source IRI, the CSV files); it is edited by hand in the window, one
undoable edit, or comes from an ``articles.csv``/``articles.json`` beside
imported files. Settings are values set once per file, such as the
organisation that signs ClaimReview markup.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ProjectError
from ..translatable import QT_TRANSLATE_NOOP
from ..model import META_FIELDS, ArticleMeta, ImportProblem
from ..store import annotations, metadata, transaction
from .changes import Changes, no_change
from .clock import now
from .text import savable

if TYPE_CHECKING:
    from .facade import Project

#: The settings a file keeps, with what each is for.
SETTINGS = {
    "organisation": "the organisation that publishes the fact-checks (ClaimReview author)",
    "url_template": "the address of each fact-check, {claim} standing for its number (ClaimReview url)",
}

#: the refusal of a line break, for each field of ArticleMeta (tests/test_translatable.py checks they match)
ONE_LINE = {
    "title": QT_TRANSLATE_NOOP("project.metadata", "the title must be one line"),
    "outlet": QT_TRANSLATE_NOOP("project.metadata", "the outlet must be one line"),
    "url": QT_TRANSLATE_NOOP("project.metadata", "the url must be one line"),
    "author": QT_TRANSLATE_NOOP("project.metadata", "the author must be one line"),
}


class Metadata:
    """Reads and edits of the articles' metadata and the file's settings."""

    def __init__(self, project: Project):
        self.project = project

    def of(self, article_id: str) -> ArticleMeta:
        found = metadata.meta_of(self.project.db, article_id)
        if found is None:
            raise ProjectError(f"no article {article_id} in {self.project.path}")
        return found

    def set(self, article_id: str, meta: ArticleMeta) -> Changes:
        """Replace an article's metadata; ``before`` is the old one. Line breaks are
        refused: each value is one line in every format that carries it."""
        for field in fields(ArticleMeta):
            value = getattr(meta, field.name)
            savable(value, f"the {field.name}")
            if "\n" in value or "\r" in value:
                raise ProjectError(ONE_LINE[field.name])
        meta = replace(meta, **{f.name: getattr(meta, f.name).strip() for f in fields(ArticleMeta)})
        before = self.of(article_id)
        if before == meta:
            return no_change(before)
        with transaction(self.project.db):
            metadata.set_meta(self.project.db, article_id, meta)
            annotations.log(self.project.db, now(), None, "metadata", article_id)
        return Changes.of(
            {"articles"}, {article_id}, before=before, undo=partial(self.set, article_id, before),
        )

    def setting(self, key: str) -> str:
        _known(key)
        return metadata.setting(self.project.db, key)

    def set_setting(self, key: str, value: str) -> None:
        _known(key)
        savable(value, f"the {key}")
        with transaction(self.project.db):
            metadata.set_setting(self.project.db, key, value.strip())

    def apply_tables(self, read: Mapping[Path, str]) -> list[ImportProblem]:
        """Apply the ``articles.csv``/``.json`` beside the files of ``read`` (path -> article id):
        each table in one transaction, rows matched by file name among the files read from
        its folder; every refused row (or table) named in the problems returned."""
        from ..corpus.metadata_table import tables_beside  # the corpus package: only when importing

        by_folder: dict[Path, dict[str, str]] = {}
        for path, article_id in read.items():
            by_folder.setdefault(path.parent, {})[path.name] = article_id
        problems: list[ImportProblem] = []
        for folder, ids in by_folder.items():
            for table in tables_beside(folder):
                problems += self._apply_table(table, ids)
        return problems

    def _apply_table(self, table: Path, ids: Mapping[str, str]) -> list[ImportProblem]:
        from ..corpus.metadata_table import read_table

        rows, problems = read_table(table)
        with transaction(self.project.db):
            for row in rows:
                article_id = ids.get(row.file)
                if article_id is None:
                    problems.append(ImportProblem(f"{table} {row.where}", f"no article file {row.file!r} beside it"))
                    continue
                meta = replace(metadata.meta_of(self.project.db, article_id), **row.fields)
                metadata.set_meta(self.project.db, article_id, meta)
        return problems


def _known(key: str) -> None:
    if key not in SETTINGS:
        raise ProjectError(f"unknown setting {key!r}; the settings are {', '.join(SETTINGS)}")


__all__ = ["META_FIELDS", "SETTINGS", "Metadata"]
