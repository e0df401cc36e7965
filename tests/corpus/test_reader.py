"""Reading files: the seeds, encodings and line ends, and every kind of bad input."""

import datetime as dt
import os
from pathlib import Path

import pytest

from annotator.corpus import MAX_ARTICLE_BYTES, read_article
from annotator.corpus.title import TITLE_MAX_CHARS
from annotator.errors import CorpusError
from annotator.model import article_id

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize(
    ("name", "date", "first_words", "title"),
    [
        ("000_c293a3d70dd40ece.txt", dt.date(2026, 2, 25), "Anthropic est le créateur", "Anthropic"),
        ("001_12d3bb24d9cfd73e.txt", dt.date(2026, 2, 26), "Anthropic est une entreprise", "Anthropic"),
        ("002_010999f23cee5a3f.txt", dt.date(2026, 2, 27), "Anthropic est au cœur", "Anthropic"),
        ("003_c4976ce25b38cf1f.txt", dt.date(2026, 3, 4), "Sam Altman a déclaré", "Sam Altman"),
        (
            "004_cf3c11a9364e5a36.txt",
            dt.date(2026, 3, 3),
            "La position d'Anthropic",
            "La position d'Anthropic en matière de sécurité lui permet de gagner de nouveaux utilisateurs",
        ),
    ],
)
def test_seeds(name, date, first_words, title):
    article = read_article(SEEDS / name)
    assert article.date == date
    assert article.text.startswith(first_words)
    assert article.text == article.text.strip()
    assert "date 20" not in article.text[:20]
    assert article.title.startswith(title)
    assert len(article.title) <= TITLE_MAX_CHARS + 1
    assert article.source == name
    assert article.id == article_id(article.text)


def test_seed_body_is_the_file_after_the_header_unchanged():
    raw = (SEEDS / "004_cf3c11a9364e5a36.txt").read_text(encoding="utf-8")
    article = read_article(SEEDS / "004_cf3c11a9364e5a36.txt")
    assert raw == " date 2026-03-03 " + article.text


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_source_defaults_to_file_name_and_can_be_given(tmp_path):
    path = write(tmp_path / "a.txt", b"Texte.")
    assert read_article(path).source == "a.txt"
    assert read_article(path, source="Le Monde").source == "Le Monde"


def test_str_path_is_accepted(tmp_path):
    path = write(tmp_path / "a.txt", b"Texte.")
    assert read_article(str(path)).text == "Texte."


def test_bom_and_line_ends_do_not_change_text_or_id(tmp_path):
    lf = "date 2026-02-25 Titre\n\nPremière ligne.\nDeuxième « ligne ».\n"
    variants = [
        lf.encode(),
        b"\xef\xbb\xbf" + lf.encode(),
        lf.replace("\n", "\r\n").encode(),
        b"\xef\xbb\xbf" + lf.replace("\n", "\r").encode(),
    ]
    articles = [read_article(write(tmp_path / f"{i}.txt", data)) for i, data in enumerate(variants)]
    assert {a.text for a in articles} == {"Titre\n\nPremière ligne.\nDeuxième « ligne »."}
    assert len({a.id for a in articles}) == 1
    assert {a.date for a in articles} == {dt.date(2026, 2, 25)}
    assert {a.title for a in articles} == {"Titre"}


def test_no_header_is_fine(tmp_path):
    article = read_article(write(tmp_path / "a.txt", "Pas de date ici.\n".encode()))
    assert (article.date, article.text) == (None, "Pas de date ici.")


def test_typography_is_kept(tmp_path):
    body = "L\u2019IA  \u00ab\u00a0cit\u00e9e\u00a0\u00bb , \"droits\" \u2014 ok\u2026\n\n\tRetrait."
    article = read_article(write(tmp_path / "a.txt", body.encode()))
    assert article.text == body


def refusal(path) -> CorpusError:
    with pytest.raises(CorpusError) as caught:
        read_article(path)
    error = caught.value
    assert error.path == str(path)
    assert str(error) == f"{path}: {error.reason}"
    return error


