"""Importing a reviewer's file never silently removes work the file lacks.

Re-importing an older export of one's own (or a colleague's file over their
newer work) would wipe the newer labels: the facade refuses, naming what
would go, unless asked to replace; the command line needs ``--replace``.
An import that removes nothing (the same file twice) goes through.
"""

from __future__ import annotations

import json

import pytest

from annotator import cli
from annotator.errors import WouldReplace


@pytest.fixture
def older_export(seeded, tmp_path):
    """alice's export, then more work of hers that the export does not hold."""
    article = seeded.articles(None)[0]
    first, second, third = seeded.sentences(article.id)[:3]
    seeded.set_label("alice", first.id, "claim", True)
    out = tmp_path / "alice-monday.json"
    seeded.exchange.export_json("alice", out)
    seeded.set_label("alice", second.id, "quote", True)
    seeded.set_note("alice", first.id, "à vérifier")
    seeded.add_link("alice", first.id, third.id, "contradicts")
    seeded.set_status("alice", article.id, "done")
    seeded.claims.create("alice", second.id)
    seeded.set_field("alice", second.id, "quote", "speaker", "Sam Altman")
    return out, article.id


def test_an_older_export_is_refused_naming_what_would_go(seeded, older_export):
    out, article_id = older_export
    before = (seeded.labels("alice", article_id), seeded.notes("alice", article_id))
    with pytest.raises(WouldReplace) as refused:
        seeded.exchange.import_annotations(out, replace=False)
    assert refused.value.lost == {"labels": 1, "notes": 1, "links": 1, "statuses": 1, "claims": 1, "fields": 1}
    assert "1 status, 1 claim, 1 field)" in str(refused.value)
    assert "alice-monday.json" in str(refused.value)
    assert (seeded.labels("alice", article_id), seeded.notes("alice", article_id)) == before
    assert seeded.status("alice", article_id) == "done"


def test_replacing_on_request_takes_the_file_as_the_word(seeded, older_export):
    out, article_id = older_export
    seeded.exchange.import_annotations(out, replace=True)
    assert list(seeded.labels("alice", article_id).values()) == [{"claim"}]
    assert seeded.links("alice", article_id) == [] and seeded.status("alice", article_id) == "todo"
    assert seeded.claims.list("alice") == [] and seeded.fields("alice", seeded.sentences(article_id)[1].id) == {}


def test_a_claim_changed_since_counts_and_one_elsewhere_does_not(seeded, tmp_path):
    one, other = (seeded.articles(None)[n] for n in (0, 1))
    first = seeded.sentences(one.id)[0].id
    seeded.claims.create("alice", first)
    out = tmp_path / "alice.json"
    seeded.exchange.export_json("alice", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    data["articles"] = [a for a in data["articles"] if a["id"] == one.id]
    out.write_text(json.dumps(data), encoding="utf-8")
    seeded.claims.create("alice", seeded.sentences(other.id)[0].id)  # outside the file's articles
    assert seeded.exchange.import_annotations(out, replace=False) == "alice"
    seeded.claims.update("alice", seeded.claims.of_sentence("alice", first), verdict="true")
    with pytest.raises(WouldReplace) as refused:
        seeded.exchange.import_annotations(out, replace=False)
    assert refused.value.lost["claims"] == 1 and len(seeded.claims.list("alice")) == 2


def test_the_same_file_twice_removes_nothing_and_is_not_refused(seeded, tmp_path):
    article = seeded.articles(None)[1]
    for sentence in seeded.sentences(article.id)[:4]:
        seeded.set_label("bob", sentence.id, "statistic", True)
        seeded.set_field("bob", sentence.id, "statistic", "unit", "%")
    seeded.set_status("bob", article.id, "in progress")
    claim_id = next(iter(seeded.claims.create("bob", sentence.id).claims))
    seeded.claims.update("bob", claim_id, verdict="mixed")
    out = tmp_path / "bob.json"
    seeded.exchange.export_json("bob", out)
    assert seeded.exchange.import_annotations(out, replace=False) == "bob"
    assert seeded.article_summary("bob", article.id).tagged == 4


def test_the_command_line_needs_replace(seeded, older_export, capsys):
    out, article_id = older_export
    seeded.close()
    code = cli.main(["import-annotations", str(out), "--db", str(seeded.path)])
    err = capsys.readouterr().err
    assert code == cli.EXIT_FAILED
    assert "--replace" in err and "1 label," in err and "Traceback" not in err
    assert cli.main(["import-annotations", str(out), "--replace", "--db", str(seeded.path)]) == cli.EXIT_OK
