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

import re
import zipfile
from collections import defaultdict
from collections.abc import Sequence
from typing import IO

from annotator.exchange.archive import write_entries
from annotator.exchange.background import PIECE, Background
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
        # Compressed and written on a second thread while the next articles are read,
        # a megabyte at a time: a hand-over per entry cost more than it saved.
        with Background() as writer:
            entries: list[tuple[str, bytes]] = []
            size = 0
            for item in work.articles:
                article = item.article
                ann = ann_text(article, inside.pop(article.id, ())).encode("utf-8")
                text = article.text.encode("utf-8")
                entries += [(f"{article.id}.txt", text), (f"{article.id}.ann", ann)]
                size += len(text) + len(ann)
                if size >= PIECE:
                    writer.call(write_entries, archive, entries)
                    entries, size = [], 0
            writer.call(write_entries, archive, entries)
    return crossing


def ann_text(article: ExportArticle, links: Sequence[WorkLink]) -> str:
    """The standoff lines of one article and the links inside it. A sentence's entities are
    numbered in a row, the first its anchor; the lines are gathered in a list, not yielded
    one by one: a generator's step per line was a third of the time of writing them."""
    # Every line break is one code point made one space: the text flattened once serves every
    # sentence's slice, rather than a substitution per sentence (a fifth of the time of this).
    flat = one_line(article.text)
    anchors: dict[tuple[int, int], int] = {}
    linked = {(end.start, end.end) for item in links for end in (item.link.source, item.link.target)}
    lines: list[str] = []
    add = lines.append
    entity = note = 0
    for s in article.sentences:
        labels, start, end = s.labels, s.start, s.end
        if not (labels or s.note or (start, end) in linked):
            continue
        tail = f" {start} {end}\t{flat[start:end]}\n"
        first = anchors[start, end] = entity + 1
        for label in labels or (SENTENCE,):
            entity += 1
            add(f"T{entity}\t{label}{tail}")
        if s.note:
            note += 1
            add(f"#{note}\tAnnotatorNotes T{first}\t{one_line(s.note)}\n")
        for label, field, value in s.fields:
            if label in labels:
                note += 1
                add(f"#{note}\tAnnotatorNotes T{first + labels.index(label)}\t{one_line(f'{field}: {value}')}\n")
    for n, item in enumerate(links, 1):
        a, b = item.link.source, item.link.target
        add(f"R{n}\t{item.link.relation} Arg1:T{anchors[a.start, a.end]} Arg2:T{anchors[b.start, b.end]}\n")
        if item.link.note:
            note += 1
            add(f"#{note}\tAnnotatorNotes R{n}\t{one_line(item.link.note)}\n")
    return "".join(lines)


def one_line(text: str) -> str:
    return _LINE_BREAKS.sub(" ", text)
