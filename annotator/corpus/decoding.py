"""From a file's bytes to article text: UTF-8 only, newlines made uniform.

Articles arrive saved by many tools: with or without a byte-order mark, with
Windows (CRLF) or old Mac (CR) line ends. All of that is decoded to the same
text, so the same article always gets the same id. Nothing else is changed:
offsets of tagged sentences point into this text, so it must stay exactly as
written. Anything that is not UTF-8 text is refused with a reason rather than
guessed at: a wrong guess would silently corrupt accents for good.
"""

from __future__ import annotations

from annotator.errors import CorpusError
from annotator.translatable import QT_TRANSLATE_NOOP

UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff")  # also the start of the UTF-32 marks

# Bytes below 0x20 (and DEL) other than tab, newlines, vertical tab, form feed.
_CONTROL_BYTES = bytes(b for b in [*range(0x20), 0x7F] if b not in b"\t\n\r\x0b\x0c")
# Text may hold a stray control character; a file where they are this common
# is something else (an image, an archive, a database) renamed to .txt.
BINARY_CONTROL_SHARE = 0.30


def decode_text(data: bytes, path: str) -> str:
    """Decode ``data`` read from ``path`` as UTF-8 and turn CRLF and CR into LF.

    A leading UTF-8 byte-order mark is dropped. Raises CorpusError naming
    ``path`` for UTF-16/32 files, binary content (a NUL byte, or more than
    30 % control bytes) and invalid UTF-8, giving the offset of the first bad
    byte in the file so that the user can find it in an editor.
    """
    if data.startswith(_UTF16_32_BOMS):
        raise CorpusError(path, QT_TRANSLATE_NOOP("corpus.decoding",
                                                  "UTF-16 or UTF-32 text is not supported: save the file as UTF-8"))
    if b"\0" in data or _control_share(data) > BINARY_CONTROL_SHARE:
        raise CorpusError(path, QT_TRANSLATE_NOOP("corpus.decoding", "binary file, not text"))
    skipped = len(UTF8_BOM) if data.startswith(UTF8_BOM) else 0
    try:
        text = data[skipped:].decode("utf-8")
    except UnicodeDecodeError as e:
        bad = e.object[e.start]
        raise CorpusError(
            path, QT_TRANSLATE_NOOP("corpus.decoding", "not UTF-8 text: invalid byte 0x{byte:02x} at offset {offset}"
                                    ).format(byte=bad, offset=skipped + e.start)
        ) from None
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; other line separators are text and stay."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _control_share(data: bytes) -> float:
    if not data:
        return 0.0
    # translate() deletes in C: fast enough for a file at the size cap.
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data)
