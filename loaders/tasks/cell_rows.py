"""pdftotext RAW tables written one cell after another → grid rows (a Công báo appendix's task table).

Without ``-layout``, pdftotext writes a table row as its number alone ("1."), then every line of the task cell,
then the lines of the chủ trì cell, of the phối hợp cell, of the result cell, of the deadline cell, one after
another with nothing between them; the header is cut the same way ("TT" / "Tên nhiệm vụ" / "Cơ quan" / "chủ trì" /
"Cơ" / "quan" / "phối hợp" / …) and printed again on each page; group rows ("I." and a title) and the gazette's
running head with its page number fall between rows; a row cut by a page goes on after them. What tells the cells
apart is the layout: the task column is the wide one, so its lines run to its width and a line that would have
taken the next line's first word ends the cell; the narrow cells after it open on a capital, never after a line
that ends in a comma; the chủ trì and phối hợp cells are agency names; the deadline cell is a time phrase the
deadline parser reads. Every cut of the narrow lines into the header's columns is scored on those marks; a cell
is given only where all the best cuts agree on it, else it is left empty (the task text alone is sure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from cancu.loaders import tables
from cancu.loaders.tasks.assign import start_rx
from cancu.loaders.tasks.deadline_text import parse_deadline
from cancu.loaders.tasks.grid import Grid, Row
from cancu.loaders.tasks.paragraphs import page_furniture
from cancu.loaders.tasks.pdf_columns import NUMBER_HEAD, header_line_kinds, table_end, text_lines

__all__ = ["cell_rows"]

_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
_NUMBER = re.compile(r"(\d{1,3})\.(?:\s+(\S.*))?")
_GROUP = re.compile(r"((?:X{0,1})(?:IX|IV|V?I{0,3})|[A-H])\.(?:\s+(\S.*))?")
_LETTERS = "ABCDEFGH"  # groups lettered instead ("A." / "B.")
_ROW_MARK = re.compile(r"[\dIVXL]|[A-H]\.")  # what opens the first row or group after the header
_NARROW = ("lead", "coordinating", "deliverables", "deadline", "skip")  # ("skip": a "Ghi chú" column, any text)


@dataclass
class _Row:
    no: str
    start: int
    end: int
    parts: list[list[str]] = field(default_factory=lambda: [[]])  # the row's lines, cut at each page break


@lru_cache(maxsize=None)
def _open_ending() -> re.Pattern[str]:
    # a line ending in a preposition, a determiner or a waiting verb goes on in the same cell ("Quyết định của" /
    # "Bộ trưởng ban"): ``open_endings`` in ``data/task_columns.json``
    words = sorted(tables.load("task_columns")["open_endings"]["words"], key=len, reverse=True)
    return re.compile(r"(?<![\wÀ-ỹ])(?:" + "|".join(map(re.escape, words)) + r")$")


def _header_end(lines: list[tuple[str, int]], i: int) -> int:
    """The index after the header's pieces that open at ``lines[i]`` ("TT" / "Tên nhiệm vụ" / "Cơ quan" / …)."""
    k = i + 1
    while k < len(lines) and k - i <= 12 and (len(lines[k][0]) <= 25 and header_line_kinds(lines[k][0])
                                              or len(lines[k][0]) <= 12 and not _ROW_MARK.match(lines[k][0])):
        k += 1
    return k


def _upper(s: str) -> bool:
    return bool(s) and (s[0].isupper() or s[0].isdigit())


def _agency(s: str) -> bool:
    return bool(start_rx().match(s))


@lru_cache(maxsize=None)
def _result_opener() -> re.Pattern[str]:
    # "Hội nghị, tập huấn" opens a result, not "Hội …" an agency: ``result_openers`` in ``data/task_columns.json``
    words = sorted(tables.load("task_columns")["result_openers"]["words"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")(?![\wÀ-ỹ])")


@lru_cache(maxsize=None)
def _group_noun() -> re.Pattern[str]:
    nouns = sorted({n[:1].upper() + n[1:] for n in tables.load("task_agencies")["group_nouns"]}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, nouns)) + r")(?![\wÀ-ỹ])")


def _agency_line(s: str) -> bool:
    """Text that opens an agency name with a capital ("Bộ Công an,", "Các Bộ,"), not a group's lower-case word nor a
    result ("Hội nghị")."""
    return _upper(s) and _agency(s) and not _result_opener().match(s)


@lru_cache(maxsize=4096)
def _when(s: str) -> tuple:
    d = parse_deadline(s)
    return d.start, d.end, d.recurrence


