"""Article files read and cut into sentences, as plain data that can cross to another process.

A large import reads and segments its files in a second process, this module
run as a program (:func:`serve`; see ``annotator.project.importing``), so
what comes back must pickle: a :class:`CorpusError` does not (its
constructor takes two arguments), so a refused file comes back as its path
and reason and is made an error again here.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

from annotator import segment
from annotator.corpus.reader import read_article
from annotator.errors import CorpusError
from annotator.model import Article

#: A file read and segmented, or the reason it was refused.
Parsed = tuple[Article, list[tuple[int, int]]] | CorpusError
#: The same, as sent between processes.
Sent = tuple[Article, list[tuple[int, int]]] | tuple[str, str]


def parse(path: Path) -> Parsed:
    """``path`` read as an article and its sentence spans, or why it was refused."""
    try:
        article = read_article(path)
    except CorpusError as error:
        return error
    return article, segment.split_sentences(article.text)


def parse_batch(paths: list[Path]) -> list[Sent]:
    """:func:`parse` of each path, refusals as (path, reason): what a worker process returns."""
    return [item if not isinstance(item, CorpusError) else (item.path, item.reason) for item in map(parse, paths)]


def received(batch: list[Sent]) -> list[Parsed]:
    """A worker's :func:`parse_batch`, refusals raised as errors again."""
    return [item if isinstance(item[0], Article) else CorpusError(*item) for item in batch]


def serve() -> None:
    """A worker process: batches of paths pickled on stdin, each answered by its
    :func:`parse_batch` pickled on stdout, until stdin ends (the importer is done
    or gone). Anything else that goes wrong is sent back as its description."""
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            batch = pickle.load(requests)
        except EOFError:
            return
        try:
            answer: object = parse_batch(batch)
        except Exception as error:  # noqa: BLE001 - told to the importer, which raises it
            answer = f"{type(error).__name__}: {error}"
        pickle.dump(answer, answers, protocol=pickle.HIGHEST_PROTOCOL)
        answers.flush()


if __name__ == "__main__":
    serve()