def test_missing_file(tmp_path):
    assert "no such file" in refusal(tmp_path / "absent.txt").reason


def test_directory(tmp_path):
    assert "folder" in refusal(tmp_path).reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert "not a regular file" in refusal(tmp_path / "pipe.txt").reason


@pytest.mark.skipif(
    not hasattr(os, "getuid") or os.getuid() == 0, reason="root reads anything"
)
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "secret.txt", b"Texte.")
    path.chmod(0)
    try:
        assert "permission denied" in refusal(path).reason
    finally:
        path.chmod(0o600)


def test_permission_error_on_open(tmp_path, monkeypatch):
    # Also covers running as root, where chmod cannot make a file unreadable.
    path = write(tmp_path / "secret.txt", b"Texte.")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    assert "permission denied" in refusal(path).reason


@pytest.mark.parametrize(
    "data", [b"abc\0def", bytes(range(1, 32)) * 10, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"]
)
def test_binary(tmp_path, data):
    assert refusal(write(tmp_path / "b.txt", data)).reason == "binary file, not text"


def test_a_few_control_characters_are_still_text(tmp_path):
    data = b"Texte\x07 avec\x1b une cloche." * 3
    article = read_article(write(tmp_path / "a.txt", data))
    assert "\x07" in article.text


def test_utf16_is_named(tmp_path):
    data = "\ufeffBonjour".encode("utf-16-le")
    assert "UTF-16" in refusal(write(tmp_path / "u.txt", data)).reason


def test_invalid_utf8_gives_byte_and_offset(tmp_path):
    data = "date 2026-02-25 Le café".encode("latin-1") + b" est servi."
    offset = data.index(b"\xe9")
    reason = refusal(write(tmp_path / "latin1.txt", data)).reason
    assert reason == f"not UTF-8 text: invalid byte 0xe9 at offset {offset}"


def test_invalid_utf8_offset_counts_the_bom(tmp_path):
    data = b"\xef\xbb\xbfab\xff"
    assert refusal(write(tmp_path / "a.txt", data)).reason.endswith("invalid byte 0xff at offset 5")


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t ", b"\xef\xbb\xbf"])
def test_empty(tmp_path, data):
    assert "empty" in refusal(write(tmp_path / "e.txt", data)).reason


@pytest.mark.parametrize(
    "data", [b"date 2026-02-25", b" date 2026-02-25 \r\n\r\n", b"Date: 25 f\xc3\xa9vrier 2026\n"]
)
def test_header_only(tmp_path, data):
    assert "only a date header" in refusal(write(tmp_path / "h.txt", data)).reason


def test_too_large_is_refused_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: costs no disk, would be all NULs

    def no_reading(*args, **kwargs):
        raise AssertionError("a file over the cap must not be opened")

    monkeypatch.setattr(Path, "open", no_reading)
    assert "too large" in refusal(path).reason


def test_file_at_the_cap_is_read(tmp_path):
    path = tmp_path / "big.txt"
    line = b"Une phrase assez longue pour remplir le fichier.\n"
    path.write_bytes(line * (MAX_ARTICLE_BYTES // len(line)))
    assert read_article(path).title == "Une phrase assez longue pour remplir le fichier."


def test_file_growing_past_the_cap_after_stat_is_refused(tmp_path, monkeypatch):
    import annotator.corpus.reader as reader

    path = write(tmp_path / "growing.txt", b"x" * 100)
    real_stat = Path.stat

    def stale_stat(self, *args, **kwargs):
        result = real_stat(self, *args, **kwargs)
        return os.stat_result((*result[:6], 10, *result[7:]))  # st_size says 10 bytes

    monkeypatch.setattr(reader, "MAX_ARTICLE_BYTES", 50)
    monkeypatch.setattr(Path, "stat", stale_stat)
    assert "too large" in refusal(path).reason
