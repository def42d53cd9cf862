"""pdftotext tables with chủ trì / phối hợp / thời gian columns → grid rows.

pdftotext writes a table cell by cell: the row number on its own line, then the
wrapped lines of each cell in column order, the header line repeated on every page.
Seed 000's layout (one free-text "Phân công" column) is read in ``__init__``; this
module reads the other common header ("TT | Nội dung | Cơ quan chủ trì | Cơ quan
phối hợp | Thời gian"), where a cell ends when the next line opens the next column:
an agency word for the chủ trì and phối hợp columns, a deadline phrase for the
deadline column, a bullet for the deliverables column.
"""

from __future__ import annotations

import re
from typing import Optional

from cancu.loaders import tables
from cancu.loaders.tasks.assign import start_rx
from cancu.loaders.tasks.columns import column_words, columns_table
from cancu.loaders.tasks.grid import Grid, Row, cell_lines

__all__ = ["NUMBER_HEAD", "cell_line_table", "drop_page_numbers", "header_line_kinds", "pdf_grid", "table_end",
           "text_lines"]

_SIGN = re.compile(rf"^(?:{tables.signing_prefix_alternation()})\s")  # the signature block ends the table
# and so does the list of recipients (``recipients`` of ``data/signing.json``)
_RECIPIENTS = re.compile("(?i)^" + tables.recipients_alternation())
# the number column's header cell ("Stt", "TT", "Số TT"), as written
_NO_HEAD = "(?:" + "|".join(re.escape(w) for w in columns_table()["row_number_heads"]["words"]) + ")"
_HEAD_START = re.compile(rf"^\s*\f?\s*{_NO_HEAD}\s+\S")
NUMBER_HEAD = re.compile(rf"{_NO_HEAD}\.?")  # the number column's header cell alone on its line (fullmatch)
_ROMAN = r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_SECTION = re.compile(rf"^({_ROMAN}|[A-ZĐ])\.?\s+(.+)$")
# a line that opens the deadline cell (``deadline_openers`` of ``data/task_columns.json``)
_DEADLINE = re.compile("(?i)^(?:" + "|".join(e["pattern"] for e in columns_table()["deadline_openers"]) + ")")


def table_end(line: str) -> bool:
    """Whether a stripped ``line`` ends a table: the list of recipients ("Nơi nhận:") or the signature block."""
    return bool(_RECIPIENTS.match(line) or _SIGN.match(line))


def text_lines(text: str) -> list[tuple[str, int]]:
    """The lines of ``text`` that are not blank, stripped, each with the offset of its first character."""
    lines: list[tuple[str, int]] = []
    pos = 0
    for raw in text.split("\n"):
        if raw.strip(" \t\f"):
            lines.append((raw.strip(" \t\f"), pos + len(raw) - len(raw.lstrip(" \t\f"))))
        pos += len(raw) + 1
    return lines


