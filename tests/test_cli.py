"""The command line: exit statuses, messages naming the input, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from annotator import cli
from annotator.paths import seeds_dir


def run(capsys, *args):
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_seeds_then_stats(capsys, db_path):
    code, out, _ = run(capsys, "import", seeds_dir(), "--db", db_path)
    assert code == 0 and out.startswith("5 imported")
    code, out, _ = run(capsys, "stats", "--db", db_path, "--json")
    stats = json.loads(out)
    assert code == 0 and stats["articles"] == 5 and stats["sentences"] > 100


def test_import_names_each_refused_file_and_exits_1(capsys, db_path, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("Une phrase.", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"caf\xe9 au lait")
    code, out, err = run(capsys, "import", folder, tmp_path / "missing.txt", "--db", db_path)
    assert code == 1
    assert "1 imported" in out
    assert "bad.txt" in err and "offset 3" in err
    assert "missing.txt" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("content", [b"not a database at all", b"SQLite format 3\x00" + b"\xff" * 200])
def test_unusable_database_exits_2_with_its_name(capsys, tmp_path, content):
    path = tmp_path / "broken.db"
    path.write_bytes(content)
    code, _, err = run(capsys, "stats", "--db", path)
    assert code == 2 and str(path) in err and "Traceback" not in err
    assert path.read_bytes() == content


def test_bad_arguments_exit_2(capsys):
    with pytest.raises(SystemExit) as caught:
        cli.main(["export", "--no-such-flag"])
    assert caught.value.code == 2


def test_every_command_has_help(capsys):
    for name, found in cli.COMMANDS.items():
        assert found.run.__doc__, name
        assert all(options.get("help") for _, options in found.arguments), name
        with pytest.raises(SystemExit):
            cli.main([name, "--help"])
        out = capsys.readouterr().out
        assert "--db" in out and len(out) > 100, name
    assert list(cli.COMMANDS) == [
        "gui", "import", "search", "stats", "export", "import-annotations", "claims", "compare", "merge", "settings",
        "suggest", "install-desktop",
    ]


def test_python_dash_m_runs_the_cli(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "import", str(seeds_dir()), "--db", str(tmp_path / "x.db")],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0 and "5 imported" in done.stdout


def test_reading_a_missing_file_says_so(capsys, tmp_path):
    code, _, err = run(capsys, "stats", "--db", tmp_path / "none.db")
    assert code == 2 and "does not exist" in err
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("target", ["missing-folder/out.json", "."])
def test_export_to_an_unwritable_place_says_so(capsys, tmp_path, target):
    db = tmp_path / "a.db"
    assert cli.main(["import", str(seeds_dir()), "--db", str(db)]) == 0
    capsys.readouterr()
    code = cli.main(["export", "--db", str(db), "-o", str(tmp_path / target)])
    err = capsys.readouterr().err
    assert code == 2 and "cannot write" in err and "Traceback" not in err
    assert not list(tmp_path.glob("**/*.tmp"))


def test_export_into_a_closed_pipe_is_quiet(tmp_path):
    db = tmp_path / "a.db"
    body = " ".join(f"Phrase numéro {n}." for n in range(20_000))  # far past a pipe's buffer
    (tmp_path / "long.txt").write_text(body, encoding="utf-8")
    assert cli.main(["import", str(tmp_path / "long.txt"), "--db", str(db)]) == 0
    export = subprocess.Popen(
        [sys.executable, "-m", "annotator", "export", "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    export.stdout.read(10)
    export.stdout.close()
    assert "Traceback" not in export.stderr.read().decode()
    export.wait(timeout=60)


def test_db_before_the_command_is_the_file_used(capsys, db_path, monkeypatch, tmp_path):
    monkeypatch.setattr("annotator.defaults.default_db_path", lambda: tmp_path / "default.db")
    code, out, _ = run(capsys, "--db", db_path, "import", seeds_dir())
    assert code == 0 and out.startswith("5 imported")
    assert db_path.exists() and not (tmp_path / "default.db").exists()
    code, out, _ = run(capsys, "--db", db_path, "stats", "--json")
    assert json.loads(out)["articles"] == 5


def test_damage_past_the_first_pages_is_a_message_not_a_traceback(capsys, seeded):
    seeded.close()
    data = bytearray(seeded.path.read_bytes())
    page = 4096  # the second half of the file: the open's checks pass, a full read fails
    for start in range(len(data) // page // 2 * page, len(data), page):
        data[start:start + 64] = b"\xa5" * 64
    seeded.path.write_bytes(bytes(data))
    code, out, err = run(capsys, "export", "--db", seeded.path)
    assert code == 2, (out, err)
    assert str(seeded.path) in err and "damaged" in err and "Traceback" not in err


def test_a_folder_without_articles_says_so(capsys, db_path, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("pas un article", encoding="utf-8")
    code, _, err = run(capsys, "import", empty, "--db", db_path)
    assert code == 2 and "no article file (*.txt) found" in err and str(empty) in err
