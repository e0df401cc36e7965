"""Damaged files of every kind are refused cleanly: read_export returns or
raises ExchangeError, never anything else, and what it accepts can be
written back and read again unchanged. The damage is described in damage.py.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from annotator.errors import ExchangeError
from annotator.exchange import ExportDocument, read_export, write_export
from tests.exchange.damage import damaged


def _survives(path: Path, raw: bytes) -> None:
    path.write_bytes(raw)
    try:
        document = read_export(path)
    except ExchangeError:
        return
    assert isinstance(document, ExportDocument)
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
