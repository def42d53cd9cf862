"""Task tables of ``pdftotext -layout`` text → grids, each word read by the column it stands in.

``pdftotext -layout`` sets a table's columns side by side, as the page shows them: a printed line
holds the words of every cell that has a line at that height, each at its column's place, so a
cell's lines stay in one vertical strip from line to line::

    STT Cơ quan chủ trì     Cơ quan phối hợp   Nội dung nhiệm vụ         Thời hạn hoàn thành
    1    Bộ Nông nghiệp     - Bộ Khoa học và   - Hoàn thiện Nghị định    Ban hành trong quý I
         và Môi trường      Công nghệ;         về xử lý vi phạm …        năm 2026.

Read line by line, as prose, the cells of a row run into each other ("Bộ Nông nghiệp - Bộ Khoa học
và - Hoàn thiện Nghị định …"). Here a table is found by its header: a band of short lines whose
cells (runs of words set apart, or standing over each other) name a task column and a lead,
assignment or deadline column in the words of ``data/task_columns.json``
(:func:`~cancu.loaders.tasks.columns.is_task_header`). The header gives the columns; where one
column ends and the next begins is read from the body, at the places between two header cells
that the fewest lines write in. pdftotext places each page on a grid of its own, so each part of
the table under a repeated header is read under that header (a page without one is moved onto the
places of the page before). A row is a band of lines between blank lines (the cell padding of a
bordered table prints as a blank line), cut again at each row number the number column holds when
a band holds several; the rows then go to :func:`~cancu.loaders.tasks.table_tasks.grid_tasks` like
the rows of any other grid, whose rules (a row without a number goes on from the row above, a
header repeated on a new page is skipped, section rows) apply unchanged. pdftotext's places are
approximate: a row's cells may run together one space apart, and a cell's lines may stand a few
places off their column; :func:`_cells` reads such lines by their runs of words.

The table ends at the recipients or the signature, at a paragraph of running text (two lines as
wide as the page from the table's left edge) or at another table's header. A header of a procedure
catalogue or workflow, of a form's scores, and a row's line that happens to name a task and a
schedule give no table.

Seen in: office o047 (a faculty's internship schedule, "TT | Thời gian | Nội dung", numbers set in
the middle of their rows), and the Word-exported PDFs of the gold sets through pdftotext
(``benchmarks/format_transfer.py``'s ``txt`` form: the seven-column annex of Quyết định
2530/QĐ-TTg, crawl c_bc3b1eb1).
"""

from __future__ import annotations

import re
from typing import Optional

from cancu.loaders.tasks.annex import opens_annex
from cancu.loaders.tasks.columns import (
    column_kind,
    column_words,
    header_kinds,
    is_not_task_table,
    is_step_cell,
    is_task_header,
)
from cancu.loaders.tasks.grid import Grid, Row, cell_lines
from cancu.loaders.tasks.outline import marker
from cancu.loaders.tasks.pdf_columns import table_end

__all__ = ["layout_column_grids", "layout_column_tables"]

# a gap of two spaces or more inside a line: where pdftotext -layout puts one column beside another
_GAP = re.compile(r"\S {2,}\S")
_WORD = re.compile(r"\S+")
# no header cell holds a formula: an appraisal form's scores ("Tiến độ công việc được giao" / "=" / "Số lượng công
# việc hoàn thành đạt tiến độ trở lên" / "x 100% x 5", a form annexed to a regulation, set y) name no columns
_FORMULA = re.compile(r"[=%]")
# and every header cell has a word: a line of a form's rows, "Tiến độ công việc được giao   25", is no header
_LETTER = re.compile(r"[^\W\d_]")
# the end of the title over a table ("… của UBND tỉnh Lào" / "Cai)"): no line of its header
_TITLE_END = re.compile(r"\)$")
# a row number as the number column writes it: "1", "1.", "1.2", "a)", "II.", "A." (a section row)
_ROW_NO = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*\.?|[a-zđ]\)|(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.?|[A-ZĐ]\.)")
# at most this many lines in a header band ("Cơ quan" / "phối hợp" / … written in narrow cells over
# several lines; the seven-column annex of c_bc3b1eb1 takes seven)
_HEADER_LINES = 8
# the longest run of words of a header line ("Cơ quan phối hợp thực hiện"); a document's title is longer
_HEADER_RUN = 32
# the longest header cell, its lines joined ("Cơ quan, đơn vị chủ trì thực hiện", "Thời gian thực hiện (Năm 2026)")
_HEADER_CELL = 48
# places a gap pdftotext shut inside a run of words may have shifted the words after it left
_SHUT = 2
# places before a column's start within which a run of words set apart from the one before opens that column
_NEAR = 6


