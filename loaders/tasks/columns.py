"""Which column of a table holds what: header words in ``data/task_columns.json``.

A header cell takes the column kind whose header word is the longest match in it
("Đơn vị chủ trì" is a lead column although "đơn vị" alone marks a unit column).
A table is a task table when it has a task column and a lead, assignment or
deadline column; unit lists and budget tables are not.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

from cancu.loaders import tables

__all__ = ["column_kind", "column_words", "header_kinds", "is_task_header", "looks_like", "is_step_cell",
           "is_not_task_table"]


@lru_cache(maxsize=None)
def columns_table() -> dict[str, Any]:
    """The table ``data/task_columns.json``: the header words of each task-table column."""
    return tables.load("task_columns")


@lru_cache(maxsize=None)
def _patterns() -> list[tuple[int, int, str, bool, str, re.Pattern[str]]]:
    out = []
    for order, col in enumerate(columns_table()["columns"]):
        for w in col["words"]:
            out.append((len(w), -order, col["kind"], bool(col.get("exact")), w,
                        re.compile(rf"(?<![\wà-ỹ]){re.escape(w)}(?![\wà-ỹ])")))
    return out


@lru_cache(maxsize=None)
def _by_length() -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    """Any column word (a quick test), and each word's kind and pattern, longest first (column order on a tie)."""
    pats = sorted(_patterns(), key=lambda p: (-p[0], -p[1]))
    return re.compile("|".join(re.escape(p[4]) for p in pats)), tuple((p[2], p[5]) for p in pats)


def column_words(line: str) -> list[tuple[int, str, str]]:
    """(offset, kind, text) of each column word in ``line``, in order; a longer word is taken before the shorter
    words inside it ("cơ quan thực hiện" before "thực hiện")."""
    low = line.casefold()
    anyword, pats = _by_length()
    if not anyword.search(low):
        return []
    taken = [False] * len(low)
    found: list[tuple[int, str, str]] = []
    for kind, rx in pats:
        for m in rx.finditer(low):
            if not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = [True] * (m.end() - m.start())
                found.append((m.start(), kind, line[m.start():m.end()]))
    return sorted(found)


# a header cell names a column in a few words; a longer cell is a row's content or prose
HEADER_CELL_MAX = 80


@lru_cache(maxsize=4096)
def column_kind(header: str) -> Optional[str]:
    """The kind of a header cell, or None."""
    h = re.sub(r"[*_<>/]|\s+", " ", header).strip().casefold()
    h = re.sub(r"\s+", " ", h)
    if len(h) > HEADER_CELL_MAX:
        return None
    best: tuple[int, int, Optional[str]] = (0, 0, None)
    for n, order, kind, exact, w, rx in _patterns():
        hit = h.strip(" .:") == w if exact else (w in h and rx.search(h) is not None)
        if hit and (n, order) > best[:2]:
            best = (n, order, kind)
    return best[2]


def header_kinds(cells: list[str]) -> list[Optional[str]]:
    kinds = [column_kind(c) for c in cells]
    # two task columns: the one that names the task ("Tên dự án, nhiệm vụ" before "Nội dung chính", which
    # describes it: QĐ 2530/QĐ-TTg, appendix II), else the later one ("Nội dung nhiệm vụ" after a group column)
    seen_task = [i for i, k in enumerate(kinds) if k == "task"]
    named = [i for i in seen_task if re.sub(r"[*_\s]+", " ", cells[i]).strip().casefold().startswith("tên ")]
    keep = named[0] if named else (seen_task[-1] if seen_task else None)
    for i in seen_task:
        if i != keep:
            kinds[i] = "skip"
    if not seen_task and "lead" in kinds:
        # "TT | Chỉ tiêu | Chủ trì": the assigned targets are the tasks
        for i, c in enumerate(cells):
            if kinds[i] == "deliverables" and "chỉ tiêu" in c.casefold():
                kinds[i] = "task"
                break
    return kinds


@lru_cache(maxsize=None)
def _not_task_words() -> tuple[str, ...]:
    return tuple(w for e in columns_table().get("not_task_tables", []) for w in e["words"])


@lru_cache(maxsize=None)
def _step_rx() -> re.Pattern[str]:
    return re.compile("|".join(e["pattern"] for e in columns_table().get("step_cells", [])), re.I)


def is_step_cell(cell: str) -> bool:
    """A workflow step ("Bước 2") or a per-step duration ("04 giờ", "0,25 ngày làm việc")."""
    return bool(_step_rx().match(cell.strip()))


def is_not_task_table(cells: list[str]) -> bool:
    """A header naming a catalogue of procedures, a workflow's steps or fees."""
    low = [re.sub(r"\s+", " ", re.sub(r"[*_<>/]", " ", c)).strip().casefold() for c in cells]
    return any(w in c for c in low for w in _not_task_words())


def is_task_header(cells: list[str]) -> bool:
    """A header row: short cells, most of them known column words, naming a task column and
    a lead, assignment or deadline column (a site footer mentioning "nhiệm vụ" is not one)."""
    filled = [c for c in cells if c.strip()]
    if len(filled) < 2 or any(len(c) > HEADER_CELL_MAX for c in filled):
        return False
    if is_not_task_table(cells):
        return False
    kinds = header_kinds(cells)
    known = sum(1 for c, k in zip(cells, kinds) if c.strip() and k)
    if known * 3 < len(filled) * 2:
        return False
    return "task" in kinds and bool(set(kinds) & {"lead", "assignment", "deadline"})


_DEADLINE_WORDS = re.compile(
    r"(?i)\b(?:năm\s+20\d\d|quý\s+[IV]+|tháng\s+\d|thường xuyên|hằng năm|hàng năm|định kỳ|giai đoạn|"
    r"trước ngày|theo tiến độ|sau khi|khi có|20\d\d\s*-\s*20\d\d|\d{1,2}/20\d\d)")


def looks_like(kind: Optional[str], cell: str) -> bool:
    """Whether a cell's text fits a column kind (used to find row ends in flattened tables)."""
    from cancu.loaders.tasks.assign import start_rx
    s = cell.strip().lstrip("-•+ ")
    if not s:
        return False
    if kind == "deadline":
        return bool(_DEADLINE_WORDS.search(s)) and len(s) < 200
    if kind in ("lead", "coordinating", "assignment"):
        return bool(start_rx().match(s))
    if kind == "no":
        return bool(re.fullmatch(r"[0-9IVXLivx]+(?:\.\d+)*\.?|[A-ZĐ]\.?", s))
    return True