def _document(s: str) -> bool:
    """A line opening with a document kind ("Quyết định của", "Đề án/kế hoạch"): a result, not an agency's name."""
    m = tables.kind_word_rx().match(s)
    return bool(m) and not re.match(r"[\wÀ-ỹ]", s[m.end():m.end() + 1])


def _timed(s: str) -> bool:
    return any(_when(s))


def _first_word(s: str) -> str:
    return s.split()[0] if s.split() else ""


def _task_end(lines: list[str], width: float) -> int:
    """How many of ``lines`` the task cell holds: a line ends it when it would have fitted the next line's first word,
    or when the next line is a narrow one after a sentence's end, or a narrow line opening an agency name (the chủ trì
    cell after a task cell cut by the page)."""
    for j in range(len(lines) - 1):
        cur, nxt = lines[j], lines[j + 1]
        narrow = len(nxt) <= 0.6 * width
        if not narrow and re.match(r"[-+•–]\s", nxt):
            continue  # an item of the task cell ("- Từ quý IV/2027 xây dựng Nghị quyết thí")
        # (a narrow line in lower case after a full stop: the rest of a narrow cell after a page break, "về" / "các")
        if len(cur) + 1 + len(_first_word(nxt)) <= 0.9 * width or narrow and cur.endswith((".", ";", ":")) \
                or narrow and _agency_line(nxt):
            return j + 1
    return len(lines)


def line_open(line: str) -> bool:
    """Whether a cell line cannot end its cell: it ends in a comma or a dash, an open word ("của", "Các"), or the head
    word of an agency name alone or after a comma ("Bộ" / "Nội" / "vụ,", "Bộ Tài chính, Bộ" / "Tư pháp")."""
    line = line.rstrip()
    return line.endswith((",", "-", "–", "/")) or bool(_open_ending().search(line) or _dangling_head().search(line))


@lru_cache(maxsize=None)
def _dangling_head() -> re.Pattern[str]:
    # (an acronym is a whole name: "…, UBND" ends one)
    starts = tables.load("task_agencies")["starts"]
    heads = sorted((w for w in starts if w[:1].isupper() and not w.isupper()), key=len, reverse=True)
    return re.compile(r"(?:^|,\s*)(?:" + "|".join(map(re.escape, heads)) + r")$")


def _unglued(lines: list[str], width: float) -> list[str]:
    """The lines with a task line that ran on into the chủ trì cell cut in two: pdftotext wrote the name on the task
    line when they stood at one height ("hiểm y tế từ năm 2027 theo lộ trình phù hợp Bộ Y tế", wider than the task
    column). Only a line wider than the column by a tenth, whose rest is a narrow agency name, is cut."""
    for j, line in enumerate(lines):
        if len(line) <= 1.1 * width:
            continue
        for m in re.finditer(r"\s(?=\S)", line):
            rest = line[m.end():]
            if m.start() >= 0.5 * width and len(rest) <= 0.6 * width and _agency_line(rest):
                return lines[:j] + [line[:m.start()], rest] + lines[j + 1:]
        break
    return lines


