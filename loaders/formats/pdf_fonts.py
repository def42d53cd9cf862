"""Repair a PDF's ToUnicode maps that contradict the embedded font's own character map.

Word's "Save as PDF" writes, for each embedded TrueType font, a ToUnicode map
from glyph numbers to characters, and it compresses runs of glyph numbers into
ranges (``<00CF> <00D2> <00D3>``: glyphs 0xCF–0xD2 are U+00D3–U+00D6). When the
glyphs of a range are not consecutive letters the range is wrong: Times New
Roman's glyphs 0xCF–0xD2 are Ó Ô Ò Ú, so Ò reads Õ and Ú reads Ö ("XÃ QUẢNG
PHÖ", "CỘNG HÕA", office o005); the same fault gives ``ƣ`` for ``ư`` (o039)
and maps letters to a space ("H nh th c" for "Hình thức", o004). Viewers show
the right glyphs, so nobody at the office sees it; only the text layer is wrong.

The font file embedded in the PDF knows better: its ``cmap`` table maps each
character to its glyph. For a composite font whose character codes are glyph
numbers (``Identity-H`` with an identity CIDToGIDMap, as Word writes them), each
code's ToUnicode value is checked against the characters the font itself gives
that glyph; where the map says another letter (or a space for a letter), the
font's letter is right. The repaired map is put into the PDF as an incremental
update (the original bytes are kept as they are), which the PDF reader then reads
like any other.

Only letters are repaired: a glyph the font lists for a letter while the map
gives a space or another letter. A map that gives a hyphen for a minus sign, or
two letters for a ligature, is a choice of the exporter and is left alone.
"""

from __future__ import annotations

import io
import struct
import unicodedata
from typing import Optional

__all__ = ["repair_to_unicode", "truetype_cmap", "parse_to_unicode"]


def truetype_cmap(font: bytes) -> dict[int, str]:
    """The Unicode characters of a TrueType font, by glyph number (its ``cmap`` table).

    Reads the Windows Unicode subtables (format 12, then 4) and the Unicode
    platform's; a font without one (a symbol font, a damaged table) gives ``{}``.
    When several characters share a glyph (Đ and Ð in Times New Roman), the
    glyph keeps all of them, joined in code-point order.
    """
    try:
        return _cmap(font)
    except (struct.error, IndexError, ValueError):
        return {}


def _cmap(font: bytes) -> dict[int, str]:
    n_tables = struct.unpack_from(">H", font, 4)[0]
    cmap_at = None
    for k in range(n_tables):
        tag, _, offset, _ = struct.unpack_from(">4sIII", font, 12 + 16 * k)
        if tag == b"cmap":
            cmap_at = offset
            break
    if cmap_at is None:
        return {}
    n_sub = struct.unpack_from(">H", font, cmap_at + 2)[0]
    subs: dict[tuple[int, int], int] = {}
    for k in range(n_sub):
        pid, eid, off = struct.unpack_from(">HHI", font, cmap_at + 4 + 8 * k)
        subs[(pid, eid)] = cmap_at + off
    for key in ((3, 10), (0, 4), (0, 6), (3, 1), (0, 3), (0, 1), (0, 0)):
        if key in subs:
            at = subs[key]
            fmt = struct.unpack_from(">H", font, at)[0]
            if fmt == 4:
                return _by_glyph(_format4(font, at))
            if fmt == 12:
                return _by_glyph(_format12(font, at))
    return {}


def _format4(font: bytes, at: int) -> dict[int, int]:
    seg2 = struct.unpack_from(">H", font, at + 6)[0]
    n = seg2 // 2
    ends = struct.unpack_from(f">{n}H", font, at + 14)
    starts = struct.unpack_from(f">{n}H", font, at + 16 + seg2)
    deltas = struct.unpack_from(f">{n}h", font, at + 16 + 2 * seg2)
    ro_at = at + 16 + 3 * seg2
    offsets = struct.unpack_from(f">{n}H", font, ro_at)
    out: dict[int, int] = {}
    for i in range(n):
        if starts[i] == 0xFFFF:
            continue
        for code in range(starts[i], ends[i] + 1):
            if offsets[i] == 0:
                gid = (code + deltas[i]) & 0xFFFF
            else:
                g_at = ro_at + 2 * i + offsets[i] + 2 * (code - starts[i])
                gid = struct.unpack_from(">H", font, g_at)[0]
                if gid:
                    gid = (gid + deltas[i]) & 0xFFFF
            if gid:
                out[code] = gid
    return out


def _format12(font: bytes, at: int) -> dict[int, int]:
    n = struct.unpack_from(">I", font, at + 12)[0]
    out: dict[int, int] = {}
    for k in range(n):
        start, end, gid = struct.unpack_from(">III", font, at + 16 + 12 * k)
        for code in range(start, min(end, start + 0xFFFF) + 1):
            out[code] = gid + code - start
    return out


