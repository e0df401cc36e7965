"""An article's rows as the window reads them: sentences from the index alone, labels by range."""

from __future__ import annotations

from annotator.store import annotations, articles, transaction

from .conftest import STAMP, _article


def _stored(db, article_id: str) -> list[tuple[int, int, int, int]]:
    """(id, position, start, end) as the table holds them."""
    return db.execute("SELECT id, position, char_start, char_end FROM sentences WHERE article_id = ?"
                      " ORDER BY char_start", [article_id]).fetchall()


def _article_of(db, sentence_id: int) -> str:
    return db.execute("SELECT article_id FROM sentences WHERE id = ?", [sentence_id]).fetchone()[0]


def test_sentences_count_their_position_as_the_table_holds_it(db):
    with transaction(db):
        first = _article(db, "un", None, 4)
        _article(db, "deux", None, 7)
    article_id = _article_of(db, first[0])
    read = articles.sentences_of(db, article_id)
    assert [(s.id, s.position, s.start, s.end) for s in read] == _stored(db, article_id)
    assert {s.article_id for s in read} == {article_id}


def _tag(db, reviewer: int, tags: dict[int, set[str]]) -> None:
    with transaction(db):
        for sentence_id, labels in tags.items():
            for label in labels:
                annotations.set_label(db, reviewer, sentence_id, label, True, STAMP)


def test_labels_of_an_article_and_of_no_other(db):
    with transaction(db):
        before, ours, after = (_article(db, name, None, 5) for name in ("avant", "notre", "apres"))
        alice, bob = (annotations.ensure_reviewer(db, name, STAMP) for name in ("alice", "bob"))
    tags = {ours[0]: {"claim"}, ours[2]: {"claim", "quote", "statistic"}, ours[4]: {"statistic", "quote"}}
    _tag(db, alice, tags)
    _tag(db, alice, {before[4]: {"claim"}, after[0]: {"quote"}})
    _tag(db, bob, {ours[1]: {"claim"}})
    assert annotations.labels_of_article(db, alice, _article_of(db, ours[0])) == tags
    assert annotations.labels_of_article(db, bob, _article_of(db, ours[0])) == {ours[1]: {"claim"}}


def test_labels_of_an_article_whose_sentence_ids_are_not_consecutive(db):
    with transaction(db):
        ours, other = _article(db, "notre", None, 3), _article(db, "autre", None, 3)
        alice = annotations.ensure_reviewer(db, "alice", STAMP)
        moved = max(other) + 1  # the article's last sentence now numbered after the other's
        db.execute("UPDATE sentences SET id = ? WHERE id = ?", [moved, ours[2]])
    _tag(db, alice, {ours[0]: {"quote"}, moved: {"claim", "statistic"}, other[0]: {"claim"}})
    assert annotations.labels_of_article(db, alice, _article_of(db, ours[0])) == {
        ours[0]: {"quote"}, moved: {"claim", "statistic"}}
    assert annotations.labels_of_article(db, alice, "no such article") == {}


def _link_ends(db, reviewer: int, article_id: str) -> list[tuple[int, int]]:
    return [(link.source, link.target) for link in annotations.links_of_article(db, reviewer, article_id)]


def test_links_with_an_end_in_the_article_consecutive_or_not(db):
    with transaction(db):
        before, ours, after = (_article(db, name, None, 4) for name in ("avant", "notre", "apres"))
        alice = annotations.ensure_reviewer(db, "alice", STAMP)
        for a, b in ((before[3], ours[0]), (ours[3], after[0]), (before[0], after[3]), (ours[1], ours[2])):
            annotations.insert_link(db, alice, a, b, "agrees", "", STAMP)
    article_id = _article_of(db, ours[0])
    expected = [(before[3], ours[0]), (ours[3], after[0]), (ours[1], ours[2])]
    assert _link_ends(db, alice, article_id) == expected
    with transaction(db):  # the article's last sentence numbered after the others: read one by one
        moved = max(after) + 1
        db.execute("PRAGMA defer_foreign_keys = ON")  # the link follows its sentence within the transaction
        db.execute("UPDATE sentences SET id = ? WHERE id = ?", [moved, ours[3]])
        db.execute("UPDATE links SET from_sentence_id = ? WHERE from_sentence_id = ?", [moved, ours[3]])
    assert _link_ends(db, alice, article_id) == [(before[3], ours[0]), (moved, after[0]), (ours[1], ours[2])]