class _Line:
    """One line of the text: its words as (x, word) with x its column on the printed line."""

    __slots__ = ("start", "end", "page", "words", "raw")

    def __init__(self, raw: str, start: int, page: int):
        self.raw = raw
        self.start = start
        self.end = start + len(raw)
        self.page = page
        # a form feed opens a page's first line: it takes no place on the printed line
        body = raw.replace("\f", "")
        self.words = [(m.start(), m.group()) for m in _WORD.finditer(body)]

    @property
    def blank(self) -> bool:
        return not self.words

    def text(self) -> str:
        return " ".join(w for _, w in self.words)


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    page = 0
    for raw in text.split("\n"):
        page += raw.count("\f")
        out.append(_Line(raw, pos, page))
        pos += len(raw) + 1
    return out


def _is_page_number(lines: list[_Line], i: int) -> bool:
    """A line holding only a number at a page break: the first written line of a page (where Vietnamese
    documents print it, NĐ 30/2020/NĐ-CP; o047's "4" over its schedule's sixth row) or the last before the next."""
    ln = lines[i]
    if len(ln.words) != 1 or not re.fullmatch(r"\d{1,3}", ln.words[0][1]):
        return False
    k = i
    while "\f" not in lines[k].raw:
        if k == 0 or not lines[k - 1].blank:
            break
        k -= 1
    else:
        return True
    for nxt in lines[i + 1:]:
        if "\f" in nxt.raw:
            return True
        if not nxt.blank:
            return False
    return True


def _header_like(ln: _Line) -> bool:
    """A line of a header band: short runs of words (a column's words, wrapped in its cell), or runs naming two
    columns one space apart, mostly in column words ("Cơ quan chủ trì Cơ quan phối hợp hiện/"); not a title, nor
    a row's line that names a task and its schedule ("Báo cáo khó khăn, vướng mắc theo nhiệm vụ được giao (Về tiến
    độ", office o033)."""
    if not ln.words:
        return False
    for x0, x1 in _phrases(ln):
        if x1 - x0 > _HEADER_RUN:
            text = _run(ln, x0, x1)
            said = _kind_words(text)
            if x1 - x0 > 1.5 * _HEADER_RUN or len({k for k, _, _ in said}) < 2 \
                    or sum(len(w) for _, w, _ in said) < 0.4 * len(text.replace(" ", "")):
                return False
    return True


def _header_band(lines: list[_Line], i: int) -> tuple[int, int]:
    """The band of written lines around line ``i`` (a header's cells wrap over lines above and below it)."""
    a = i
    while a > 0 and _header_like(lines[a - 1]) and i - a + 1 < _HEADER_LINES and "\f" not in lines[a].raw \
            and not _TITLE_END.search(lines[a - 1].text()):
        a -= 1
    b = i + 1
    while b < len(lines) and _header_like(lines[b]) and b - a < _HEADER_LINES and "\f" not in lines[b].raw \
            and not _ROW_NO.fullmatch(lines[b].words[0][1]):
        b += 1
    return a, b


