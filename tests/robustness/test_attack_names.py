"""Reviewer names: one person, one name. Equal names under Unicode NFC are one
reviewer; a name differing from an existing one only by case, or holding a
control character, is refused before anything is written."""

from __future__ import annotations

import sqlite3

import pytest

from harness import check_file

from annotator import cli
from annotator.errors import ProjectError
from annotator.project import Project


def test_names_equal_under_nfc_are_one_reviewer(seeded):
    first = seeded.sentences(seeded.articles(None)[0].id)[0].id
    seeded.set_label("Zoe\u0301", first, "claim", True)
    seeded.set_label("Zo\u00e9", first, "quote", True)
    assert seeded.reviewers() == ["Zo\u00e9"]
    assert seeded.sentence_labels("Zoe\u0301", first) == {"claim", "quote"}


@pytest.mark.parametrize("name", ["zoé", "ZOÉ", "Zoe\u0301".upper()])
def test_a_look_alike_by_case_is_refused(seeded, name):
    first = seeded.sentences(seeded.articles(None)[0].id)[0].id
    seeded.set_label("Zoé", first, "claim", True)
    with pytest.raises(ProjectError, match="Zoé"):
        seeded.set_label(name, first, "quote", True)
    assert seeded.reviewers() == ["Zoé"] and not seeded.db.conn.in_transaction
    assert seeded.sentence_labels("Zoé", first) == {"claim"}


@pytest.mark.parametrize("name", ["nul\x00", "two\nlines", "\x1b[31mred", "tab\there", "del\x7f", "  ", ""])
def test_a_name_with_control_characters_or_blank_is_refused(seeded, name):
    first = seeded.sentences(seeded.articles(None)[0].id)[0].id
    with pytest.raises(ProjectError):
        seeded.set_label(name, first, "claim", True)
    assert seeded.reviewers() == []
    check_file(seeded)


def test_the_command_line_refuses_such_names_too(capsys, seeded, tmp_path):
    first = seeded.articles(None)[0].id
    seeded.set_status("alice", first, "done")
    code = cli.main(["merge", "alice", "alice", "--into", "gold\nannotator: done", "--db", str(seeded.path)])
    err = capsys.readouterr().err
    assert code == 2 and "gold\\nannotator" in err and "Traceback" not in err
    export = tmp_path / "alice.json"
    seeded.exchange.export_json("alice", export)
    export.write_text(export.read_text("utf-8").replace('"reviewer": "alice"', '"reviewer": "Alice"'), "utf-8")
    code = cli.main(["import-annotations", str(export), "--db", str(seeded.path)])
    assert code == 2 and "alice" in capsys.readouterr().err
    assert seeded.reviewers() == ["alice"]


def test_names_already_in_a_file_stay_readable(seeded):
    """A file written before these rules may hold such names: still read, by their exact name."""
    first = seeded.sentences(seeded.articles(None)[0].id)[0].id
    seeded.set_label("ok", first, "claim", True)
    path = seeded.path
    seeded.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE reviewers SET name = 'old\nname'")
    conn.close()
    with Project(path) as again:
        assert again.reviewers() == ["old\nname"]
        assert again.sentence_labels("old\nname", first) == {"claim"}
        again.set_label("old\nname", first, "quote", True)


def test_names_already_in_a_file_cannot_forge_lines_of_output(capsys, seeded):
    first = seeded.articles(None)[0].id
    for name in ("ok", "other"):
        seeded.set_status(name, first, "done")
        seeded.set_label(name, seeded.sentences(first)[0].id, "claim", True)
    seeded.claims.create("ok", seeded.sentences(first)[1].id, "dit\nannotator: faux")
    path = str(seeded.path)
    seeded.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE reviewers SET name = 'forged\nline' WHERE name = 'ok'")
    conn.close()
    for args in (["stats"], ["compare", "forged\nline", "other"], ["claims", "--reviewer", "forged\nline"],
                 ["merge", "forged\nline", "other", "--into", "gold"]):
        assert cli.main([*args, "--db", path]) == 0, args
        out = capsys.readouterr().out
        assert "forged\nline" not in out and "\nannotator: faux" not in out, args
        assert "forged\\nline" in out or args[0] in ("claims", "merge"), args
