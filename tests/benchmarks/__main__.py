"""``python -m tests.benchmarks``: every benchmark figure (see run.py)."""

from tests.benchmarks.run import main

main()
