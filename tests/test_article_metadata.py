"""Article metadata (title, outlet, URL, author): edited undoably, imported from an
articles.csv or articles.json beside the article files (bad rows refused by name, never a
traceback), and the read-only views of schema step 0005 that a person browsing the file reads,
with the README's query checked on the seeds."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator import cli
from annotator.errors import ProjectError
from annotator.model import ArticleMeta
from annotator.paths import seeds_dir

README = Path(__file__).resolve().parents[1] / "README.md"
NATO = "003_c4976ce25b38cf1f.txt"


@pytest.fixture
def folder(tmp_path) -> Path:
    """The seed files copied to a folder of their own, where a table can go beside them."""
    target = tmp_path / "articles"
    shutil.copytree(seeds_dir(), target)
    return target


def meta_by_file(project) -> dict[str, ArticleMeta]:
    return {s.source: project.metadata.of(s.id) for s in project.articles(None)}


def test_an_articles_csv_beside_the_files_gives_their_metadata(project, folder):
    (folder / "articles.csv").write_text(
        "file,title,outlet,url,author\n"
        f"{NATO},OpenAI et l'OTAN,Le Monde,https://www.lemonde.fr/otan,Jeanne Dupont\n"
        "001_12d3bb24d9cfd73e.txt,,Libération,,\n",
        encoding="utf-8",
    )
    report = project.import_paths([folder])
    assert report.refused == [] and len(report.added) == 5
    found = meta_by_file(project)
    assert found[NATO] == ArticleMeta("OpenAI et l'OTAN", "Le Monde", "https://www.lemonde.fr/otan", "Jeanne Dupont")
    assert found["001_12d3bb24d9cfd73e.txt"].outlet == "Libération"
    assert found["001_12d3bb24d9cfd73e.txt"].title  # a blank cell keeps the title read from the text


def test_an_articles_json_works_the_same(project, folder):
    (folder / "articles.json").write_text(
        f'[{{"file": "{NATO}", "outlet": "Le Figaro", "author": null}}]', encoding="utf-8")
    assert project.import_paths([folder]).refused == []
    assert meta_by_file(project)[NATO].outlet == "Le Figaro"


@pytest.mark.parametrize("table, where, reason", [
    ("file,url\nnope.txt,https://x.org\n", "articles.csv row 2", "no article file 'nope.txt' beside it"),
    (f"file,url\n{NATO},ftp://x.org\n", "articles.csv row 2", "is not an http(s) address"),
    (f"file,outlet\n{NATO},A\n{NATO},B\n", "articles.csv row 3", "is listed twice"),
    ("file,outlet\n,A\n", "articles.csv row 2", "no file name"),
    (f"file,outlet\n{NATO},A,B\n", "articles.csv", "more cells than columns"),
    ("file,auteur\nx.txt,A\n", "articles.csv", "unknown column 'auteur'"),
    ("title\nx\n", "articles.csv", "no 'file' column"),
    ("", "articles.csv", "empty table"),
])
def test_bad_rows_are_refused_by_name_and_the_good_ones_apply(project, folder, table, where, reason):
    good = "001_12d3bb24d9cfd73e.txt,Libération\n" if table.startswith("file,outlet\n") and "row" in where else ""
    (folder / "articles.csv").write_text(table + good, encoding="utf-8")
    report = project.import_paths([folder])
    assert len(report.added) == 5  # the articles go in whatever the table holds
    assert [p.path.rsplit("/", 2)[-1] for p in report.refused] == [where.replace("articles.csv", "articles.csv", 1)]
    assert reason in report.refused[0].reason
    if good:
        assert meta_by_file(project)["001_12d3bb24d9cfd73e.txt"].outlet == "Libération"


@pytest.mark.parametrize("raw, reason", [
    (b"file\n\xff\xfe.txt\n", "not UTF-8 (byte 5)"),
    (b'{"file": "x"}', "expected a list of objects"),
    (b"[1, 2", "not JSON"),
    (b'[{"file": 3}]', "expected text"),
])
def test_a_table_that_cannot_be_read_is_refused_whole_never_a_traceback(project, folder, raw, reason):
    name = "articles.csv" if raw.startswith(b"file") else "articles.json"
    (folder / name).write_bytes(raw)
    report = project.import_paths([folder])
    assert len(report.refused) == 1 and reason in report.refused[0].reason
    assert report.refused[0].path.endswith(name)


def test_the_command_line_names_a_bad_row_and_exits_1(folder, tmp_path, capsys):
    (folder / "articles.csv").write_text("file,url\nnope.txt,https://x.org\n", encoding="utf-8")
    assert cli.main(["import", str(folder), "--db", str(tmp_path / "x.db")]) == 1
    assert "articles.csv row 2: no article file 'nope.txt' beside it" in capsys.readouterr().err


def test_editing_metadata_is_one_undoable_step(seeded):
    article = seeded.articles(None)[0]
    old = seeded.metadata.of(article.id)
    changes = seeded.metadata.set(article.id, ArticleMeta("Titre", " Le Monde ", "https://x.org/a", "Moi"))
    assert changes.articles == {article.id} and changes.before == old
    assert seeded.metadata.of(article.id) == ArticleMeta("Titre", "Le Monde", "https://x.org/a", "Moi")
    assert seeded.article_summary(None, article.id).title == "Titre"
    changes.undo()
    assert seeded.metadata.of(article.id) == old
    with pytest.raises(ProjectError, match="the outlet must be one line"):
        seeded.metadata.set(article.id, ArticleMeta("Titre", "Le\nMonde"))


def test_the_views_read_with_names_titles_dates_and_text(disputed):
    project, article, s = disputed
    db = Database(project.path)
    assert {"readable_labels", "readable_notes", "readable_links", "readable_claims"} <= set(db.view_names())
    rows = list(db["readable_labels"].rows_where("reviewer = ?", ["alice"], order_by="char_start, label"))
    assert [(r["label"], r["sentence"]) for r in rows][:2] == [
        ("claim", project.article(article.id).text[s[0].start:s[0].end]),
        ("quote", project.article(article.id).text[s[1].start:s[1].end]),
    ]
    assert rows[0]["article_title"] == article.title and rows[0]["article_date"] == article.date.isoformat()
    (link,) = db["readable_links"].rows
    assert link["reviewer"] == "alice" and link["relation"] == "contradicts"
    assert link["to_sentence"] == project.article(article.id).text[s[4].start:s[4].end]
    with pytest.raises(sqlite3.OperationalError, match="cannot modify readable_labels because it is a view"):
        db.execute("DELETE FROM readable_labels")


def readme_query() -> str:
    text = README.read_text(encoding="utf-8")
    return re.search(r"<!-- march-query -->\s*```sql\n(.*?)```", text, re.S).group(1)


def test_the_readme_query_finds_every_claim_zoe_tagged_in_march_2026(seeded):
    article = seeded.articles(None)[-1]
    s = seeded.sentences(article.id)
    for n in range(4):
        seeded.set_label("Zoé", s[n].id, "claim", True)
    seeded.set_label("Zoé", s[4].id, "quote", True)
    seeded.set_label("Marc", s[5].id, "claim", True)
    # When each tag was set: two in March 2026, one in February, one in April.
    stamps = ["2026-02-28T23:59:59.000000Z", "2026-03-01T08:00:00.000000Z", "2026-03-31T23:59:59.999999Z",
              "2026-04-01T00:00:00.000000Z"]
    for n, stamp in enumerate(stamps):
        seeded.db.execute("UPDATE labels SET created_at = ? WHERE sentence_id = ?", [stamp, s[n].id])
    seeded.db.execute("UPDATE labels SET created_at = '2026-03-10T10:00:00Z' WHERE sentence_id IN (?, ?)",
                      [s[4].id, s[5].id])
    rows = seeded.db.execute(readme_query()).fetchall()
    text = seeded.article(article.id).text
    assert [row[2] for row in rows] == [text[s[1].start:s[1].end], text[s[2].start:s[2].end]]
