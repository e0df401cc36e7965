"""Which files a mix of files and folders stands for."""

from pathlib import Path

from annotator.corpus import iter_article_paths


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("Texte.", encoding="utf-8")
    return path


def test_folders_give_their_txt_files_recursively_sorted_without_hidden(tmp_path):
    root = tmp_path / "corpus"
    wanted = [
        touch(root / "a.txt"),
        touch(root / "b" / "c.txt"),
        touch(root / "b" / "d" / "e.TXT"),
        touch(root / "z.txt"),
    ]
    touch(root / ".hidden.txt")
    touch(root / ".git" / "inside.txt")
    touch(root / "b" / ".cache" / "f.txt")
    touch(root / "notes.md")
    touch(root / "b" / "image.png")
    (root / "empty").mkdir()
    assert list(iter_article_paths([root])) == wanted


def test_files_are_yielded_as_given_whatever_their_name(tmp_path):
    names = ["notes.md", ".hidden.txt", "a.txt"]
    files = [touch(tmp_path / name) for name in names]
    assert list(iter_article_paths(files)) == files


def test_order_of_arguments_is_kept(tmp_path):
    first = touch(tmp_path / "z" / "1.txt")
    second = touch(tmp_path / "a.txt")
    assert list(iter_article_paths([tmp_path / "z", second])) == [first, second]


def test_missing_path_is_yielded_for_the_reader_to_refuse(tmp_path):
    missing = tmp_path / "absent"
    assert list(iter_article_paths([missing])) == [missing]


def test_strings_are_accepted(tmp_path):
    path = touch(tmp_path / "a.txt")
    assert list(iter_article_paths([str(tmp_path)])) == [path]


def test_deterministic(tmp_path):
    for name in ["b.txt", "a.txt", "c/a.txt", "B.txt", "c.txt"]:
        touch(tmp_path / name)
    assert list(iter_article_paths([tmp_path])) == list(iter_article_paths([tmp_path]))
    assert [p.relative_to(tmp_path).as_posix() for p in iter_article_paths([tmp_path])] == [
        "B.txt",
        "a.txt",
        "b.txt",
        "c/a.txt",
        "c.txt",
    ]
