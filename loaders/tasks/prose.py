"""Assignments written as prose → tasks.

Two forms (issue 4), labels in ``data/task_prose.json``:

1. *labelled blocks*: a task paragraph (a numbered heading or a bullet) followed by
   "Cơ quan chủ trì: …", "Cơ quan phối hợp: …", "Thời gian thực hiện: …"
   paragraphs (Hà Nội, Bắc Ninh plans; emphasis and wrapping as on thuvienphapluat);
2. *duties* in the "Tổ chức thực hiện" section: "1. Sở Nông nghiệp và Môi trường:"
   followed by bulleted duties (one task each, that agency the lead), or
   "2. Phòng Văn hóa – Xã hội có trách nhiệm …" (the subject is the lead).

Form 2 is read only when a document has no task table and no labelled blocks,
since a plan with a table repeats its duties there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Optional

from cancu.loaders import tables
from cancu.loaders.roles import Role
from cancu.loaders.tasks.assign import _start_rx, assign, is_group, split_agencies
from cancu.loaders.tasks.deadline_text import parse_deadline
from cancu.loaders.tasks.model import Task, reform_area
from cancu.loaders.text import MappedText

__all__ = ["prose_tasks", "paragraphs"]


@lru_cache(maxsize=None)
def _table() -> dict[str, Any]:
    return tables.load("task_prose")


@lru_cache(maxsize=None)
def _field_rx() -> list[tuple[str, re.Pattern[str]]]:
    return [(f["field"], re.compile(rf"(?i)^(?:{f['pattern']})\s*:\s*")) for f in _table()["fields"]]


@dataclass
class Para:
    text: str
    start: int
    end: int
    bullet: bool = False


_OPENER = re.compile(r"^\s*(?:[-•+–]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[IVX]{1,4}\.\s|\*\*)")


def _clean(s: str) -> str:
    s = s.replace("**", "").replace("__", "")
    s = re.sub(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", "", s)  # *Đơn vị chủ trì: *Sở Nội vụ
    s = s.replace("*", "")
    return re.sub(r"\s+", " ", s).strip()


def paragraphs(text: str) -> list[Para]:
    """Paragraphs: split at blank lines and at lines opening a bullet, number or label."""
    out: list[Para] = []
    cur: list[tuple[str, int]] = []

    def flush() -> None:
        if cur:
            raw = " ".join(x for x, _ in cur)
            out.append(Para(_clean(raw), cur[0][1], cur[-1][1] + len(cur[-1][0]),
                            bool(re.match(r"^\s*\**\s*[-•+–]\s", cur[0][0]))))
            cur.clear()

    pos = 0
    for line in text.split("\n"):
        s = line.strip()
        if not s:
            flush()
        else:
            if cur and (_OPENER.match(line) or any(rx.match(_clean(s).lstrip("-•+– ")) for _, rx in _field_rx())):
                flush()
            cur.append((line, pos))
        pos += len(line) + 1
    flush()
    return out


def _field_of(p: Para) -> Optional[tuple[str, str]]:
    body = p.text.lstrip("-•+– ").strip()
    for name, rx in _field_rx():
        m = rx.match(body)
        if m:
            return name, body[m.end():].strip()
    return None


_HEADING = re.compile(r"^(?P<no>\d{1,2}(?:\.\d{1,2})*)[.)]\s+(?P<text>.+)$")
_SECTION = re.compile(r"^(?P<no>[IVX]{1,4})[.)]?\s+(?P<text>.+)$")


def _agency_list(s: str) -> list[str]:
    out: list[str] = []
    for part in re.split(r";", s.rstrip(". ")):
        for a in split_agencies(part.strip()):
            a = re.sub(r"^và\s+", "", a)
            if a and a not in out:
                out.append(a)
    return out


def prose_tasks(t: MappedText, year: Optional[int], *, duties: bool = True) -> list[Task]:
    paras = paragraphs(t.text)
    tasks = _labelled(t, paras, year)
    if not tasks and duties:
        tasks = _duties(t, paras, year)
    return tasks


def _labelled(t: MappedText, paras: list[Para], year: Optional[int]) -> list[Task]:
    out: list[Task] = []
    section = section_title = None
    no: Optional[str] = None
    i = 0
    last_task_para: Optional[int] = None
    while i < len(paras):
        p = paras[i]
        sm = _SECTION.match(p.text)
        if sm and not _field_of(p):
            section, section_title = sm.group("no"), sm.group("text")
        hm = _HEADING.match(p.text)
        if hm:
            no = hm.group("no")
        f = _field_of(p)
        if f is None:
            last_task_para = i
            i += 1
            continue
        # a run of labelled paragraphs
        fields: dict[str, str] = {}
        j = i
        while j < len(paras) and (fj := _field_of(paras[j])):
            fields.setdefault(fj[0], fj[1])
            j += 1
        if not ({"lead", "assignment"} & fields.keys()) or last_task_para is None and "task" not in fields:
            i = j
            continue
        if "task" in fields:
            task_text = fields["task"]
            first = paras[i]
        else:
            first = paras[last_task_para]
            task_text = first.text.lstrip("-•+– ")
            hm2 = _HEADING.match(task_text)
            if hm2:
                task_text = hm2.group("text")
        span = t.to_source(first.start, paras[j - 1].end)
        if "lead" in fields:
            leads = _agency_list(fields["lead"])
            roles = [Role(a, "lead", is_group(a), span) for a in leads]
        else:
            leads, _, roles = assign(fields["assignment"])
            if not leads:  # "Đơn vị thực hiện: Các Sở, ngành, đơn vị, UBND cấp xã." names agencies only
                leads = _agency_list(fields["assignment"])
                roles = [Role(a, "lead", is_group(a), span) for a in leads]
        coords = _agency_list(fields.get("coordinating", ""))
        roles = list(roles) + [Role(a, "coordinating", is_group(a), span) for a in coords]
        dtext = fields.get("deadline")
        out.append(Task(section, section_title, reform_area(section_title or ""), no, task_text,
                        tuple(x for x in [fields.get("deliverables")] if x), span, False,
                        parse_deadline(dtext, year=year, span=span) if dtext else None,
                        tuple(leads), tuple(coords), tuple(roles), (), quirks=("prose_block",)))
        last_task_para = None
        i = j
    return out


_SIGN = re.compile(rf"^(?:{tables.signing_prefix_alternation()})\s")  # the signature block ends the duties
_DEADLINE_IN_TEXT = re.compile(
    r"(?i)(?:(?:hoàn thành|xong|báo cáo[^.;]{0,60}?)\s+)?(?:trước|chậm nhất|trong)\s+(?:ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*20\d\d"
    r"|quý\s+[IV]+\s*/\s*20\d\d|tháng\s+\d{1,2}\s*/\s*20\d\d|năm\s+20\d\d)")


def _duties(t: MappedText, paras: list[Para], year: Optional[int]) -> list[Task]:
    rx = re.compile("(?i)" + "|".join(d["pattern"] for d in _table()["duty_sections"]))
    out: list[Task] = []
    inside = False
    section = section_title = None
    agency: Optional[str] = None
    agency_no: Optional[str] = None
    for p in paras:
        sm = _SECTION.match(p.text)
        if sm:
            inside = bool(rx.search(sm.group("text")))
            section, section_title = sm.group("no"), sm.group("text").rstrip(".")
            agency = None
            continue
        if not inside:
            continue
        if re.match(r"(?i)^(?:nơi nhận|trên đây)", p.text) or _SIGN.match(p.text):
            break
        hm = _HEADING.match(p.text) or re.match(r"^(?P<no>[a-zđ])\)\s+(?P<text>.+)$", p.text)
        body = hm.group("text") if hm else p.text.lstrip("-•+– ")
        if hm and body.rstrip().endswith(":") and _start_rx().match(body) and len(body) < 160:
            # "1. Sở Nông nghiệp và Môi trường:" heads a list of that agency's duties
            agency, agency_no = body.rstrip(": "), hm.group("no")
            continue
        span = t.to_source(p.start, p.end)
        dm = _DEADLINE_IN_TEXT.search(body)
        deadline = parse_deadline(dm.group(), year=year, span=span) if dm else None
        if agency and (p.bullet or not hm):
            leads = _agency_list(agency)
            out.append(Task(section, section_title, None, agency_no, body, (), span, False, deadline,
                            tuple(leads), (), tuple(Role(a, "lead", is_group(a), span) for a in leads), (),
                            quirks=("duty",)))
            continue
        if hm and _start_rx().match(body):
            agency = None
            leads, coords, roles = assign(body)
            if leads:
                out.append(Task(section, section_title, None, hm.group("no"), body, (), span, False, deadline,
                                tuple(leads), tuple(coords), tuple(roles), (), quirks=("duty",)))
    return out
