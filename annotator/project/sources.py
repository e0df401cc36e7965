"""Where two reviewers' layers come from, for ``compare`` and ``merge``.

A side is named one of three ways: a reviewer in the open file, a JSON export,
or another annotator file holding one reviewer. All three become the same
plain :class:`annotator.review.Layer`, through the exchange data the export
already produces, so the figures cannot depend on where the work came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from .. import exchange
from ..claims.model import Claim
from ..errors import ProjectError
from ..review import Layer, LayerLink
from .facade import Project

_SQLITE_MAGIC = b"SQLite format 3\x00"


def layer_from_exchange(
    reviewer: str,
    articles: Iterable[exchange.ExportArticle],
    links: Iterable[exchange.ExportLink],
    claims: Iterable[Claim] = (),
) -> Layer:
    """A Layer from export pieces: every sentence a unit, every article its status, the claims."""
    statuses: dict[str, str] = {}
    units: dict[tuple[str, int, int], frozenset[str]] = {}
    for article in articles:
        statuses[article.id] = article.status
        for sentence in article.sentences:
            units[(article.id, sentence.start, sentence.end)] = frozenset(sentence.labels)
    drawn = frozenset(
        LayerLink(
            (link.source.article_id, link.source.start, link.source.end),
            (link.target.article_id, link.target.start, link.target.end),
            link.relation,
            link.note,
        )
        for link in links
    )
    return Layer(reviewer=reviewer, statuses=statuses, units=units, links=drawn, claims=tuple(claims))


def load_layer(spec: str, db: Path) -> Layer:
    """The layer ``spec`` names: a JSON export, an annotator file, or a reviewer in ``db``.

    A path that exists is a file; any other name is a reviewer's in ``db``.
    """
    return load_layers([spec], db)[0]


def load_layers(specs: Sequence[str], db: Path) -> tuple[Layer, ...]:
    """The layers ``specs`` name (:func:`load_layer`), in that order.

    The reviewers named in ``db`` are read together, the file opened once and
    its sentences read once: their layers then align by position.
    """
    files = {spec: _from_file(Path(spec)) for spec in specs if Path(spec).is_file()}
    names = [spec for spec in specs if spec not in files]
    if not names:
        return tuple(files[spec] for spec in specs)
    if not Path(db).exists():
        raise ProjectError(f"{names[0]!r} is neither a file nor a reviewer name ({db} does not exist)")
    with Project(db, readonly=True) as project:
        for spec in names:
            if project.existing_reviewer_id(spec) is None:
                known = ", ".join(project.reviewers()) or "none"
                raise ProjectError(f"{spec!r} is neither a file nor a reviewer in {db} (reviewers: {known})")
        read = dict(zip(names, project.exchange.layers(names)))
    return tuple(files[spec] if spec in files else read[spec] for spec in specs)


def _from_file(path: Path) -> Layer:
    return _from_database(path) if _is_database(path) else _from_json(path)


def exchange_articles(spec: str) -> tuple[exchange.ExportArticle, ...]:
    """The articles (with their texts) of ``spec`` when it is a JSON export, else none:
    what a merge of exports adds to a file that lacks them."""
    path = Path(spec)
    if not path.is_file() or _is_database(path):
        return ()
    return exchange.read_export(path).articles


def _is_database(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC


def _from_json(path: Path) -> Layer:
    document = exchange.read_export(path)
    if document.reviewer is None:
        raise ProjectError(f"{path}: holds no reviewer's work (reviewer is null)")
    return layer_from_exchange(document.reviewer, document.articles, document.links, document.claims)


def _from_database(path: Path) -> Layer:
    with Project(path, readonly=True) as project:
        names = project.reviewers()
        if len(names) != 1:
            raise ProjectError(
                f"{path}: holds {len(names)} reviewers ({', '.join(names) or 'none'}); "
                "name one with --db FILE and the reviewer's name"
            )
        return project.exchange.layer(names[0])
