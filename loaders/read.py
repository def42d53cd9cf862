"""Read a file as it arrives and return its text.

Offsets in the ``cancu extract`` JSON index the text returned here: the decoded
file for ``.txt``/``.md``, and the plain text cancu extracts for HTML, DOCX and
PDF (kept in the graph as the source text, so every span can still be quoted).
DOCX and PDF are read as structured documents (``loaders/formats/``): the
:class:`SourceText` then carries their :class:`~cancu.loaders.blocks.Layout`,
paragraphs and tables whose cells have offsets into that same text.

Failures a user can cause raise :mod:`cancu.errors` classes with the file name:
missing/empty/binary input, a scanned PDF (needs OCR), or text in a legacy
Vietnamese 8-bit encoding (TCVN3/ABC, VNI), which is refused by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from cancu.loaders.blocks import Layout

from cancu.errors import (
    FileTooLargeError, LegacyEncodingError, LegacyWordError, NeedsOCRError, UnreadableFileError,
    UnsupportedFormatError,
)

#: Largest file read by default (a plan with appendices is well under 5 MB).
MAX_BYTES = 50 * 1024 * 1024

FORMATS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf", ".doc": "doc",
}

#: The first bytes of an OLE2 compound file: Word 97-2003 ``.doc`` (also old .xls/.ppt).
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class SourceText:
    """The text of one file as read, and how it was obtained."""

    source: str
    format: str
    text: str
    encoding: str | None = None
    #: The blocks of ``text`` (paragraphs, tables with cells) where the format has them.
    layout: Optional[Layout] = field(default=None, repr=False, compare=False)

    def __repr__(self) -> str:
        return f"<SourceText {self.source!r} {self.format} {len(self.text)} chars>"


def read(path: str | Path, *, max_bytes: int = MAX_BYTES) -> SourceText:
    """Read ``path`` and return its text; raise an InputError subclass when it cannot be used."""
    p = Path(path)
    name = str(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise UnreadableFileError(f"cannot open: {exc.strerror or exc}", source=name) from None
    if p.is_dir():
        raise UnreadableFileError("is a directory", source=name)
    if size > max_bytes:
        raise FileTooLargeError(f"{size} bytes is over the limit of {max_bytes}", source=name)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(f"cannot read: {exc.strerror or exc}", source=name) from None
    fmt = FORMATS.get(p.suffix.lower())
    if fmt is None:
        fmt = sniff(data)
    return read_bytes(data, fmt, source=name)


def read_layout(path: str | Path) -> Layout:
    """The structured reading of ``path``; flat text formats give one paragraph per line."""
    st = read(path)
    if st.layout is not None:
        return st.layout
    from cancu.loaders.formats.flat import flat_layout

    return flat_layout(st.text, st.format)


def sniff(data: bytes) -> str:
    """Guess a format from the first bytes when the file name does not say."""
    if data.startswith(OLE_MAGIC):
        return "doc"
    head = data[:512].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if re.match(rb"(?i)<(!doctype html|html|head|body)", head):
        return "html"
    return "text"


def read_bytes(data: bytes, fmt: str, *, source: str = "<bytes>") -> SourceText:
    """Turn raw bytes of a known format into text."""
    if not data.strip():
        raise UnreadableFileError("the file is empty", source=source)
    if fmt == "doc" or data.startswith(OLE_MAGIC):
        # Word 97-2003 binary files: no maintained pure-Python reader exists (antiword and
        # catdoc are C programs); converting keeps the tables and headers the .docx reader needs
        raise LegacyWordError(
            "a Word 97-2003 .doc file (OLE compound document), which cancu does not read; open it in "
            "Word or LibreOffice and save it as .docx (or run: libreoffice --headless --convert-to docx "
            "FILE.doc), then extract the .docx", source=source)
    if fmt in ("text", "markdown"):
        text, enc = decode(data, source=source)
        return SourceText(source, fmt, text, enc)
    if fmt == "html":
        from cancu.loaders.formats.html import read_html

        text, enc = decode(data, source=source)
        layout = read_html(text, source=source)
        return SourceText(source, "html", layout.text, enc, layout=layout)
    if fmt == "docx":
        from cancu.loaders.formats.docx import read_docx

        layout = read_docx(data, source=source)
        return SourceText(source, "docx", layout.text, layout=layout)
    if fmt == "pdf":
        from cancu.loaders.formats.pdf import read_pdf

        layout = read_pdf(data, source=source)
        return SourceText(source, "pdf", layout.text, layout=layout)
    raise UnsupportedFormatError(
        f"unsupported format {fmt!r}; cancu reads {', '.join(sorted(set(FORMATS.values()) - {'doc'}))}",
        source=source,
    )


# --- decoding ----------------------------------------------------------------

# Byte patterns that only legacy Vietnamese fonts produce inside words
# (vn-conventions §9.3): TCVN3 "Céng hßa x· héi", "C¨n cø"; VNI "Xin chaøo caùc".
_TCVN3_MARKS = re.compile("[©¬¨®Ü×ø߷ñé¸µ¶·¹¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖØÙÚÛÝÞãäåæçèêëìíîïóôõöùúûüý]")
_VNI_PAIR = re.compile("[aAeEoOuUyYiI][øùûõïØÙÛÕÏ]|[aAeEoO][ôÔ]|[ñÑ][a-zA-Z]")


_VIET_LETTER = re.compile("[\u1ea0-\u1ef9]")
_LATIN1_HIGH = re.compile("[\u00a0-\u00ff]")


def decode(data: bytes, *, source: str = "<bytes>") -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM) or UTF-16 with BOM; refuse legacy encodings."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFileError("binary content (NUL bytes), not a text document", source=source)
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise UnreadableFileError(f"invalid {enc}: {exc.reason}", source=source) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        latin = data.decode("latin-1")
        legacy = legacy_encoding(latin)
        if legacy:
            raise LegacyEncodingError(
                f"the text looks like {legacy}, a pre-Unicode Vietnamese encoding; "
                "save it as Unicode (UTF-8) and try again",
                encoding=legacy, source=source,
            ) from None
        line = data[: exc.start].count(b"\n") + 1
        raise UnreadableFileError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            source=source, line=line,
        ) from None
    legacy = legacy_encoding(text)
    if legacy:  # legacy bytes that happen to be valid UTF-8 (rare) or converted mojibake
        raise LegacyEncodingError(
            f"the text looks like {legacy} mojibake; convert it to Unicode first",
            encoding=legacy, source=source,
        )
    return text, "utf-8"


def legacy_encoding(text: str) -> str | None:
    """Name the legacy encoding a text read as Latin-1 looks like, or None."""
    sample = text[:6000]
    words = sample.split()
    if len(words) < 5:
        return None
    # Real Vietnamese Unicode has letters from Latin Extended Additional (ạ, ế, ộ…).
    if len(_VIET_LETTER.findall(sample)) > len(words) * 0.05:
        return None
    if not _LATIN1_HIGH.search(sample):
        return None  # neither TCVN3 nor VNI bytes at all
    tcvn = sum(1 for w in words if _TCVN3_MARKS.search(w))
    vni = sum(1 for w in words if _VNI_PAIR.search(w))
    if vni >= max(3, len(words) * 0.08) and vni >= tcvn * 0.6:
        return "VNI"
    if tcvn >= max(3, len(words) * 0.08):
        return "TCVN3 (ABC)"
    return None