def _phrases(ln: _Line) -> list[tuple[int, int]]:
    """(x0, x1) of the runs of words a line sets one space apart: pdftotext -layout places each run at its place
    on the page and writes its words one space apart, so only a run's start is where the page has it."""
    out: list[tuple[int, int]] = []
    for x, w in ln.words:
        if out and x - out[-1][1] <= 1:
            out[-1] = (out[-1][0], x + len(w))
        else:
            out.append((x, x + len(w)))
    return out


def _run(ln: _Line, x0: int, x1: int) -> str:
    """The words of the run ``x0:x1`` of a line."""
    return " ".join(w for x, w in ln.words if x0 <= x < x1)


def _strip_of(bounds: list[int], x: int) -> int:
    k = 0
    while k < len(bounds) and x >= bounds[k]:
        k += 1
    return k


def _last_start(ln: _Line, x0: int, x1: int) -> int:
    """Where the last word of the run ``x0:x1`` starts (a run whose last word only overhangs a column's start
    is the column's own line)."""
    return max(x for x, _ in ln.words if x0 <= x < x1)


def _cells(ln: _Line, bounds: list[int], numbered: bool = False) -> list[list[str]]:
    """The words of a line by strip. A run of words that reaches over a column's start is a row pdftotext ran
    together one space apart, each gap it shut shifting the words after it left: a word there goes to the
    next strip a few places before the start (``_SHUT`` for each gap shut so far). ``numbered``: the first
    strip is the number column, which holds row numbers only: other words standing in it are the next
    column's, set further left on that line (pdftotext moves a block of a cell's lines left at times)."""
    out: list[list[str]] = [[] for _ in range(len(bounds) + 1)]
    runs = _phrases(ln)
    r = 0
    for x, w in ln.words:
        while r < len(runs) and x >= runs[r][1]:
            r += 1
        x0, x1 = runs[r]
        k = _strip_of(bounds, x)
        if x > x0 and _strip_of(bounds, _last_start(ln, x0, x1)) > _strip_of(bounds, x0):
            k0 = _strip_of(bounds, x0)
            k = k0
            while k < len(bounds) and x + _SHUT * (k - k0 + 1) >= bounds[k]:
                k += 1
        if numbered and k == 0 and bounds and not (x == x0 and _ROW_NO.fullmatch(w)):
            k = 1
        if x == x0 and k < len(bounds) and bounds[k] - x <= _NEAR \
                and (out[k] or x - (bounds[k - 1] if k else 0) >= 2 * _NEAR):
            # a run of words just before the next column's start, set apart from a run of this strip by a gap no
            # cell's line holds, or far from this strip's start: that column's line, which pdftotext set a few
            # places left ("5   Thường xuyên rà soát, kiểm   Văn bản đề xuất, Thường", QĐ 298's plan; "Sở Khoa học
            # và Công" alone on its line two places left of the other lines of the "Chủ trì" column, KH 144)
            k += 1
        k = max(k, max((j for j in range(len(out)) if out[j]), default=0))  # a line's words go left to right
        out[k].append(w)
    return out


