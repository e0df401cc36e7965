"""Damaged files of every kind are refused cleanly: read_export returns or
raises ExchangeError naming a place in the file, never anything else; what it
accepts keeps every rule of contract.py (so a check dropped from the reader
fails here) and can be written back and read again unchanged. The damage is
described in damage.py.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from annotator.errors import ExchangeError
from annotator.exchange import ExportDocument, read_export, write_export
from tests.exchange.contract import assert_refusal_names_a_place, assert_valid
from tests.exchange.damage import damaged
from tests.exchange.rule_breaking import breaking_one_rule


def _survives(path: Path, raw: bytes) -> None:
    path.write_bytes(raw)
    try:
        document = read_export(path)
    except ExchangeError as refused:
        assert_refusal_names_a_place(refused.message, raw)
        return
    assert isinstance(document, ExportDocument)
    assert_valid(document)
    out = io.StringIO()
    write_export(out, document.reviewer, document.exported_at, document.articles, document.links, document.labels,
                 claims=document.claims)
    path.write_text(out.getvalue(), encoding="utf-8")
    assert read_export(path) == document


FUZZ = settings(deadline=None, suppress_health_check=list(HealthCheck), database=None)


@settings(FUZZ, max_examples=1_000)
@given(damaged())
def test_damaged_files_are_refused_cleanly(tmp_path_factory: pytest.TempPathFactory, raw: bytes) -> None:
    _survives(tmp_path_factory.getbasetemp() / "fuzz.json", raw)


@pytest.mark.slow
@settings(FUZZ, max_examples=10_000)
@given(damaged())
def test_ten_thousand_damaged_files(tmp_path_factory: pytest.TempPathFactory, raw: bytes) -> None:
    _survives(tmp_path_factory.getbasetemp() / "fuzz-slow.json", raw)


@settings(FUZZ, max_examples=500)
@given(breaking_one_rule())
def test_a_file_breaking_one_rule_is_refused_by_that_rule(
    tmp_path_factory: pytest.TempPathFactory, case: tuple[bytes, str, str]
) -> None:
    raw, where, words = case
    path = tmp_path_factory.getbasetemp() / "broken.json"
    path.write_bytes(raw)
    with pytest.raises(ExchangeError) as refused:
        read_export(path)
    assert refused.value.message.startswith(f"{where}: ") and words in refused.value.message
