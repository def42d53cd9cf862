"""PDF with a text layer → :class:`~cancu.loaders.blocks.Layout`, from character positions.

Read with PDFium (``pypdfium2``, Apache-2.0/BSD: a permissive licence that fits
cancu's Apache-2.0; PyMuPDF is AGPL). It is 10–50× faster than a pure-Python
reader on the office corpus (``benchmarks/office_read.py``), and gives what a
layout needs: every character with its box, font size and weight, and the
page's path objects (the ruling lines of tables).

- **Lines** are runs of characters in content-stream order on one baseline; a
  wide horizontal gap splits a line into segments (the two halves of a header
  laid out with tab stops). A Word-exported PDF writes its content in document
  order, table cells one after the other, so content order is reading order.
- **Tables** come from ruling lines: horizontal and vertical strokes (thin
  filled rectangles, as Word draws borders, or stroked lines) are merged, and
  the rectangles they close are the cells; a missing border between two
  rectangles merges them (row or column span). A table that goes on at the top
  of the next page with the same columns is the same table.
- **Tables without ruling lines** (Word tables with borders set to none): lines
  side by side at one height, with at least two gutters (x strips no character
  covers) running through them and the lines around them, are a grid of at
  least three columns; rows follow Word's cell-by-cell order. Two columns are
  left to the header and signature readers; prose has no gutters.
- **Stamped fields**: e-signing tools put the document number and day on the
  page as signature *widgets* ("Số: 447 /KH-UBND" where "447" is a widget);
  their appearance text is read (the page is flattened) and put into the line
  it sits on. A widget that shows a signature stamp ("Người ký: …, Thời gian
  ký: …") is left out of the text (noted in ``Layout.notes``): it is not part of
  the document.
- **Glyph repairs**: a ToUnicode map that contradicts the embedded font's own
  character map (Word's ranges: "PHÖ" for "PHÚ", "H nh" for "Hình") is repaired
  before reading (``pdf_fonts.py``); fonts that are not embedded are checked
  against ``data/pdf_glyphs.json`` (look-alike code points such as ``ƣ`` for
  ``ư``, each with a real example).
- Page numbers alone at the top or bottom of a page are left out.
- **Scanned pages** (no text, an image over most of the page) are read by OCR
  (``ocr.py``: Tesseract), which gives characters and ruling lines in the same
  terms; everything below then treats them as a text layer.

Plain text: one line per visual line (segment); a table row is its cells
separated by TAB, a cell's lines by line breaks; a form feed line between pages.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from cancu.errors import NeedsOCRError, OcrLimitError, UnreadableFileError
from cancu.loaders import motto
from cancu.loaders.blocks import Block, Cell, Layout, Paragraph, Table, TextBuilder
from cancu.loaders.formats.ocr import ScanReader, is_scanned, unmarked_layer
from cancu.loaders.normalize import SYMBOL_FONT_GLYPHS

__all__ = ["read_pdf"]

#: Two strokes closer than this (points) are one line; a stroke thinner than this is a rule.
_SNAP = 2.5
_RULE = 3.0
#: A filled rectangle up to this thick is a rule when it is much longer than thick (Excel
#: tables pasted into Word draw a thick top border as 3.4 pt bars, o049).
_THICK_RULE = 4.5


def _thin(x0: float, y0: float, x1: float, y1: float, hs: list, vs: list) -> bool:
    """Record the rectangle as a rule if it is one (thin, and much longer than thick)."""
    w, h = x1 - x0, y1 - y0
    thick, long = min(w, h), max(w, h)
    if long <= _RULE or (thick >= _RULE and (thick > _THICK_RULE or long < 4 * thick)):
        return False
    if w < h:
        vs.append(((x0 + x1) / 2, y0, y1))
    else:
        hs.append(((y0 + y1) / 2, x0, x1))
    return True
#: A horizontal gap wider than this many font sizes splits a line into two segments.
_COLUMN_GAP = 2.5


@dataclass
class Char:
    """One glyph as pdfminer places it on a page (also built by the OCR reader)."""

    ch: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float
    bold: bool
    generated: bool
    cell: Optional[tuple[int, int]] = None  # (table index on the page, cell index)
    stamp: bool = False  # from a stamped field, placed into the line after the fact

    @property
    def yc(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass
class _Line:
    chars: list[Char] = field(default_factory=list)
    cell: Optional[tuple[int, int]] = None

    @property
    def text(self) -> str:
        return "".join(c.ch for c in self.chars)

    @property
    def x0(self) -> float:
        return min(c.x0 for c in self.chars if not c.generated) if self.real else 0.0

    @property
    def x1(self) -> float:
        return max(c.x1 for c in self.chars if not c.generated) if self.real else 0.0

    @property
    def real(self) -> bool:
        return any(not c.generated and c.ch.strip() for c in self.chars)

    @property
    def yc(self) -> float:
        real = [c for c in self.chars if not c.generated and c.ch.strip()]
        return sum(c.yc for c in real) / len(real) if real else 0.0

    @property
    def size(self) -> float:
        real = [c.size for c in self.chars if not c.generated and c.ch.strip()]
        return max(real) if real else 10.0

    @property
    def bold(self) -> bool:
        real = [c for c in self.chars if not c.generated and c.ch.strip()]
        return bool(real) and sum(c.bold for c in real) >= 0.6 * len(real)


@lru_cache(maxsize=None)
def _glyph_table() -> dict[str, str]:
    from cancu.loaders import tables

    return {e["found"]: e["meant"] for e in tables.load("pdf_glyphs")["substitutions"]}


# --- characters ----------------------------------------------------------------------

#: A font name that says bold ("NimbusRomanBold", "TimesNewRomanPS-BoldMT", "Arial,Bold", "DejaVuSerif-Bold").
_BOLD_NAME = re.compile(rb"(?i)bold|black|heavy|-bd\b")


def _bold_name(tp, raw, i: int, buf) -> bool:
    """Whether character ``i`` is set in a font whose name says bold.

    PDFium reports the weight a font's descriptor declares, and LibreOffice declares 400 for the
    bold face it substitutes for Times New Roman ("NimbusRomanBold", weight 400): the headings of
    every such export read as plain text.
    """
    import ctypes

    n = raw.FPDFText_GetFontInfo(tp.raw, i, buf, len(buf), ctypes.byref(ctypes.c_int()))
    return bool(n) and bool(_BOLD_NAME.search(buf.value))


def _bold_names_on_page(page, raw) -> bool:
    """Whether a text object of the page is set in a font whose name says bold and whose weight does not.

    Asking each character's font name costs a PDFium call per character; a page whose fonts
    (one call per text object) have no such name can skip it. A form object nests objects this
    look does not open: its page keeps the per-character question.
    """
    import ctypes

    buf = ctypes.create_string_buffer(128)
    for k in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, k)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            return True
        if kind != raw.FPDF_PAGEOBJ_TEXT:
            continue
        font = raw.FPDFTextObj_GetFont(obj)
        if not font:
            return True
        n = raw.FPDFFont_GetBaseFontName(font, buf, len(buf))
        if n and _BOLD_NAME.search(buf.value) and raw.FPDFFont_GetWeight(font) < 600:
            return True
    return False


def _page_chars(page, raw, turn: int = 0, frame: tuple[float, float] = (0.0, 0.0)) -> tuple[list[Char], int]:
    """Characters of a page in content order, and their number.

    ``turn`` (quarter turns, from :func:`_text_turn`) and ``frame`` (the page's
    width and height in its own coordinates) put the boxes upright: see :func:`_turned`.
    """
    import ctypes

    tp = page.get_textpage()
    n = tp.count_chars()
    glyphs = _glyph_table()
    out: list[Char] = []
    order = _object_order(page, raw) if turn else {}
    keys: list[int] = []  # each character's text object, by its place in the content stream
    key = -1

    box = raw.FS_RECTF()  # the loose box (advance width × font height): gaps between boxes are real gaps
    name = ctypes.create_string_buffer(128) if _bold_names_on_page(page, raw) else None

    for i in range(n):
        if turn:
            obj = raw.FPDFText_GetTextObject(tp.raw, i)
            if obj:
                key = order.get(ctypes.cast(obj, ctypes.c_void_p).value, key)
        code = raw.FPDFText_GetUnicode(tp.raw, i)
        ch = chr(code) if code else ""
        gen = bool(raw.FPDFText_IsGenerated(tp.raw, i))
        if ch in ("\r", "\n") or (gen and ch != " "):
            # PDFium's line breaks in text that runs up or down the page fall inside words
            # ("ho" / "ặc"): there the lines come from the positions alone
            if not turn:
                out.append(Char("\n", 0, 0, 0, 0, 0, False, True))
                keys.append(key)
            continue
        if ch == "\x02":
            ch = "-"  # PDFium reports a hyphen that ends a line as 0x02 ("87/2020/NĐ-" / "CP"): keep the hyphen
        if ch in ("\ufffe", "\ufffd", "\x00", "") or ("\ue000" <= ch <= "\uf8ff"):
            # private-use bullets (Symbol/Wingdings) are list marks; others are noise
            if SYMBOL_FONT_GLYPHS[0] <= ch <= SYMBOL_FONT_GLYPHS[1]:
                ch = "-"
            else:
                continue
        ch = glyphs.get(ch, ch)
        raw.FPDFText_GetLooseCharBox(tp.raw, i, ctypes.byref(box))
        x0, y0, x1, y1 = box.left, box.bottom, box.right, box.top
        if turn:
            x0, y0, x1, y1 = _turned_box(x0, y0, x1, y1, turn, frame)
        size = raw.FPDFText_GetFontSize(tp.raw, i)
        weight = raw.FPDFText_GetFontWeight(tp.raw, i)
        bold = weight >= 600 or (name is not None and not gen and _bold_name(tp, raw, i, name))
        out.append(Char(ch, x0, x1, y0, y1, size or 10.0, bold, gen))
        keys.append(key)
    tp.close()
    if turn and any(b < a for a, b in zip(keys, keys[1:])):
        # in text that runs up or down the page PDFium moves a text object next to the line it
        # thinks it continues ("là m" / "Công trình xanh …" / "ột"): back to content order.
        # Upright pages keep PDFium's order: OCR layers (o023) rely on it
        out = [c for _, c in sorted(zip(keys, out), key=lambda kc: kc[0])]
    return out, len(out)


def _object_order(page, raw) -> dict[int, int]:
    """The page's top-level objects (by handle) → their place in the content stream."""
    import ctypes

    return {ctypes.cast(raw.FPDFPage_GetObject(page.raw, k), ctypes.c_void_p).value: k
            for k in range(raw.FPDFPage_CountObjects(page.raw))}


