"""Read a file as it arrives and return its text.

Offsets in the ``cancu extract`` JSON index the text returned here: the decoded
file for ``.txt``/``.md``, and the plain text cancu extracts for HTML, DOCX, DOC and
PDF (kept in the graph as the source text, so every span can still be quoted). Either
is folded of what no reader sees (:func:`~cancu.loaders.normalize.read_form`: CRLF line
ends, decomposed letters, Ð for Đ, non-breaking and zero-width spaces), so a page reads
the same whichever way its file stored those.
DOCX, Word 97-2003 DOC (converted to DOCX by LibreOffice) and PDF are read as structured
documents (``loaders/formats/``): the :class:`SourceText` then carries their
:class:`~cancu.loaders.blocks.Layout`, paragraphs and tables whose cells have offsets into
that same text.

Failures a user can cause raise :mod:`cancu.errors` classes with the file name:
missing/empty/binary input, a scanned PDF (needs OCR), a ``.doc`` that cannot be read
(LibreOffice missing, damaged, password-protected), or text in a legacy Vietnamese 8-bit
encoding (TCVN3/ABC, VNI), which is refused by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Optional

from cancu.errors import LegacyEncodingError, UnreadableFileError, UnsupportedFormatError
from cancu.loaders import blocks, damage, dropped, legacy, limits, normalize
from cancu.loaders.blocks import Layout
from cancu.loaders.formats.doc import OLE_MAGIC, RTF_MAGIC
from cancu.loaders.text import MappedText

#: Largest file read by default (a plan with appendices is well under 5 MB).
MAX_BYTES = 50 * 1024 * 1024

FORMATS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf", ".doc": "doc",
}


@dataclass(frozen=True)
class SourceText:
    """The text of one file as read, and how it was obtained."""

    source: str
    format: str
    text: str
    encoding: str | None = None
    #: How a text whose accented letters were dropped was restored (:mod:`cancu.loaders.dropped`), else None.
    restored: Optional[dict[str, Any]] = None
    #: The blocks of ``text`` (paragraphs, tables with cells) where the format has them.
    layout: Optional[Layout] = field(default=None, repr=False, compare=False)

    def __repr__(self) -> str:
        return f"<SourceText {self.source!r} {self.format} {len(self.text)} chars>"


def read(path: str | Path, *, max_bytes: int = MAX_BYTES) -> SourceText:
    """Read ``path`` and return its text; raise an InputError subclass when it cannot be used."""
    p = Path(path)
    name = limits.display_name(path)
    data = limits.read_regular(p, max_bytes)  # regular files only, read with a cap
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
    head = data[:512].lstrip()
    if data.startswith(OLE_MAGIC) or head.startswith(RTF_MAGIC):  # Word 97-2003, or Word's RTF
        return "doc"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if re.match(rb"(?i)<(!doctype html|html|head|body)", head):
        return "html"
    return "text"


def read_bytes(data: bytes, fmt: str, *, source: str = "<bytes>") -> SourceText:
    """Turn raw bytes of a known format into text (within :mod:`cancu.loaders.limits`)."""
    if not data.strip():
        raise UnreadableFileError("the file is empty", source=source)
    if fmt == "doc" and not data.startswith(OLE_MAGIC) and sniff(data) in ("docx", "pdf", "html"):
        fmt = sniff(data)  # a .docx, PDF or web page saved under a .doc name: read it as what it is
    if fmt == "docx":
        limits.check_zip(data, source=source)
    result = _read_format(data, fmt, source=source)
    if result.layout is not None:
        result = folded(result)
    limits.check_text(result.text, source=source)
    return result


def folded(st: SourceText, form: Callable[[str], MappedText] = normalize.read_form) -> SourceText:
    """``st`` through ``form`` (a :mod:`normalize` form of a text with its map), in its text and its blocks alike:
    :func:`normalize.read_form` as a structured file is read (offsets then index that text, which the extract
    carries), :func:`normalize.tone_form` for the readers of :func:`cancu.loaders.extract_text`."""
    m = form(st.text)
    if m.text == st.text:
        return st
    layout = st.layout
    if layout is not None:
        layout = blocks.remapped(layout, m.text, m.from_source_span, lambda s: form(s).text)
    return replace(st, text=m.text, layout=layout)


def _read_format(data: bytes, fmt: str, *, source: str) -> SourceText:
    if fmt == "doc" or data.startswith(OLE_MAGIC):
        from cancu.loaders.formats.doc import read_doc

        layout = read_doc(data, source=source)  # LibreOffice → DOCX → the DOCX reader
        return SourceText(source, "doc", layout.text, layout=layout)
    if fmt in ("text", "markdown"):
        text, enc = decode(data, source=source)
        limits.check_text(text, source=source)
        text = normalize.read_form(text).text  # before anything reads its lines
        if not text.strip():  # only non-breaking or zero-width spaces: empty, as a file of blanks is
            raise UnreadableFileError("the file is empty", source=source)
        restored = None
        if dropped.dropped_letters(text):
            # a PDF's text that lost its accented letters: read as restored (offsets then index the restored
            # text, which the extract carries, and the extract says so), before its lines are reopened by the
            # words they open with
            text, words = dropped.restore(text)
            restored = {"damage": "dropped accented letters", "words": words}
        # a page's escaped or lost line breaks, restored one character for one: offsets still index the text
        return SourceText(source, fmt, damage.repair(text), enc, restored=restored)
    if fmt == "html":
        from cancu.loaders.formats.html import read_html

        text, enc = decode(data, source=source)
        limits.check_text(text, source=source)
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
        f"unsupported format {fmt!r}; cancu reads {', '.join(sorted(set(FORMATS.values())))}",
        source=source,
    )


# --- decoding ----------------------------------------------------------------

#: byte order marks, longest first: a UTF-32 LE mark begins with the UTF-16 LE one
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes, *, source: str = "<bytes>") -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM, or Windows-1258;
    refuse the legacy font encodings TCVN3 and VNI by name (:mod:`cancu.loaders.legacy`)."""
    bom = next(((b, enc) for b, enc in _BOMS if data.startswith(b)), None)
    if b"\x00" in data[:4096] and (bom is None or bom[1] not in ("utf-16", "utf-32")):
        raise UnreadableFileError("binary content (NUL bytes), not a text document", source=source)
    if bom is not None:
        enc = bom[1]
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError as exc:
            raise UnreadableFileError(f"invalid {enc}: {exc.reason}", source=source) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        found = legacy.identify(data)
        if found is not None and found[0] == legacy.WINDOWS_1258:
            return found[1], "windows-1258"
        if found is not None:
            raise LegacyEncodingError(
                f"the text looks like {found[0]}, a pre-Unicode Vietnamese encoding; "
                "save it as Unicode (UTF-8) and try again",
                encoding=found[0], source=source,
            ) from None
        line = data[: exc.start].count(b"\n") + 1
        raise UnreadableFileError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            source=source, line=line,
        ) from None
    name = legacy_encoding(text)
    if name:  # legacy bytes that happen to be valid UTF-8 (rare) or converted mojibake
        raise LegacyEncodingError(
            f"the text looks like {name} mojibake; convert it to Unicode first",
            encoding=name, source=source,
        )
    return text, "utf-8"


def legacy_encoding(text: str) -> str | None:
    """Name the legacy encoding (TCVN3, VNI) a Unicode text read from Latin-1 bytes is in, or None."""
    return legacy.name_mojibake(text)
