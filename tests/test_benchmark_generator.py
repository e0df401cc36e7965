"""The benchmark corpus generator: deterministic by seed, and its files are valid articles."""

from __future__ import annotations

from pathlib import Path

from annotator import corpus, segment
from tests.benchmarks.generate import iter_corpus, long_article_text, write_corpus


def test_same_seed_same_corpus_and_prefix_stable():
    five = list(iter_corpus(5, seed=1))
    assert five == list(iter_corpus(5, seed=1))
    assert five[:3] == list(iter_corpus(3, seed=1))  # article i does not depend on N
    assert five != list(iter_corpus(5, seed=2))


def test_files_read_as_distinct_dated_articles(tmp_path: Path):
    paths = write_corpus(tmp_path, 12, seed=0)
    assert [p.name for p in paths] == [f"{i:06d}.txt" for i in range(12)]
    articles = [corpus.read_article(p) for p in paths]
    assert len({a.id for a in articles}) == 12
    for article in articles:
        assert article.date is not None
        assert article.title
        assert 2_500 <= len(article.text) <= 25_000
        assert len(segment.split_sentences(article.text)) >= 10


def test_long_article_has_the_sentences_asked(tmp_path: Path):
    path = tmp_path / "long.txt"
    path.write_text(long_article_text(300), encoding="utf-8")
    assert len(segment.split_sentences(corpus.read_article(path).text)) == 300
