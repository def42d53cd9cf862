"""Tables in a document's text → rows of cells, whatever layout carried them.

Layouts (issue 4), each seen in real documents:

- *tab rows*: one table row per line, cells separated by TABs (DOCX → Markdown
  export, seed 003; ``read.docx_to_text``), HTML markup inside cells;
- *HTML*: ``<table><tr><td>…</td></tr></table>`` left in a Markdown or text file;
- *pipe-flattened* (thuvienphapluat crawl): a line holding only ``|`` before each
  cell, the cell's lines, and ``|`` ``|`` between rows; a row whose left cells are
  merged with the row above simply has fewer cells;
- *Markdown pipes*: ``| a | b |`` lines.

A :class:`Grid` keeps each row's cells (internal line breaks kept as ``\\n``) and
the row's offsets in the text it was read from, so task spans point back to it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Optional

__all__ = ["Row", "Grid", "find_grids", "cell_lines"]


@dataclass
class Row:
    cells: list[str]
    start: int
    end: int
    raw: list[str] = field(default_factory=list)  # cells with their markup, for <b> section rows


@dataclass
class Grid:
    layout: str
    rows: list[Row]
    start: int
    end: int


def cell_lines(cell: str, *, wrapped: bool = False) -> list[str]:
    """The lines of a cell without markup and bullet marks.

    ``wrapped``: the text was soft-wrapped (thuvienphapluat, pdftotext), so a line that
    does not open with a bullet mark goes on from the line above.
    """
    s = re.sub(r"(?i)<\s*(?:br|/li|/p|/div)\s*/?>", "\n", cell)
    s = html.unescape(re.sub(r"<[^>]+>", "", s))
    s = s.replace("**", "").replace("__", "")
    out: list[str] = []
    for line in s.split("\n"):
        line = re.sub(r"[ \t\xa0]+", " ", line).strip()
        bullet = re.match(r"^(?:[-•+*–]|\d{1,2}[.)]|[a-zđ]\))\s*", line)
        if wrapped and out and line and not bullet:
            out[-1] += " " + line
            continue
        line = re.sub(r"^[-•+*–]\s*", "", line).strip()
        if line:
            out.append(line)
    return out


def _plain(cell: str) -> str:
    return " ".join(cell_lines(cell))


# --- tab rows ---

# a row opens with its number, a section numeral, or an empty number cell
_ROW_START = re.compile(r"^\s*(?:<[^>]+>\s*)*(?:\d{1,3}(?:\.\d+)*\.?|[IVXL]{1,5}\.?|[A-ZĐ]\.?)?\s*(?:<[^>]+>\s*)*\t")


def _tab_grids(text: str) -> list[Grid]:
    grids: list[Grid] = []
    cur: list[Row] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        # a table opens with a row of three or more cells; once open, a row whose cells
        # were merged (a section row "I<TAB>title" from Word) may have two
        if cur and "\t" not in line and line.strip() and len(cur[-1].raw) < len(cur[0].raw):
            # a line break inside a Word cell: the row goes on on the next line
            prev = cur[-1]
            prev.raw[-1] += "\n" + line
            prev.cells[-1] = "\n".join(cell_lines(prev.raw[-1]))
            prev.end = start + len(line)
            continue
        if line.count("\t") >= (1 if cur else 2) and not line.lstrip().startswith("|"):
            cells = line.split("\t")
            if cur and len(cur[-1].raw) < len(cur[0].raw) and len(cur[-1].raw) + len(cells) - 1 <= len(cur[0].raw) \
                    and not _ROW_START.match(line):
                # the rest of a row cut by a line break inside one of its cells
                prev = cur[-1]
                prev.raw = prev.raw[:-1] + [prev.raw[-1] + "\n" + cells[0]] + cells[1:]
                prev.cells = ["\n".join(cell_lines(c)) for c in prev.raw]
                prev.end = start + len(line)
                continue
            cur.append(Row(["\n".join(cell_lines(c)) for c in cells], start, start + len(line), cells))
        elif cur and line.strip():
            grids.append(Grid("tab", cur, cur[0].start, cur[-1].end))
            cur = []
    if cur:
        grids.append(Grid("tab", cur, cur[0].start, cur[-1].end))
    return grids


def _tab_block_grids(text: str) -> list[Grid]:
    """TAB rows whose cells hold line breaks, rows apart by blank lines (``read.html_to_text``
    output: ``</td>`` → TAB, ``<p>``/``<br>`` inside a cell → newline, ``<tr>`` → blank line).

    Accepted only where no row holds more cells than the header, so a table of one line
    per row (seed 003) is left to :func:`_tab_grids`.
    """
    grids: list[Grid] = []
    cur: list[Row] = []

    def close() -> None:
        if len(cur) >= 2 and all(len(r.cells) <= len(cur[0].cells) for r in cur) \
                and any("\n" in c for r in cur for c in r.raw):
            grids.append(Grid("tab-blocks", list(cur), cur[0].start, cur[-1].end))
        cur.clear()

    for m in re.finditer(r"(?:[^\n]+\n?)+", text):
        block = m.group().rstrip("\n")
        if block.count("\t") >= (1 if cur else 2):
            cells = block.split("\t")
            cur.append(Row(["\n".join(cell_lines(c)) for c in cells], m.start(), m.start() + len(block), cells))
        else:
            close()
    close()
    return grids


# --- HTML ---------------------------------------------------------------------------

_TABLE = re.compile(r"(?is)<table\b.*?</table\s*>")
_TR = re.compile(r"(?is)<tr\b[^>]*>(.*?)(?=<tr\b|</table|$)")
_TD = re.compile(r"(?is)<t([dh])\b([^>]*)>(.*?)(?=<t[dh]\b|</tr|$)")


def _html_grids(text: str) -> list[Grid]:
    out = []
    for tm in _TABLE.finditer(text):
        rows = []
        for rm in _TR.finditer(tm.group()):
            raw = [re.sub(r"(?is)</t[dh]\s*>\s*$", "", m.group(3)) for m in _TD.finditer(rm.group(1))]
            # a colspan cell stands for several columns; repeat it so columns stay aligned
            spans = [int(m2.group(1)) if (m2 := re.search(r"colspan\s*=\s*\"?(\d+)", m.group(2))) else 1
                     for m in _TD.finditer(rm.group(1))]
            cells, raws = [], []
            for r, n in zip(raw, spans):
                cells += ["\n".join(cell_lines(r))] + [""] * (n - 1)
                raws += [r] + [""] * (n - 1)
            s = tm.start() + rm.start()
            rows.append(Row(cells, s, tm.start() + rm.end(), raws))
        if rows:
            out.append(Grid("html", rows, tm.start(), tm.end()))
    return out


# --- pipe-flattened (thuvienphapluat) -------------------------------------------------

# (a Roman section's items "III.1", "III.1.1*" number rows too: crawl 2edf5927c71bc4c1)
_ROW_NO = re.compile(r"(?:\*\*)?(?:\d{1,3}(?:\.\d+)*|[IVXL]{1,5}(?:\.\d+)*|[A-ZĐ])\.?\*?(?:\*\*)?")


def _pipe_segments(lines: list[tuple[str, int]], i: int) -> tuple[list[tuple[str, int, int]], int]:
    """From a "|" line at ``i``: the segments between pipe lines, up to the first blank line.

    Each segment is (text, start, end); an empty text is an empty cell or a row gap.
    """
    segs: list[tuple[str, int, int]] = []
    cur: list[tuple[str, int]] = []
    j = i + 1
    while j < len(lines):
        s, p = lines[j]
        if s.strip() == "|":
            segs.append(("\n".join(x for x, _ in cur), cur[0][1] if cur else p,
                         cur[-1][1] + len(cur[-1][0]) if cur else p))
            cur = []
        elif not s.strip():
            break
        else:
            cur.append((s, p))
        j += 1
    if cur:
        segs.append(("\n".join(x for x, _ in cur), cur[0][1], cur[-1][1] + len(cur[-1][0])))
    return segs, j


def _row_width(segs: list[tuple[str, int, int]], k: int) -> int:
    """The most common run of non-empty segments among the first rows after index ``k``."""
    runs: list[int] = []
    n = 0
    for x in segs[k:k + 120]:
        if x[0].strip():
            n += 1
        elif n:
            runs.append(n)
            n = 0
    return max(set(runs), key=runs.count) if runs else 0


def _pipe_rows(segs: list[tuple[str, int, int]]) -> list[Row]:
    """Group segments into rows.

    The header row fixes the width N. A row ends after N cells, or at an empty segment
    when the next segment is a row number, when the cells read so far plus the next
    run could not fit N, or when the last cell read fits the last column (a row whose
    left cells are merged with the row above has fewer cells, right-aligned).
    """
    from cancu.loaders.tasks.columns import (
        HEADER_CELL_MAX,
        column_kind,
        header_kinds,
        is_not_task_table,
        is_task_header,
    )

    rows: list[Row] = []
    # header: the first run of non-empty segments whose words make a task-table header
    k = 0
    head: list[tuple[str, int, int]] = []
    while k < len(segs):
        run_end = k
        while run_end < len(segs) and segs[run_end][0].strip():
            run_end += 1
        # cells of an earlier table (signature, appendix title) can run straight into the
        # header: take the first start from which the rest of the run reads as a header
        texts = ["\n".join(cell_lines(x[0])) for x in segs[k:run_end]]
        kinds = [column_kind(x) for x in texts]
        start = None
        # only header-like cells say what a table is: a run can hold a whole body of prose
        # between two tables (a crawl rendering with no blank line), whose words ("lệ phí",
        # "thủ tục") say nothing of the table after it
        if is_not_task_table([x for x in texts[:40] if len(x) <= HEADER_CELL_MAX]):
            k = run_end + 1  # a catalogue of procedures or a workflow: none of its columns is a task
            continue
        if "task" in kinds or ("lead" in kinds and "deliverables" in kinds):  # cheap test first
            start = next((k + a for a in range(0, len(texts) - 1) if len(texts) - a <= 40
                          and is_task_header(texts[a:])), None)
        if start is not None:
            head = segs[start:run_end]
            # cells of an earlier table (signature, title) can run straight into the header:
            # the header starts at its number column, else at its first known column
            kinds = [column_kind("\n".join(cell_lines(x[0]))) for x in head]
            first = kinds.index("no") if "no" in kinds else next(i for i, x in enumerate(kinds) if x)
            # no number column to anchor on: the rows below tell the width
            width = _row_width(segs, run_end)
            if "no" not in kinds and width and width < len(head) - first and is_task_header(
                    ["\n".join(cell_lines(x[0])) for x in head[len(head) - width:]]):
                first = len(head) - width
            head = head[first:]
            # a sub-table whose header lost its number cell (merged with the cell above): its rows
            # still open with "1.1": a number column is put back in front
            nxt = next((x for x in segs[run_end:run_end + 3] if x[0].strip()), None)
            if "no" not in kinds and width == len(head) + 1 and nxt is not None \
                    and _ROW_NO.fullmatch(nxt[0].strip()):
                head = [("STT", head[0][1], head[0][1])] + head
            k = run_end
            break
        k = run_end + 1
    if not head:
        return rows
    rows.append(Row(["\n".join(cell_lines(h[0], wrapped=True)) for h in head], head[0][1], head[-1][2],
                    [h[0] for h in head]))
    n = len(head)
    kinds = header_kinds(rows[0].cells)
    cur: list[tuple[str, int, int]] = []

    def close() -> None:
        if cur:
            rows.append(Row(["\n".join(cell_lines(c[0], wrapped=True)) for c in cur], cur[0][1], cur[-1][2],
                            [c[0] for c in cur]))

    def header_here(i: int) -> bool:
        """A new table's header starts at segment ``i`` (maybe after its title cell)."""
        run = []
        for x in segs[i:i + 40]:
            if not x[0].strip():
                break
            run.append("\n".join(cell_lines(x[0])))
        return len(run) >= 3 and any(is_task_header(run[a:]) for a in range(min(2, len(run) - 2)))

    while k < len(segs):
        text = segs[k][0]
        if text.strip() and not cur and len(rows) > 1 and header_here(k):
            break  # the next table of the region starts: its own header gives its columns
        if text.strip():
            cur.append(segs[k])
            if len(cur) >= n:
                close()
                cur = []
                if k + 1 < len(segs) and not segs[k + 1][0].strip():
                    k += 1  # the row gap
            k += 1
            continue
        # an empty segment: empty cell or row gap
        if not cur:
            k += 1
            continue
        nxt = next((x for x in segs[k + 1:] if x[0].strip()), None)
        run = 0
        for x in segs[k + 1:]:
            if not x[0].strip():
                break
            run += 1
        # a row opening at the first column starts with its number; one that does not is
        # a short row (left cells merged above), so the empty segment ends it
        numbered = _ROW_NO.fullmatch(cur[0][0].strip()) is not None
        gap = (nxt is None or _ROW_NO.fullmatch(nxt[0].strip()) is not None
               or len(cur) + 1 + run > n or (kinds[0] == "no" and not numbered))
        if gap:
            close()
            cur = []
        else:
            cur.append(segs[k])
        k += 1
    close()
    return rows


