"""How much one input file may cost to read, checked where files enter cancu.

Every reader entry point (:func:`cancu.loaders.read.read`, ``read_bytes``) calls
these checks, whatever reader then handles the format, so a hostile or broken
file fails with a clear :class:`~cancu.errors.InputError` naming it instead of
hanging the batch or taking the machine's memory (issue 15 measured a 594 KB
DOCX whose ``word/document.xml`` inflates to 210 MB at 152 s and 3.2 GB, a
50 MB text file at 120 s and 2.85 GB, a FIFO that blocked the ingest forever
and ``/dev/zero`` read without bound):

* only regular files are opened (a FIFO, a device, a socket is refused before
  it is opened), and they are read with a cap even if they grow meanwhile;
* a ZIP container (DOCX) is measured from its central directory before anything
  is inflated: each XML part at most :data:`MAX_XML_PART_BYTES`, all parts
  together at most :data:`MAX_INFLATED_BYTES`, at most :data:`MAX_ZIP_ENTRIES`
  entries. Python's ``zipfile`` stops inflating a member at its declared size,
  so a member cannot inflate past what its directory entry says;
* the text handed to extraction is at most :data:`MAX_TEXT_CHARS` characters:
  extraction work grows with the text, and no real document comes near it
  (the largest file of the dev corpus and the crawl is far below; a plan with
  appendices is a few hundred thousand characters).
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

from cancu.errors import FileTooLargeError, UnreadableFileError

#: characters of text one file may hand to extraction
MAX_TEXT_CHARS = 4_000_000
#: uncompressed size of one XML part of a DOCX (word/document.xml of a 300-page plan: ~5 MB)
MAX_XML_PART_BYTES = 32 * 1024 * 1024
#: uncompressed size of all parts of a DOCX together (images included)
MAX_INFLATED_BYTES = 256 * 1024 * 1024
MAX_ZIP_ENTRIES = 5000


def display_name(path: str | Path) -> str:
    """A file name that can be printed and stored: bytes that are not UTF-8 shown as ``\\xNN``."""
    text = os.fsdecode(os.fspath(path)) if not isinstance(path, str) else path
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def check_name(path: str | Path) -> None:
    """Refuse a path whose name is not valid UTF-8 (it could not be recorded in the graph)."""
    text = os.fsdecode(os.fspath(path))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UnreadableFileError("the file name is not valid UTF-8; rename the file (e.g. with convmv)",
                                  source=display_name(path)) from None


def read_regular(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (else a clear InputError)."""
    name = display_name(path)
    try:
        st = os.stat(path)
    except OSError as exc:
        raise UnreadableFileError(f"cannot open: {exc.strerror or exc}", source=name) from None
    if stat.S_ISDIR(st.st_mode):
        raise UnreadableFileError("is a directory", source=name)
    if not stat.S_ISREG(st.st_mode):
        kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode) else "a device" if
                stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "a socket" if
                stat.S_ISSOCK(st.st_mode) else "not a regular file")
        raise UnreadableFileError(f"{kind}, not a document file", source=name)
    if st.st_size > max_bytes:
        raise FileTooLargeError(f"{st.st_size} bytes is over the limit of {max_bytes}", source=name)
    try:
        # O_NONBLOCK: should the file have been swapped for a FIFO since the check, open does not wait
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise UnreadableFileError("not a regular file any more", source=name)
            parts, got = [], 0
            while got <= max_bytes:  # chunks: read(max_bytes) would reserve the whole cap at once
                chunk = f.read(min(1 << 20, max_bytes + 1 - got))
                if not chunk:
                    break
                parts.append(chunk)
                got += len(chunk)
            data = b"".join(parts)
    except OSError as exc:
        raise UnreadableFileError(f"cannot read: {exc.strerror or exc}", source=name) from None
    if len(data) > max_bytes:
        raise FileTooLargeError(f"the file grew past the limit of {max_bytes} bytes while read", source=name)
    return data


def check_zip(data: bytes, *, source: str) -> None:
    """Refuse a ZIP container (DOCX) whose parts would inflate past the limits."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return  # not a readable ZIP: the format reader says so in its own words
    if len(infos) > MAX_ZIP_ENTRIES:
        raise FileTooLargeError(f"the DOCX holds {len(infos)} parts, over the limit of {MAX_ZIP_ENTRIES}",
                                source=source)
    total = 0
    for info in infos:
        total += info.file_size
        if info.filename.lower().endswith((".xml", ".rels")) and info.file_size > MAX_XML_PART_BYTES:
            raise FileTooLargeError(
                f"the DOCX part {info.filename} inflates to {info.file_size:,} bytes, over the limit of "
                f"{MAX_XML_PART_BYTES:,} (a compression bomb, or a document far larger than any real one)",
                source=source)
    if total > MAX_INFLATED_BYTES:
        raise FileTooLargeError(f"the DOCX inflates to {total:,} bytes, over the limit of {MAX_INFLATED_BYTES:,}",
                                source=source)


def check_text(text: str, *, source: str) -> None:
    """Refuse text longer than extraction may work on."""
    if len(text) > MAX_TEXT_CHARS:
        raise FileTooLargeError(f"{len(text):,} characters of text is over the extraction limit of "
                                f"{MAX_TEXT_CHARS:,}; split the file", source=source)