def _cuts(lines: list[str], kinds: list[str], widths: Optional[dict[str, int]] = None) -> list[Optional[list[str]]]:
    """The narrow lines after a task cell cut into ``kinds``' cells (each a list of lines); None where the best cuts
    disagree. ``widths``: the widest line of each column in the table's sure rows; a line wider than its column's
    does not belong to it. Each column opens at a candidate line or is empty; a cut's score is the sum of its
    cells', so the best cuts are found column by column (and every cell that is part of one of them is known)."""
    n, m = len(lines), len(kinds)
    if not n:
        return [[] for _ in kinds]
    starts = [j for j in range(1, n) if _upper(lines[j]) and not line_open(lines[j - 1])]
    if len(starts) > 60:
        return [None] * m  # no table cell runs so long: this is no row to cut
    cand = set(starts)
    bounds = starts + [n]

    def cell(k: int, a: int, b: int) -> Optional[float]:
        """The score of column ``k`` holding ``lines[a:b]``; None when it cannot."""
        kind, c = kinds[k], " ".join(lines[a:b])
        score = 0.0
        if widths and kind in widths:
            score -= 3 * sum(1 for j in range(a, b) if len(lines[j]) > widths[kind] + 1)
        if kind in ("lead", "coordinating"):
            if not c:
                return None if kind == "lead" else score - 1
            # a name the agency table does not open is possible, not likely; one opening with a group's noun
            # ("Cơ sở khám bệnh, chữa bệnh": group_nouns) is one
            score -= 3 * (not _agency(c) and not _group_noun().match(c))
            # a full stop inside, or a line opening another name after one that ends a name: two cells glued
            score -= 2 * bool(re.search(r"\.\s+\S", c))
            score -= 2 * sum(1 for j in range(a + 1, b) if j in cand and (
                _agency_line(" ".join(lines[j:j + 2])) or _document(lines[j])))
        elif kind == "deadline":
            if c and not _timed(c):
                return None
            # the time phrase opens the cell, and no later line opens the same one ("Chính phủ" / "Quý IV/2028":
            # "Chính phủ" ends the result cell)
            score += 2 * bool(c and _timed(" ".join(c.split()[:4])) and not any(
                j in cand and _when(" ".join(lines[j:b])) == _when(c) for j in range(a + 1, b)))
        elif kind == "deliverables":
            # a result is no name: a cell opening on an agency or an acronym ("PCPNN") is the name's end
            score -= 1 if not c else 2 * (_agency_line(c) or bool(re.match(r"[A-ZĐ]{2,}\b", c)))
            # nor does it list names ("Chính phủ," / "Bộ Công an," / "Bộ Tư pháp,": the phối hợp cell's lines)
            score -= 2 * sum(1 for j in range(a + 1, b) if _agency_line(lines[j]))
        if k and c:
            score += 1 + 2 * (kind in ("lead", "coordinating") and _agency_line(" ".join(lines[a:a + 2]))) \
                + lines[a - 1].endswith(".")
        return score

    spans = {k: [(a, b) for a in ([0] if k == 0 else bounds) for b in ([n] if k == m - 1 else bounds) if a <= b]
             for k in range(m)}
    scores = {(k, a, b): sc for k in range(m) for a, b in spans[k] if (sc := cell(k, a, b)) is not None}
    # the best score of the columns before k ending at a (ahead), and of the columns from k on opening at a (behind)
    ahead: list[dict[int, float]] = [{0: 0.0}]
    for k in range(m):
        nxt: dict[int, float] = {}
        for a, b in spans[k]:
            if a in ahead[k] and (k, a, b) in scores:
                nxt[b] = max(nxt.get(b, float("-inf")), ahead[k][a] + scores[(k, a, b)])
        ahead.append(nxt)
    if n not in ahead[m]:
        return [None] * m
    behind: list[dict[int, float]] = [dict() for _ in range(m)] + [{n: 0.0}]
    for k in range(m - 1, -1, -1):
        for a, b in spans[k]:
            if b in behind[k + 1] and (k, a, b) in scores:
                behind[k][a] = max(behind[k].get(a, float("-inf")), scores[(k, a, b)] + behind[k + 1][b])
    top = ahead[m][n]
    out: list[Optional[list[str]]] = []
    for k in range(m):
        best = {(a, b) if a < b else None for a, b in spans[k] if (k, a, b) in scores and a in ahead[k]
                and b in behind[k + 1] and ahead[k][a] + scores[(k, a, b)] + behind[k + 1][b] == top}
        only = best.pop() if len(best) == 1 else False
        out.append(None if only is False else [] if only is None else lines[only[0]:only[1]])
    return out


def cell_rows(text: str) -> Optional[tuple[Grid, set[int]]]:
    """The task table pdftotext wrote one cell after another under a header cut one piece a line, as a grid whose
    rows have the header's columns, and the starts of the rows whose narrow cells could not be told apart (their
    lead, phối hợp, result and deadline cells are left empty: their task text alone is given)."""
    lines = text_lines(text)
    for head, (s, _) in enumerate(lines):
        if not NUMBER_HEAD.fullmatch(s):
            continue
        k = _header_end(lines, head)
        kinds_words = header_line_kinds(" ".join(s for s, _ in lines[head:k]))
        kinds = [x for x, _ in kinds_words]
        narrow = kinds[2:]
        if k - head >= 4 and kinds[:2] == ["no", "task"] and "lead" in narrow and all(x in _NARROW for x in narrow):
            return _table(lines, head, k, kinds_words)
    return None


