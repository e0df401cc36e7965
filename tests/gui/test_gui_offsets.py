"""Code points <-> UTF-16: the one conversion, tested beyond the BMP."""

from annotator.gui.offsets import OffsetMap, from_utf16, to_utf16, utf16_length

TEXT = "a😀b 𝄞c — é\U0001F600\U0001F469\u200d\U0001F52C end"


def test_bmp_text_is_identity():
    m = OffsetMap("héllo — ça")
    assert [m.to_qt(i) for i in range(11)] == list(range(11))
    assert m.to_py(5) == 5


def test_astral_characters_take_two_units():
    m = OffsetMap(TEXT)
    for i in range(len(TEXT) + 1):
        assert m.to_qt(i) == utf16_length(TEXT[:i])
        assert m.to_py(m.to_qt(i)) == i
    assert m.to_qt(len(TEXT)) == utf16_length(TEXT)


def test_position_inside_a_surrogate_pair_maps_to_the_pair_start():
    m = OffsetMap("x😀y")
    assert m.to_qt(1) == 1 and m.to_qt(2) == 3
    assert m.to_py(2) == 1  # between the two halves of the emoji
    assert m.to_py(3) == 2


def test_one_off_helpers_and_clamping():
    assert to_utf16("😀😀x", 2) == 4
    assert from_utf16("😀😀x", 4) == 2
    m = OffsetMap("😀")
    assert m.to_qt(99) == 2 and m.to_py(-3) == 0
