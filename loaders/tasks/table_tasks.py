"""Rows of a task table (any layout of :mod:`grid`) → :class:`Task` records.

Quirks are kept visible, not smoothed away (issue 4):

- numbering as written; a number that repeats or skips within a section is
  recorded in ``quirks`` (``duplicate_no``, ``skipped_no``);
- a row without a number is a ``continuation``: if it has only task text, that
  text continues the row above (merged into it, ``text_continued``); otherwise it
  is a task of its own that takes the number of the row above;
- an empty or merged-away cell of the lead, coordinating, assignment or deadline
  column takes the row above's value and names the field in ``inherited``;
- one row holding two tasks line by line (as many task lines as deadline lines) is
  split, each part recording ``split_row``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from cancu.loaders.roles import Role
from cancu.loaders.tasks.assign import (
    agency_table,
    assign,
    is_group,
    rejoin_dash_split,
    split_agencies,
    start_rx,
    verb_rx,
)
from cancu.loaders.tasks.columns import header_kinds, is_step_cell, is_task_header
from cancu.loaders.tasks.deadline_text import parse_deadline
from cancu.loaders.tasks.grid import Grid, Row, cell_lines
from cancu.loaders.tasks.model import Task, reform_area
from cancu.loaders.tasks.subjects import cell_actor, trim_qualifier
from cancu.loaders.text import MappedText

__all__ = ["grid_tasks"]

_ROMAN = re.compile(r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_NO = re.compile(r"\d{1,3}(?:\.\d{1,3})*")
# a lettered row under a numbered group row ("1 | Tổ chức tuyên truyền, phổ biến …" then "a) | Tổ chức Hội nghị … |
# Cục Lâm nghiệp và Kiểm lâm | …": a ministry plan's annex, set i l_816d32b5)
_LETTER_NO = re.compile(r"([a-zđ])\s*[).]?")


def _section_of(row: Row, kinds: list[Optional[str]]) -> Optional[tuple[str, str]]:
    """(numeral, title) of a section row: a Roman numeral or a letter, and a title, nothing else."""
    filled = [c for c in row.cells if c.strip()]
    if not filled or len(filled) > 2:
        return None
    first = filled[0].strip().rstrip(".")
    if (_ROMAN.fullmatch(first) and first) or re.fullmatch(r"[A-ZĐ]", first):
        return first, (filled[1].replace("\n", " ") if len(filled) > 1 else "")
    m = re.fullmatch(r"((?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|[A-ZĐ])\.\s+(.+)", first.replace("\n", " "))
    if m and m.group(1) and len(filled) == 1:
        return m.group(1), m.group(2)  # "I. Kinh tế số" in one cell
    if len(filled) == 1 and len(first) > 3 and first == first.upper() and re.search(r"[A-ZĐ]", first):
        # a section heading without a numeral spanning the whole row
        return "", first
    return None


def _aligned(row: Row, n: int, numbered: bool = False) -> tuple[list[str], list[str], bool]:
    """Cells and raw cells padded to ``n`` columns; a short row is right-aligned (its left
    cells are merged with the row above), unless it opens with its number in a table whose first
    column is the number (``numbered``): then its last cells are empty ("37 | Kịp thời xây dựng …
    | Cơ quan ngang bộ … | 31/10/2025 | Các Bộ chủ trì đã hoàn thiện …" and no Tiến độ, crawl
    74e2ddc7b11340da). Returns whether it was short."""
    cells, raws = list(row.cells), list(row.raw or row.cells)
    raws += [""] * (len(cells) - len(raws))
    if len(cells) > n:
        # extra cells (a split cell) join the last column
        cells = cells[: n - 1] + ["\n".join(cells[n - 1:])]
        raws = raws[: n - 1] + ["\n".join(raws[n - 1:])]
    short = len(cells) < n
    if short and numbered and cells and _NO.fullmatch(cells[0].strip().rstrip(".")):
        pad = n - len(cells)
        return cells + [""] * pad, raws + [""] * pad, False
    if short:
        pad = n - len(cells)
        cells, raws = [""] * pad + cells, [""] * pad + raws
    return cells, raws, short


# a lead cell written as prose names roles ("Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở … thực hiện");
# other verbs in a lead cell belong to names or qualifiers ("Các đơn vị được giao xây dựng hồ sơ …")
_ROLE_IN_CELL = re.compile(r"(?<![\wÀ-ỹ])(?<!giao )(?:chủ trì|phối hợp|tham mưu|thực hiện|có trách nhiệm|chịu trách "
                           r"nhiệm)"
                           r"(?![\wÀ-ỹ])")
# "Các Cục: Di sản văn hóa, Bản quyền tác giả" names each Cục
_DISTRIBUTED = re.compile(r"^(?:Các\s+)?(Cục|Vụ|Sở|Bộ|Phòng|Ban|Trung tâm|Chi cục)\s*:\s*(.+)$")


@lru_cache(maxsize=None)
def _submitted_to_rx() -> re.Pattern[str]:
    """A submitting verb before the body submitted to ("… trình Hội đồng nhân dân cùng cấp", ``submitted_to`` of
    ``data/task_agencies.json``); not "trình" inside "công trình", "chương trình" …"""
    e = agency_table()["submitted_to"]
    verbs = "|".join(re.escape(w) for w in e["verbs"])
    to = "|".join(re.escape(w) for w in e["addressees"])
    return re.compile(rf"(?<=[\wÀ-ỹ])\s+(?<!công )(?<!chương )(?<!quy )(?<!lộ )(?<!tiến )(?:{verbs})\s+"
                      rf"(?=(?:{to})(?![\wÀ-ỹ])|{start_rx().pattern}).*$", re.S)


def _agencies_of(cell: str) -> list[str]:
    """Agencies of a chủ trì / phối hợp column: one per line or ";"-separated item."""
    out: list[str] = []
    dm = _DISTRIBUTED.match(cell.strip())
    if dm:
        head, names = dm.groups()
        sep = r"\s*;\s*|\.\s+(?=[A-ZĐ])" if ";" in names else r"\s*,\s*"
        cell = "; ".join(n if start_rx().match(n) or n[:1].islower() else f"{head} {n}"
                         for n in re.split(sep, names.strip(" .")) if n)
    for line in re.split(r"\n|;", cell):
        # "Bộ Công an (Trung tâm Dữ liệu quốc gia)": the unit in brackets is part of the ministry's lead
        line = trim_qualifier(re.sub(r"\s*\([^()]*\)", "", line))
        # "Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp" (set k k_30d359d4): the body submitted to is
        # no lead
        line = _submitted_to_rx().sub("", line)
        if verb_rx().search(line):
            # "Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu" (crawl c_fab42845, a plan's annex of
            # targets): the cell lists what the body does, verb after verb; the lead is its subject ("Các doanh
            # nghiệp cung cấp dịch vụ bưu chính", one verb and its object, is a name: dev gold x_kh552_dongthap)
            from cancu.loaders.tasks.subjects import subject

            said = line.strip()
            s = subject(said)
            vm = verb_rx().match(said, s.end) if s is not None and s.start == 0 and not s.heading else None
            if vm and not s.request and re.match(r",\s*", said[vm.end():]) \
                    and verb_rx().match(said, vm.end() + re.match(r",\s*", said[vm.end():]).end()):
                line = "; ".join(s.leads)
        for a in split_agencies(line.strip(" ;.")):
            a = trim_qualifier(a)
            if a not in out:
                out.append(a)
    return out


def grid_tasks(t: MappedText, grid: Grid, *,
               section: Optional[tuple[str, str]] = None) -> list[Task]:
    """Tasks of one grid whose first row is a task-table header; [] for other tables.

    ``section``: (numeral, title) of the heading the table sits under, for rows before
    any section row of the table's own.
    """
    if not grid.rows or not is_task_header(grid.rows[0].cells):
        return []
    header = grid.rows[0].cells
    kinds = header_kinds(header)
    n = len(kinds)
    if _procedure_rows(grid.rows[1:], kinds):
        return []  # a workflow: "Bước 1 … 04 giờ" rows name a person and hours, not an assignment
    col = {k: kinds.index(k) for k in ("no", "task", "deliverables", "deadline", "lead", "coordinating", "assignment")
           if k in kinds}
    out: list[Task] = []
    section, section_title = section or (None, None)
    prev: Optional[Task] = None
    seen_nos: list[str] = []
    outer: Optional[tuple[Optional[str], Optional[str]]] = None  # the section around a group row's lettered rows
    letters: list[str] = []
    for i, row in enumerate(grid.rows[1:], 1):
        if is_task_header(row.cells):
            continue  # the header repeated at a page break, or a sub-table's own header row
        if all(re.fullmatch(r"\(?\d{1,2}\)?|\.{2,}|…", c.strip()) for c in row.cells if c.strip()):
            continue  # the row numbering the columns under the header: (1) (2) (3) …
        sec = _section_of(row, kinds)
        bold_first = bool(row.raw) and "<b>" in (row.raw[0] or "")
        if sec and (bold_first or grid.layout != "tab" or sec[0]):
            section, section_title = sec[0] or None, sec[1] or None
            prev, seen_nos, outer = None, [], None
            continue
        cells, raws, short = _aligned(row, n, numbered=col.get("no") == 0)
        if short and "task" in col and not cells[col["task"]].strip() and _task_first(row, n, col):
            # the row's cells open at the task column: its number and its right-hand cells are merged with the row
            # above (a second duty under one TT with its own chủ trì, "Xây dựng hạ tầng kỹ thuật dự phòng … |
            # Trung tâm Chuyển đổi số Thành phố" in a crawl rendering of a Phụ lục, set l m_2c6e6e62)
            at = col["task"]
            pad = n - at - len(row.cells)
            cells = [""] * at + list(row.cells) + [""] * pad
            raws = [""] * at + list(row.raw or row.cells) + [""] * pad
        if grid.layout == "pipe":
            for k in ("lead", "coordinating"):
                if k in col and "\n" in raws[col[k]].strip():
                    cells[col[k]] = _names_by_line(raws[col[k]])
        get = lambda k: cells[col[k]] if k in col else ""  # noqa: E731
        task_text = " ".join(get("task").split("\n")).strip()
        if not task_text or len(task_text) < 8 or re.fullmatch(r"[\W\d_x]*", task_text):
            continue  # a number, "…" or a word is no task ("5", "...", "Ô tô" in a form's blank table)
        no_cell = get("no").strip().rstrip(".")
        no = no_cell if _NO.fullmatch(no_cell) else None
        letter = _LETTER_NO.fullmatch(get("no").strip()) if "no" in col and outer is not None else None
        span = t.to_source(row.start, row.end)
        quirks: list[str] = []
        inherited: list[str] = []
        other = [get(k) for k in ("deliverables", "deadline", "lead", "coordinating", "assignment")]
        if no is not None and outer is not None:
            section, section_title = outer  # the group's lettered rows are over
            outer = None
        if no is not None and not any(x.strip() for x in other) and "no" in col \
                and _lettered_next(grid.rows[i + 1:], n, col["no"]):
            # a group row: its title heads the lettered rows under it, it is no task of its own
            outer = (section, section_title)
            section, section_title = ".".join(x for x in (section, no) if x), task_text
            if no not in seen_nos:
                seen_nos.append(no)
            prev, letters = None, []
            continue
        if letter is not None:
            no = letter.group(1)
            if no in letters:
                quirks.append("duplicate_no")
            letters.append(no)
        if no is None and prev is not None and not any(x.strip() for x in other):
            # the task text goes on from the row above
            out[-1] = replace(prev, text=prev.text + " " + task_text, span=(prev.span[0], span[1]),
                              quirks=tuple(dict.fromkeys(prev.quirks + ("text_continued",))))
            prev = out[-1]
            continue
        continuation = no is None
        if continuation:
            quirks.append("unnumbered")
            if prev is not None:
                no = prev.no
                inherited.append("no")
        elif letter is not None:
            pass
        elif no in seen_nos:
            quirks.append("duplicate_no")
        elif seen_nos and _NO.fullmatch(seen_nos[-1]) and no.isdigit() and seen_nos[-1].isdigit() \
                and int(no) > int(seen_nos[-1]) + 1:
            quirks.append("skipped_no")
        if not continuation and letter is None:
            seen_nos.append(no)
        # deadline
        dtext = " ".join(get("deadline").split("\n")).strip()
        deadline = parse_deadline(dtext, span=span) if dtext else None
        if deadline is None and prev is not None and (short or continuation) and "deadline" in col:
            deadline = prev.deadline
            inherited.append("deadline")
        # who
        leads: list[str]
        coords: list[str]
        roles: list[Role]
        if "lead" in col and _ROLE_IN_CELL.search(get("lead")):
            # a lead column written as prose: "Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở … thực hiện"
            leads, coords, roles = assign(get("lead"))
            coords += [a for a in _agencies_of(get("coordinating")) if a not in coords]
            roles = [replace(r, span=span) for r in roles]
        elif "lead" in col:
            leads = _agencies_of(get("lead"))
            coords = _agencies_of(get("coordinating"))
            roles = [Role(a, "lead", is_group(a), span) for a in leads]
            roles += [Role(a, "coordinating", is_group(a), span) for a in coords]
            if not leads and prev is not None:
                leads, roles = list(prev.lead), [r for r in prev.roles if r.role == "lead"]
                inherited.append("lead")
            if not coords and "coordinating" in col and prev is not None and (short or continuation):
                coords = list(prev.coordinating)
                roles += [r for r in prev.roles if r.role == "coordinating"]
                inherited.append("coordinating")
            if not get("lead").strip() and get("assignment").strip():
                leads, coords, roles = assign("\n".join(rejoin_dash_split(get("assignment").split("\n"))))
        elif "assignment" in col:
            a_lines = get("assignment").split("\n")
            joined = rejoin_dash_split(a_lines)
            a_cell = "\n".join(joined)
            if a_cell.strip():
                leads, coords, roles = assign(a_cell)
                roles = [replace(r, span=span) for r in roles]
                if not leads and not coords:
                    # a cell naming agencies without a verb: they are the ones assigned
                    leads = _agencies_of(a_cell)
                    roles = [Role(a, "lead", is_group(a), span) for a in leads]
                if len(joined) < len(a_lines):
                    quirks.append("agency_split_at_dash")
            elif prev is not None:
                leads, coords, roles = list(prev.lead), list(prev.coordinating), list(prev.roles)
                inherited += ["lead", "coordinating", "roles"]
            else:
                leads, coords, roles = [], [], []
        else:
            # no lead column: the task cell may name its actor ("Khoa thông báo danh sách GVHD …")
            leads, coords = list(cell_actor(task_text)), []
            roles = [Role(a, "lead", is_group(a), span) for a in leads]
        base = Task(section, section_title, reform_area(section_title or ""), no, task_text,
                    tuple(cell_lines(raws[col["deliverables"]]) if "deliverables" in col else ()),
                    span, continuation, deadline, tuple(leads), tuple(coords), tuple(roles),
                    tuple(dict.fromkeys(inherited)), quirks=tuple(quirks))
        parts = _split_row(base, get("task"), get("deadline"))
        out.extend(parts)
        prev = parts[-1]
    return out


def _names_by_line(raw: str) -> str:
    """A chủ trì / phối hợp cell of a soft-wrapped rendering (thuvienphapluat "|" rows) with one name a line where a
    line starts a name: a line goes on from the one above unless that one is closed (no comma, no open word, no head
    word waiting for its name, "Ủy ban Mặt trận" / "Tổ quốc …") and it opens an agency name with a capital ("Các sở,
    ngành, UBND xã, phường, đặc khu" / "Sở Tài chính": two bodies of a cell holding two duties, set l m_2c6e6e62)."""
    out: list[str] = []
    for line in cell_lines(raw):
        if out and (_open_line(out[-1]) or not (line[:1].isupper() and start_rx().match(line))):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def _open_line(line: str) -> bool:
    """Whether a cell line waits for more: :func:`cell_rows.line_open`, or it ends in an agency head word ("Ủy ban Mặt
    trận")."""
    from cancu.loaders.tasks.cell_rows import line_open

    return line_open(line) or bool(_head_end().search(line))


@lru_cache(maxsize=None)
def _head_end() -> re.Pattern[str]:
    heads = sorted((w for w in agency_table()["starts"] if w[:1].isupper()), key=len, reverse=True)
    return re.compile(r"(?<![\wÀ-ỹ])(?:" + "|".join(map(re.escape, heads)) + r")$")


def _task_first(row: Row, n: int, col: dict[str, int]) -> bool:
    """Whether a short row whose right alignment leaves its task cell empty opens at the task column instead: it fits
    there, its first cell reads as a duty (no agency, no time phrase, no number) and, when the chủ trì column follows
    the task column, its second cell names an agency."""
    at = col["task"]
    cells = [c.strip() for c in row.cells]
    if not cells or len(cells) > n - at or len(cells[0]) < 20 or not cells[0][:1].isupper():
        return False
    first = cells[0].replace("\n", " ")
    if start_rx().match(first) or _NO.fullmatch(first.rstrip(".")) or parse_deadline(first).end:
        return False
    lead = col.get("lead")
    if lead == at + 1:
        return len(cells) > 1 and bool(start_rx().match(cells[1]))
    return False


def _lettered_next(rows: list[Row], n: int, no_col: int) -> bool:
    """Whether the next row with any text opens with a letter in the number column ("a)")."""
    for row in rows:
        if not any(c.strip() for c in row.cells):
            continue
        cells = _aligned(row, n, numbered=no_col == 0)[0]
        return bool(_LETTER_NO.fullmatch(cells[no_col].strip()))
    return False


def _procedure_rows(rows: list[Row], kinds: list[Optional[str]]) -> bool:
    """Whether most rows are workflow steps: "Bước N" in the number or task column, or a duration
    per step ("04 giờ", "0,5 ngày làm việc") in the deadline column."""
    cols = [i for i, k in enumerate(kinds) if k in ("no", "task", "deadline")]
    filled = [r for r in rows if sum(1 for c in r.cells if c.strip()) >= 2]
    if len(filled) < 2:
        return False
    # a short row is read from the left ("Bước 2" | …) and, when its left cells are merged with the
    # row above, from the right ("Trường hợp 2: …" | "1,5 ngày" under step 2: crawl 5a80798bbf985e87)
    def step(cells: list[str]) -> bool:
        right = [""] * (len(kinds) - len(cells)) + cells
        return any(is_step_cell(c[i]) for c in (cells, right) for i in cols if i < len(c))

    steps = sum(1 for r in filled if step(list(r.cells)))
    return steps * 2 > len(filled)


def _split_row(task: Task, task_cell: str, deadline_cell: str) -> list[Task]:
    """One row holding two or more tasks line by line: as many task lines as deadline lines."""
    tl = [x for x in task_cell.split("\n") if x.strip()]
    dlines = [x for x in deadline_cell.split("\n") if x.strip()]
    if len(tl) < 2 or len(tl) != len(dlines):
        return [task]
    parsed = [parse_deadline(d, span=task.span) for d in dlines]
    if not all(p.end or p.recurrence or p.condition for p in parsed):
        return [task]  # a deadline wrapped over two lines, not two deadlines
    return [replace(task, text=x.strip(), deadline=p, quirks=task.quirks + ("split_row",))
            for x, p in zip(tl, parsed)]
