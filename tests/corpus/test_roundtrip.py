"""Property: any text saved as UTF-8, however its lines end, reads back normalised."""

import re

from hypothesis import assume, given
from hypothesis import strategies as st

from annotator.corpus import read_article
from annotator.corpus.decoding import decode_text

# Text without line-end characters (those are chosen per line below) and
# without control characters (a file full of them is refused as binary).
line_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
lines = st.lists(st.tuples(line_text, st.sampled_from(["\n", "\r\n", "\r"])), max_size=8)


def encode(pairs, bom: bool) -> tuple[bytes, str]:
    written = "".join(text + end for text, end in pairs)
    # CR then LF is one line end, even when the generator meant a CR-ended
    # line followed by an empty LF-ended one: that is what the bytes say.
    normalised = re.sub(r"\r\n?", "\n", written)
    return (b"\xef\xbb\xbf" if bom else b"") + written.encode("utf-8"), normalised


@given(pairs=lines, bom=st.booleans())
def test_decoding_normalises_line_ends_only(pairs, bom):
    data, normalised = encode(pairs, bom)
    assert decode_text(data, "x.txt") == normalised


@given(pairs=lines, bom=st.booleans())
def test_read_article_gives_the_normalised_text(tmp_path_factory, pairs, bom):
    data, normalised = encode(pairs, bom)
    assume(normalised.strip())
    assume(not re.match(r"\s*date", normalised, re.IGNORECASE))
    path = tmp_path_factory.mktemp("roundtrip") / "a.txt"
    path.write_bytes(data)
    article = read_article(path)
    assert article.text == normalised.strip()
    assert article.date is None