def _by_glyph(chars: dict[int, int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for code, gid in sorted(chars.items()):
        out[gid] = out.get(gid, "") + chr(code)
    return out


def parse_to_unicode(cmap: bytes) -> dict[int, str]:
    """Character code → text of a ToUnicode CMap (``bfchar`` and ``bfrange`` entries)."""
    import re

    def text(hexes: bytes) -> str:
        raw = bytes.fromhex(hexes.decode("ascii"))
        return raw.decode("utf-16-be", "replace") if len(raw) % 2 == 0 else raw.decode("latin-1")

    out: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for a, b in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            out[int(a, 16)] = text(b)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for a, b, c in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])", block):
            lo, hi = int(a, 16), int(b, 16)
            if hi - lo > 0xFFFF:
                continue
            if c.startswith(b"["):
                for k, h in enumerate(re.findall(rb"<([0-9A-Fa-f]*)>", c)):
                    out[lo + k] = text(h)
            else:
                first = text(c[1:-1])
                if not first:
                    continue
                for k in range(hi - lo + 1):  # the last character counts up
                    out[lo + k] = first[:-1] + chr(ord(first[-1]) + k)
    return out


def _letter(ch: str) -> bool:
    return len(ch) == 1 and unicodedata.category(ch).startswith("L")


def _meant(said: str, font_chars: str) -> Optional[str]:
    """The letter a glyph stands for, when the ToUnicode map's ``said`` contradicts the font."""
    if not font_chars or said in font_chars or len(said) != 1 or not (said == " " or _letter(said)):
        return None
    letters = [c for c in font_chars if _letter(c)]
    if not letters:
        return None
    # a glyph the font lists under several letters (Đ and Ð): the Vietnamese one
    from cancu.loaders.legacy import VIET_LETTERS

    return next((c for c in letters if c in VIET_LETTERS or c.isascii()), letters[0])


def _cmap_stream(mapping: dict[int, str]) -> bytes:
    lines = [b"/CIDInit /ProcSet findresource begin", b"12 dict begin", b"begincmap",
             b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             b"/CMapName /Adobe-Identity-UCS def", b"/CMapType 2 def",
             b"1 begincodespacerange", b"<0000> <FFFF>", b"endcodespacerange"]
    items = sorted(mapping.items())
    for k in range(0, len(items), 100):
        chunk = items[k:k + 100]
        lines.append(f"{len(chunk)} beginbfchar".encode())
        for code, s in chunk:
            lines.append(f"<{code:04X}> <{s.encode('utf-16-be').hex().upper()}>".encode())
        lines.append(b"endbfchar")
    lines += [b"endcmap", b"CMapName currentdict /CMap defineresource pop", b"end", b"end"]
    return b"\n".join(lines)


def repair_to_unicode(data: bytes) -> tuple[bytes, list[str]]:
    """The PDF with its wrong ToUnicode letters repaired, and a note per repaired font.

    Returns ``data`` itself when nothing needs repair or the PDF cannot be read
    this way (then with a note saying why; PDFium reports what is wrong with it).
    """
    import pypdf
    from pypdf.generic import DecodedStreamObject, NameObject

    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            return data, []
        fixes = _font_fixes(reader)
        if not fixes:
            return data, []
        writer = pypdf.PdfWriter(io.BytesIO(data), incremental=True)
        notes: list[str] = []
        for ref, (name, mapping, changed) in fixes.items():
            font = writer.get_object(ref)
            stream = DecodedStreamObject()
            stream.set_data(_cmap_stream(mapping))
            font[NameObject("/ToUnicode")] = writer._add_object(stream)
            pairs = ", ".join(f"{a!r}→{b!r}" for a, b in sorted(changed))
            notes.append(f"font {name}: ToUnicode map repaired from the embedded font ({pairs})")
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue(), notes
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        # a PDF pypdf cannot walk is read as it is by PDFium, which reports what is wrong with it
        return data, [f"ToUnicode maps not checked ({type(exc).__name__}: {str(exc)[:80]})"]


def _font_fixes(reader) -> dict[int, tuple[str, dict[int, str], set[tuple[str, str]]]]:
    """Composite fonts whose ToUnicode map contradicts their font file: object number → repair."""
    out: dict[int, tuple[str, dict[int, str], set[tuple[str, str]]]] = {}
    seen: set[int] = set()
    for page in reader.pages:
        res = page.get("/Resources")
        fonts = res.get_object().get("/Font") if res is not None else None
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            num = getattr(ref, "idnum", None)
            if num is None or num in seen:
                continue
            seen.add(num)
            fix = _fix_font(ref.get_object())
            if fix:
                out[num] = fix
    return out


def _fix_font(font) -> Optional[tuple[str, dict[int, str], set[tuple[str, str]]]]:
    if font.get("/Subtype") != "/Type0" or "/ToUnicode" not in font or font.get("/Encoding") not in (
            "/Identity-H", "/Identity-V"):
        return None
    desc = font["/DescendantFonts"][0].get_object()
    if desc.get("/Subtype") != "/CIDFontType2" or desc.get("/CIDToGIDMap", "/Identity") != "/Identity":
        return None
    file2 = desc.get("/FontDescriptor", {}).get("/FontFile2")
    if file2 is None:
        return None
    glyphs = truetype_cmap(file2.get_object().get_data())
    if not glyphs:
        return None
    mapping = parse_to_unicode(font["/ToUnicode"].get_object().get_data())
    changed: set[tuple[str, str]] = set()
    for code, said in list(mapping.items()):
        meant = _meant(said, glyphs.get(code, ""))
        if meant is not None:
            mapping[code] = meant
            changed.add((said, meant))
    if not changed:
        return None
    return str(font.get("/BaseFont", "?")).lstrip("/"), mapping, changed