# --- page orientation ------------------------------------------------------------------

def _text_turn(page, raw) -> int:
    """Quarter turns (0–3, counter-clockwise) that put most of the page's text upright.

    A landscape table is often stored sideways: its text runs up (or down) a
    portrait page, and ``/Rotate`` turns the page for display — or it has no
    ``/Rotate`` and is printed to be read with the paper turned. PDFium gives
    character boxes in the page's own coordinates (``/Rotate`` is not applied),
    so the direction the text runs is read from the characters' angles
    (PDFium measures them clockwise): lines, columns and ruling lines are then
    built in the upright frame, and the page reads as it would printed upright.
    """
    import math
    from collections import Counter

    tp = page.get_textpage()
    votes: Counter[int] = Counter()
    n = tp.count_chars()
    for i in range(0, n, max(1, n // 400)):  # a sample is enough: the direction is the page's
        if raw.FPDFText_IsGenerated(tp.raw, i) or not chr(raw.FPDFText_GetUnicode(tp.raw, i) or 32).strip():
            continue
        angle = raw.FPDFText_GetCharAngle(tp.raw, i)
        if angle < 0:
            continue  # no angle reported
        votes[round(angle / (math.pi / 2)) % 4] += 1
    tp.close()
    if not votes:
        return 0
    turn, count = votes.most_common(1)[0]
    # clockwise text angle a → a counter-clockwise turn of a puts it upright
    return turn if count >= 0.6 * sum(votes.values()) else 0


def _turned(x: float, y: float, turn: int, frame: tuple[float, float]) -> tuple[float, float]:
    """A point of the page's own coordinates in the upright frame (origin at its bottom left)."""
    w, h = frame
    if turn == 1:  # text runs down the page (clockwise 90°): turn the page counter-clockwise
        return h - y, x
    if turn == 2:
        return w - x, h - y
    if turn == 3:  # text runs up the page
        return y, w - x
    return x, y


def _turned_box(x0: float, y0: float, x1: float, y1: float, turn: int,
                frame: tuple[float, float]) -> tuple[float, float, float, float]:
    ax, ay = _turned(x0, y0, turn, frame)
    bx, by = _turned(x1, y1, turn, frame)
    return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _turned_rules(hs, vs, turn: int, frame: tuple[float, float]):
    """Horizontal and vertical strokes in the upright frame (a quarter turn swaps them)."""
    if not turn:
        return hs, vs
    segs = [((a, pos), (b, pos)) for pos, a, b in hs] + [((pos, a), (pos, b)) for pos, a, b in vs]
    out_h: list[tuple[float, float, float]] = []
    out_v: list[tuple[float, float, float]] = []
    for p, q in segs:
        (ax, ay), (bx, by) = _turned(*p, turn, frame), _turned(*q, turn, frame)
        if abs(ay - by) < abs(ax - bx):
            out_h.append(((ay + by) / 2, min(ax, bx), max(ax, bx)))
        else:
            out_v.append(((ax + bx) / 2, min(ay, by), max(ay, by)))
    return out_h, out_v


def _frame(page) -> tuple[float, float]:
    """Width and height of the page in its own coordinates, ``/Rotate`` set aside.

    PDFium orders the characters of a page turned by ``/Rotate`` by its displayed
    lines, which breaks content order (a table cell's lines interleave with the
    next cell's); with the turn removed (in memory only) content order is kept,
    and :func:`_text_turn` finds the upright direction from the text itself.
    """
    if page.get_rotation():
        page.set_rotation(0)
    return page.get_width(), page.get_height()


# --- ruling lines and tables -----------------------------------------------------------

def _rules(page, raw) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Horizontal (y, x0, x1) and vertical (x, y0, y1) strokes of the page's paths."""
    import ctypes

    hs: list[tuple[float, float, float]] = []
    vs: list[tuple[float, float, float]] = []
    for obj, outer in _path_objects(page, raw):
        left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
        raw.FPDFPageObj_GetBounds(obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right),
                                  ctypes.byref(top))
        (ax, ay), (bx, by) = _apply(outer, left.value, bottom.value), _apply(outer, right.value, top.value)
        x0, y0, x1, y1 = min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)
        if _thin(x0, y0, x1, y1, hs, vs):
            continue
        if min(x1 - x0, y1 - y0) < _RULE:
            continue
        # a larger path: its straight segments (cell borders drawn as one stroked path), or,
        # filled, its thin parts (Excel and some Word tables fill one path per row with the
        # row's borders as thin rectangles); a filled area that is not thin is shading
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
        if not stroke.value and not fill.value:
            continue
        fm = raw.FS_MATRIX()
        raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(fm))
        m = _compose(outer, (fm.a, fm.b, fm.c, fm.d, fm.e, fm.f))
        pts: list[tuple[float, float, int]] = []
        for k in range(raw.FPDFPath_CountSegments(obj)):
            seg = raw.FPDFPath_GetPathSegment(obj, k)
            px, py = ctypes.c_float(), ctypes.c_float()
            raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(px), ctypes.byref(py))
            x, y = _apply(m, px.value, py.value)
            pts.append((x, y, raw.FPDFPathSegment_GetType(seg)))
            if raw.FPDFPathSegment_GetClose(seg):
                start = next((p for p in reversed(pts) if p[2] == raw.FPDF_SEGMENT_MOVETO), None)
                if start:
                    pts.append((start[0], start[1], raw.FPDF_SEGMENT_LINETO))
        if not stroke.value:
            _thin_parts(pts, raw.FPDF_SEGMENT_MOVETO, hs, vs)
            continue
        for (ax, ay, _), (bx, by, t) in zip(pts, pts[1:]):
            if t != raw.FPDF_SEGMENT_LINETO:
                continue
            if abs(ay - by) < 0.5 and abs(ax - bx) > _RULE:
                hs.append((ay, min(ax, bx), max(ax, bx)))
            elif abs(ax - bx) < 0.5 and abs(ay - by) > _RULE:
                vs.append((ax, min(ay, by), max(ay, by)))
    return hs, vs


