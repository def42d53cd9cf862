"""A deadline cell → :class:`Deadline`, after bringing spelled-out dates to short forms.

"Ban hành trong quý I năm 2026" is read as "quý I/2026" (end 2026-03-31), not as the
year 2026. The rewrite rules are data (``rewrites`` in ``data/deadlines.json``); the
returned ``text`` is the cell as written.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from cancu.loaders import deadlines as dl
from cancu.loaders import tables

__all__ = ["parse_deadline", "find_deadline"]


@lru_cache(maxsize=None)
def _rewrites() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(r["pattern"], re.I), r["replace"]) for r in tables.load("deadlines").get("rewrites", [])]


def parse_deadline(text: str, *, span: tuple[int, int] = (0, 0)) -> dl.Deadline:
    written = re.sub(r"\s+", " ", text).strip()
    short = written
    for rx, rep in _rewrites():
        short = rx.sub(rep, short)
    d = dl.parse(short, span=span)
    return replace(d, text=written, condition=({**d.condition, "text": written} if d.condition else None))


@lru_cache(maxsize=None)
def _in_text() -> list[re.Pattern[str]]:
    return [re.compile(r["pattern"], re.I) for r in tables.load("deadlines").get("in_text", [])]


@lru_cache(maxsize=None)
def _time_left() -> re.Pattern[str]:
    return re.compile(tables.load("deadlines")["time_left"]["pattern"], re.I)


@lru_cache(maxsize=None)
def _conditional() -> re.Pattern[str]:
    return re.compile(tables.load("deadlines")["conditional_clause"]["pattern"], re.I)


@lru_cache(maxsize=None)
def _done_before() -> re.Pattern[str]:
    return re.compile(tables.load("deadlines")["done_before"]["pattern"], re.I)


def _done(text: str, pos: int) -> bool:
    """Whether the words right before ``pos`` say the work is done already ("(đã hoàn thành trong tháng 4/2026)", set l
    m_0c0c2284 III.2): the date is when it was done, no deadline (``done_before`` in ``data/deadlines.json``)."""
    return bool(_done_before().search(text[max(0, pos - 60):pos]))


def _in_condition(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside brackets that date the event a conditional clause of its sentence waits for
    ("ngay sau khi … được HĐND tỉnh thông qua … (dự kiến tổ chức vào tháng 12/2017)"): the event's date, not
    the deadline (a conditional deadline is none, by the gold convention)."""
    opened = text.rfind("(", 0, pos)
    if opened < 0 or text.find(")", opened, pos) >= 0:
        return False
    start = max(text.rfind(".", 0, opened), text.rfind(";", 0, opened)) + 1
    return bool(_conditional().search(text, start, opened))


_RECURRING_OPENERS = re.compile(r"(?i)^(?:thường xuyên|định kỳ|hằng năm|hàng năm|hằng tháng|hàng tháng|hằng quý|hàng "
                                r"quý)\b")


def find_deadline(text: str, *, span: tuple[int, int] = (0, 0)) -> Optional[dl.Deadline]:
    """The deadline a prose task's text states, or None.

    Every deadline phrase of ``data/deadlines.json`` ``in_text`` is read like a deadline cell;
    the one with the latest end wins ("phấn đấu hoàn thành trước ngày 15/7/2025 … trước ngày
    15/8/2025" → 2025-08-15). A duty that opens with a frequency ("Thường xuyên kiểm tra …")
    is recurring. A year alone is no deadline.
    """
    found: list[dl.Deadline] = []
    for rx in _in_text():
        for m in rx.finditer(text):
            if _time_left().match(text, m.end()) or _in_condition(text, m.start()) or _done(text, m.start()):
                continue  # "Từ nay đến hết năm 2025 chỉ còn gần 2 tháng, …": the time remaining, not a deadline
            d = parse_deadline(m.group(), span=span)
            if d.end:
                found.append(d)
    if found:
        best = max(found, key=lambda d: d.end)
        tail = text[text.find(best.text) + len(best.text):][:20] if best.text in text else ""
        if re.match(r"(?i)\s*(?:hằng|hàng)\s+năm", tail):
            return replace(best, text=best.text + " hằng năm", start=None, end=None, recurrence="yearly")
        return best
    m = _RECURRING_OPENERS.match(text)
    if m:
        # the frequency with the words that name it: "Định kỳ hằng năm, báo cáo …" → "Định kỳ hằng năm"
        head = re.split(r"[,;.:(]", text[m.start():m.start() + 60])[0]
        return parse_deadline(" ".join(head.split()[:4]), span=span)
    return None
