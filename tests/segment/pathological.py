"""Inputs that once made the segmenter quadratic, and ordinary text of the same size.

A run of terminal punctuation with no space after it ("a" + 20,000 dots + "x")
was tried as a sentence end at every one of its characters, each try reading to
the end of the run. Shared by the linearity test and the benchmark
(``tests/benchmarks/bench_pathological.py``), which compare each shape against
ordinary text of the same length.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _repeat(unit: str, n: int, before: str = "a", after: str = "x") -> str:
    return before + unit * max(1, (n - len(before) - len(after)) // len(unit)) + after


#: name -> text of about ``n`` characters
SHAPES: dict[str, Callable[[int], str]] = {
    "dots": lambda n: _repeat(".", n),
    "question marks": lambda n: _repeat("?", n),
    "exclamation marks": lambda n: _repeat("!", n),
    "ellipses": lambda n: _repeat("…", n),
    "mixed terminals": lambda n: _repeat(".?!…", n),
    "terminals then closers": lambda n: _repeat(".»", n),
    "closers after a dot": lambda n: "a." + _repeat("»", n - 2, before=""),
    "spaced closers": lambda n: "a." + _repeat(" »", n - 2, before=""),
    "question marks alone": lambda n: "?" * n,
    "dots on many lines": lambda n: _repeat("a" + "." * 50 + "x\n", n),
    "initials": lambda n: _repeat("J. ", n, before=""),
    "abbreviation then a long word": lambda n: "M. " + "a" * (n - 3),
    "spaces after a dot": lambda n: "a." + " " * (n - 3) + "x",
}


def ordinary(n: int) -> str:
    """``n`` characters of the bundled articles: the speed every shape is held to."""
    text = "\n".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    while len(text) < n:
        text += "\n" + text
    return text[:n]
