"""The last character of the BMP is one UTF-16 unit, the first beyond it two.

U+FFFF is a noncharacter but may sit in a text all the same (a pasted file, a
hostile import); a text holding it and an emoji must convert both ways.
"""

import pytest

from annotator.gui.offsets import OffsetMap, utf16_length


@pytest.mark.parametrize("edge", ["\uffff", "\ufffe", "\ufffd", "\ue000"])
def test_the_top_of_the_bmp_is_one_unit_beside_an_emoji(edge):
    text = f"a{edge}b😀c{edge}\U00010000d"
    m = OffsetMap(text)
    assert [m.to_qt(i) for i in range(len(text) + 1)] == [utf16_length(text[:i]) for i in range(len(text) + 1)]
    assert [m.to_py(m.to_qt(i)) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    assert m.to_qt(2) == 2 and m.to_qt(len(text)) == len(text) + 2


def test_counts_are_integers_and_the_start_maps_to_the_start():
    """Qt takes integer positions; position 0 is offset 0 with or without emoji."""
    assert type(utf16_length("a😀")) is int and utf16_length("a😀") == 3
    for text in ("abc", "a😀c"):
        m = OffsetMap(text)
        assert m.to_py(0) == 0 and m.to_qt(0) == 0 and m.to_py(-1) == 0
