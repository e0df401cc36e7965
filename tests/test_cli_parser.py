"""What the parser and ``main`` promise beyond each command: the help and the version as
a user reads them, ``--db`` as a path, no command meaning the window, and the endings
that are not a command's own (interrupted, a reader gone, a refused input), the reviewer
asked for and the file's reviewers named when it does not hold them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from annotator import __version__, cli
from annotator.cli import base
from annotator.paths import seeds_dir


def _words(text: str) -> str:
    """argparse wraps help text to the terminal's width: compare it as words."""
    return " ".join(text.split())


def _help(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        cli.main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def test_the_help_names_the_program_what_it_does_and_each_command(capsys):
    out = _help(capsys)
    assert out.startswith("usage: annotator [-h] [--version] COMMAND ...\n")
    assert "Tag and link the sentences of news articles. With no command, opens the window." in _words(out)
    assert "--db" not in out  # told once, in each command's help
    for name, found in cli.COMMANDS.items():
        assert _words(f"{name} {found.run.__doc__.splitlines()[0]}") in _words(out), name


def test_a_command_help_gives_its_whole_description_and_the_db_option(capsys):
    out = _words(_help(capsys, "claims"))
    assert out.startswith("usage: annotator claims [-h] [--db DB]")
    assert _words(cli.COMMANDS["claims"].run.__doc__) in out
    assert "--db DB the annotator file (default: annotator.db in the application data folder)" in out


def test_the_version_is_the_package_s(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out == f"annotator {__version__}\n"


@pytest.mark.parametrize("argv", [["--db", "x.db", "stats"], ["stats", "--db", "x.db"]])
def test_db_is_a_path_before_or_after_the_command(argv):
    assert base._parser().parse_args(argv).db == Path("x.db")


def test_no_command_opens_the_window(monkeypatch):
    seen = []

    def window(args):
        """A stand-in for the window."""
        seen.append(args.db)
        return 7

    monkeypatch.setitem(cli.COMMANDS, "gui", base.Command(window, ()))
    assert cli.main(["--db", "x.db"]) == 7 and seen == [Path("x.db")]


def _failing(monkeypatch, error: BaseException) -> None:
    def run(args):
        """A command that fails half-way."""
        print("partial")
        raise error

    monkeypatch.setitem(cli.COMMANDS, "stats", base.Command(run, ()))


def test_an_interrupted_command_says_so_and_exits_2(monkeypatch, capsys):
    _failing(monkeypatch, KeyboardInterrupt())
    assert cli.main(["stats"]) == cli.EXIT_FAILED
    assert capsys.readouterr().err == "annotator: interrupted\n"


def test_a_refused_input_is_one_printable_line_on_stderr(monkeypatch, capsys):
    _failing(monkeypatch, cli.CommandError("no reviewer 'a\nb'\x1b[2J"))
    assert cli.main(["stats"]) == cli.EXIT_FAILED
    err = capsys.readouterr().err
    assert err.startswith("annotator: no reviewer 'a") and err.count("\n") == 1 and "\x1b" not in err


def test_a_reader_gone_ends_quietly_with_stdout_sent_nowhere(monkeypatch, capfd):
    _failing(monkeypatch, BrokenPipeError())
    assert cli.main(["stats"]) == cli.EXIT_FAILED
    os.write(1, b"flushed at exit")  # what Python still holds would fail again: it goes nowhere
    sys.stderr.write("still told\n")
    out, err = capfd.readouterr()
    assert out == "partial\n" and err == "still told\n"


def test_without_db_the_default_file_is_used(monkeypatch, capsys, tmp_path):
    default = tmp_path / "default.db"
    monkeypatch.setattr("annotator.defaults.default_db_path", lambda: default)
    assert cli.main(["import", str(seeds_dir())]) == cli.EXIT_OK
    assert capsys.readouterr().out.startswith("5 imported") and default.is_file()


def test_the_reviewer_asked_for_is_refused_with_those_the_file_holds(capsys, seeded):
    path = seeded.path
    code = cli.main(["export", "--reviewer", "bob", "--db", str(path)])
    assert code == cli.EXIT_FAILED
    assert capsys.readouterr().err == f"annotator: no reviewer 'bob' in {path} (reviewers: none yet)\n"
    article = seeded.articles(None)[0].id
    for name in ("alice", "carol"):
        seeded.set_status(name, article, "done")
    assert cli.main(["export", "--reviewer", "bob", "--db", str(path)]) == cli.EXIT_FAILED
    assert capsys.readouterr().err == f"annotator: no reviewer 'bob' in {path} (reviewers: alice, carol)\n"
    assert cli.main(["export", "--db", str(path)]) == cli.EXIT_FAILED
    assert capsys.readouterr().err == (
        f"annotator: {path} holds several reviewers (alice, carol); say which with --reviewer NAME\n")
