"""``suggest_article``'s shortcut (only the sentences holding a digit, a quotation mark or a number
word are read) proposes exactly what reading every sentence would."""

from __future__ import annotations

from annotator import corpus, segment
from annotator.paths import seeds_dir
from annotator.suggest import suggest, suggest_article

EXTRA = ("Le texte a recueilli trente voix. « Nous verrons », a dit Marie Curie. Rien ici.\n"
         "Une dizaine de pays. La moitié des élus. 3e place. Il a dit “bonjour à tous”.")


def every_sentence(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, object]]:
    found, previous = [], ""
    for index, (start, end) in enumerate(spans):
        found += [(index, s) for s in suggest(text[start:end], previous)]
        previous = text[start:end]
    return found


def test_the_shortcut_changes_nothing_on_the_seeds_and_more():
    texts = [corpus.read_article(path).text for path in sorted(seeds_dir().glob("*.txt"))] + [EXTRA]
    for text in texts:
        spans = segment.split_sentences(text)
        assert list(suggest_article(text, spans)) == every_sentence(text, spans)
    assert len(list(suggest_article(EXTRA, segment.split_sentences(EXTRA)))) >= 5


def test_a_range_of_sentences_gets_what_the_whole_article_gives_them():
    texts = [corpus.read_article(path).text for path in sorted(seeds_dir().glob("*.txt"))] + [EXTRA]
    for text in texts:
        spans = segment.split_sentences(text)
        whole = list(suggest_article(text, spans))
        for size in (1, 3, 64):
            pieces = [found for lo in range(0, len(spans), size) for found in suggest_article(text, spans, lo, lo + size)]
            assert pieces == whole
    assert list(suggest_article(EXTRA, segment.split_sentences(EXTRA), 2, 2)) == []
