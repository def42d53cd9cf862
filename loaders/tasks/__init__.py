"""Task tables → task records with deliverables, deadlines and responsible agencies.

Where the tasks come from, in order of trust:

1. tables with cells (:mod:`.grid`: TAB rows from DOCX and Markdown exports, HTML
   ``<table>``, thuvienphapluat pipe flattening, Markdown pipes; *pdftotext -layout*
   tables, their columns side by side, :mod:`.layout_columns`), read column by
   column from their header (:mod:`.table_tasks`);
2. *pdftotext* flattening: with a free-text "Phân công" column (seed 000, here: the
   header line "Stt Nhiệm vụ Sản phẩm Tiến độ Phân công …" repeated on each page,
   then each cell's wrapped lines), or with chủ trì / phối hợp / thời gian columns
   (:mod:`.pdf_columns`);
3. prose assignments (:mod:`.prose`): labelled blocks, then duties.

Numbering is kept as written (duplicates, gaps, in ``quirks``); a cell merged
with the row above inherits its value and says so in ``inherited``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Optional, Sequence

from cancu.loaders.glue import parted_at, reglue, spaced_name, unglue
from cancu.loaders.normalize import normalize_chars
from cancu.loaders.tasks.annex import annex_deadlines, form_tasks_dropped
from cancu.loaders.tasks.assign import assign
from cancu.loaders.tasks.cell_rows import cell_rows
from cancu.loaders.tasks.deadline_text import parse_deadline
from cancu.loaders.tasks.grid import find_grids, layout_grids
from cancu.loaders.tasks.layout_columns import layout_column_tables
from cancu.loaders.tasks.model import Target, Task, mark_numbering, reform_areas
from cancu.loaders.tasks.model import reform_area as _reform_area
from cancu.loaders.tasks.pdf_columns import NUMBER_HEAD, cell_line_table, drop_page_numbers, header_line_kinds, pdf_grid
from cancu.loaders.tasks.prose import prose_tasks
from cancu.loaders.tasks.run_on import cut_run_ons
from cancu.loaders.tasks.table_tasks import grid_tasks
from cancu.loaders.tasks.targets import find_targets
from cancu.loaders.text import MappedText

__all__ = ["Task", "Target", "extract_tasks", "reform_areas"]

# seed 000's header line "STT\tNhiệm vụ …": the number column's header cell is NUMBER_HEAD (task_columns.json)
_HEADER = re.compile(rf"^\s*{NUMBER_HEAD.pattern}\s*\t?\s*Nhiệm vụ\b.*$", re.M)
_ROMAN = r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"


def extract_tasks(text: MappedText, *, layout=None,
                  kinds: Sequence[tuple[int, Optional[str]]] = (),
                  body: Optional[tuple[int, int]] = None) -> tuple[list[Task], list[Target]]:
    """Tasks and targets of a document; spans are offsets into ``text.source``.

    ``layout`` (the structured reading of a DOCX, PDF or HTML file) gives the
    tables as grids of cells: they are read as they are, and the heuristics that
    rebuild tables from flattened text run only for text that has no layout.
    ``kinds``: (source offset, kind) of each document the file holds, so prose is read
    as its kind assigns work (a Giấy mời or a decree's articles assign none). ``body``: the source
    span that is the document (the pipeline's; a site's page around it gives no task), by default
    :func:`~cancu.loaders.classify.body_range`.
    """
    # a text layer that glues syllables ("Hội đồng nhân dân xã chủtrì", "Ban Thường vụĐảng uỷ") is read with the
    # spaces a reader sees, so verbs and names are found; each task's text is then put back as the file writes it
    read = normalize_chars(text)
    t = parted_at(unglue(read), _read_words())
    if t is not read:
        return _spaced(*_reglued(*_tasks_of(t, layout, kinds, body), t.source))
    return _spaced(*_tasks_of(t, layout, kinds, body))


@lru_cache(maxsize=None)
def _read_words() -> re.Pattern[str]:
    """The words the extractor reads a task by: a verb ("báo cáo", "chủ trì") or what ends a subject ("có nhiệm vụ")."""
    from cancu.loaders.tasks.assign import verb_rx
    from cancu.loaders.tasks.subjects import stop_rx

    return re.compile("|".join(f"(?:{rx.pattern})" for rx in (verb_rx(), stop_rx())))


def _spaced(tasks: list[Task], targets: list[Target]) -> tuple[list[Task], list[Target]]:
    """Tasks whose parties are named as a reader reads them: a page that lost a few spaces at line joins ("phối hợp
    với Bộ Kếhoạch và Đầu tư", set op ip_19a9c1cc) is read as written, but its bodies' names are not glued."""
    def names(xs: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(spaced_name(x) for x in xs)

    return [replace(x, lead=names(x.lead), coordinating=names(x.coordinating),
                    roles=tuple(replace(r, agency=spaced_name(r.agency)) for r in x.roles)) for x in tasks], targets


def _reglued(tasks: list[Task], targets: list[Target], source: str) -> tuple[list[Task], list[Target]]:
    """Tasks read from the unglued view, with their text as the file writes it (gold: a task's text as written)."""
    # a task's text may run past its span (the paragraphs under its heading): the source from its start on
    return [replace(x, text=reglue(x.text, source[x.span[0]:x.span[0] + 2 * len(x.text) + 400]))
            for x in tasks], targets


def _tasks_of(t: MappedText, layout, kinds: Sequence[tuple[int, Optional[str]]],
              body: Optional[tuple[int, int]]) -> tuple[list[Task], list[Target]]:
    if body is None:
        from cancu.loaders.classify import body_range
        body = body_range(t.source)
    if layout is not None:
        tasks = cut_run_ons(_structured_tasks(t, layout, kinds, body), t.text)
        return annex_deadlines(t.source, form_tasks_dropped(t.source, tasks)), find_targets(t)
    tasks: list[Task] = []
    spans: list[tuple[int, int]] = []
    grids = find_grids(t.text)
    # pdftotext -layout tables, their columns side by side (where no other layout holds a table); one that assigns
    # nothing (a procedure's workflow) is no prose either
    for g in layout_column_tables(t.text):
        if not any(h.start < g.end and g.start < h.end for h in grids):
            if g.layout == "workflow":
                spans.append(t.to_source(g.start, g.end))
            else:
                grids.append(g)
    for g in sorted(grids, key=lambda g: g.start):
        rows = grid_tasks(t, g)
        if rows:
            spans.append(t.to_source(g.start, g.end))
        tasks += rows
    hm = _HEADER.search(t.text)
    if not tasks and hm and not re.search(rf"(?m)^{NUMBER_HEAD.pattern}\t", t.text):
        col_kinds = {k for k, _ in header_line_kinds(hm.group())}
        if "assignment" in col_kinds or "lead" not in col_kinds:
            tasks = mark_numbering(_pdftotext(t))
            spans += [x.span for x in tasks]
    if not tasks:
        g = pdf_grid(t.text)
        tasks = grid_tasks(t, g) if g else []
        spans += [x.span for x in tasks]
    if not tasks and (found := cell_rows(t.text)):
        tasks = _unsure_rows(grid_tasks(t, found[0]), {t.to_source(r, r)[0] for r in found[1]})
        spans += [x.span for x in tasks]
    if not tasks and (cells := cell_line_table(t.text)):
        spans.append(t.to_source(*cells))  # a table no row of which can be read: no prose either
    tasks = _with_prose(tasks, prose_tasks(t, skip=spans, kinds=kinds, body=body), body)
    # names that ran on into an unknown verb are cut back to how the document names them elsewhere
    return annex_deadlines(t.source, form_tasks_dropped(t.source, cut_run_ons(tasks, t.text))), find_targets(t)


def _unsure_rows(tasks: list[Task], starts: set[int]) -> list[Task]:
    """Rows of a cell-after-cell table whose narrow cells could not be told apart keep only what they say: no lead,
    phối hợp or deadline taken from the row above."""
    out = []
    for x in tasks:
        if x.span[0] in starts and x.inherited:
            gone = set(x.inherited)
            x = replace(x, lead=() if "lead" in gone else x.lead,
                        coordinating=() if "coordinating" in gone else x.coordinating,
                        deadline=None if "deadline" in gone else x.deadline,
                        roles=tuple(r for r in x.roles if r.role not in gone), inherited=())
        out.append(x)
    return out


def _with_prose(table: list[Task], prose: list[Task], body: tuple[int, int]) -> list[Task]:
    """Table rows and prose assignments in document order; prose read inside a table's span is dropped,
    and so are rows outside the document's body (a site's footer table after the signature) or running
    past its end (a flattened table read on into the site's lines after the document: "Liên quan hiệu
    lực | Tải về"). A prose duty that a table elsewhere states again is kept: the document states it
    twice, and each is a row (set k k_852890fb, II.1.b and Phụ lục I row 2)."""
    lo, hi = body
    table = [x for x in table if lo <= x.span[0] < hi and x.span[1] <= hi]
    from cancu.loaders.tasks.paragraphs import merged_spans
    spans = merged_spans(x.span for x in table)
    starts = [a for a, _ in spans]

    def in_table(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < spans[i][1]

    prose = [p for p in prose if not in_table(p.span[0])]
    return sorted(table + prose, key=lambda x: x.span[0])


def _structured_tasks(t: MappedText, layout,
                      kinds: Sequence[tuple[int, Optional[str]]], body: tuple[int, int]) -> list[Task]:
    """Task rows of the layout's tables and the prose assignments of its paragraphs."""
    from cancu.loaders.normalize import normalize_chars as _nc

    source = MappedText.from_source(t.source)  # grid offsets are offsets of the text as read
    headings = [(p.start, m.group(1), m.group(2).strip()) for p in layout.paragraphs()
                if (m := _HEADING.match(_nc(MappedText.from_source(p.text)).text)) and m.group(1)]
    tasks: list[Task] = []
    for g in layout_grids(layout):
        for row in g.rows:
            row.cells = [_nc(MappedText.from_source(c)).text for c in row.cells]
            row.raw = list(row.cells)
        above = [h for h in headings if h[0] < g.start]
        tasks += grid_tasks(source, g, section=(above[-1][1], above[-1][2]) if above else None)
    return _with_prose(mark_numbering(tasks), prose_tasks(t, layout=layout, kinds=kinds, body=body), body)


# --- pdftotext ----------------------------------------------------------------------

_SECTION = re.compile(rf"^({_ROMAN})\.?\s+([A-ZĐÀ-Ỹ].*)$")
_HEADING = re.compile(rf"^({_ROMAN})\.\s+([A-ZĐÀ-Ỹ].*)$")  # "IV. Kế hoạch triển khai" above a table


def _pdftotext(t: MappedText) -> list[Task]:
    text = t.text
    first = _HEADER.search(text)
    lines: list[tuple[str, int]] = []
    pos = 0
    for raw in text.split("\n"):
        if pos >= first.start() and raw.strip(" \t\f"):
            s = raw.strip(" \t\f")
            if not _HEADER.match(raw.lstrip("\f")):  # the header repeated on each page
                lines.append((s, pos + (len(raw) - len(raw.lstrip(" \t\f")))))
        pos += len(raw) + 1
    lines = drop_page_numbers(text, lines)

    # rows: a line holding only a row number starts a row; Roman numeral + caps is a section
    rows: list[tuple[Optional[str], Optional[str], list[tuple[str, int]]]] = []
    section = section_title = None
    cur: Optional[list] = None
    for s, p in lines:
        sm = _SECTION.match(s)
        if sm and sm.group(1) and len(s) > 6 and s == s.upper():
            section, section_title = sm.group(1), sm.group(2).strip()
            cur = None
            continue
        nm = re.fullmatch(r"(\d{1,2})", s) or re.match(r"^(\d{1,2})\s+(?=[A-ZĐ])", s)
        if nm and (cur is None or len(cur[2]) > 3):
            cur = [section, section_title, []]
            cur.append(nm.group(1))
            rest = s[nm.end():].strip()
            if rest:
                cur[2].append((rest, p + nm.end() + (len(s[nm.end():]) - len(s[nm.end():].lstrip()))))
            rows.append(cur)
            continue
        if cur is not None:
            if re.fullmatch(r"\d{1,2}", s):
                continue  # a page number inside a row
            cur[2].append((s, p))
    out: list[Task] = []
    for sec, sec_title, body, no in rows:
        if not body:
            continue
        # 1. task text: the lines that go on from the one above (see _continues)
        k = 1 if body else 0
        while k < len(body) and _continues(body[k - 1][0], body[k][0]):
            k += 1
        task_lines = body[:k]
        rest = body[k:]
        deliver, d_lines, assign_lines = _pdf_columns(rest)
        task_text = " ".join(s for s, _ in task_lines)
        items, cur_item = [], ""
        for s, _ in deliver:
            if s.startswith("-") and cur_item:
                items.append(cur_item)
                cur_item = s.lstrip("- ")
            else:
                cur_item = (cur_item + " " + s.lstrip("- ")).strip()
        if cur_item:
            items.append(cur_item)
        a_text = "\n".join(s for s, _ in assign_lines)
        a_text = re.sub(r"\n(?!-)", " ", a_text)
        leads, coords, roles = assign(a_text)
        a_span = (t.to_source(assign_lines[0][1], assign_lines[0][1])[0],
                  t.to_source(assign_lines[-1][1], assign_lines[-1][1] + len(assign_lines[-1][0]))[1]) \
            if assign_lines else (0, 0)
        roles = tuple(replace(r, span=a_span) for r in roles)
        first_p = task_lines[0][1] if task_lines else body[0][1]
        last_s, last_p = body[-1]
        span = (t.to_source(first_p, first_p)[0], t.to_source(last_p, last_p + len(last_s))[1])
        dtext = " ".join(s for s, _ in d_lines)
        d_span = (t.to_source(d_lines[0][1], d_lines[0][1])[0],
                  t.to_source(d_lines[-1][1], d_lines[-1][1] + len(d_lines[-1][0]))[1]) if d_lines else (0, 0)
        out.append(Task(sec, sec_title, _reform_area(sec_title or ""), no, task_text, tuple(items), span,
                        False, parse_deadline(dtext, span=d_span) if dtext else None,
                        tuple(leads), tuple(coords), tuple(roles)))
    return out


# words a wrapped line cannot end on: the next line goes on with the same phrase
_OPEN_END = re.compile(r"(?i)(?:(?:^|\s)(?:của|và|theo|về|cho|tại|với|trên|trong|các|những|đối với|thuộc|để|từ|đến|"
                       r"là|hoặc|giữa|qua|vào|bằng|do|bởi|nhằm|như|được|bị|có|số|nâng cao|phối hợp)|[,;:])$")


def _continues(prev: str, line: str) -> bool:
    """Whether a pdftotext line goes on with the task cell of the line above.

    The next cell (product, deadline, assignment) starts with a capital, a digit or a bullet
    ("Trang thông tin điện tử phường được xây dựng …", "100% hồ sơ …", "- Kế hoạch …"); a
    wrapped task line goes on in lower case ("… chuyên mục chuyển đổi" / "số trên Trang …"),
    or with a name or number after a word that cannot end a line ("… giao cho" / "UBND phường",
    "… theo Công văn số" / "12/CV-BCĐ …", "…; " / "Tổng hợp, báo cáo …").
    """
    s = line.strip()
    if not s or s[0] in "-+•":
        return False
    if s[0].islower():
        return True
    return bool(_OPEN_END.search(prev.strip()))


_DEADLINE_START = re.compile(
    r"(?i)(trong|hoàn|thực hiện\s*$|thực hiện thường|ngay sau|sau khi|khi có|theo (?:tiến|chỉ|kế|lộ|hướng)|"
    r"các trường|thường xuyên|định kỳ|hằng|hàng|quý|năm 20|tháng|trước ngày|giai đoạn|từ (?:ngày|tháng|năm))")
_NARROW = 14  # the Tiến độ column wraps at about this many characters


def _pdf_columns(rest: list[tuple[str, int]]):
    """Split a row's lines after the task text into deliverables, deadline and assignment.

    The assignment starts at the first line opening with an agency word whose text
    carries an action verb; the deadline is the run of narrow lines just before it,
    from its first deadline phrase. Narrow lines after the assignment are the rest of
    a deadline cell that a page break pushed down.
    """
    from cancu.loaders.tasks.assign import start_rx, verb_rx
    from cancu.loaders.tasks.subjects import not_subject
    a_idx = None
    for i, (s, _) in enumerate(rest):
        if start_rx().match(s.lstrip("- ")) and not not_subject(s.lstrip("- ")):
            window = " ".join(x for x, _ in rest[i:i + 3])
            vm = verb_rx().search(window)
            # "UBND phường được cập nhật" is a passive deliverable, not an assignment
            if vm and not re.search(r"\b(?:được|bị)\b", window[:vm.start()]):
                a_idx = i
                break
    if a_idx is None:
        a_idx = len(rest)
    j = a_idx
    while j > 0 and len(rest[j - 1][0]) <= _NARROW:
        j -= 1
    d_from = next((i for i in range(j, a_idx) if _DEADLINE_START.match(rest[i][0])), None)
    if d_from is None:
        # no narrow run: a deadline line right before the assignment, however long
        d_from = a_idx - 1 if a_idx > 0 and _DEADLINE_START.match(rest[a_idx - 1][0]) else a_idx
    deliver, d_lines, assign_lines = rest[:d_from], rest[d_from:a_idx], rest[a_idx:]
    tail: list[tuple[str, int]] = []
    # narrow lines after the assignment finish a deadline cell a page break pushed down — only when
    # the deadline read so far is unfinished ("Trong quý III/2025" is whole: the "thực hiện" below
    # it ends the assignment "… tham mưu / thực hiện")
    dtext = " ".join(x for x, _ in d_lines)
    d = parse_deadline(dtext) if dtext else None
    if not (d and (d.end or d.recurrence or d.condition)):
        while assign_lines and len(assign_lines[-1][0]) <= _NARROW and not assign_lines[-1][0].endswith("."):
            tail.insert(0, assign_lines.pop())
    return deliver, d_lines + tail, assign_lines
