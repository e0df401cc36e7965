"""A reviewer's work out in the formats other tools read: ``project.exports``.

JSON (the exchange format, :mod:`.exchange`), W3C Web Annotation, schema.org
ClaimReview, CSV tables and brat standoff. Each reads one consistent snapshot
of the file and streams it to its writer in :mod:`annotator.exchange`, one
article at a time, so a million labels export in flat memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..atomic import write_atomically
from ..claims.model import Appearance
from ..errors import ProjectError
from ..model import SentenceRef
from ..store import articles, claims as stored_claims, metadata, snapshot, work_rows
from ..translatable import QT_TRANSLATE_NOOP
from .claims import claim_of
from .exchange import _counted
from .progress import Progress, report

if TYPE_CHECKING:
    from .. import exchange
    from ..exchange.work import Place, Work, WorkClaim
    from .facade import Project

FORMATS = ("json", "w3c", "claimreview", "csv", "brat")
#: The usual file name ending of each format's output.
SUFFIXES = {"json": ".json", "w3c": ".jsonld", "claimreview": ".jsonld", "csv": ".zip", "brat": ".zip"}


@dataclass
class Outcome:
    """What an export tells its user besides the file: warnings, and what brat could not hold."""

    warnings: list[str] = field(default_factory=list)


class Exports:
    """The export of one reviewer's layer of ``project`` in every format."""

    def __init__(self, project: Project):
        self.project = project

    def export(
        self, fmt: str, reviewer: str, out: Path, progress: Progress | None = None, *,
        organisation: str | None = None, url_template: str | None = None,
    ) -> Outcome:
        """Write ``out`` whole or not at all (a cancel through ``progress`` leaves nothing)."""
        out = Path(out)
        if out.is_dir():
            raise ProjectError(f"cannot write {out}: it is a folder")
        outcome = Outcome()
        try:
            write_atomically(out, lambda stream: outcome.warnings.extend(self.write(
                fmt, reviewer, stream, progress, organisation=organisation, url_template=url_template,
            )))
        except OSError as error:
            raise ProjectError(f"cannot write {out}: {error.strerror}") from None
        return outcome

    def write(
        self, fmt: str, reviewer: str, stream: TextIO, progress: Progress | None = None, *,
        organisation: str | None = None, url_template: str | None = None,
    ) -> list[str]:
        """Stream the export to ``stream`` (W3C and the zip formats write bytes to its ``buffer``); the warnings."""
        from .. import exchange

        if fmt not in FORMATS:
            raise ProjectError(f"unknown format {fmt!r}; the formats are {', '.join(FORMATS)}")
        if fmt == "json":
            self.project.exchange.write_export(reviewer, stream, progress=progress)
            return []
        with snapshot(self.project.db):
            work = self.work(reviewer, progress, stamped=fmt in ("w3c", "csv"))
            if fmt == "claimreview":
                return exchange.write_claimreview(
                    stream, work.claims, self._publications(),
                    organisation=self._setting("organisation", organisation),
                    url_template=self._setting("url_template", url_template),
                )
            stream.flush()
            if fmt == "w3c":
                exchange.write_w3c(stream.buffer, work)
                return []
            if fmt == "csv":
                exchange.write_csv_zip(stream.buffer, work)
                return []
            crossing = exchange.write_brat_zip(stream.buffer, work)
            return _crossing_warnings(crossing)

    def work(self, reviewer: str, progress: Progress | None = None, *, stamped: bool = True) -> Work:
        """The reviewer's work as the formats' writers read it, lazily (inside a snapshot);
        ``stamped=False`` leaves out when each sentence's work was done (brat has no place for it)."""
        from ..exchange.work import Work

        rid = self.project.existing_reviewer_id(reviewer)
        if rid is None:
            raise ProjectError(f"no reviewer {reviewer!r} in {self.project.path}")
        stamps: dict | None = {} if stamped else None
        pieces, _ = self.project.exchange.export_pieces(reviewer, stamps)
        total = articles.counts(self.project.db)["articles"]
        return Work(
            reviewer=reviewer, exported_at=_exported_at(),
            articles=self._articles(rid, pieces, total, progress, stamps), links=self._links(rid),
            claims=self._claims(rid),
        )

    def _articles(
        self, rid: int, pieces: Iterator[exchange.ExportArticle], total: int, progress: Progress | None,
        stamps: dict | None,
    ) -> Iterator:
        """The articles as ``pieces`` yields them, each with its metadata and (when ``stamps``
        is the dict ``pieces`` refills for each article) the times of its work."""
        from ..exchange.work import WorkArticle

        db = self.project.db
        for n, article in enumerate(pieces):
            _counted(n, total, article, progress)
            times = {}
            if stamps is not None:
                times = dict(stamps)
                work_rows.add_field_stamps(db, rid, article.id, times)
            yield WorkArticle(article, metadata.meta_of(db, article.id), times)
        report(progress, total, total, "")

    def _links(self, rid: int) -> Iterator:
        from ..exchange import ExportLink
        from ..exchange.work import WorkLink

        for row in work_rows.links(self.project.db, rid):
            a, b = _place(row[0:7]), _place(row[7:14])
            link = ExportLink(SentenceRef(*row[0:3]), SentenceRef(*row[7:10]), row[14], row[15])
            yield WorkLink(link, (a, b), row[16], row[17])

    def _claims(self, rid: int) -> Iterator[WorkClaim]:
        from ..exchange.work import WorkClaim

        places = work_rows.claim_places(self.project.db, rid)
        for stored in stored_claims.iter_claims(self.project.db, rid):
            claim = claim_of(stored)
            quoted = tuple(_place(places[_key(a)]) for a in claim.appearances)
            yield WorkClaim(claim, quoted, stored.claim.created_at, stored.claim.updated_at)

    def _publications(self) -> dict:
        from ..exchange.claimreview import Publication

        return {aid: Publication(meta, date) for aid, date, meta in metadata.all_meta(self.project.db)}

    def _setting(self, key: str, given: str | None) -> str:
        return given if given is not None else self.project.metadata.setting(key)


def _key(appearance: Appearance) -> tuple[str, int, int]:
    return appearance.article_id, appearance.start, appearance.end


def _place(row: tuple) -> Place:
    from ..exchange.work import Place, article_iri

    article_id, start, end, url, exact, prefix, suffix = row
    return Place(article_iri(article_id, url), start, end, exact, prefix, suffix)


def _crossing_warnings(crossing: list) -> list[str]:
    if not crossing:
        return []
    lines: list[str] = [QT_TRANSLATE_NOOP(
        "project.exports", "{n} link(s) between two articles left out: brat holds relations inside one document"
    ).format(n=len(crossing))]
    for item in crossing:
        a, b = item.link.source, item.link.target
        lines.append(f"  {a.article_id} {a.start}-{a.end} {item.link.relation} {b.article_id} {b.start}-{b.end}")
    return lines


def _exported_at() -> str:
    from ..exchange import timestamp

    return timestamp()