def drop_page_numbers(text: str, lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Drop bare numbers that are page numbers, not row numbers.

    A page number sits before a page break: the next line is the repeated header, a form
    feed comes between, or the next line goes on in lower case (a row cut by the page).
    """
    drop = set()
    for i, (s, p) in enumerate(lines):
        if re.fullmatch(r"\d{1,3}", s) and i + 1 < len(lines):
            between = text[p + len(s):lines[i + 1][1]]
            nxt = lines[i + 1][0]
            if nxt[0].islower() or "\f" in between or _HEAD_START.match(nxt) and len(nxt) > 12:
                drop.add(i)
    return [x for i, x in enumerate(lines) if i not in drop]


def header_line_kinds(line: str) -> list[tuple[str, str]]:
    """(kind, words) of the columns named in one header line, in order: longest words first."""
    found = column_words(line)
    out: list[tuple[str, str]] = []
    for _, kind, w in found:
        if out and out[-1][0] == kind:
            continue  # "Cơ quan chủ trì thực hiện": one column
        out.append((kind, w))
    return out


def _unpiped(line: str) -> str:
    """A line without the pipes of a Markdown row ("| TT | Nội dung | Cơ quan chủ trì |" → "TT Nội dung Cơ quan
    chủ trì")."""
    if not line.lstrip().startswith("|"):
        return line
    return re.sub(r"\s+", " ", line.replace("|", " ")).strip()


def _opens(kind: str, line: str) -> bool:
    s = line.lstrip("-•+ ")
    if kind in ("lead", "coordinating"):
        return bool(start_rx().match(s))
    if kind == "deadline":
        return bool(_DEADLINE.match(s))
    if kind == "deliverables":
        return line.startswith(("-", "•", "+"))
    return False


def cell_line_table(text: str) -> Optional[tuple[int, int]]:
    """The span (text offsets) of a task table that pdftotext wrote one cell a line with its header cut into pieces,
    one a line ("TT" / "Tên nhiệm vụ" / "Cơ quan" / "chủ trì" / "Cơ" / "quan" / "phối hợp" / "Kết quả/Đánh giá" /
    "Thời" / "hạn" / "hoàn thành": the Phụ lục of a Government programme in a Công báo's pdftotext text, set k), from
    its header to the signature or the end. Its cells wrap over several lines with nothing between them, so no row
    can be read soundly; read as prose, the lines glue cells of several columns into false tasks ("Bộ Tài chính Bộ Y
    tế, cơ quan, đơn vị liên quan Quyết định của Bộ trưởng …"): the span is left out of the prose."""
    lines = text_lines(text)
    for i, (s, p) in enumerate(lines):
        if not NUMBER_HEAD.fullmatch(s):
            continue
        k = i + 1
        # the header's pieces: column words, or a word of a name wrapped in a narrow cell ("Cơ" / "quan")
        while k < len(lines) and k - i <= 12 and (len(lines[k][0]) <= 25 and header_line_kinds(lines[k][0])
                                                  or len(lines[k][0]) <= 12 and not re.match(r"[\dIVXL]", lines[k][0])):
            k += 1
        names = {x for x, _ in header_line_kinds(" ".join(x for x, _ in lines[i:k]))}
        if k - i < 4 or not {"task", "lead"} <= names:
            continue
        end = next((q for x, q in lines[k:] if table_end(x)), len(text))
        return p, end
    return None


def pdf_grid(text: str) -> Optional[Grid]:
    """The table under the first header line naming a task and a chủ trì column, if any."""
    lines = drop_page_numbers(text, text_lines(text))
    head_i = None
    kinds: list[tuple[str, str]] = []
    for i, (s, _) in enumerate(lines):
        # the header may be a Markdown row over cells written one per line ("| TT | Nội dung hoạt động | Cơ quan chủ
        # trì | Cơ quan phối hợp |", the rule, then "Thời gian thực hiện" and the cells: a converted ministry plan's
        # annex, set i l_816d32b5)
        s = _unpiped(s)
        if _HEAD_START.match(s):
            k = header_line_kinds(s)
            names = {x for x, _ in k}
            if "task" in names and "lead" in names and "assignment" not in names:
                head_i, kinds = i, k
                break
    if head_i is None:
        return None
    header_text = lines[head_i][0].casefold()
    cols = [k for k, _ in kinds if k != "no"]
    rows: list[Row] = [Row([w for _, w in kinds], lines[head_i][1], lines[head_i][1] + len(lines[head_i][0]))]
    cur: Optional[dict] = None
    widest = [36]  # the task column's width as seen so far: a shorter line ends its cell

    def close() -> None:
        if cur and any(cur["cells"]):
            # wrapped lines of a cell join up; a bullet starts a new line
            joined = ["\n".join(cell_lines("\n".join(c), wrapped=True)) for c in cur["cells"]]
            cells = [cur["no"]] + joined if kinds[0][0] == "no" else joined
            rows.append(Row(cells, cur["start"], cur["end"]))

    for s, p in lines[head_i + 1:]:
        if s.casefold() == header_text or table_end(s):
            if s.casefold() == header_text:
                continue  # the header repeated on a page
            break
        if re.fullmatch(r"[|\s:-]+", s):
            continue  # the Markdown rule under a header row
        more = header_line_kinds(s) if not rows[1:] and cur is None and len(s) <= 40 else []
        if more and all(k not in cols for k, _ in more) and not s.startswith("|"):
            # the rest of the header written on its own line ("Thời gian thực hiện" after the Markdown row)
            kinds += more
            cols += [k for k, _ in more if k != "no"]
            rows[0] = Row([w for _, w in kinds], rows[0].start, p + len(s))
            continue
        sm = _SECTION.match(s)
        if sm and s == s.upper() and len(s) > 6 and (sm.group(1)[0] in "IVXL" or len(sm.group(1)) == 1):
            close()
            cur = None
            rows.append(Row([sm.group(1), sm.group(2)], p, p + len(s)))
            continue
        if re.fullmatch(r"\d{1,3}(?:\.\d{1,2})?\.?|[a-zđ]\)", s):
            close()
            cur = {"no": s.rstrip("."), "cells": [[] for _ in cols], "col": 0, "start": p, "end": p + len(s),
                   "wrapped": False}
            continue
        if cur is None:
            continue
        c = cur["col"]
        cell = cur["cells"][c]
        if cell and c == len(cols) - 1 and len(cols) > 2 and cols[0] == "task" and s[:1].islower() \
                and not cur["wrapped"]:
            # a row cut by a page break: after its last cell the task cell goes on in lower case, then the cells after
            # it ("Quý IV/2026, 2027" then "kết quả giảm phát thải; …" then "Lâm nghiệp và Kiểm lâm", the rest of
            # the chủ trì cell "Viện Khoa học lâm nghiệp Việt Nam, Cục": set i l_816d32b5)
            cur["col"], cur["wrapped"] = 0, True
            cur["cells"][0].append(s)
            cur["end"] = p + len(s)
            continue
        if cur["wrapped"] and c == 0 and cell and cell[-1].endswith((".", ";")) and s[:1].isupper():
            cur["col"] = 1
            cur["cells"][1].append(s)
            cur["end"] = p + len(s)
            continue
        # move to a later column when this line opens it and the current cell has text
        if cell:
            for nxt in range(c + 1, len(cols)):
                if _opens(cols[nxt], s) and not (cols[c] == cols[nxt]):
                    # a wrapped task line can start with an agency word: only a short last line
                    # (or a full stop) ends the task cell
                    if cols[c] == "task" and not (cell[-1].endswith((".", ";", ":"))
                                                  or len(cell[-1]) < 0.8 * widest[0]):
                        break
                    cur["col"] = nxt
                    break
        cur["cells"][cur["col"]].append(s)
        if cols[cur["col"]] == "task":
            widest[0] = max(widest[0], len(s))
        cur["end"] = p + len(s)
    close()
    return Grid("pdftotext", rows, rows[0].start, rows[-1].end) if len(rows) > 1 else None