def _pipe_grids(text: str) -> list[Grid]:
    """thuvienphapluat tables: a line "|" before each cell, "|" "|" between rows."""
    lines: list[tuple[str, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    grids: list[Grid] = []
    i = 0
    while i < len(lines):
        if lines[i][0].strip() != "|":
            i += 1
            continue
        segs, j = _pipe_segments(lines, i)
        # several tables may follow one another in one pipe region
        while segs:
            rows = _pipe_rows(segs)
            if not rows:
                break
            grids.append(Grid("pipe", rows, rows[0].start, rows[-1].end))
            segs = [x for x in segs if x[1] > rows[-1].end]
        i = max(j, i + 1)
    return grids


# --- Markdown pipes ---------------------------------------------------------------------

# a row written with the cells joined by " | " and no outer pipes, no rule under the header (a DOCX → text
# extract: "TT | Tên nhiệm vụ | Sở, ngành chủ trì tham mưu | … | Ghi chú", then "1 | Tổ chức quán triệt … | … | "
# with the empty last cell after the last " | "): two separators at least, so three cells
_BARE_ROW = re.compile(r"^[^|\n]*(?:\s\|(?:\s[^|\n]*)?){2,}$")


def _md_cells(line: str) -> Optional[list[str]]:
    """The cells of one pipe row, or None for a line that is not one."""
    s = line.strip()
    if s.startswith("|") and s.endswith("|") and s.count("|") >= 3:
        return s[1:-1].split("|")
    if _BARE_ROW.match(line.rstrip("\r")):
        return line.split("|")  # " | (1) | (2) …": the first cell is the empty one before the first " |"
    return None


def _blank_between_rows(lines: list[str], i: int, width: int) -> bool:
    """A blank line ``i`` between two bare pipe rows of the same number of cells: a rendering that sets a blank line
    after every line ("TT | Nhiệm vụ, đề án, dự án | Cơ quan chủ trì thực hiện | …", a blank line, "1 | Báo cáo tổng
    kết thi hành Luật Thủ đô | Bộ Tư pháp | …": the appendix of NQ 12/NQ-CP, 2023, as a public repository holds it)
    keeps the table whole (rows with outer pipes are left as they were)."""
    nxt = next((x for x in lines[i + 1:] if x.strip()), "")
    if nxt.strip().startswith("|") or "|" not in nxt:
        return False
    cells = _md_cells(nxt)
    return cells is not None and len(cells) == width and not lines[i - 1].strip().startswith("|")


def _md_grids(text: str) -> list[Grid]:
    grids: list[Grid] = []
    cur: list[Row] = []
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        s = line.strip()
        raw = _md_cells(line) if "|" in s else None
        if raw is not None:
            if re.fullmatch(r"[|\s:-]+", s):
                continue  # the |---|---| rule under the header
            cells = ["\n".join(cell_lines(c)) for c in raw]
            if len(cells) >= 4 and cells[1].strip() and len(set(cells[1:])) == 1:
                # a cell merged across the row, its text repeated in every cell ("I | Hoàn thiện hệ thống pháp luật về
                # Thủ đô | Hoàn thiện hệ thống pháp luật về Thủ đô | …", a portal's rendering of the appendix of NQ
                # 12/NQ-CP): a group row, its title once
                cells = cells[:2] + [""] * (len(cells) - 2)
            cur.append(Row(cells, start, start + len(line), raw))
        elif cur and not s and _blank_between_rows(lines, i, len(cur[-1].raw)):
            continue
        elif cur:
            grids.append(Grid("markdown", cur, cur[0].start, cur[-1].end))
            cur = []
    if cur:
        grids.append(Grid("markdown", cur, cur[0].start, cur[-1].end))
    return grids


def find_grids(text: str) -> list[Grid]:
    """Every table of ``text`` in any layout above, in order of position."""
    grids = _html_grids(text)
    taken = [(g.start, g.end) for g in grids]
    for g in _tab_block_grids(text) + _tab_grids(text) + _md_grids(text) + _pipe_grids(text):
        if not any(a <= g.start < b for a, b in taken):
            grids.append(g)
            taken.append((g.start, g.end))
    return sorted(grids, key=lambda g: g.start)


# --- grids of a structured reading (DOCX, PDF ruling lines, HTML) ----------------------

_SENTENCE_END = re.compile(r"[.;:!?…)”\"]\s*$")
#: A cell's end that still leaves its list open: the next page may go on with the list's next item in a capital
#: ("Bộ Nông nghiệp và Môi trường;" / page break / "Bộ Công Thương; Bộ Xây dựng; …" in the "Cơ quan phối hợp"
#: column of crawl c_bc3b1eb1's annex).
_LIST_GOES_ON = re.compile(r";\s*$")


def _page_of(cells) -> Optional[int]:
    pages = [p.page for c in cells for p in c.paragraphs if p.page is not None]
    return min(pages) if pages else None


def _split_by_page(above, row, above_texts: list[str], texts: list[str]) -> bool:
    """Is ``row`` (the first on a page) the rest of ``above`` (the last of the page before)?

    A word processor breaks a long row across pages: its cells go on at the top of the next
    page as a row of its own, with the number cell empty. It is the same row when every cell
    that goes on carries on a sentence — it opens in lower case, or the cell above it stops
    without ending one (an item of a list ending in ";" leaves the list open) — and one of them
    visibly does (opens in lower case or with a digit: an
    unnumbered row of its own, under a number merged over several rows, opens its cells with
    capitals, "Tổ chức …", "Sở Nội vụ", "Quý I/2026").
    """
    pa, pb = _page_of(above), _page_of(row)
    if pa is None or pb is None or pb != pa + 1 or not texts or texts[0].strip():
        return False
    going_on = [(a, b.lstrip()) for a, b in zip(above_texts, texts) if b.strip()]
    return bool(going_on) and any(b[:1].islower() or b[:1].isdigit() for _, b in going_on) and all(
        a.strip() and (b[:1].islower() or b[:1].isdigit() or not _SENTENCE_END.search(a)
                       or _LIST_GOES_ON.search(a) is not None) for a, b in going_on)


def layout_grids(layout) -> list[Grid]:
    """The tables of a :class:`~cancu.loaders.blocks.Layout` as grids, nested ones included.

    Each grid column keeps its place: a cell merged over columns sits in its first
    column with empty cells after it. A cell merged over rows (one deadline or one
    lead for several tasks) applies to every row it spans, so its text is repeated
    in them — except in the number and task columns, where a merged cell is one
    task. In a PDF a cell's lines are the wrapped lines of its paragraphs: they are
    joined (a line opening with a bullet starts a new one). Offsets are those of the
    layout's text.
    """
    from cancu.loaders.tasks.columns import header_kinds, is_task_header

    wrapped = layout.format == "pdf"
    out: list[Grid] = []
    for table in layout.tables():
        grid = table.grid()

        def text_of(c) -> str:
            lines = [p.text for p in c.paragraphs]
            if wrapped:
                return "\n".join(cell_lines("\n".join(lines), wrapped=True))
            return "\n".join(x for line in lines for x in cell_lines(line))

        texts_by_row = [[text_of(c) if c is not None and c.row == r and c.col == k else "" for k, c in enumerate(cells)]
                        for r, cells in enumerate(grid)]
        head = next((texts for texts in texts_by_row[:3] if is_task_header(texts)), None)
        kinds = header_kinds(head) if head else []
        rows: list[Row] = []
        # a cell of a row cut by a page break whose rest is merged over the rows after it: the whole text it has
        # for them ("Bộ Nông nghiệp" / page break / "và Môi trường" over five rows, crawl c_bc3b1eb1 as PDF)
        whole: dict[int, str] = {}
        for r, cells in enumerate(grid):
            texts = list(texts_by_row[r])
            for k, c in enumerate(cells):
                if c is not None and c.row < r and c.col == k and (k >= len(kinds) or kinds[k] not in ("task", "no")):
                    texts[k] = whole.get(id(c), text_of(c))
            starts = list(table.rows[r])
            if not starts:
                continue  # every cell of the row merged from above
            # the row above as read, with the text of a cell merged into it from higher up (the rest of a
            # "Cơ quan phối hợp" list that spans three rows goes on under it: "… Viện Hàn lâm …; Bộ" / "Ngoại giao;")
            if wrapped and rows and _split_by_page(table.rows[r - 1], table.rows[r], rows[-1].cells, texts):
                # the rest of the row above, carried over the page break: its cells go on
                prev = rows[-1]
                joined = [" ".join(x for x in (a, b) if x) for a, b in zip(prev.cells, texts_by_row[r])]
                rows[-1] = Row(joined, prev.start, starts[-1].end, list(joined))
                for k, c in enumerate(cells):
                    if c is not None and c.row == r and c.col == k and c.rowspan > 1 and k < len(joined):
                        whole[id(c)] = joined[k]
                continue
            rows.append(Row(texts, starts[0].start, starts[-1].end, list(texts)))
        if rows:
            out.append(Grid("layout", rows, table.start, table.end))
    return out
