"""Edges of reading a corpus: a sub-folder that cannot be listed, the size
refusal's words, a first sentence exactly as long as a title may be."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotator.corpus import MAX_ARTICLE_BYTES, iter_article_paths, read_article
from annotator.corpus.title import ELLIPSIS, TITLE_MAX_CHARS, make_title
from annotator.errors import CorpusError


def test_a_sub_folder_that_cannot_be_listed_is_yielded_in_its_place(tmp_path, monkeypatch):
    """Simulated, because a chmod means nothing to root, which CI often is: the
    folder is yielded, sorted among the files, for the reader to refuse by name."""
    root = tmp_path / "corpus"
    for name in ("a.txt", "locked/inside.txt", "m/b.txt", "z.txt"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("Une phrase.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == root / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(iter_article_paths([root]))
    assert found == [root / "a.txt", root / "locked", root / "m" / "b.txt", root / "z.txt"]
    with pytest.raises(CorpusError):
        read_article(found[1])


def test_a_file_over_the_cap_is_refused_saying_its_size_and_the_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(26_277_314)  # 25.06 MiB, sparse: costs no disk
    with pytest.raises(CorpusError) as refused:
        read_article(path)
    assert refused.value.reason == "too large for an article (26,277,314 bytes): the limit is 20 MiB (20,971,520 bytes)"


def test_a_first_sentence_exactly_as_long_as_a_title_is_kept_whole():
    sentence = ("Le gouvernement annonce un plan " * 4)[: TITLE_MAX_CHARS - 1] + "."
    assert len(sentence) == TITLE_MAX_CHARS
    assert make_title(sentence + " Suite du texte.") == sentence
    longer = sentence[:-1] + "s."
    assert make_title(longer + " Suite.").endswith(ELLIPSIS)


def _refusal(path: Path) -> str:
    with pytest.raises(CorpusError) as refused:
        read_article(path)
    assert refused.value.path == str(path)
    return refused.value.reason


def _fail_open(error: OSError):
    def open_(*args, **kwargs):
        raise error

    return open_


@pytest.mark.parametrize(
    ("content", "open_error", "reason"),
    [
        (None, None, "no such file (missing, or removed while importing)"),
        (b"", None, "empty file: no text"),
        (b"  \n\t\n", None, "empty file: no text"),
        (b"date 2026-02-25\n\n", None, "only a date header, no article text"),
        (b"Texte.", PermissionError(13, "Permission denied"), "cannot be read: permission denied"),
        (b"Texte.", OSError(5, "Input/output error"), "cannot be read: Input/output error"),
        (b"Texte.", FileNotFoundError(2, "No such file"), "no such file (missing, or removed while importing)"),
    ],
)
def test_each_refusal_of_a_file_says_why_in_words(tmp_path, monkeypatch, content, open_error, reason):
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    if open_error is not None:
        monkeypatch.setattr(Path, "open", _fail_open(open_error))
    assert _refusal(path) == reason


def test_a_folder_is_refused_as_a_folder_or_as_unopenable(tmp_path, monkeypatch):
    assert _refusal(tmp_path) == "is a folder, not a file"
    # As if it had no read permission (root reads anything, so the check is faked).
    monkeypatch.setattr(os, "access", lambda path, mode: not mode & os.R_OK)
    assert _refusal(tmp_path) == "folder cannot be opened: permission denied"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_refused_as_not_a_regular_file(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert _refusal(tmp_path / "pipe.txt") == "not a regular file"


def test_a_file_exactly_at_the_cap_is_read_and_one_byte_more_is_not(tmp_path, monkeypatch):
    import annotator.corpus.reader as reader

    monkeypatch.setattr(reader, "MAX_ARTICLE_BYTES", 50)
    at_cap = tmp_path / "at.txt"
    at_cap.write_bytes(b"Une phrase. " * 4 + b"Fin ok.")  # 55 bytes
    at_cap.write_bytes(at_cap.read_bytes()[:49] + b".")
    assert at_cap.stat().st_size == 50 and read_article(at_cap).text
    over = tmp_path / "over.txt"
    over.write_bytes(at_cap.read_bytes() + b".")
    assert _refusal(over).startswith("too large for an article")


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # The cut falls inside a word: the title stops before it, with no trailing comma.
        ("mot " * 23 + "mots, encore des mots pour dépasser la limite.", "mot " * 22 + "mot mots…"),
        # ... or right after a word, which is kept whole (a final capital X included).
        ("mot " * 24 + "MAX suite de la phrase trop longue.", "mot " * 24 + "MAX…"),
        # One word longer than a title, then a space: cut hard at the limit.
        ("x" * 101 + " suite.", "x" * TITLE_MAX_CHARS + ELLIPSIS),
        # A headline of up to 120 characters is kept whole, even with a ? inside.
        ("Qui paie ? " + "Le contribuable " * 6 + "encore et toi\nCorps du texte.", "Qui paie ? " + "Le contribuable " * 6 + "encore et toi"),
        ("", ""),
    ],
)
def test_titles_are_cut_exactly(body, title):
    assert make_title(body) == title


def test_a_share_of_control_bytes_exactly_at_the_limit_is_still_text(tmp_path):
    at_limit = tmp_path / "at.txt"
    at_limit.write_bytes(b"\x01\x02\x03Textes.")  # 3 of 10 bytes: exactly 30 %
    assert read_article(at_limit).text == "\x01\x02\x03Textes."
    over = tmp_path / "over.txt"
    over.write_bytes(b"\x01\x02\x03\x04Textes.")  # 4 of 11
    assert _refusal(over) == "binary file, not text"


def test_utf16_is_refused_saying_to_save_as_utf8(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Texte.".encode("utf-16"))
    assert _refusal(path) == "UTF-16 or UTF-32 text is not supported: save the file as UTF-8"
