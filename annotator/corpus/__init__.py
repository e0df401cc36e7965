"""Reading article files into ``Article``: encodings, the date header, titles.

The public face of the package; the store and the project import from here.

- ``iter_article_paths(paths)`` says which files an import reads;
- ``read_article(path)`` reads one of them, raising ``CorpusError`` (with
  ``path`` and ``reason``) for anything wrong with it;
- ``parse_header(text)`` and ``make_title(body)`` are the two rules it
  applies, exposed for the other ways articles come in.
"""

from annotator.corpus.header import parse_header
from annotator.corpus.paths import iter_article_paths
from annotator.corpus.reader import MAX_ARTICLE_BYTES, read_article
from annotator.corpus.title import make_title

__all__ = [
    "MAX_ARTICLE_BYTES",
    "iter_article_paths",
    "make_title",
    "parse_header",
    "read_article",
]