def _header_cells(band: list[_Line]) -> list[tuple[int, int, str]]:
    """(x0, x1, text) of each cell of a header band, left to right.

    A run of words is a piece of one cell, unless it holds the words of two columns set one space apart
    ("STT Cơ quan chủ trì", c_bc3b1eb1's annex as pdftotext wrote it; "Cơ quan chủ trì Cơ quan phối hợp"): it
    is cut after the first column's words ("Đơn vị phối hợp thực hiện" is one cell: "đơn vị" alone names no
    column of its own). Pieces on different lines that stand over each other are one cell ("Cơ quan" / "chủ trì")."""
    pieces: list[tuple[int, int, int, str]] = []
    for li, ln in enumerate(band):
        for x0, x1 in _phrases(ln):
            text = _run(ln, x0, x1)
            cuts = [0]
            last: Optional[tuple[str, int]] = None  # the kind of the column word before and where it ends
            for kind, word, at in _kind_words(text):
                if last is not None and kind != last[0] and "skip" not in (kind, last[0]):
                    cuts.append(last[1])  # the next cell's words open after the last word of this one
                last = (kind, at + len(word))
            cuts.append(len(text))
            for c0, c1 in zip(cuts, cuts[1:]):
                piece = text[c0:c1]
                if piece.strip():
                    lead = len(piece) - len(piece.lstrip())
                    pieces.append((x0 + c0 + lead, x0 + c0 + len(piece.rstrip()), li, piece.strip()))
    pieces.sort()
    cells: list[list] = []
    for x0, x1, li, part in pieces:
        if cells and x0 < cells[-1][1]:
            cells[-1][1] = max(cells[-1][1], x1)
            cells[-1][2].append((li, x0, part))
        else:
            cells.append([x0, x1, [(li, x0, part)]])
    return [(c[0], c[1], " ".join(p for _, _, p in sorted(c[2]))) for c in cells]


def _kind_words(text: str) -> list[tuple[str, str, int]]:
    """(kind, word, offset) of the column words in a line's run of words, in order."""
    return [(kind, word, at) for at, kind, word in column_words(text)]


def _kinds(ln: _Line) -> set[str]:
    return {k for k, _, _ in _kind_words(ln.text())}


def _columns(band: list[_Line], body: list[_Line]) -> Optional[tuple[list[int], list[str]]]:
    """Where each column starts and the header text of each, or None when the header names no task table.

    The header gives the columns: its cells, left to right. Where one column ends and the next begins is
    read from the body, between the middles of two header cells (a header cell stands over its column, but a
    few places off it on pdftotext's grid, and may reach past the column's edge: "Cơ quan chủ trì" over a
    narrow column, set l l_816d32b5): the places there that the fewest body lines write in, the widest run of
    them, the rightmost if runs are as wide; the column starts after it.
    """
    cells = _header_cells(band)
    texts = [c[2] for c in cells]
    if not _is_header(cells):
        return None
    occ = _occupancy(body, counts=True)
    occ += [0] * (cells[-1][1] + 1 - len(occ))  # the header may reach further right than any body line
    bounds: list[int] = []
    for (x0, x1, _), (y0, y1, _) in zip(cells, cells[1:]):
        lo, hi = (x0 + x1) // 2, (y0 + y1) // 2
        low = min(occ[lo:hi + 1])
        runs: list[tuple[int, int]] = []
        for x in range(lo, hi + 1):
            if occ[x] == low:
                if runs and runs[-1][1] == x:
                    runs[-1] = (runs[-1][0], x + 1)
                else:
                    runs.append((x, x + 1))
        r1 = max(runs, key=lambda r: (r[1] - r[0], r[0]))[1]
        bounds.append(min(r1, hi))
    return bounds, texts


def _shift(page_lines: list[_Line], ref: list[int]) -> int:
    """How many places a page's lines stand right of the reference page (``ref``: its occupancy)."""
    occ = _occupancy(page_lines)
    # (score, -|shift|) of the best shift so far: a shift must put as many of the page's places on written places of
    # the reference as off them, else the page stays where it is (its lines are elsewhere: another layout)
    best, best_s = (-1, 0), 0
    for s in range(-12, 13):
        score = sum(1 if 0 <= x - s < len(ref) and ref[x - s] else -1 for x in range(len(occ)) if occ[x])
        if (score, -abs(s)) > best:
            best, best_s = (score, -abs(s)), s
    return best_s


def _occupancy(lines: list[_Line], counts: bool = False) -> list[int]:
    """For each place of a line, whether a word of ``lines`` is written there (``counts``: by how many lines)."""
    width = max((x + len(w) for ln in lines for x, w in ln.words), default=0)
    occ = [0] * (width + 1)
    for ln in lines:
        for x, w in ln.words:
            for k in range(x, x + len(w)):
                occ[k] = occ[k] + 1 if counts else 1
    return occ


