"""The optional table of article metadata beside imported files: articles.csv or articles.json.

A newsroom keeps a spreadsheet of what it collected: file, title, outlet, URL,
author. Put beside the article files as ``articles.csv`` (a header row, UTF-8)
or ``articles.json`` (a list of objects with the same keys), it gives each
article, matched by file name, its metadata at import. A blank cell keeps what
the article has. A bad row is refused by its number and the reason, and the
good rows apply; a table that cannot be read at all (not UTF-8, malformed, an
unknown column) is refused as a whole, naming the file.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from ..model import META_FIELDS, ImportProblem

TABLE_NAMES = ("articles.csv", "articles.json")
COLUMNS = ("file", *META_FIELDS)
#: A table is a person's list of articles: a few MB at most; more is a mistake.
MAX_TABLE_BYTES = 20 * 1024 * 1024
MAX_CELL = 2000


@dataclass(frozen=True)
class MetaRow:
    """One row: the article file's name and the fields it gives (blank ones left out)."""

    where: str
    file: str
    fields: dict[str, str]


def tables_beside(folder: Path) -> list[Path]:
    return [folder / name for name in TABLE_NAMES if (folder / name).is_file()]


def read_table(path: Path) -> tuple[list[MetaRow], list[ImportProblem]]:
    """The good rows of ``path`` and a problem for each bad one (or one for the whole file)."""
    try:
        raw = path.read_bytes()[: MAX_TABLE_BYTES + 1]
        if len(raw) > MAX_TABLE_BYTES:
            raise ValueError("larger than 20 MiB")
        text = raw.decode("utf-8-sig")
        records = _csv_records(text) if path.suffix.lower() == ".csv" else _json_records(text)
    except UnicodeDecodeError as error:
        return [], [ImportProblem(str(path), f"not UTF-8 (byte {error.start})")]
    except (OSError, ValueError, csv.Error) as error:
        return [], [ImportProblem(str(path), str(getattr(error, "strerror", None) or error))]
    rows, problems, seen = [], [], set()
    for where, record in records:
        reason = _problem(record, seen)
        if reason:
            problems.append(ImportProblem(f"{path} {where}", reason))
            continue
        seen.add(record["file"])
        fields = {k: record[k].strip() for k in META_FIELDS if record.get(k, "").strip()}
        rows.append(MetaRow(where, record["file"], fields))
    return rows, problems


def _csv_records(text: str) -> list[tuple[str, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    _check_columns(reader.fieldnames or [])
    records = []
    for record in reader:
        if None in record:
            raise ValueError(f"row {reader.line_num}: more cells than columns")
        records.append((f"row {reader.line_num}", {k: v or "" for k, v in record.items()}))
    return records


def _json_records(text: str) -> list[tuple[str, dict[str, str]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON: {error.msg} at line {error.lineno}") from None
    if not isinstance(data, list):
        raise ValueError("expected a list of objects with the keys " + ", ".join(COLUMNS))
    records = []
    for n, item in enumerate(data):
        if not isinstance(item, dict):
            raise ValueError(f"[{n}]: expected an object")
        _check_columns(list(item), need_file=False)
        records.append((f"[{n}]", {k: v if isinstance(v, str) else _not_text(n, k, v) for k, v in item.items()}))
    return records


def _not_text(n: int, key: str, value: object) -> str:
    if value is None:
        return ""
    raise ValueError(f"[{n}].{key}: expected text, not {type(value).__name__}")


def _check_columns(names: list[str], *, need_file: bool = True) -> None:
    unknown = [name for name in names if name not in COLUMNS]
    if unknown:
        raise ValueError(f"unknown column {unknown[0]!r}; the columns are {', '.join(COLUMNS)}")
    if need_file and "file" not in names:
        raise ValueError("no 'file' column" if names else "empty table")


def _problem(record: dict[str, str], seen: set[str]) -> str:
    """Why a row cannot apply, or ""."""
    name = record.get("file", "").strip()
    if not name:
        return "no file name"
    if name in seen:
        return f"{name!r} is listed twice"
    for key, value in record.items():
        if len(value) > MAX_CELL:
            return f"{key} is longer than {MAX_CELL} characters"
        if key != "file" and any(ch in value for ch in "\x00\r\n"):
            return f"{key} holds a line break or NUL"
    url = record.get("url", "").strip()
    if url and not url.lower().startswith(("http://", "https://")):
        return f"url {url[:80]!r} is not an http(s) address"
    return ""