def _table(lines: list[tuple[str, int]], head: int, k: int,
           kinds_words: list[tuple[str, str]]) -> Optional[tuple[Grid, set[int]]]:
    """The rows under the header ``lines[head:k]`` whose columns are ``kinds_words``."""
    kinds = [x for x, _ in kinds_words]
    narrow = kinds[2:]
    header = [s for s, _ in lines[head:k]]
    furniture = page_furniture([s for s, _ in lines])
    rows: list[Row] = [Row([w for _, w in kinds_words], lines[head][1], lines[k - 1][1] + len(lines[k - 1][0]))]
    items: list[object] = []
    cur: Optional[_Row] = None
    group: Optional[list] = None
    last_no, last_group = 0, -1
    letters: Optional[bool] = None  # whether the groups are lettered ("A.") or numbered in Roman ("I.")
    i = k
    while i < len(lines):
        s, p = lines[i]
        if table_end(s) or s.startswith("PHỤ LỤC"):
            break
        if i in furniture:
            if cur is not None and cur.parts[-1]:
                cur.parts.append([])
            i += 1
            continue
        if [x for x, _ in lines[i:i + len(header)]] == header:
            i += len(header)  # the header again on a new page
            continue
        nm, gm = _NUMBER.fullmatch(s), _GROUP.fullmatch(s)
        if nm and int(nm.group(1)) in (last_no + 1, 1):
            last_no = int(nm.group(1))
            cur, group = _Row(nm.group(1), p, p + len(s)), None
            if nm.group(2):
                cur.parts[-1].append(nm.group(2))
            items.append(cur)
        elif gm and gm.group(1) and last_group + 1 < len(_LETTERS) and gm.group(1) in (
                _ROMANS[last_group + 1] if letters is None or not letters else None,
                _LETTERS[last_group + 1] if letters is None or letters else None):
            letters = gm.group(1) in _LETTERS if letters is None else letters
            last_group += 1
            cur, group = None, [gm.group(1), [gm.group(2)] if gm.group(2) else [], p, p + len(s)]
            items.append(group)
        elif cur is not None:
            cur.parts[-1].append(s)
            cur.end = p + len(s)
        elif group is not None:
            group[1].append(s)
            group[3] = p + len(s)
        i += 1
    found = [x for x in items if isinstance(x, _Row)]
    if len(found) < 2:
        return None
    firsts = sorted(len(x.parts[0][0]) for x in found if x.parts[0] and len(x.parts[0][0]) <= 80)
    if not firsts:
        return None
    width = float(firsts[int(0.75 * (len(firsts) - 1))])  # the task column: most rows' first line fills it
    # each narrow column's width: its widest line in the rows cut one way only and not cut by a page; then every row
    # is cut again with them
    widths: dict[str, int] = {}
    for x in found:
        first = _unglued(x.parts[0], width)
        t = _task_end(first, width)
        cut = _cuts(first[t:], narrow)
        if len(x.parts) == 1 and all(c is not None for c in cut):
            for kind, c in zip(narrow, cut):
                widths[kind] = max([widths.get(kind, 0)] + [len(ln) for ln in c])
    unsure: set[int] = set()
    for x in items:
        if isinstance(x, list):
            rows.append(Row([x[0], " ".join(x[1])], x[2], x[3]))
            continue
        first = _unglued(x.parts[0], width)
        t = _task_end(first, width)
        task = first[:t]
        cells = [None if c is None else " ".join(c) for c in _cuts(first[t:], narrow, widths)]
        for more in x.parts[1:]:
            # a row cut by the page: the rest of the task cell first, in its width, then the rest of the tallest
            # narrow cell (the one the page cut)
            t2 = _task_end(more, width) if more and len(more[0]) > 0.6 * width else 0
            task += more[:t2]
            rest = more[t2:]
            if rest:
                tall = [len(c.split()) if c else 0 for c in cells[:-1]]
                top = max(tall, default=0)
                if top and tall.count(top) == 1 and not _upper(rest[0]) and cells[tall.index(top)]:
                    j = tall.index(top)
                    cells[j] = cells[j] + " " + " ".join(rest)
                else:
                    # the page cut a cell that cannot be named: only the chủ trì cell, which opens the row, is sure
                    unsure.add(x.start)
                    cells = cells[:1] + [None] * (len(cells) - 1)
        if any(c is None for c in cells):
            unsure.add(x.start)
        rows.append(Row([x.no, " ".join(task)] + [c or "" for c in cells], x.start, x.end))
    at = kinds.index("lead")
    led = [r for r in rows[1:] if len(r.cells) > at and r.cells[at]]
    if 2 * len(led) < len(found):
        return None  # most rows name no chủ trì: not a table written cell after cell
    return Grid("pdftotext-cells", rows, rows[0].start, rows[-1].end), unsure