def _extent(lines: list[_Line]) -> tuple[int, int]:
    return (min(ln.words[0][0] for ln in lines if ln.words),
            max(ln.words[-1][0] + len(ln.words[-1][1]) for ln in lines if ln.words))


def _text_width(lines: list[_Line]) -> int:
    """The width of the text's full lines: where nineteen lines in twenty end."""
    ends = sorted(ln.words[-1][0] + len(ln.words[-1][1]) for ln in lines if ln.words)
    return ends[int(0.95 * (len(ends) - 1))] if ends else 0


def _gapless_wide(ln: _Line, width: int) -> bool:
    if len(ln.words) < 6 or _GAP.search(ln.raw.strip(" \f")):
        return False
    x0, x1 = _extent([ln])
    return x1 >= 0.85 * width and x1 - x0 >= 40


def _prose_at(lines: list[_Line], k: int, width: int, left: int) -> bool:
    """Line ``k`` opens running text after the table: it runs the text's full width with no gap of two spaces,
    and the line under it goes on with none from the table's left edge ``left`` (where a paragraph's lines after
    its first start); a row's lines stay in their columns (a wide task column's lines start right of its
    number column: the targets of Kế hoạch 144/KH-UBND, "1   Kinh tế số chiếm 45% GRDP tỉnh.")."""
    if not _gapless_wide(lines[k], width):
        return False
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    return nxt is not None and not nxt.blank and not _GAP.search(nxt.raw.strip(" \f")) \
        and nxt.words[0][0] <= left + 1 and not _ROW_NO.fullmatch(nxt.words[0][1])


def _head_kinds(band: list[_Line]) -> Optional[list[Optional[str]]]:
    """The column kinds a header band names, left to right (None for a band that is no task table's header)."""
    cells = _header_cells(band)
    return header_kinds([c[2] for c in cells]) if _is_header(cells) else None


def _other_header(lines: list[_Line], k: int, band: list[_Line]) -> bool:
    """Line ``k`` opens the header of another table: a line naming two columns, mostly in column words, whose band
    is a task table's header and not this one's (each page repeats that)."""
    ln = lines[k]
    if not _GAP.search(ln.raw) or not _header_like(ln) or _ROW_NO.fullmatch(ln.words[0][1]) \
            or len(_kinds(ln)) < 2:
        return False
    # mostly column words: a row's line names a lead and some work ("hoạt động của Ban Chỉ đạo   Phòng Nội vụ
    # chủ trì") in words of its own
    text = ln.text()
    said = sum(len(w) for _, w, _ in _kind_words(text))
    if said < 0.6 * len(text.replace(" ", "")) or text in {h.text() for h in band}:
        return False
    # and its band is a header: a row's line that is mostly column words ("Tổ chức thực hiện có hiệu   phố chủ trì,
    # phối", QĐ 298's plan) has its row's long cells around it
    p, q = _header_band(lines, k)
    kinds = _head_kinds(lines[p:q])
    return kinds is not None and kinds != _head_kinds(band)


def _is_header(cells: list[tuple[int, int, str]]) -> bool:
    """Cells of a task table's header: two or more, short, naming a task column and a lead, assignment or deadline
    column, set apart (not the words of one line of text, "Nhiệm vụ chủ trì"), no formula nor a cell without words."""
    texts = [c[2] for c in cells]
    return len(texts) >= 2 and all(len(t) <= _HEADER_CELL and _LETTER.search(t) and not _FORMULA.search(t)
                                   for t in texts) \
        and is_task_header(texts) and any(y0 - x1 >= 2 for (_, x1, _), (y0, _, _) in zip(cells, cells[1:]))


def _moved(ln: _Line, s: int) -> _Line:
    out = _Line.__new__(_Line)
    out.raw, out.start, out.end, out.page = ln.raw, ln.start, ln.end, ln.page
    out.words = [(x - s, w) for x, w in ln.words]
    return out