_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _apply(m: _Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _compose(outer: _Matrix, inner: _Matrix) -> _Matrix:
    """The matrix that applies ``inner``, then ``outer``."""
    a, b, c, d, e, f = inner
    x0, y0 = _apply(outer, e, f)
    ax, ay = _apply(outer, a + e, b + f)
    cx, cy = _apply(outer, c + e, d + f)
    return ax - x0, ay - y0, cx - x0, cy - y0, x0, y0


def _path_objects(page, raw, depth: int = 3) -> list[tuple[object, _Matrix]]:
    """The page's path objects, with those inside form XObjects, and the matrix that places each.

    A gazette (Công báo) wraps every page of the document it reprints into one form
    XObject (o036); the borders of its tables are in there.
    """
    import ctypes

    out: list[tuple[object, _Matrix]] = []

    def walk(count, get, handle, m: _Matrix, level: int) -> None:
        for k in range(count(handle)):
            obj = get(handle, k)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                out.append((obj, m))
            elif kind == raw.FPDF_PAGEOBJ_FORM and level < depth:
                fm = raw.FS_MATRIX()
                raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(fm))
                walk(raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, obj,
                     _compose(m, (fm.a, fm.b, fm.c, fm.d, fm.e, fm.f)), level + 1)

    walk(raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, page.raw, _IDENTITY, 1)
    return out


def _thin_parts(pts: list[tuple[float, float, int]], moveto: int, hs: list, vs: list) -> None:
    """The subpaths of a filled path that are thin rectangles: rules, as a thin filled object is."""
    subpaths: list[list[tuple[float, float]]] = []
    for x, y, t in pts:
        if t == moveto or not subpaths:
            subpaths.append([])
        subpaths[-1].append((x, y))
    for sp in subpaths:
        if len(sp) < 3:
            continue
        _thin(min(p[0] for p in sp), min(p[1] for p in sp), max(p[0] for p in sp), max(p[1] for p in sp), hs, vs)


