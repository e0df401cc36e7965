"""Reading an exchange file: bytes, then JSON, then the schema, then the rules.

Each stage trusts the one before it, so a file is refused at the first thing
wrong with it, and the message names the place: a line and column while it
is not yet JSON, a path such as ``articles[2].sentences[5].end`` after.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from annotator.errors import ExchangeError
from annotator.exchange import strict_json
from annotator.exchange.claims import ClaimSet, check_fields, read_claim, read_fields
from annotator.exchange.document import (
    FORMAT,
    VERSION,
    VERSIONS,
    ExportArticle,
    ExportDocument,
    ExportLink,
    ExportSentence,
)
from annotator.exchange.errors import DocumentError
from annotator.exchange.rules import (
    check_article,
    check_header,
    check_link,
    check_link_ends,
    link_key,
    read_date,
)
from annotator.exchange.schema import check_schema
from annotator.exchange.w3c_reader import AnnotationLayer, is_w3c, read_layer
from annotator.model import LABELS, SentenceRef
from annotator.translatable import QT_TRANSLATE_NOOP

TOO_LARGE = QT_TRANSLATE_NOOP("exchange.reader", "too large to read into memory")


def read_export(path: Path) -> ExportDocument:
    """Read and check the exchange file at ``path``.

    Raises ``ExchangeError`` for anything short of a valid file. Whether the
    sentences agree with the project's own segmentation is left to the store,
    through ``ExportArticle.offsets``.
    """
    text = _read_text(path)
    try:
        return _document(strict_json.parse(text))
    except DocumentError as error:
        raise ExchangeError(path, str(error)) from None
    except MemoryError:
        raise ExchangeError(path, TOO_LARGE) from None


def read_annotations(path: Path) -> ExportDocument | AnnotationLayer:
    """An exchange file, or a W3C Web Annotation collection as :mod:`.w3c` writes it."""
    text = _read_text(path)
    try:
        data = strict_json.parse(text)
        return read_layer(data) if is_w3c(data) else _document(data)
    except DocumentError as error:
        raise ExchangeError(path, str(error)) from None
    except MemoryError:
        raise ExchangeError(path, TOO_LARGE) from None


def _read_text(path: Path) -> str:
    """The file's text; ``-`` is standard input, as on every command line."""
    try:
        if str(path) == "-":
            raw = sys.stdin.buffer.read()
        elif not path.is_file():
            raise ExchangeError(path, QT_TRANSLATE_NOOP("exchange.reader", "not a file") if path.exists()
                                else QT_TRANSLATE_NOOP("exchange.reader", "no such file"))
        else:
            raw = path.read_bytes()
    except OSError as error:
        raise ExchangeError(path, QT_TRANSLATE_NOOP("exchange.reader", "cannot read: {why}").format(
            why=error.strerror or error)) from None
    except ValueError as error:  # a NUL in the path, say
        raise ExchangeError(path, QT_TRANSLATE_NOOP("exchange.reader", "cannot read: {why}").format(
            why=error)) from None
    except MemoryError:
        raise ExchangeError(path, TOO_LARGE) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExchangeError(
            path, QT_TRANSLATE_NOOP("exchange.reader", "byte {offset}: not UTF-8 text (0x{byte:02x}); "
                                    "exchange files are UTF-8").format(offset=error.start, byte=raw[error.start])
        ) from None


def _document(data: Any) -> ExportDocument:
    if not isinstance(data, dict):
        raise DocumentError("document", f"is a JSON {type(data).__name__}, not an object")
    _check_format(data)
    check_schema(data)
    reviewer = data["reviewer"]
    check_header(reviewer, data["exported_at"])
    labels = tuple(label for label in LABELS if label in data["labels"])
    # Version 1 has no claims or fields: such keys in it are ignored, like any unknown key.
    newer = data["version"] > 1
    articles = tuple(_articles(data["articles"], labels, reviewed=reviewer is not None, fields=newer))
    links = tuple(_links(data["links"], articles))
    claims = tuple(_claims(data["claims"] if newer else [], articles))
    for key, found in (("links", links), ("claims", claims)):
        if reviewer is None and found:
            raise DocumentError(key, f"a file with no reviewer has no {key} (this one has {len(found)})")
    return ExportDocument(reviewer, data["exported_at"], labels, articles, links, claims)


def _check_format(data: dict[str, Any]) -> None:
    """Say plainly what a foreign or newer file is, before the schema
    drowns it in detail. Every older version is read (the schema describes each)."""
    if "format" in data and data["format"] != FORMAT:
        raise DocumentError("format", f"{data['format']!r}: not an annotator exchange file")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise DocumentError(
            "version", f"made by a newer annotator (version {version}); this release reads versions "
            f"{VERSIONS[0]} to {VERSION}"
        )


def _articles(items: list[dict[str, Any]], labels: tuple[str, ...], reviewed: bool, fields: bool):
    seen: dict[str, int] = {}
    for n, item in enumerate(items):
        where = f"articles[{n}]"
        article = ExportArticle(
            id=item["id"],
            source=item["source"],
            title=item["title"],
            date=read_date(item["date"], f"{where}.date"),
            status=item["status"],
            text=item["text"],
            sentences=tuple(
                ExportSentence(s["start"], s["end"], _canonical(s["labels"]), s["note"],
                               read_fields(s["fields"]) if fields else ())
                for s in item["sentences"]
            ),
        )
        check_article(article, where, reviewed, labels)
        for m, sentence in enumerate(article.sentences):
            check_fields(sentence.fields, f"{where}.sentences[{m}]", reviewed)
        if article.id in seen:
            raise DocumentError(f"{where}.id", f"{article.id} is already the id of articles[{seen[article.id]}]")
        seen[article.id] = n
        yield article


def _links(items: list[dict[str, Any]], articles: tuple[ExportArticle, ...]):
    sentences = {article.id: set(article.offsets) for article in articles}
    seen: dict[tuple[SentenceRef, SentenceRef], int] = {}
    for n, item in enumerate(items):
        where = f"links[{n}]"
        link = ExportLink(_ref(item["from"]), _ref(item["to"]), item["relation"], item["note"])
        check_link(link, where)
        check_link_ends(link, where, sentences)
        key = link_key(link)
        if key in seen:
            raise DocumentError(where, f"links the same two sentences as links[{seen[key]}]")
        seen[key] = n
        yield link


def _claims(items: list[dict[str, Any]], articles: tuple[ExportArticle, ...]):
    sentences = {article.id: set(article.offsets) for article in articles}
    checked = ClaimSet()
    for n, item in enumerate(items):
        yield checked.add(read_claim(item, f"claims[{n}]"), n, sentences, sentences)


def _ref(item: dict[str, Any]) -> SentenceRef:
    return SentenceRef(item["article"], item["start"], item["end"])


def _canonical(labels: list[str]) -> tuple[str, ...]:
    """Labels in the canonical order whatever order the file used, so that a
    re-export is identical (the schema has already refused unknown ones)."""
    return tuple(label for label in LABELS if label in labels)