def _segments(lines: list[_Line], a: int, b: int, end: int) -> list[tuple[int, int, int]]:
    """(band start, band end, segment end) of each part of a table that opens with its header: the header
    band ``a:b`` and each repetition of it, the same columns (a word processor repeats a table's header on each
    page; pdftotext writes each page to a scale of its own, so each part's columns are found under its own
    header; the repetition may wrap its cells otherwise: "Phân công và cách" with its "thức thực hiện" cut off)."""
    head = _head_kinds(lines[a:b])
    out = [(a, b, end)]
    k = b
    while k < end:
        ln = lines[k]
        if _header_like(ln) and _kinds(ln):
            p, q = _header_band(lines, k)
            if p >= out[-1][1] and _head_kinds(lines[p:q]) == head:
                out[-1] = out[-1][:2] + (p,)
                out.append((p, q, end))
                k = q
                continue
        k += 1
    return out


def _table_at(lines: list[_Line], i: int, width: int) -> Optional[tuple[Grid, int]]:
    """The table whose header band holds line ``i`` and where its text ends; a table that assigns nothing (a
    procedure's workflow, a catalogue of procedures, a fee table) as an empty grid of layout ``"workflow"``."""
    a, b = _header_band(lines, i)
    band = lines[a:b]
    cells = _header_cells(band)
    refused = is_not_task_table([" ".join(ln.text() for ln in band)])  # its header's words wrapped over lines
    if refused and not _spaced(cells):
        return None
    if not refused and not _is_header(cells):
        return None
    # the body: up to the recipients or the signature, a paragraph of running text or another table's header
    end = b
    while end < len(lines) and not (lines[end].words and (table_end(lines[end].text())
                                                         or _prose_at(lines, end, width, cells[0][0])
                                                         or _other_header(lines, end, band))):
        end += 1
    if refused:
        return _workflow(lines, a, end)
    rows: list[Row] = []
    kinds: Optional[list] = None
    bounds: list[int] = []
    ref: list[int] = []
    steps = 0
    for p, q, stop in _segments(lines, a, b, end):
        part = lines[p:q]
        kept = [k for k in range(q, stop) if not lines[k].blank and not _is_page_number(lines, k)]
        if not kept:
            continue
        # pages after the header's own are moved onto its places before the columns are read
        page0 = part[-1].page
        own = _occupancy(part + [lines[k] for k in kept if lines[k].page == page0])
        shifts = {page: _shift([lines[k] for k in kept if lines[k].page == page], own)
                  for page in {lines[k].page for k in kept} - {page0}}
        body = {k: _moved(lines[k], shifts.get(lines[k].page, 0)) for k in kept}
        found = _columns(part, list(body.values()))
        if found is not None and (kinds is None or header_kinds(found[1]) == kinds):
            bounds, heads = found
            ref = own
            if kinds is None:
                kinds = header_kinds(heads)
                rows.append(Row(heads, part[0].start, part[-1].end))
        elif kinds is not None:
            # a part whose own header does not give the same columns: read on the first part's places
            s = _shift(part + list(body.values()), ref)
            body = {k: _moved(lines[k], s) for k in kept}
        else:
            return None
        steps += sum(1 for ln in body.values() if any(is_step_cell(_run(ln, x0, x1)) for x0, x1 in _phrases(ln)))
        groups: list[list[_Line]] = [[]]
        for k in range(q, stop):
            if k in body:
                groups[-1].append(body[k])
            elif groups[-1]:
                groups.append([])
        for group in groups:
            for piece in _split_numbered(group, bounds) if group else ():
                strips: list[list[str]] = [[] for _ in range(len(bounds) + 1)]
                for ln in piece:
                    for k, words in enumerate(_cells(ln, bounds, numbered=kinds[0] == "no")):
                        if words:
                            strips[k].append(" ".join(words))
                first = piece[0].raw
                rows.append(Row(["\n".join(cell_lines("\n".join(c), wrapped=True)) for c in strips],
                                piece[0].start + len(first) - len(first.lstrip(" \f")), piece[-1].end))
    steps += sum(1 for r in rows[1:] if any(is_step_cell(c) for c in r.cells))
    if steps >= max(3, (len(rows) - 1) // 4):
        # a workflow: steps and step durations ("Bước 2", "0,5 ngày làm việc": ``step_cells`` of
        # data/task_columns.json) in its runs of words or its cells, a step's numeral at times in the number column
        return _workflow(lines, a, end)
    # trailing rows that fill one strip only (a heading or a line of the next part) are not the table's
    while len(rows) > 1 and sum(1 for c in rows[-1].cells if c.strip()) < 2:
        rows.pop()
    if len(rows) < 2:
        return None
    return Grid("columns", rows, rows[0].start, rows[-1].end), end


def _workflow(lines: list[_Line], a: int, end: int) -> tuple[Grid, int]:
    """A table that assigns nothing, from its header to its last written line: no row of it is a task, and no line
    of it is prose either (a step's "UBND tỉnh xem xét, giải quyết." is no assignment). It ends at the table's end,
    or sooner at a heading of the document's own standing alone on its line ("Điều 2.", "II. TỔ CHỨC THỰC HIỆN",
    "Phụ lục II"): what follows may assign work again."""
    for k in range(a + 1, end):
        if lines[k].words and not _GAP.search(lines[k].raw.strip(" \f")) and _heading(lines[k].text()):
            end = k
            break
    last = max((k for k in range(a, end) if lines[k].words), default=a)
    return Grid("workflow", [], lines[a].start, lines[last].end), end


def _heading(text: str) -> bool:
    """A heading of the document's own: an article, a chapter or part, an annex, or a part in Roman numerals whose
    title is in capitals ("II. TỔ CHỨC THỰC HIỆN", not a table's section row "I. Kinh tế số")."""
    kind, _, rest = marker(text)
    return kind in ("article", "chapter") or kind == "roman" and rest.isupper() or opens_annex(text)


def _spaced(cells: list[tuple[int, int, str]]) -> bool:
    """Two header cells or more naming known columns, set apart: a table's header, whatever it is a table of."""
    return sum(1 for c in cells if column_kind(c[2])) >= 2 \
        and any(y0 - x1 >= 2 for (_, x1, _), (y0, _, _) in zip(cells, cells[1:]))


def _split_numbered(group: list[_Line], bounds: list[int]) -> list[list[_Line]]:
    """A band holding several rows without a blank line between them, cut at each row number of the
    first strip (the number column) after the first."""
    starts = [k for k, ln in enumerate(group)
              if ln.words and _strip_of(bounds, ln.words[0][0]) == 0 and _ROW_NO.fullmatch(ln.words[0][1])]
    if len(starts) < 2:
        return [group]
    cuts = [0] + starts[1:]
    return [group[p:q] for p, q in zip(cuts, cuts[1:] + [len(group)])]


def layout_column_grids(text: str) -> list[Grid]:
    """The task tables of pdftotext -layout ``text`` as grids (layout ``"columns"``); [] for other text."""
    return [g for g in layout_column_tables(text) if g.layout == "columns"]


def layout_column_tables(text: str) -> list[Grid]:
    """The tables of pdftotext -layout ``text``: task tables as grids (layout ``"columns"``), tables that assign
    nothing as empty grids spanning their lines (layout ``"workflow"``)."""
    if not _GAP.search(text):
        return []
    lines = _lines(text)
    width = _text_width(lines)
    grids: list[Grid] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if _header_like(ln) and _kinds(ln):
            found = _table_at(lines, i, width)
            if found is not None:
                grids.append(found[0])
                i = max(found[1], i + 1)
                continue
        i += 1
    return grids