def _merge(strokes: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Join strokes on one line (within _SNAP) that touch or overlap."""
    out: list[list[float]] = []
    for pos, a, b in sorted(strokes):
        for s in out:
            if abs(s[0] - pos) <= _SNAP and a <= s[2] + _SNAP and b >= s[1] - _SNAP:
                s[1], s[2] = min(s[1], a), max(s[2], b)
                break
        else:
            out.append([pos, a, b])
    return [tuple(s) for s in out]  # type: ignore[misc]


@dataclass
class _TableBox:
    xs: list[float]
    ys: list[float]  # top to bottom (descending PDF y)
    cells: list[tuple[int, int, int, int]]  # (row, col, rowspan, colspan)

    def cell_at(self, x: float, y: float) -> Optional[int]:
        if not (self.xs[0] <= x <= self.xs[-1] and self.ys[-1] <= y <= self.ys[0]):
            return None
        col = next((k for k in range(len(self.xs) - 1) if x <= self.xs[k + 1]), len(self.xs) - 2)
        row = next((r for r in range(len(self.ys) - 1) if y >= self.ys[r + 1]), len(self.ys) - 2)
        for i, (r, c, rs, cs) in enumerate(self.cells):
            if r <= row < r + rs and c <= col < c + cs:
                return i
        return None


def _tables(hs, vs) -> list[_TableBox]:
    """Tables closed by ruling lines: groups of crossing strokes, then their cells."""
    hs, vs = _merge(hs), _merge(vs)
    if len(hs) < 2 or len(vs) < 2:
        return []
    # group strokes that cross or touch
    items = [("h", s) for s in hs] + [("v", s) for s in vs]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (ki, si) in enumerate(items):
        if ki != "h":
            continue
        for j, (kj, sj) in enumerate(items):
            if kj != "v":
                continue
            y, hx0, hx1 = si
            x, vy0, vy1 = sj
            if hx0 - _SNAP <= x <= hx1 + _SNAP and vy0 - _SNAP <= y <= vy1 + _SNAP:
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    out: list[_TableBox] = []
    for members in groups.values():
        gh = [items[i][1] for i in members if items[i][0] == "h"]
        gv = [items[i][1] for i in members if items[i][0] == "v"]
        if len(gh) < 2 or len(gv) < 2:
            continue
        ys = _distinct(sorted((s[0] for s in gh), reverse=True))
        xs = _distinct(sorted(s[0] for s in gv))
        if len(ys) < 2 or len(xs) < 2:
            continue
        box = _cells(xs, ys, gh, gv)
        if box and (len(ys) - 1) * (len(xs) - 1) >= 2:
            out.append(box)
    return out


#: Two ruling lines closer than this are one border drawn twice (each cell drawing its own side,
#: 3 pt apart in o036): the strip between them is too narrow for a line of text.
_GUTTER = 4.0


def _distinct(vals: list[float]) -> list[float]:
    groups: list[list[float]] = []
    for v in vals:
        if groups and abs(v - groups[-1][-1]) <= _GUTTER:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [sum(g) / len(g) for g in groups]


def _covered(strokes, pos: float, a: float, b: float) -> bool:
    """Whether a stroke at ``pos`` runs over the middle of ``[a, b]``."""
    mid = (a + b) / 2
    lo, hi = min(a, b), max(a, b)
    return any(abs(s[0] - pos) <= _SNAP and s[1] - _SNAP <= mid <= s[2] + _SNAP and s[2] - s[1] > (hi - lo) * 0.3
               for s in strokes)


def _cells(xs, ys, gh, gv) -> Optional[_TableBox]:
    nr, nc = len(ys) - 1, len(xs) - 1
    parent = {(r, c): (r, c) for r in range(nr) for c in range(nc)}

    def find(p):
        while parent[p] != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p

    for r in range(nr):
        for c in range(nc - 1):
            if not _covered(gv, xs[c + 1], ys[r], ys[r + 1]):
                parent[find((r, c + 1))] = find((r, c))
    for c in range(nc):
        for r in range(nr - 1):
            if not _covered(gh, ys[r + 1], xs[c], xs[c + 1]):
                parent[find((r + 1, c))] = find((r, c))
    comps: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for p in parent:
        comps.setdefault(find(p), []).append(p)
    cells = []
    for ps in comps.values():
        r0, r1 = min(p[0] for p in ps), max(p[0] for p in ps)
        c0, c1 = min(p[1] for p in ps), max(p[1] for p in ps)
        cells.append((r0, c0, r1 - r0 + 1, c1 - c0 + 1))
    cells.sort()
    return _TableBox(xs, ys, cells)


# --- lines ---------------------------------------------------------------------------

def _lines(chars: list[Char]) -> list[_Line]:
    """Characters in content order → lines (a baseline, a cell, no jump back to the left)."""
    out: list[_Line] = []
    cur = _Line()

    def close() -> None:
        nonlocal cur
        if cur.real:
            out.append(cur)
        cur = _Line()

    for c in chars:
        if c.ch == "\n" and c.generated:
            close()
            continue
        if cur.real and not c.generated and c.ch.strip():
            last = next(x for x in reversed(cur.chars) if not x.generated and x.ch.strip())
            size = max(last.size, c.size)
            if c.cell != cur.cell or abs(c.yc - last.yc) > 0.6 * size or c.x0 < last.x0 - 2 * size:
                close()
        if not cur.chars:
            cur.cell = c.cell
        cur.chars.append(c)
    close()
    return _rejoin(out)


#: How many lines back a run of fallback glyphs is looked for a line to go back into.
_REJOIN_BACK = 12


def _em(c: Char) -> float:
    """A glyph's font size, no larger than its box is high (some writers scale a huge nominal
    size down by the text matrix: PDFium then reports 327 pt for 13 pt text, o031)."""
    return min(c.size, c.y1 - c.y0) if c.y1 > c.y0 else c.size


def _line_em(line: _Line) -> float:
    real = _real(line)
    return max(_em(c) for c in real) if real else 10.0


def _rejoin(lines: list[_Line]) -> list[_Line]:
    """Put runs of glyphs written apart from their line back into it: same cell, same baseline,
    in its gaps, across or against its extent.

    A PDF writer that draws a line one font at a time writes the glyphs missing from the main
    font before or after the rest of the line (LibreOffice exporting Times New Roman text where
    that font is not installed: "C NG HÒA XÃ H I CH NGHĨA VI T NAM", then "Ộ", "Ộ Ủ", "Ệ" in
    DejaVu Serif), and a run that goes on after them on the same baseline is written with them
    ("ố V/v Ch th ỉ ị" after "S : 11520/VPCP-CN"). Text of another column, a wrapped line or
    overprinted bold does not fit: it is apart from the line, on another baseline, or on top of
    its glyphs.
    """
    out: list[_Line] = []
    meta: dict[int, tuple[float, float]] = {}  # a line's middle height and size, read once

    def of(line: _Line) -> tuple[float, float]:
        if id(line) not in meta:
            meta[id(line)] = (line.yc, _line_em(line))
        return meta[id(line)]

    for ln in lines:
        # a run written after the rest of its own line, back to the left, into its gaps
        real = _real(ln)
        back = next((k for k in range(1, len(real)) if (real[k].x0 + real[k].x1) / 2 < real[k - 1].x0
                     and not unicodedata.combining(real[k].ch)), None)
        if back is not None and _in_gaps(real[back:], real[:back]):
            moved = {id(c) for c in real[back:]}
            ln.chars = [c for c in ln.chars if id(c) not in moved]
            _insert(ln, real[back:])
        for prev in reversed(out[-_REJOIN_BACK:]):
            if prev.cell != ln.cell:
                continue
            (py, pe), (ly, le) = of(prev), of(ln)
            size = max(pe, le)
            if abs(py - ly) > 0.25 * size:
                continue  # another line (the usual case: checked first, it is cheap)
            a, b = _real(prev), _real(ln)
            host = prev if len(a) >= len(b) else ln
            own, real = (a, b) if host is prev else (b, a)
            # overlapping in x (or touching): the text of another column on the baseline is apart
            overlap = min(max(c.x1 for c in real), max(c.x1 for c in own)) - max(min(c.x0 for c in real),
                                                                                 min(c.x0 for c in own))
            if overlap < -0.15 * size or not _in_gaps(real, own):
                continue
            _insert(host, real)
            meta.pop(id(host), None)
            if host is ln:
                out.remove(prev)
                out.append(ln)
            break
        else:
            out.append(ln)
    return out


def _in_gaps(chars: list[Char], own: list[Char]) -> bool:
    """No glyph of ``chars`` has its middle on a glyph of ``own`` (overprinted bold has)."""
    return all(unicodedata.combining(c.ch) or not any(
        q.x0 + 0.1 * (q.x1 - q.x0) < (c.x0 + c.x1) / 2 < q.x1 - 0.1 * (q.x1 - q.x0) for q in own) for c in chars)


def _insert(host: _Line, chars: list[Char]) -> None:
    """Insert ``chars`` into ``host`` by position; a combining mark goes onto the glyph under it."""
    for c in chars:
        real = [x for x in host.chars if not x.generated and x.ch.strip()]
        if unicodedata.combining(c.ch):
            base = max(real, key=lambda x: min(x.x1, c.x1) - max(x.x0, c.x0))
            composed = unicodedata.normalize("NFC", base.ch + c.ch)
            if len(composed) == 1:
                base.ch = composed
                continue
        at = next((i for i, x in enumerate(host.chars) if not x.generated and x.ch.strip() and x.x0 >= c.x0),
                  len(host.chars))
        host.chars.insert(at, c)
    _respace(host)


def _respace(line: _Line) -> None:
    """Spaces of a line glyphs went back into, from the gaps alone.

    The writer's spaces (or PDFium's, made from gaps) stood for the gaps the missing glyphs left
    as well as for word spaces; with the glyphs back, a word space is a gap of more than an
    eighth of the font size (glyph boxes of one word abut).
    """
    real = [c for c in line.chars if not c.generated and c.ch.strip()]
    out: list[Char] = []
    for c in real:
        if out and c.x0 - out[-1].x1 > 0.12 * max(_em(c), _em(out[-1])):
            out.append(Char(" ", out[-1].x1, c.x0, c.y0, c.y1, c.size, False, True, c.cell))
        out.append(c)
    line.chars = out


#: The national and party mottos start the right half of a header: a line is split before them at a
#: gap wider than a space, however narrow ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG CỘNG HOÀ XÃ HỘI …").
_MOTTO_START = motto.compiled("glued_start")


def _segments(line: _Line) -> list[_Line]:
    """Split a line at gaps wider than _COLUMN_GAP font sizes (header columns laid out with tabs)."""
    if line.cell is not None:
        return [line]
    text = "".join(c.ch for c in line.chars)
    motto = {m.start() for m in _MOTTO_START.finditer(text) if m.start() > 0}
    parts: list[_Line] = [_Line(cell=line.cell)]
    last: Optional[Char] = None
    for k, c in enumerate(line.chars):
        if not c.generated and c.ch.strip():
            if last is not None and not (c.stamp or last.stamp):
                gap = c.x0 - last.x1
                size = max(c.size, last.size)
                if gap > _COLUMN_GAP * size or (k in motto and gap > 0.5 * size):
                    parts.append(_Line(cell=line.cell))
            last = c
        parts[-1].chars.append(c)
    return [p for p in parts if p.real]


def _stray_space(chars: list[Char], k: int, last: Optional[Char]) -> bool:
    """The space PDFium made at ``chars[k]`` when a glyph drawn later (a fallback font's letter)
    is set against the glyph before it: the space sits right of that letter, not between the two.

    LibreOffice writes "ngh" of "công nghệ" in Times New Roman and the "ệ" after it in DejaVu
    Serif; PDFium puts a space at the end of the "ệ" (x 235.9 where "h" ends at 230.6 and "ệ" is
    230.6–235.9, a table cell of a crawl plan rendered to PDF), and the line read "công ngh ệ".
    """
    c = chars[k]
    if not c.generated or last is None or abs(c.x1 - c.x0) > 0.5:
        return False  # PDFium's spaces have no width; OCR's span the gap between two words
    nxt = next((x for x in chars[k + 1:] if not x.generated and x.ch.strip()), None)
    if nxt is None:
        return False
    return c.x0 > (nxt.x0 + nxt.x1) / 2 and nxt.x0 - last.x1 < 0.12 * max(_em(nxt), _em(last))


def _line_text(line: _Line) -> str:
    """The characters of a line, a space where a gap separates words that pdfium did not space."""
    out: list[str] = []
    last: Optional[Char] = None
    for k, c in enumerate(line.chars):
        if c.generated or not c.ch.strip():
            if out and out[-1] != " " and not _stray_space(line.chars, k, last):
                out.append(" ")
            continue
        if last is not None and out and out[-1] != " " and c.x0 - last.x1 > 0.2 * max(c.size, last.size):
            out.append(" ")
        out.append(c.ch)
        last = c
    return re.sub(r" {2,}", " ", "".join(out)).strip()


_STAMP = re.compile(r"(?i)người ký|ký bởi|thời gian ký|ngày ký|email\s*:|cơ quan\s*:|signed by|\+07:?00")
_FIELD = re.compile(r"^[\s\d./-]{1,12}$|^\s*\d{1,6}\s*/\s*[A-ZĐ][\w&.-]*(?:-[\w&.]+)*\s*$")


def _added(own: list[Char], flat: list[Char]) -> list[Char]:
    """Characters of the flattened page that the page itself does not have (the widgets' text).

    Compared as a multiset of (character, position): flattening may put the widgets'
    text anywhere in the content order, not only at its end.
    """
    from collections import Counter

    def key(c: Char) -> tuple[str, int, int]:
        return c.ch, round(c.x0), round(c.y0)

    have = Counter(key(c) for c in own if not c.generated)
    out: list[Char] = []
    for c in flat:
        if c.generated:
            out.append(c)
            continue
        k = key(c)
        if have[k]:
            have[k] -= 1
            if out and not out[-1].generated:
                out.append(Char("\n", 0, 0, 0, 0, 0, False, True))  # a run of new text ends here
        else:
            out.append(c)
    return out


def _stamped(extra: list[Char], lines: list[_Line], notes: list[str], page_no: int) -> None:
    """Put the text of stamped fields into the lines they sit on."""
    runs: list[list[Char]] = [[]]
    for c in extra:
        if c.ch == "\n" and c.generated:
            if runs[-1]:
                runs.append([])
            continue
        if c.generated and not c.ch.strip():
            continue
        if runs[-1] and (abs(c.yc - runs[-1][-1].yc) > 0.6 * max(c.size, runs[-1][-1].size)
                         or c.x0 - runs[-1][-1].x1 > 0.8 * c.size):
            runs.append([])  # another line, or another field on the same line ("03" … "02")
        runs[-1].append(c)
    runs = [r for r in runs if any(x.ch.strip() for x in r)]
    # one widget may hold several lines: a stamp if any of them reads like one
    blob = " ".join("".join(c.ch for c in r) for r in runs)
    for run in runs:
        text = "".join(c.ch for c in run).strip()
        if _STAMP.search(blob) and not _FIELD.match(text):
            notes.append(f"page {page_no}: signature stamp left out: {text[:60]!r}")
            continue
        if not _FIELD.match(text):
            notes.append(f"page {page_no}: stamped text left out: {text[:60]!r}")
            continue
        yc = sum(c.yc for c in run) / len(run)
        x = run[0].x0

        def distance(ln: _Line) -> tuple[float, float]:
            # the line beside the field: on its baseline, and in its column (the "Số:" line and the
            # date line of a two-column header share a baseline)
            near = [c for c in ln.chars if not c.generated and c.ch.strip()]
            dx = min(abs(c.x0 - x) for c in near) if near else 1e9
            return dx, abs(ln.yc - yc)

        target = min((ln for ln in lines if abs(ln.yc - yc) < 0.8 * ln.size), key=distance, default=None)
        if target is None:
            notes.append(f"page {page_no}: stamped field with no line beside it: {text!r}")
            continue
        real = [i for i, c in enumerate(target.chars) if not c.generated and c.ch.strip()]
        at = next((i for i in real if target.chars[i].x0 >= x), len(target.chars))
        for c in run:
            c.stamp = True
        space = Char(" ", x, x, run[0].y0, run[0].y1, run[0].size, False, True, stamp=True)
        target.chars[at:at] = [space, *run, space]
        notes.append(f"page {page_no}: stamped field {text!r} read into its line")


# --- tables without ruling lines -------------------------------------------------------

#: A column gutter: an x interval no character of the table's lines covers, at least this many
#: font sizes wide (a space between words is about a quarter of one).
_GUTTER_EM = 0.5


def _real(line: _Line) -> list[Char]:
    return [c for c in line.chars if not c.generated and c.ch.strip()]


def _top(line: _Line) -> float:
    return max(c.y1 for c in _real(line))


def _bottom(line: _Line) -> float:
    return min(c.y0 for c in _real(line))


def _extent(line: _Line) -> tuple[float, float, float, float, float]:
    """A line's (left, right, bottom, top, font size), from its printed characters."""
    real = _real(line)
    return (min(c.x0 for c in real), max(c.x1 for c in real), min(c.y0 for c in real), max(c.y1 for c in real),
            max(c.size for c in real))


def _side_by_side(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    """Two lines (their extents) at the same height, more than 0.6 font size apart (two cells)."""
    ax0, ax1, ab, at, asize = a
    bx0, bx1, bb, bt, bsize = b
    if min(at, bt) - max(ab, bb) < 0.5 * min(at - ab, bt - bb):
        return False
    size = max(asize, bsize)
    return ax1 + 0.6 * size < bx0 or bx1 + 0.6 * size < ax0


def _fit(line: _Line, gutters: list[tuple[float, float]]) -> Optional[list[tuple[float, float]]]:
    """The gutters narrowed to the line's gaps, or None if its text runs over one of them."""
    real = sorted(_real(line), key=lambda c: c.x0)
    size = max(c.size for c in real)
    gaps = [(-1e9, real[0].x0)]
    reach = real[0].x1
    for c in real[1:]:
        if c.x0 - reach >= 0.5 * size:
            gaps.append((reach, c.x0))
        reach = max(reach, c.x1)
    gaps.append((reach, 1e9))
    out = []
    for gl, gr in gutters:
        hit = [(max(gl, a), min(gr, b)) for a, b in gaps if min(gr, b) > max(gl, a)]
        if not hit:
            return None
        out.append(hit[0])
    return out


def _gutters(chars: list[Char], size: float) -> list[tuple[float, float]]:
    spans = sorted((c.x0, c.x1) for c in chars)
    out: list[tuple[float, float]] = []
    reach = spans[0][1]
    for a, b in spans[1:]:
        if a - reach >= _GUTTER_EM * size:
            out.append((reach, a))
        reach = max(reach, b)
    return out


def _borderless(lines: list[_Line], boxes: list[_TableBox], above: Optional[float] = None) -> list[_Line]:
    """Tables without ruling lines among the page's lines outside tables; the lines, cells assigned.

    Evidence first: lines that sit beside another line at the same height (a cell
    beside a cell; prose never has that). Around each cluster of them the gutters —
    x strips at least half a font size wide that none of their characters covers —
    must be at least two (three columns: a header or a signature block has two),
    and the grid grows up and down over the lines that leave those gutters free
    (a row written on one line, "1 Ngày 24/05/2023 Khoa thông báo …", is cut at
    them). The boxes of the tables found are appended to ``boxes``.

    ``above``: lines higher on the page than this are not looked at (the first page's header,
    whose two columns have their own reader).
    """
    free = [i for i, ln in enumerate(lines) if ln.cell is None and ln.real and (above is None or ln.yc < above)]
    extents = {i: _extent(lines[i]) for i in free}
    beside: set[int] = set()
    for k, i in enumerate(free):
        for j in free[k + 1:k + 12]:
            if _side_by_side(extents[i], extents[j]):
                beside.update((i, j))
    if len(beside) < 2:
        return lines
    place = {i: p for p, i in enumerate(free)}
    # clusters of lines with a neighbour, in content order, at most three lines apart
    clusters: list[list[int]] = []
    for i in sorted(beside):
        pos = place[i]
        if clusters and pos - place[clusters[-1][-1]] <= 4:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    taken: set[int] = set()
    regions: list[tuple[list[int], list[tuple[float, float]]]] = []
    for core in clusters:
        chars = [c for i in core for c in _real(lines[i])]
        size = sorted(c.size for c in chars)[len(chars) // 2]
        gutters = _gutters(chars, size)
        if len(gutters) < 2:
            continue  # two columns are a header or a signature block, not a table
        a, b = place[core[0]], place[core[-1]]
        for p in range(a, b + 1):
            gutters = _fit(lines[free[p]], gutters) if gutters else None
        if not gutters:
            continue
        while a > 0 and free[a - 1] not in taken:
            fit = _fit(lines[free[a - 1]], gutters)
            if fit is None:
                break
            gutters, a = fit, a - 1
        while b + 1 < len(free):
            fit = _fit(lines[free[b + 1]], gutters)
            if fit is None:
                break
            gutters, b = fit, b + 1
        region = [free[p] for p in range(a, b + 1)]
        taken.update(region)
        regions.append((region, gutters))
    out: list = list(lines)
    for region, gutters in regions:
        table = _grid([lines[i] for i in region], gutters, len(boxes))
        if table is None:
            continue
        box, cells = table
        boxes.append(box)
        for i in region:
            out[i] = None
        out[region[0]] = cells
    flat: list[_Line] = []
    for x in out:
        if x is None:
            continue
        if isinstance(x, list):
            flat.extend(x)
        else:
            flat.append(x)
    return flat


def _grid(region: list[_Line], gutters: list[tuple[float, float]],
          t: int) -> Optional[tuple[_TableBox, list[_Line]]]:
    """The region's lines cut at the gutters into cell lines of table ``t``, or None if no grid."""
    chars = [c for ln in region for c in _real(ln)]
    lo, hi = min(c.x0 for c in chars), max(c.x1 for c in chars)
    xs = [lo - 1, *((a + b) / 2 for a, b in gutters), hi + 1]
    n_cols = len(xs) - 1

    def col(c: Char) -> int:
        x = (c.x0 + c.x1) / 2
        return next((k for k in range(n_cols) if x <= xs[k + 1]), n_cols - 1)

    # each line cut at the gutters into cell lines
    pieces: list[tuple[int, _Line]] = []
    for ln in region:
        parts: dict[int, _Line] = {}
        last = None
        for c in ln.chars:
            if not c.generated and c.ch.strip():
                last = col(c)
            k = last if last is not None else 0
            parts.setdefault(k, _Line()).chars.append(c)
        for k, p in sorted(parts.items()):
            if p.real:
                pieces.append((k, p))
    used = [sum(1 for k, _ in pieces if k == j) for j in range(n_cols)]
    if min(used) < 2:
        return None
    # rows: Word writes a table cell by cell, row by row, so a piece that goes back to a column
    # left of the one before it starts a row (vertical space does not tell: Word's cells have no
    # top or bottom margin, and a number centred in its cell sits between two lines of the next)
    rows: list[list[tuple[int, _Line]]] = [[]]
    for k, p in pieces:
        if rows[-1] and k < rows[-1][-1][0]:
            rows.append([])
        rows[-1].append((k, p))
    n_rows = len(rows)
    if n_rows < 2:
        return None
    tops = [max(_top(p) for _, p in row) for row in rows]
    row_ys = [tops[0] + 1, *(top + 0.5 for top in tops[1:]), min(_bottom(p) for _, p in pieces) - 1]
    box = _TableBox(xs, row_ys, [(r, c, 1, 1) for r in range(n_rows) for c in range(n_cols)])
    out: list[_Line] = []
    for r, row in enumerate(rows):
        for k, p in sorted(row, key=lambda kp: kp[0]):  # stable: a cell's lines stay in order
            p.cell = (t, r * n_cols + k)
            for c in p.chars:
                c.cell = p.cell
            out.append(p)
    return box, out


# --- the page → blocks -------------------------------------------------------------------

_PAGE_NO = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$")


def _reading_order(lines: list[_Line], boxes: list[_TableBox]) -> list[object]:
    """Lines and tables of a page in reading order.

    Content order is reading order for most exports, except that some put a block
    out of place (Word 2013 wrote the header table of o047 after the page's body).
    So the page is cut into *units* — a table, or a run of lines that goes down the
    page — and the units are put in order from the top; units starting at about the
    same height (the two cells of a header or signature table) keep content order.
    "About the same height" is 12 pt or one and a half lines of the higher unit's
    first line, whichever is more: LibreOffice centres the shorter header cell
    vertically, so the issuer's cell of a 13 pt header ("ỦY BAN NHÂN DÂN / TỈNH PHÚ
    THỌ") starts 13 pt below the motto's and used to be read after the whole page.
    """
    units: list[tuple[float, int, object, float]] = []  # (top, content position, lines or table index, em)
    run: list[_Line] = []
    seen_tables: set[int] = set()

    def close() -> None:
        if run:
            top = max(run, key=lambda x: x.yc)
            units.append((top.yc, len(units), list(run), _line_em(top)))
            run.clear()

    for ln in lines:
        if ln.cell is not None:
            close()
            t = ln.cell[0]
            if t not in seen_tables:
                seen_tables.add(t)
                units.append((boxes[t].ys[0], len(units), t, 0.0))
            continue
        if run and ln.yc > run[-1].yc + 1.5 * ln.size:
            close()  # the next line is higher up the page: a new run
        run.append(ln)
    close()
    units.sort(key=lambda u: -u[0])
    ordered: list[tuple[float, int, object, float]] = []
    i = 0
    while i < len(units):
        j = i + 1
        while j < len(units) and (units[i][0] - units[j][0] < max(12.0, 1.5 * units[i][3])
                                  or _beside(units[i][2], units[j][2])):
            j += 1
        ordered += sorted(units[i:j], key=lambda u: u[1])
        i = j
    out: list[object] = []
    for _, _, item, _ in ordered:
        if isinstance(item, list):
            out.extend(item)
        else:
            out.append(item)
    return out


def _beside(high: object, low: object) -> bool:
    """Whether a short run of lines sits beside the top of a higher run, in the other column: the cell of a
    header table that LibreOffice centres vertically further down than the 12 pt of :func:`_reading_order`
    allow. A one-line issuer ("BỘ NỘI VỤ" / "-------") beside the three lines of the motto starts 28 pt below
    "CỘNG HÒA XÃ HỘI", and was read after the whole page (set bg g_f992333d, ba a_bdb63e95, u u_f070c601)."""
    if not isinstance(high, list) or not isinstance(low, list) or not 0 < len(low) <= 6:
        return False
    own = [ln for ln in low if ln.real]
    if not own:
        return False
    bottom = min(ln.yc for ln in own) - 0.5 * max(ln.size for ln in own)
    band = [ln for ln in high if ln.real and ln.yc >= bottom]
    if not band or len(band) == len([ln for ln in high if ln.real]):
        return False  # the higher run must go on below the short one: its top beside, not all of it
    lo0, lo1 = min(ln.x0 for ln in own), max(ln.x1 for ln in own)
    hi0, hi1 = min(ln.x0 for ln in band), max(ln.x1 for ln in band)
    return lo1 < hi0 or hi1 < lo0


_MOTTO_LINE = motto.compiled("glued_line")  # a line of either motto in a text layer (data/mottos.json)


def _header_bottom(lines: list[_Line], width: float) -> Optional[float]:
    """The height where a first page's two-column header ends (see :func:`_header_columns`)."""
    zone: list[_Line] = []
    motto = False
    for ln in lines:
        if len(zone) >= 24:
            break
        segs = _segments(ln)
        if motto and len(segs) == 1 and abs((ln.x0 + ln.x1) / 2 - width / 2) < 0.1 * width:
            break
        motto = motto or any(_MOTTO_LINE.search(_line_text(s)) for s in segs)
        zone.append(ln)
    if not motto or len(zone) < 3:
        return None
    return min(ln.yc for ln in zone if ln.real) - 0.1


def _header_columns(items: list[object], width: float) -> list[object]:
    """The two-column header of a first page: the left column's lines, then the right column's.

    The header zone runs from the top to the first line centred on the page (the
    type line, a full-width line of text) after the motto, at most 24 lines; each
    segment goes to the column its centre is in. Exports that write the header as
    a table are in this order already; those that lay it out with tab stops or
    write the columns' lines alternately (o021) are put in it.
    """
    mid = width / 2
    zone: list[_Line] = []
    motto = False
    for item in items:
        if not isinstance(item, _Line) or len(zone) >= 24:
            break
        segs = _segments(item)
        centre = (item.x0 + item.x1) / 2
        if motto and len(segs) == 1 and abs(centre - mid) < 0.1 * width:
            break
        motto = motto or any(_MOTTO_LINE.search(_line_text(s)) for s in segs)
        zone.append(item)
    if not motto or len(zone) < 3:
        return items
    lead = _across_top(zone, width)
    left: list[_Line] = []
    right: list[_Line] = []
    for ln in zone[lead:]:
        for seg in _segments(ln):
            (left if (seg.x0 + seg.x1) / 2 < mid else right).append(seg)
    return [*zone[:lead], *left, *right, *items[len(zone):]]


def _across_top(zone: list[_Line], width: float) -> int:
    """How many lines at the top of a header zone are text across the page, above both columns.

    A line that runs over the page's middle belongs to neither column; it was sent to the right one
    (its centre is right of the middle, the left margin being wider) and its short last line to the
    left one, so the paragraph was read last line first, after the issuer's column: "UỶ BAN NHÂN DÂN
    THÀNH PHỐ HỒ CHÍ MINH SỞ GIÁO DỤC VÀ ĐÀO" / "TẠO" above the motto (o io_8cea7beb) lost "tạo" from
    the issuer, and a wrapped line above "ỦY BAN NHÂN DÂN / TỈNH BÌNH ĐỊNH" (ou iu_e2d9a4e7) cut the
    issuer to "UBND tỉnh". So the lines up to the last such line above the motto's column (a header flattened
    into one paragraph runs over the middle with the motto in it: "… Về việc đón đọc chuyên trang “Đại đoàn
    kết” CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM Độc lập – Tự do – Hạnh phúc", or ir_d2fa6955), and the last
    line wrapped directly below it, keep their order ahead of the columns.
    """
    mid = width / 2
    n = 0
    for k, ln in enumerate(zone):
        if not (ln.x0 < mid - 0.1 * width < mid + 0.1 * width < ln.x1 and len(_segments(ln)) == 1):
            if _MOTTO_LINE.search(_line_text(ln)):
                break  # the motto's own column
            continue
        n = k + 1
        nxt = zone[n] if n < len(zone) else None
        if (nxt is not None and nxt.real and nxt.x0 < mid - 0.1 * width and nxt.x1 < mid + 0.1 * width
                and len(_segments(nxt)) == 1 and 0 < ln.yc - nxt.yc < 1.5 * ln.size):
            n += 1  # the paragraph's last line, wrapped at the left margin
    return n


def _page_blocks(lines: list[_Line], boxes: list[_TableBox], height: float, page_no: int,
                 out: TextBuilder, notes: list[str], width: float = 595.0,
                 header: Optional[list[str]] = None) -> list[Block]:
    """The blocks of a page; ``header`` is the first row of a table the page may go on with."""
    blocks: list[Block] = []
    # page numbers alone in the top or bottom margin
    if lines:
        for ln in (lines[0], lines[-1]):
            if ln.cell is None and _PAGE_NO.match(_line_text(ln)) and (ln.yc > 0.9 * height or ln.yc < 0.1 * height):
                notes.append(f"page {page_no}: page number {_line_text(ln)!r} left out")
                lines = [x for x in lines if x is not ln]
    items = _reading_order(lines, boxes)
    if page_no == 1:
        items = _header_columns(items, width)
    k = 0
    while k < len(items):
        item = items[k]
        if isinstance(item, int):
            blocks.append(_table_block(boxes[item], item, [x for x in lines if x.cell and x.cell[0] == item],
                                       page_no, out, header if k == 0 else None, notes))
            k += 1
            continue
        # consecutive lines laid out in two columns with tab stops: the left column first
        band: list[list[_Line]] = []
        while k < len(items) and isinstance(items[k], _Line):
            segs = _segments(items[k])
            if len(segs) < 2 and band:
                break
            band.append(segs)
            k += 1
            if len(segs) < 2:
                break
        order = [s[0] for s in band] + [x for s in band for x in s[1:]] if len(band) > 1 else band[0]
        for seg in order:
            text = _line_text(seg)
            if text:
                blocks.append(out.paragraph(text, bold=seg.bold, page=page_no,
                                            x0=round(seg.x0, 1), x1=round(seg.x1, 1)))
    return blocks


def _table_block(box: _TableBox, t: int, lines: list[_Line], page_no: int, out: TextBuilder,
                 header: Optional[list[str]] = None, notes: Optional[list[str]] = None) -> Table:
    """A table's grid, its text written row by row.

    ``header``: the first row of the table this one goes on from (previous page);
    Word repeats a table's header row on every page, and that repetition is left out
    (noted), so the row cut by the page break goes on right after its first part.
    """
    by_cell: dict[int, list[_Line]] = {}
    for ln in lines:
        by_cell.setdefault(ln.cell[1], []).append(ln)
    skip = 0
    if header is not None:
        first = [(i, cell) for i, cell in enumerate(box.cells) if cell[0] == 0]
        texts = ["\n".join(t for t in (_line_text(ln) for ln in by_cell.get(i, [])) if t) for i, _ in first]
        if texts == header and all(cell[2] == 1 for _, cell in first) and len(box.ys) > 2:
            skip = 1
            if notes is not None:
                notes.append(f"page {page_no}: repeated table header row left out: {' | '.join(texts)[:60]!r}")
    out.newline()
    t_start = out.pos
    rows: list[tuple[Cell, ...]] = []
    nr = len(box.ys) - 1
    for r in range(skip, nr):
        cells: list[Cell] = []
        for i, (r0, c0, rs, cs) in enumerate(box.cells):
            if r0 != r:
                continue
            r0 -= skip
            if cells:
                out.write("\t")
            c_start = out.pos
            paras: list[Paragraph] = []
            above: Optional[_Line] = None
            for ln in by_cell.get(i, []):
                text = _line_text(ln)
                if not text:
                    continue
                if paras and above is not None and _cut_word(above, ln, box.xs[c0 + cs]):
                    # one word the cell was too narrow for: its two parts are one word again
                    s, e = out.write(text)
                    last = paras[-1]
                    paras[-1] = Paragraph(last.text + text, last.start, e, bold=last.bold and ln.bold, page=page_no)
                    above = ln
                    continue
                if paras:
                    out.write("\n")
                s, e = out.write(text)
                paras.append(Paragraph(text, s, e, bold=ln.bold, page=page_no))
                above = ln
            cells.append(Cell(r0, c0, rs, cs, tuple(paras), c_start, out.pos, out.since(c_start)))
        out.write("\n")
        rows.append(tuple(cells))
    return Table(tuple(rows), len(box.xs) - 1, t_start, out.pos, page=page_no)


def _cut_word(line: _Line, below: _Line, right: float) -> bool:
    """A word broken over two lines of a table cell: the cell was narrower than the word, so the writer cut it where
    the cell ends, with no space and no hyphen ("54/2024/QH1" / "5 ngày", "37/2025/TTBN" / "NMT ngày" in the narrow
    "Căn cứ pháp lý" column of a TTHC list: crawl c_085589ff and a_1aebf3ca as PDF, each symbol lost). Word and
    LibreOffice cut a word only when it is wider than the whole line, and a wrap at a space moves the whole word down:
    so ``line`` is one word (no space in it), ending in a letter or digit, ``below`` opens with one, and the first
    character of ``below`` would not have fit in the cell (``right``: its right border) after the last of ``line``.
    A word that fills its line by itself and wrapped at a space the cell had no room for looks the same; the case
    tells them apart: a cut goes on in the case it stopped in ("TT" / "BNN", "ng" / "ười"), and a lower-case word
    after a symbol or a number is the next word ("10/2024/TTBTC" / "ngày 05/02/2024.", a_1aebf3ca)."""
    own = [c for c in line.chars if not c.generated]
    nxt = next((c for c in below.chars if not c.generated and c.ch.strip()), None)
    if not own or nxt is None or any(not c.ch.strip() for c in own) or not own[-1].ch.isalnum() \
            or not nxt.ch.isalnum() or own[-1].ch.islower() != nxt.ch.islower() or " " in _line_text(line):
        return False
    return own[-1].x1 + (nxt.x1 - nxt.x0) > right - _CELL_PAD


#: The inner margin of a table cell, in points (Word's and LibreOffice's default: 0.19 cm).
_CELL_PAD = 5.4


def _continues(prev: Table, prev_box: _TableBox, box: _TableBox) -> bool:
    """A table at the top of a page goes on from the previous page's last table: same columns."""
    return len(prev_box.xs) == len(box.xs) and all(abs(a - b) <= 2 * _SNAP for a, b in zip(prev_box.xs, box.xs))


#: A row's number in a table's first column: "3", "3.", "2.1".
_ROW_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,3})*)\.?")


def _numbers_on(prev: Table, first: str) -> bool:
    """Does the number ``first`` come next after the last numbered row of ``prev`` ("3." after "2.", "2.4" after
    "2.3", "3" after "2.3")?"""
    m = _ROW_NUMBER.fullmatch(first.strip())
    if m is None:
        return False
    cur = [int(x) for x in m.group(1).split(".")]
    for row in reversed(prev.rows):
        pm = _ROW_NUMBER.fullmatch(row[0].text.strip()) if row and row[0].col == 0 else None
        if pm is not None:
            last = [int(x) for x in pm.group(1).split(".")]
            return len(cur) <= len(last) and cur[:-1] == last[:len(cur) - 1] and cur[-1] == last[len(cur) - 1] + 1
    return False


def _columns_within(prev: Table, prev_box: _TableBox, box: _TableBox, cur: Table) -> Optional[list[int]]:
    """The previous page's column border each border of ``box`` is, when ``box`` goes on that table with fewer
    columns drawn; else None.

    A page draws only the borders its own rows need: when the rows on the last page all merge two columns the
    others split (the last rows of a plan's task table: "Kết quả dự kiến" and "Nguồn kinh phí" one cell), the
    border between them is not drawn there and the page's table has a column fewer. It is the same table when
    its two outer borders are the previous table's and every inner one is one of them, and its first row goes on
    from the previous page: the rest of a row the page break cut (an empty number cell), or, when the break fell
    between rows, the next number of the previous table's rows ("3." after "2."); a new table opens with its
    header, or with a number of its own ("1.").
    """
    if len(box.xs) >= len(prev_box.xs) or not cur.rows or not cur.rows[0] or cur.rows[0][0].col != 0 \
            or (cur.rows[0][0].text.strip() and not _numbers_on(prev, cur.rows[0][0].text)):
        return None
    at = []
    for x in box.xs:
        j = next((j for j, px in enumerate(prev_box.xs) if abs(px - x) <= 2 * _SNAP), None)
        if j is None:
            return None
        at.append(j)
    if at[0] != 0 or at[-1] != len(prev_box.xs) - 1:
        return None
    return at


def read_pdf(data: bytes, *, source: str) -> Layout:
    """Read PDF bytes into a layout; scanned pages are read by OCR (:mod:`.ocr`), and a PDF
    without a text layer that OCR cannot read raises NeedsOCRError."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from cancu.loaders.formats.pdf_fonts import repair_to_unicode

    data, notes = repair_to_unicode(data)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UnreadableFileError(f"not a readable PDF ({exc})", source=source) from None
    out = TextBuilder()
    blocks: list[Block] = []
    any_text = False
    last_box: Optional[_TableBox] = None
    pages: list[tuple[list[_Line], list[_TableBox], float, float]] = []
    scans = ScanReader(pdf, raw, source=source)
    try:
        n_pages = len(pdf)
        for pi in range(n_pages):
            page = pdf[pi]
            shown = page.get_rotation()
            frame = _frame(page)
            turn = _text_turn(page, raw)
            width, height = (frame[1], frame[0]) if turn % 2 else frame
            chars, _ = _page_chars(page, raw, turn, frame)
            scan = _scanned(page, raw, chars, scans, pi + 1, shown, notes)
            if scan is not None:  # a scanned page: its characters and ruling lines come from OCR
                chars, width, height = scan.chars, scan.width, scan.height
            stamped: list[Char] = []
            if raw.FPDFPage_GetAnnotCount(page.raw):
                # stamped fields: flatten the widgets into the page and read what they add
                if raw.FPDFPage_Flatten(page.raw, raw.FLAT_NORMALDISPLAY) == raw.FLATTEN_SUCCESS:
                    page.close()
                    page = pdf[pi]
                    flat, _ = _page_chars(page, raw, turn, frame)
                    stamped = _added(chars, flat)
            hs, vs = (scan.hs, scan.vs) if scan is not None else _turned_rules(*_rules(page, raw), turn, frame)
            boxes = _tables(hs, vs)
            for c in chars:
                if c.generated or not c.ch.strip():
                    continue
                for t, box in enumerate(boxes):
                    i = box.cell_at((c.x0 + c.x1) / 2, c.yc)
                    if i is not None:
                        c.cell = (t, i)
                        break
            # generated spaces take the cell of the character before them
            prev_cell = None
            for c in chars:
                if c.generated or not c.ch.strip():
                    c.cell = prev_cell if c.ch == " " else None
                else:
                    prev_cell = c.cell
            lines = _lines(chars)
            if stamped:
                _stamped(stamped, lines, notes, pi + 1)
            lines = _borderless(lines, boxes, _header_bottom(lines, width) if pi == 0 else None)
            page.close()
            if any(ln.real for ln in lines):
                any_text = True
            pages.append((lines, boxes, width, height))
        heads = _running_heads(pages)
        for pi, (lines, boxes, width, height) in enumerate(pages):
            if heads:
                lines = _without_heads(lines, heads, height, pi + 1, notes)
            if pi:
                out.newline()
                out.write("\f\n")
            header = None
            if blocks and isinstance(blocks[-1], Table) and last_box is not None and boxes \
                    and any(ln.cell is not None for ln in lines) \
                    and _continues(blocks[-1], last_box, boxes[_first_table(lines)]):
                header = [c.text for c in blocks[-1].rows[0]]
            page_blocks = _page_blocks(lines, boxes, height, pi + 1, out, notes, width, header)
            # a table going on from the previous page: its cells take the previous grid's columns, the same ones or
            # a border fewer drawn on this page (:func:`_columns_within`)
            at = None
            if page_blocks and blocks and isinstance(page_blocks[0], Table) and isinstance(blocks[-1], Table) \
                    and last_box is not None and boxes:
                box = boxes[_first_table(lines)]
                at = (list(range(max(blocks[-1].n_cols, page_blocks[0].n_cols) + 1))
                      if _continues(blocks[-1], last_box, box)
                      else _columns_within(blocks[-1], last_box, box, page_blocks[0]))
            if at is not None:
                prev, cur = blocks[-1], page_blocks[0]
                shift = len(prev.rows)
                moved = tuple(tuple(Cell(c.row + shift, at[c.col], c.rowspan, at[c.col + c.colspan] - at[c.col],
                                         c.blocks, c.start, c.end, c.text) for c in row) for row in cur.rows)
                blocks[-1] = Table(prev.rows + moved, prev.n_cols, prev.start, cur.end, page=prev.page)
                page_blocks = page_blocks[1:]
            blocks.extend(page_blocks)
            last_tables = [ln.cell[0] for ln in lines if ln.cell is not None]
            last_box = boxes[last_tables[-1]] if last_tables and blocks and isinstance(blocks[-1], Table) else None
    finally:
        pdf.close()
    if not any_text:
        raise NeedsOCRError(f"the PDF has {n_pages} page(s) but no text layer"
                            + (f" (a scan), and OCR cannot read it: {scans.missing}" if scans.missing else
                               " and no page image to read by OCR"), source=source)
    text = out.text
    if not text.endswith("\n"):
        text += "\n"
    return Layout(text, blocks, "pdf", notes, ocr=scans.info)


def _scanned(page, raw, chars: list[Char], scans: ScanReader, page_no: int, rotation: int,
             notes: list[str]):
    """The page read by OCR when it is a scan (no text, an image over most of it), else None. A scan whose text
    layer lost every Vietnamese mark is read again, within the file's OCR limits (else its layer is kept)."""
    layer = "".join(c.ch for c in chars if not c.generated and c.ch.strip())
    if layer:
        if not unmarked_layer(layer) or not is_scanned(page, raw) or not scans.rereads():
            return None
        try:
            got = scans.read(page, page_no, rotation)
        except OcrLimitError:
            notes.append(f"page {page_no}: a text layer without Vietnamese marks, kept: OCR stopped at the file's "
                         "time limit")
            return None
        if got is not None:
            notes.append(f"page {page_no}: a text layer without Vietnamese marks, read again by OCR")
        return got
    if not is_scanned(page, raw):
        return None
    got = scans.read(page, page_no, rotation)
    if got is None:
        notes.append(f"page {page_no}: a scanned page, not read: {scans.missing}")
    return got


#: Top and bottom margins (share of the page height) where running heads and footers sit.
_MARGIN = 0.1


def _head_key(line: _Line) -> str:
    """A margin line as it repeats from page to page: its letters, page numbers and dates set aside."""
    return re.sub(r"[\W\d_]+", " ", _line_text(line)).strip().casefold()


def _margin_lines(lines: list[_Line], height: float) -> list[_Line]:
    """The first two and last two lines of a page that sit in its top or bottom margin, outside tables."""
    ends = lines[:2] + lines[-2:]
    return [ln for ln in ends if ln.cell is None and (ln.yc > (1 - _MARGIN) * height or ln.yc < _MARGIN * height)]


def _running_heads(pages: list[tuple[list[_Line], list[_TableBox], float, float]]) -> set[str]:
    """Lines printed in the margin of at least half the pages (at least three): running heads and footers.

    A gazette prints "CÔNG BÁO BÀ RỊA - VŨNG TÀU/Số 09/ Ngày 25-02-2025" and the page
    number on top of every page (o036); exports print "Trang 2/5" at the bottom. They
    are not the document's text and cut a table that goes on over the page. Compared
    by letters only, so the page number and the side it is printed on do not matter;
    a bundle of documents, each with its motto on a first page, has it on fewer than
    half its pages.
    """
    from collections import Counter

    if len(pages) < 3:
        return set()
    seen: Counter[str] = Counter()
    for lines, _, _, height in pages:
        seen.update({k for k in (_head_key(ln) for ln in _margin_lines(lines, height)) if len(k) >= 4})
    return {k for k, n in seen.items() if n >= 3 and n >= len(pages) / 2}


def _without_heads(lines: list[_Line], heads: set[str], height: float, page_no: int,
                   notes: list[str]) -> list[_Line]:
    drop = [ln for ln in _margin_lines(lines, height) if _head_key(ln) in heads]
    for ln in drop:
        notes.append(f"page {page_no}: running head {_line_text(ln)!r} left out")
    return [ln for ln in lines if all(ln is not d for d in drop)]


def _first_table(lines: list[_Line]) -> int:
    return next(ln.cell[0] for ln in lines if ln.cell is not None)
