"""Writing a zip archive entry by entry, streamed, as the CSV and brat exports do."""

from __future__ import annotations

import time
import zipfile
from typing import IO

from isal import isal_zlib


def open_entry(archive: zipfile.ZipFile, name: str) -> IO[bytes]:
    """A new compressed entry, dated now (``ZipFile.open`` alone dates it 1980), any size.

    Its deflate stream is made by ISA-L (``isal``) at level 1 rather than by zlib: on the
    brat export of 1.2 million labels (286 MB of text) 0.75 s of CPU against zlib's 2.4 s at
    its own fastest level, for a file a little smaller, read by any unzip as the same deflate.
    ``ZipFile`` has no way to choose its compressor: the entry's is replaced before anything is
    written (a Python whose ``zipfile`` no longer uses that attribute would compress with zlib).
    """
    info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    entry = archive.open(info, "w", force_zip64=True)
    entry._compressor = isal_zlib.compressobj(1, isal_zlib.DEFLATED, -15)  # type: ignore[attr-defined]
    return entry


def write_entries(archive: zipfile.ZipFile, entries: list[tuple[str, bytes]]) -> None:
    """Whole entries, (name, content) each (as :func:`open_entry`)."""
    for name, data in entries:
        with open_entry(archive, name) as raw:
            raw.write(data)
