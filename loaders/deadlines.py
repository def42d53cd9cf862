"""Deadline phrases → (start, end, recurrence, condition), phrase rules in ``data/deadlines.json``.

``end`` is the latest date the text allows, null for open or conditional
deadlines (gold convention): "Trong năm 2025" → 2025-01-01..2025-12-31,
"Hoàn thành trong quý IV/2025" → end 2025-12-31, "Trước ngày 30/11/2025" →
end 2025-11-30, "Thường xuyên" → continuous with no end.

>>> parse("Tháng 11 và tháng 12/2025").end
'2025-12-31'
"""

from __future__ import annotations

import calendar
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any, Optional

from cancu.loaders import tables


@dataclass(frozen=True)
class Deadline:
    text: str
    start: Optional[str]
    end: Optional[str]
    recurrence: Optional[str]
    condition: Optional[dict]
    duration: Optional[str]
    anchor: Optional[str]
    span: tuple[int, int] = (0, 0)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span)
        return d


@lru_cache(maxsize=None)
def _table() -> dict[str, Any]:
    return tables.load("deadlines")


def _last_day(y: int, m: int) -> str:
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


# a quarter in Roman or Arabic numerals ("trong quý 1/2019", set k k_60cda70f III.1; ``quarters`` maps both)
_QUARTER = re.compile(r"quý\s+(IV|III|II|I|[1-4])\s*[/.-]\s*((?:19|20)\d{2})", re.I)
# quarters listed before their one year ("Quý II, III/2026" → the third), then further whole years
# ("Quý III, IV/2026, 2027" → all of 2027): the list's last item ends it
_QUARTER_LIST = re.compile(r"quý\s+(?:IV|III|II|I)(?P<more>(?:\s*(?:,|và)\s*(?:quý\s+)?(?:IV|III|II|I))*)\s*[/.-]\s*"
                           r"(?P<year>(?:19|20)\d{2})(?P<years>(?:\s*,\s*(?:19|20)\d{2}(?!\d))*)", re.I)
_DATE = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})")
_MONTH = re.compile(r"tháng\s+(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})", re.I)
_MONTHS_YEAR = re.compile(r"tháng\s+(\d{1,2})(?:\s*(?:,|và)\s*(?:tháng\s+)?(\d{1,2}))*\s*[/.-]\s*((?:19|20)\d{2})",
                          re.I)
_PERIOD = re.compile(r"((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _real_day(d: str, m: str, y: str) -> bool:
    try:
        return 1 <= int(d) <= calendar.monthrange(int(y), int(m))[1]
    except (ValueError, calendar.IllegalMonthError):
        return False


def parse(text: str, *, span: tuple[int, int] = (0, 0)) -> Deadline:
    """Normalise one deadline cell or phrase."""
    t = re.sub(r"\s+", " ", text).strip()
    low = t.casefold()
    start = end = None
    quarters = _QUARTER.findall(t)
    qt = _table()["quarters"]
    date_m = _DATE.search(t)
    listed = [m for m in _QUARTER_LIST.finditer(t) if m.group("more") or m.group("years")]
    if quarters or listed:
        if quarters:
            q0, y0 = quarters[0]
            q1, y1 = quarters[-1]
            start = f"{y0}-{qt[q0.upper()][0]:02d}-01"
            end = _last_day(int(y1), qt[q1.upper()][1])
        for lm in listed:
            named = re.findall(r"IV|III|II|I", lm.group(0)[: lm.start("year") - lm.start()], re.I)
            y = int(lm.group("year"))
            start = start or f"{y}-{qt[named[0].upper()][0]:02d}-01"
            end = max(end or "", _last_day(y, qt[named[-1].upper()][1]))
            if lm.group("years"):  # "Quý IV/2026, 2027"
                end = max(end, f"{_YEAR.findall(lm.group('years'))[-1]}-12-31")
    elif date_m and re.search(r"trước|chậm nhất|hoàn thành|ngày|đến", low):
        # the last day the text allows: "Từ 01/06/2023 đến 16/06/2023" ends on the 16th
        days = sorted(f"{y}-{int(m):02d}-{int(d):02d}" for d, m, y in _DATE.findall(t) if _real_day(d, m, y))
        if days:
            end = days[-1]
            if len(days) > 1 and re.search(r"\btừ\b", low):
                start = days[0]
    elif _MONTHS_YEAR.search(t):
        # every month named with its year: "Từ tháng 11/2025 đến tháng 4/2026" ends with April 2026, "(tháng
        # 4/2025); - Trình Quốc hội … (tháng 5/2025)" with May
        for mm in _MONTHS_YEAR.finditer(t):
            months = [int(x) for x in re.findall(r"\d{1,2}(?!\d)", mm.group(0)[: mm.start(3) - mm.start()])]
            if not all(1 <= m <= 12 for m in months):
                continue
            y = int(mm.group(3))
            a, b = f"{y}-{min(months):02d}-01", _last_day(y, max(months))
            start, end = min(start or a, a), max(end or b, b)
    elif _PERIOD.search(t):
        a, b = _PERIOD.search(t).groups()
        start, end = f"{a}-01-01", f"{b}-12-31"
    elif _YEAR.search(t):
        y = int(_YEAR.search(t).group(1))
        if re.search(r"trước năm", low):
            end = f"{y - 1}-12-31"
        else:
            # the last year named: "sơ kết … vào cuối năm 2027 và tổng kết vào cuối năm 2030" ends in 2030
            start, end = f"{y}-01-01", f"{max(int(x) for x in _YEAR.findall(t))}-12-31"
    recurrence = None
    for rule in _table()["recurrence"]:
        if re.search(rule["pattern"], low):
            recurrence = rule["recurrence"]
            break
    condition = None
    for rule in _table()["conditions"]:
        if re.search(rule["pattern"], low):
            condition = {"kind": rule["kind"], "text": t}
            if rule.get("open_end"):
                end = None  # "Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê": the month starts the work
            break
    duration = anchor = None
    dm = re.search(_table()["duration"]["pattern"], low)
    if dm:
        duration = f"P{int(dm.group(1))}D" + ("W" if dm.group(2) else "")
        anchor = dm.group(3)
    if recurrence == "continuous" and not _YEAR.search(t):
        start = end = None
    if re.search(_table()["following_years"]["pattern"], low):
        end = None  # "Năm 2025 và các năm tiếp theo" is open; "… trong năm 2026 và có rà soát … các năm tiếp theo"
    if end and re.search(_table()["open_start"]["pattern"], low):
        # "Từ 01/7/2025", "Triển khai từ năm 2026 và thực hiện thường xuyên": when standing work starts, no end
        days = [f"{y}-{int(m):02d}-{int(d):02d}" for d, m, y in _DATE.findall(t) if _real_day(d, m, y)]
        start, end = (days[0] if days else start), None
    return Deadline(t, start, end, recurrence, condition, duration, anchor, span)
