"""Attacks through the inputs of an import: file names that are not UTF-8 or hold
control characters, folders nested deeper than Python's recursion, sizes at the
limit, a changed file under a known name, JSON nested past what can be read.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from harness import check_file

from annotator import cli
from annotator.corpus import read_article
from annotator.corpus.reader import MAX_ARTICLE_BYTES
from annotator.errors import CorpusError, ExchangeError
from annotator.exchange import read_export
from annotator.project import Project


def run(capsys, *args):
    code = cli.main([a if isinstance(a, (str, bytes)) else os.fspath(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _named(folder: Path, raw_name: bytes, data: bytes) -> Path:
    """A file whose name is ``raw_name`` as bytes (not necessarily UTF-8)."""
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), raw_name)))
    path.write_bytes(data)
    return path


def test_file_names_that_are_not_utf8_import_and_are_shown_escaped(capsys, db_path, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _named(folder, b"caf\xe9.txt", "Un café serré.".encode())
    _named(folder, b"z\xff\xfe.txt", b"\xff\xfe binary")
    (folder / "ok.txt").write_text("Une autre phrase.", encoding="utf-8")
    code, out, err = run(capsys, "import", folder, "--db", db_path)
    assert code == 1, err
    assert "2 imported" in out and "1 refused" in out
    assert "z\\xff\\xfe.txt" in err and "Traceback" not in err
    err.encode("utf-8")  # printable as it is
    with Project(db_path) as project:
        assert sorted(a.source for a in project.articles(None)) == ["caf\\xe9.txt", "ok.txt"]
        check_file(project)


def test_an_exchange_file_named_in_latin1_imports(capsys, seeded, tmp_path):
    article = seeded.articles(None)[0]
    seeded.set_status("zoé", article.id, "done")
    good = tmp_path / "good.json"
    seeded.exchange.export_json("zoé", good)
    path = _named(tmp_path, b"export-caf\xe9.json", good.read_bytes())
    code, out, err = run(capsys, "import-annotations", path, "--db", seeded.path)
    assert code == 0, err
    assert "export-caf\\xe9.json" in out and "Traceback" not in err
    out.encode("utf-8")


@pytest.mark.parametrize("name", ["evil\nannotator: 5 imported.txt", "bell\x07\x1b[2J.txt", "rtl\u202etxt.exe.txt"])
def test_names_with_control_characters_cannot_forge_output(capsys, db_path, tmp_path, name):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(b"\xff\xfe not text")
    code, out, err = run(capsys, "import", folder, "--db", db_path)
    assert code == 2
    assert len(err.strip().splitlines()) == 2, err  # the refusal and "nothing imported": no forged line
    assert not any(ch in err for ch in "\x07\x1b\u202e")


def test_a_folder_nested_deeper_than_recursion_goes_in(db_path, tmp_path):
    deep = tmp_path / "deep"
    levels = [deep / ("d/" * n) for n in range(1_101)]  # 2,200 characters: within PATH_MAX
    for level in levels:
        level.mkdir()
    (levels[-1] / "bottom.txt").write_text("Tout au fond du dossier.", encoding="utf-8")
    (deep / "top.txt").write_text("En haut du dossier.", encoding="utf-8")
    try:
        with Project(db_path) as project:
            report = project.import_paths([deep])
            assert len(report.added) == 2 and report.refused == []
    finally:  # pytest's own clean-up recurses, and would fail on this tree
        (levels[-1] / "bottom.txt").unlink()
        (deep / "top.txt").unlink()
        for level in reversed(levels):
            level.rmdir()


def test_the_size_limit_is_told_precisely(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)
    with pytest.raises(CorpusError) as refused:
        read_article(path)
    assert f"{MAX_ARTICLE_BYTES + 1:,} bytes" in str(refused.value)
    assert f"{MAX_ARTICLE_BYTES:,} bytes" in str(refused.value)


def test_a_changed_file_under_a_known_name_is_told(capsys, db_path, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Première version du texte.", encoding="utf-8")
    assert run(capsys, "import", path, "--db", db_path)[0] == 0
    path.write_text("Seconde version du texte, corrigée.", encoding="utf-8")
    code, out, err = run(capsys, "import", path, "--db", db_path)
    assert code == 0
    assert "article.txt" in err and "changed" in err
    with Project(db_path) as project:
        report = project.import_paths([path])
        assert report.skipped and not report.changed  # the same text again: nothing to tell


def test_json_nested_too_deeply_says_where(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text('{"format": "annotator",\n "x": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(ExchangeError, match=r"line 2 column \d+: .*nested too deeply"):
        read_export(path)
