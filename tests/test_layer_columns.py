"""Layers read from a file as columns (store/layer_columns, review/unit_columns) against the
plain dict layers they replace: the same units, and exactly the same comparison."""

from __future__ import annotations

import random
from dataclasses import replace

import numpy as np
import pytest

from annotator.model import LABELS
from annotator.project import Project, claim_review
from annotator.project.clock import now
from annotator.project.sources import layer_from_exchange, load_layer, load_layers
from annotator.review import compare
from annotator.review.unit_columns import UnitColumns, UnitKeys
from annotator.store import bulk, layer_columns, transaction

WORDS = "le la un une chiffre selon ministre hausse baisse déclare affirme rapport été".split()


def _article(rng: random.Random) -> str:
    sentences = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 9))).capitalize() + "."
                 for _ in range(rng.randint(1, 12))]
    return " ".join(sentences) + "\n"


@pytest.fixture
def random_file(tmp_path):
    """Forty random articles; alice and bob tag at random and mark most articles done, carol
    has done nothing; links within and across articles, in both directions, some repeated."""
    rng = random.Random(16)
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(40):
        (folder / f"{n:02}.txt").write_text(_article(rng), encoding="utf-8")
    with Project(tmp_path / "random.db") as project:
        project.import_paths([folder])
        rows = project.db.execute("SELECT id, article_id FROM sentences").fetchall()
        articles = sorted({article for _, article in rows})
        stamp = now()
        with transaction(project.db):
            for name in ("alice", "bob", "carol"):
                rid = project.reviewer_id(name)
                if name == "carol":
                    continue
                labels = [(sid, label) for sid, _ in rows for label in LABELS if rng.random() < 0.4]
                bulk.write_labels(project.db, rid, labels, stamp)
                statuses = [(a, rng.choice(("done", "done", "done", "in progress"))) for a in articles]
                bulk.write_statuses(project.db, rid, statuses[:-2], stamp)
                links = [(*rng.sample([sid for sid, _ in rows], 2), rng.choice(("agrees", "contradicts")), "")
                         for _ in range(30)]
                bulk.write_links(project.db, rid, links, stamp)
        yield project


def _as_dicts(layer):
    """The layer as it was built before columns: a dict of tuples to frozensets."""
    return replace(layer, units=dict(layer.units.items()))


def test_columns_hold_what_the_export_holds(random_file):
    project = random_file
    for layer in project.exchange.layers(["alice", "bob", "carol"]):
        exported = layer_from_exchange(layer.reviewer, *project.exchange.export_pieces(layer.reviewer))
        assert isinstance(layer.units, UnitColumns)
        assert dict(layer.units.items()) == exported.units
        assert list(layer.units) == sorted(exported.units)
        assert layer.statuses == exported.statuses and layer.links == exported.links
        assert layer == exported  # the Mapping compares by content
        key = next(iter(exported.units))
        assert layer.units[key] == exported.units[key] and key in layer.units
        assert ("no such article", 0, 1) not in layer.units


@pytest.mark.parametrize("all_articles", [False, True])
def test_column_layers_compare_exactly_as_dict_layers(random_file, all_articles):
    alice, bob = random_file.exchange.layers(["alice", "bob"])
    fast = claim_review.report(alice, bob, all_articles)
    slow = claim_review.report(_as_dicts(alice), _as_dicts(bob), all_articles)
    assert isinstance(fast.alignment.keys, UnitKeys) and isinstance(slow.alignment.keys, list)
    assert fast == slow and fast.to_json() == slow.to_json()
    assert fast.alignment.keys == slow.alignment.keys
    assert np.array_equal(fast.alignment.a, slow.alignment.a)
    assert np.array_equal(fast.alignment.b, slow.alignment.b)
    assert fast.alignment.articles == slow.alignment.articles
    assert fast.unit_disagreements == slow.unit_disagreements and fast.unit_disagreements
    assert fast.per_article == slow.per_article and fast.per_article
    assert fast.link_disagreements == slow.link_disagreements and fast.link_disagreements
    if not all_articles:  # some articles are not done by both
        assert len(fast.per_article) < len(alice.statuses)


def test_layers_read_apart_align_as_read_together(random_file):
    """Two reads of one file (the window's two calls) still align by position."""
    project = random_file
    alice, bob = project.exchange.layer("alice"), project.exchange.layer("bob")
    assert alice.units.sentences is not bob.units.sentences
    apart = compare(alice, bob)
    assert isinstance(apart.alignment.keys, UnitKeys)
    assert apart == compare(*project.exchange.layers(["alice", "bob"]))


def test_a_column_layer_against_an_export(random_file, tmp_path):
    """Mixed sides (a reviewer of the file, a JSON export) go through the dict alignment."""
    project = random_file
    project.exchange.export_json("bob", tmp_path / "bob.json")
    alice, bob_json = load_layers(["alice", str(tmp_path / "bob.json")], project.path)
    mixed = compare(alice, bob_json)
    assert isinstance(mixed.alignment.keys, list)
    assert mixed == compare(*load_layers(["alice", "bob"], project.path))
    assert load_layer("alice", project.path) == alice


def test_sentences_listed_out_of_order_are_sorted(random_file, monkeypatch):
    db = random_file.db
    in_order, ids = layer_columns.sentences(db)
    monkeypatch.setattr(layer_columns, "_in_order", lambda *columns: False)
    sorted_, sorted_ids = layer_columns.sentences(db)
    assert sorted_.keys == in_order.keys and np.array_equal(ids, sorted_ids)
    assert not layer_columns._in_order(in_order.article, in_order.end, in_order.start)


def test_unit_keys_act_as_the_list_they_stand_for(random_file):
    alice, bob = random_file.exchange.layers(["alice", "bob"])
    keys = compare(alice, bob).alignment.keys
    listed = list(keys)
    assert len(keys) == len(listed) > 3
    assert keys[0] == listed[0] and keys[-1] == listed[-1] and keys[1:3] == listed[1:3]
    assert keys == listed and keys != listed[1:] and keys != tuple(listed)


def test_an_empty_file_reads_and_compares(project):
    for name in ("alice", "bob"):
        project.reviewer_id(name)
    alice, bob = project.exchange.layers(["alice", "bob"])
    assert len(alice.units) == 0 and dict(alice.units.items()) == {}
    assert compare(alice, bob) == compare(_as_dicts(alice), _as_dicts(bob))


def test_masks_out_of_range_are_refused(random_file):
    alice = random_file.exchange.layer("alice")
    with pytest.raises(ValueError, match="masks outside"):
        UnitColumns(alice.units.sentences, np.full(len(alice.units), 8, dtype=np.int64))
    with pytest.raises(ValueError, match="label sets for"):
        UnitColumns(alice.units.sentences, np.zeros(1, dtype=np.int64))


def test_unit_keys_compare_by_content_with_each_other(random_file):
    """Two alignments' keys read as columns are equal when they hold the same units, whatever
    their arrays (a report compared with another compares them so)."""
    keys = compare(*random_file.exchange.layers(["alice", "bob"])).alignment.keys
    assert keys == UnitKeys(keys.sentences, keys.rows.copy())
    assert keys != UnitKeys(keys.sentences, keys.rows[1:])
