"""write_atomically: the target is whole or as it was, and no temporary file stays behind."""

from __future__ import annotations

import pytest

from annotator.atomic import write_atomically


def test_the_text_is_written_as_given(tmp_path):
    target = tmp_path / "out.csv"
    write_atomically(target, lambda stream: stream.write("é,1\r\nb,2\n"))
    assert target.read_bytes() == "é,1\r\nb,2\n".encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_failed_write_leaves_the_target_as_it_was(tmp_path, error):
    target = tmp_path / "out.json"
    target.write_text("before", "utf-8")

    def write(stream):
        stream.write("half")
        raise error

    with pytest.raises(type(error)):
        write_atomically(target, write)
    assert target.read_text("utf-8") == "before"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_a_missing_folder_is_an_os_error(tmp_path):
    with pytest.raises(OSError):
        write_atomically(tmp_path / "missing" / "out.json", lambda stream: stream.write("x"))
