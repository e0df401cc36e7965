"""The CSV and brat exports, read back by the tools that read them: Python's csv module for
the tables, bratly (a brat standoff parser from the package index) for the .ann files,
on the seeds and hostile generated work."""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from pathlib import Path

from bratly import EntityAnnotation, NoteAnnotation, RelationAnnotation
from bratly.io.file_read_src import parse_and_fix_ann_grammar, parse_ann_file

from annotator import cli
from annotator.exchange.archive import open_entry
from annotator.exchange.brat import one_line
from annotator.exchange.csv_files import TABLES


def tables(path: Path) -> dict[str, list[dict[str, str]]]:
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == sorted(TABLES)
        found = {}
        for name in TABLES:
            raw = archive.read(name)
            assert raw.startswith("\ufeff".encode())  # spreadsheets then read it as UTF-8
            reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), strict=True)
            assert tuple(reader.fieldnames) == TABLES[name]
            found[name] = list(reader)
    return found


def unescaped(value: str) -> str:
    return value[1:] if value[:2] in {"'" + c for c in "=+-@\t\r"} else value


def test_csv_tables_hold_every_label_note_link_and_claim_as_the_file_does(hostile, tmp_path):
    project, reviewers = hostile
    reviewer = reviewers[1]
    path = tmp_path / "out.zip"
    project.exports.export("csv", reviewer, path)
    found = tables(path)
    texts = {s.id: project.article(s.id).text for s in project.articles(None)}
    labels = Counter()
    for row in found["labels.csv"]:
        assert row["reviewer"] == reviewer
        start, end = int(row["sentence_start"]), int(row["sentence_end"])
        assert row["sentence_start"].isdigit() and row["sentence_end"].isdigit()
        assert unescaped(row["sentence"]) == texts[row["article_id"]][start:end]
        labels[row["label"]] += 1
    assert labels == Counter(project.stats()["reviewers"][reviewer]["labels"])
    notes = sum(len(project.notes(reviewer, a)) for a in texts)
    assert len(found["notes.csv"]) == notes
    assert len(found["links.csv"]) == project.stats()["reviewers"][reviewer]["links"]
    claims = project.claims.list(reviewer)
    assert len(found["claims.csv"]) == len(claims)
    assert sorted(unescaped(r["statement"]) for r in found["claims.csv"]) == sorted(
        project.claims.get(reviewer, c.id).statement for c in claims)
    assert len(found["claim_appearances.csv"]) == sum(c.appearances for c in claims)
    assert {r["article_id"] for r in found["articles.csv"]} == set(texts)
    meta = {r["article_id"]: r for r in found["articles.csv"]}
    for article_id in texts:
        assert unescaped(meta[article_id]["outlet"]) == project.metadata.of(article_id).outlet


def test_csv_text_that_a_spreadsheet_would_run_is_shown_instead(seeded, tmp_path):
    sentence = seeded.sentences(seeded.articles(None)[0].id)[0]
    seeded.set_label("zoé", sentence.id, "quote", True)
    seeded.set_note("zoé", sentence.id, '=HYPERLINK("http://evil.example","clic")')
    path = tmp_path / "out.zip"
    seeded.exports.export("csv", "zoé", path)
    notes = tables(path)["notes.csv"]
    assert notes[0]["note"] == "'=HYPERLINK(\"http://evil.example\",\"clic\")"


def brat_files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_bratly_parses_every_ann_file_and_each_span_is_its_text(hostile, tmp_path):
    project, reviewers = hostile
    reviewer = reviewers[0]
    path = tmp_path / "brat.zip"
    warnings = project.exports.export("brat", reviewer, path).warnings
    files = brat_files(path)
    assert b"[entities]" in files["annotation.conf"]
    entities = relations = 0
    for summary in project.articles(None):
        text = files[f"{summary.id}.txt"].decode("utf-8")
        assert text == project.article(summary.id).text
        ann = files[f"{summary.id}.ann"].decode("utf-8")
        lines = ann.splitlines()
        assert parse_and_fix_ann_grammar(ann) == "\n".join(lines)  # nothing to fix
        parsed = parse_ann_file(ann, f"{summary.id}.ann", no_duplicates=False, sorting=False, renumerotize=False)
        assert len(parsed.annotations) == len(lines)  # bratly skips what it cannot parse
        labelled = Counter()
        for item in parsed.annotations:
            if isinstance(item, EntityAnnotation):
                (fragment,) = item.fragments
                assert item.content == one_line(text[fragment.start:fragment.end])
                labelled[item.label] += 1
            elif isinstance(item, RelationAnnotation):
                relations += 1
            else:
                assert isinstance(item, NoteAnnotation)
        theirs = Counter(label for labels in project.labels(reviewer, summary.id).values() for label in labels)
        assert labelled - Counter({"sentence": labelled["sentence"]}) == theirs
        entities += sum(labelled.values())
    inside = [link for s in project.articles(None) for link in project.links(reviewer, s.id)
              if project.sentence(link.source).article_id == project.sentence(link.target).article_id == s.id]
    assert relations == len(inside) and entities > 300
    crossing = project.stats()["reviewers"][reviewer]["links"] - len(inside)
    assert crossing > 0 and warnings[0].startswith(f"{crossing} link(s) between two articles left out")
    assert len(warnings) == crossing + 1


def test_the_command_line_names_each_crossing_link_on_stderr(disputed, tmp_path, capsys):
    project, article, s = disputed
    other = project.sentences(project.articles(None)[0].id)[0]
    project.add_link("alice", s[0].id, other.id, "agrees")
    out = tmp_path / "alice.zip"
    assert cli.main(["export", "--db", str(project.path), "--reviewer", "alice", "--format", "brat",
                     "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "annotator: 1 link(s) between two articles left out" in err
    assert f"{article.id} {s[0].start}-{s[0].end} agrees {other.article_id} {other.start}-{other.end}" in err
    ann = brat_files(out)[f"{article.id}.ann"].decode()
    assert "R1\tcontradicts Arg1:T" in ann and "agrees" not in ann


def test_entries_are_deflated_by_isal_and_read_back_by_zlib(tmp_path):
    """The compressor swapped into each entry is ISA-L's, and what it writes is the deflate
    (with the size and CRC) that Python's zlib-based reader, like any unzip, reads back."""
    text = "".join(f"T{n}\tclaim {n} {n + 40}\tLe ministre a déclaré que le chômage baisse 😀\n" for n in range(20_000))
    path = tmp_path / "out.zip"
    with zipfile.ZipFile(path, "w") as archive:
        with open_entry(archive, "a.ann") as entry:
            assert type(entry._compressor).__module__.startswith("isal")
            entry.write(text.encode("utf-8"))
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("a.ann")
        assert info.compress_type == zipfile.ZIP_DEFLATED and info.compress_size < info.file_size / 5
        assert archive.read("a.ann").decode("utf-8") == text
        assert archive.testzip() is None
