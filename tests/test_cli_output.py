"""Standard output that fails, in this process: the message a command ends with, the
descriptor pointed at the null device, and the stream's other attributes passed through.

tests/robustness/test_attack_output.py runs the same failures in child processes
(``> /dev/full``, ``>&-``); these run them here, where a planted bug shows
(tests/mutation/README.md).
"""

from __future__ import annotations

import errno
import os
import sys

from annotator import cli
from annotator.cli.output import guarded_stdout


class _FullDisk:
    """A standard output on a full disk: every write fails as the kernel says."""

    def __init__(self, error: OSError):
        self.error = error

    def write(self, text: str) -> int:
        raise self.error

    def flush(self) -> None:
        raise self.error


def _stats(seeded, monkeypatch, stdout) -> int:
    monkeypatch.setattr(sys, "stdout", stdout)
    return cli.main(["stats", "--db", str(seeded.path)])


def test_a_closed_stdout_is_told_as_such(seeded, monkeypatch, capfd):
    assert _stats(seeded, monkeypatch, None) == cli.EXIT_FAILED
    assert capfd.readouterr().err == "annotator: cannot write to standard output: it is closed\n"


def test_a_full_stdout_is_told_with_the_system_reason_and_dropped(seeded, monkeypatch, capfd):
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert _stats(seeded, monkeypatch, _FullDisk(full)) == cli.EXIT_FAILED
    os.write(1, b"after the failure")  # would be flushed again at exit: it goes to the null device
    out, err = capfd.readouterr()
    assert err == f"annotator: cannot write to standard output: {os.strerror(errno.ENOSPC)}\n"
    assert out == ""


def test_an_error_without_a_reason_is_told_by_itself(seeded, monkeypatch, capfd):
    assert _stats(seeded, monkeypatch, _FullDisk(OSError("disk gone"))) == cli.EXIT_FAILED
    assert capfd.readouterr().err == "annotator: cannot write to standard output: disk gone\n"


def test_without_a_null_device_the_failure_is_still_a_message(seeded, monkeypatch, capfd):
    real_open = os.open

    def no_device(path, *args, **kwargs):
        if path == os.devnull:
            raise FileNotFoundError(errno.ENOENT, "No such file or directory", os.devnull)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", no_device)
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert _stats(seeded, monkeypatch, _FullDisk(full)) == cli.EXIT_FAILED
    assert "cannot write to standard output" in capfd.readouterr().err


def test_the_guarded_stream_passes_other_attributes_through(capsysbinary):
    """``export --format csv`` writes bytes to ``sys.stdout.buffer``: the guard must hand it over."""
    real = sys.stdout
    with guarded_stdout():
        assert sys.stdout is not real
        assert sys.stdout.buffer is real.buffer and sys.stdout.isatty() == real.isatty()
        sys.stdout.buffer.write(b"PK\x03\x04")
    assert capsysbinary.readouterr().out == b"PK\x03\x04"
