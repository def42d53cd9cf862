"""Task tables → task records with deliverables, deadlines and responsible agencies.

Two layouts are read here (issue 4 lists more; see the closing notes):

- *tab rows* (DOCX → Markdown export, seed 003; also what the DOCX/HTML readers
  produce): one table row per line, cells separated by TABs, HTML inside cells,
  ``<b>I</b>`` section rows, the header row repeated at page breaks;
- *pdftotext* (seed 000): the header line "Stt Nhiệm vụ Sản phẩm Tiến độ Phân
  công …" repeated on each page, then each cell's wrapped lines in order.

Numbering is kept as written (duplicates, gaps); an empty assignment cell of a
row inherits the row above's and says so in ``inherited``.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Optional

from cancu.loaders import deadlines as dl
from cancu.loaders.normalize import normalize_chars
from cancu.loaders.roles import Role
from cancu.loaders.tasks.assign import assign, rejoin_dash_split
from cancu.loaders.text import MappedText

__all__ = ["Task", "Target", "extract_tasks"]


@dataclass(frozen=True)
class Task:
    section: Optional[str]
    section_title: Optional[str]
    reform_area: Optional[str]
    no: Optional[str]
    text: str
    deliverables: tuple[str, ...]
    span: tuple[int, int]
    continuation: bool
    deadline: Optional[dl.Deadline]
    lead: tuple[str, ...]
    coordinating: tuple[str, ...]
    roles: tuple[Role, ...]
    inherited: tuple[str, ...] = ()
    doc_index: int = 0

    def __repr__(self) -> str:
        return f"<Task {self.section}.{self.no} {self.text[:40]!r}>"

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_index": self.doc_index, "section": self.section, "section_title": self.section_title,
            "reform_area": self.reform_area, "no": self.no, "text": self.text,
            "deliverables": list(self.deliverables), "span": list(self.span),
            "continuation": self.continuation, "inherited": list(self.inherited),
            "deadline": self.deadline.to_dict() if self.deadline else None,
            "lead": list(self.lead), "coordinating": list(self.coordinating),
            "roles": [r.to_dict() for r in self.roles],
        }


@dataclass(frozen=True)
class Target:
    subject: str
    comparator: str
    value: float
    unit: str
    year: Optional[int]
    span: tuple[int, int]
    doc_index: int = 0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span)
        return d


# The six areas of Nghị quyết 76/NQ-CP, recognised in section headings.
REFORM_AREAS = (
    ("institutions", r"thể chế"),
    ("administrative_procedures", r"thủ tục hành chính"),
    ("organisation", r"tổ chức bộ máy"),
    ("civil_service", r"chế độ công vụ|công chức, viên chức"),
    ("public_finance", r"tài chính công"),
    ("e_government", r"chính phủ điện tử|chính phủ số|chính quyền điện tử|chính quyền số"),
)
_HEADER = re.compile(r"^\s*(?:Stt|STT|TT)\s*\t?\s*Nhiệm vụ\b.*$", re.M)
_ROMAN = r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"


def _reform_area(title: str) -> Optional[str]:
    low = title.casefold()
    for name, rx in REFORM_AREAS:
        if re.search(rx, low):
            return name
    return None


def _strip_html(s: str) -> str:
    s = re.sub(r"(?i)<\s*(?:br|/li|/p)\s*/?>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return re.sub(r"[ \t]+", " ", s).strip()


def _lines(cell: str) -> list[str]:
    return [l.strip(" -•\t") for l in _strip_html(cell).split("\n") if l.strip(" -•\t")]


def extract_tasks(text: MappedText, *, year: Optional[int] = None) -> tuple[list[Task], list[Target]]:
    """Tasks and targets of a document; spans are offsets into ``text.source``."""
    t = normalize_chars(text)
    tasks: list[Task] = []
    if "\t" in t.text and re.search(r"(?m)^(?:Stt|STT|TT)\tNhiệm vụ", t.text):
        tasks = _tab_rows(t, year)
    elif _HEADER.search(t.text):
        tasks = _pdftotext(t, year)
    return tasks, _targets(t)


# --- tab rows ---------------------------------------------------------------------

def _tab_rows(t: MappedText, year: Optional[int]) -> list[Task]:
    out: list[Task] = []
    section = section_title = None
    prev: Optional[Task] = None
    pos = 0
    for line in t.text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if "\t" not in line:
            continue
        cells = line.split("\t")
        first = _strip_html(cells[0])
        if first in ("Stt", "STT", "TT"):
            continue
        if re.fullmatch(_ROMAN, first) and first and "<b>" in cells[0]:
            section, section_title = first, _strip_html(cells[1]) if len(cells) > 1 else None
            prev = None
            continue
        if len(cells) < 5:
            continue
        no = first or None
        task_text = _strip_html(cells[1])
        if not task_text:
            continue
        assign_cell = "\n".join(_lines(cells[4]))
        inherited: tuple[str, ...] = ()
        if not assign_cell and prev is not None:
            leads, coords, roles = prev.lead, prev.coordinating, prev.roles
            inherited = ("lead", "coordinating", "roles")
        else:
            leads, coords, roles = assign(assign_cell)
            roles = tuple(replace(r, span=t.to_source(start, start + len(line))) for r in roles)
        span = t.to_source(start, start + len(line))
        dtext = _strip_html(cells[3])
        task = Task(section, section_title, _reform_area(section_title or ""), no,
                    re.sub(r"\s+", " ", task_text), tuple(_lines(cells[2])), span, no is None,
                    dl.parse(dtext, year=year, span=span) if dtext else None,
                    tuple(leads), tuple(coords), tuple(roles), inherited)
        if no is None and prev is not None and not dtext:
            # continuation row: text goes on from the row above
            task = replace(task, no=prev.no, deadline=prev.deadline,
                           inherited=tuple(sorted(set(task.inherited) | {"no", "deadline"})))
        out.append(task)
        prev = task
    return out


# --- pdftotext ----------------------------------------------------------------------

_AGENCY_LINE = re.compile(r"^-?\s*(?:Các cơ quan|Các\s|UBND|UBMTTQ|Ủy ban|Phòng|Văn phòng|Trung tâm|Sở|Ban|Công an|Đảng ủy)")
_SECTION = re.compile(rf"^({_ROMAN})\.?\s+([A-ZĐÀ-Ỹ].*)$")
_FULL = 36  # a wrapped task-text line is at least this long; the last line of a cell is shorter


def _pdftotext(t: MappedText, year: Optional[int]) -> list[Task]:
    text = t.text
    first = _HEADER.search(text)
    lines: list[tuple[str, int]] = []
    pos = 0
    for raw in text.split("\n"):
        if pos >= first.start() and raw.strip():
            s = raw.strip()
            if not (_HEADER.match(raw) or re.fullmatch(r"\d{1,2}", s) and False):
                lines.append((s, pos + (len(raw) - len(raw.lstrip()))))
        pos += len(raw) + 1
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
        # 1. task text: lines while the previous one was full width
        k = 0
        while k < len(body) and (k == 0 or len(body[k - 1][0]) >= _FULL):
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
                        False, dl.parse(dtext, year=year, span=d_span) if dtext else None,
                        tuple(leads), tuple(coords), tuple(roles)))
    return out


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
    from cancu.loaders.tasks.assign import _start_rx, _verb_rx
    a_idx = None
    for i, (s, _) in enumerate(rest):
        if _start_rx().match(s.lstrip("- ")):
            window = " ".join(x for x, _ in rest[i:i + 3])
            vm = _verb_rx().search(window)
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
    while assign_lines and len(assign_lines[-1][0]) <= _NARROW and not assign_lines[-1][0].endswith("."):
        tail.insert(0, assign_lines.pop())
    return deliver, d_lines + tail, assign_lines


# --- targets ----------------------------------------------------------------------

_TARGET = re.compile(
    r"(?P<cmp>ít nhất|tối thiểu|trên|dưới|tối đa|không quá)?\s*(?P<val>\d{1,3}(?:[.,]\d+)?)\s*%\s*(?P<subject>[^;.\n]{3,120})"
)
_CMP = {"ít nhất": ">=", "tối thiểu": ">=", "trên": ">", "dưới": "<", "tối đa": "<=", "không quá": "<="}


def _targets(t: MappedText) -> list[Target]:
    out = []
    for m in _TARGET.finditer(t.text):
        before = t.text[max(0, m.start() - 40):m.start()].casefold()
        cmp_word = m.group("cmp") or next((w for w in _CMP if before.rstrip().endswith(w)), None)
        if not cmp_word and not re.search(r"(?:^|\n|[-:]\s*)$", t.text[max(0, m.start() - 3):m.start()]):
            # "100% thủ tục …" at the start of an objective, or a comparator word, marks a commitment
            if not re.search(r"đạt|giảm|cắt giảm|tăng", before[-25:]):
                continue
        ym = re.search(r"(?:năm|đến)\s+((?:19|20)\d{2})", m.group("subject"))
        out.append(Target(re.sub(r"\s+", " ", m.group("subject")).strip(), _CMP.get(cmp_word or "", "="),
                          float(m.group("val").replace(",", ".")), "%", int(ym.group(1)) if ym else None,
                          t.to_source(m.start("val") if not m.group("cmp") else m.start("cmp"), m.end())))
    return out
