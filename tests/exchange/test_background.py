"""The exports' writer thread: calls run in their order, and an error on it reaches the caller."""

from __future__ import annotations

import pytest

from annotator.exchange.background import DEPTH, Background


def test_calls_run_in_order_and_all_before_the_end():
    done: list[int] = []
    with Background() as writer:
        for n in range(DEPTH * 5):
            writer.call(done.append, n)
    assert done == list(range(DEPTH * 5))


def test_an_error_on_the_thread_is_raised_in_the_caller_and_stops_the_rest():
    done: list[int] = []

    def fail(n: int) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        with Background() as writer:
            writer.call(fail, 0)
            for n in range(DEPTH * 5):
                writer.call(done.append, n)
    assert done == []


def test_an_error_in_the_caller_is_not_hidden_by_the_thread():
    with pytest.raises(KeyError):
        with Background() as writer:
            writer.call(len, "x")
            raise KeyError("in the caller")
