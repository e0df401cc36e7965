"""brat standoff out: per article a ``.txt`` and a ``.ann``, in one ``.zip`` with ``annotation.conf``.

brat, INCEpTION and many training tools import this. Each article is
``<id>.txt`` (its text exactly, UTF-8) and ``<id>.ann``:

- ``T`` lines: one per label on a sentence (``T1<TAB>claim 120 245<TAB>text``);
  a sentence with a note or a link but no label gets a ``sentence`` entity;
- ``R`` lines: links between two sentences of the article, ``Arg1`` the start (its note a ``#``);
- ``#`` lines: ``AnnotatorNotes`` on the sentence's first entity for the note,
  and on a label's entity for each of its fact-check fields (``unit: %``).

Offsets are code points, as brat counts characters. The text after the second
tab of a ``T`` or ``#`` line is one line and one field in the standoff format, so
line breaks and tabs in it are written as spaces; the offsets, not that text, say where the span is.
A link between two articles has no place in brat (a relation lives in one
document): such links are returned, for the caller to count and name.

A zip rather than a folder for the reasons of :mod:`.csv_files`; unzipped, it
is a brat data folder.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from typing import IO

from annotator.exchange.archive import open_entry
from annotator.exchange.document import ExportArticle
from annotator.exchange.work import Work, WorkLink
from annotator.model import LABELS, RELATIONS

SENTENCE = "sentence"
CONFIG = "\n".join([
    "[entities]", *LABELS, SENTENCE, "", "[relations]",
    *(f"{relation}\tArg1:<ENTITY>, Arg2:<ENTITY>" for relation in RELATIONS),
    "", "[events]", "", "[attributes]", "",
])
#: Every character Python's ``str.splitlines`` breaks a line at, and the tab that separates fields.
_LINE_BREAKS = re.compile("[\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def write_brat_zip(out: IO[bytes], work: Work) -> list[WorkLink]:
    """Write ``work`` to a zip archive on ``out``; the links that cross articles (not written).

    The links are read first, and kept grouped by article (far fewer than labels),
    so that each article's ``.ann`` is written whole as the articles stream by.
    """
    inside: dict[str, list[WorkLink]] = defaultdict(list)
    crossing: list[WorkLink] = []
    for link in work.links:
        ends = link.link.source.article_id, link.link.target.article_id
        (inside[ends[0]] if ends[0] == ends[1] else crossing).append(link)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("annotation.conf", CONFIG)
        for item in work.articles:
            article = item.article
            with open_entry(archive, f"{article.id}.txt") as raw:
                raw.write(article.text.encode("utf-8"))
            with open_entry(archive, f"{article.id}.ann") as raw, \
                    io.TextIOWrapper(raw, encoding="utf-8", newline="") as ann:
                ann.writelines(ann_lines(article, inside.pop(article.id, ())))
    return crossing


def ann_lines(article: ExportArticle, links: Iterable[WorkLink]) -> Iterable[str]:
    """The standoff lines of one article and the links inside it."""
    text = article.text
    anchors: dict[tuple[int, int], int] = {}
    linked = {(end.start, end.end) for item in links for end in (item.link.source, item.link.target)}
    entity = note = 0
    for s in article.sentences:
        span = (s.start, s.end)
        if not (s.labels or s.note or span in linked):
            continue
        quoted = one_line(text[s.start:s.end])
        numbers = {}
        for label in s.labels or (SENTENCE,):
            entity += 1
            numbers[label] = entity
            yield f"T{entity}\t{label} {s.start} {s.end}\t{quoted}\n"
        anchors[span] = min(numbers.values())
        remarks = [(anchors[span], s.note)] if s.note else []
        remarks += [(numbers[label], f"{field}: {value}") for label, field, value in s.fields if label in numbers]
        for target, remark in remarks:
            note += 1
            yield f"#{note}\tAnnotatorNotes T{target}\t{one_line(remark)}\n"
    for n, item in enumerate(links, 1):
        a, b = item.link.source, item.link.target
        yield f"R{n}\t{item.link.relation} Arg1:T{anchors[a.start, a.end]} Arg2:T{anchors[b.start, b.end]}\n"
        if item.link.note:
            note += 1
            yield f"#{note}\tAnnotatorNotes R{n}\t{one_line(item.link.note)}\n"


def one_line(text: str) -> str:
    return _LINE_BREAKS.sub(" ", text)
