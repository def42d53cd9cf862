"""Who does what in an assignment cell: lead, coordinating, advising, executing, monitoring.

Rules follow the gold README: in a free-text "Phân công" cell every agency that
is the subject of an assigned action (chủ trì, tham mưu, thực hiện, rà soát,
theo dõi …) is a lead, in order; agencies introduced by "phối hợp (với)" are
coordinating. The verbs are data (``data/roles.json``).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from cancu.loaders import tables
from cancu.loaders.normalize import fold_key


@dataclass(frozen=True)
class Role:
    agency: str
    role: str
    group: bool
    span: tuple[int, int]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span)
        return d


@lru_cache(maxsize=None)
def _table() -> dict[str, Any]:
    return tables.load("roles")


@lru_cache(maxsize=None)
def _verb_rx() -> re.Pattern[str]:
    verbs = sorted({v for r in _table()["verbs"] for v in r["words"]}, key=len, reverse=True)
    return re.compile(r"(?<![\wà-ỹ])(" + "|".join(re.escape(v) for v in verbs) + r")(?![\wà-ỹ])")


def _role_of(verb: str) -> str:
    for r in _table()["verbs"]:
        if verb in r["words"]:
            return r["role"]
    return "executing"


_COORD = re.compile(r"\bphối hợp(?:\s+với)?\s+(?P<who>.+?)(?=\s+(?:tham mưu|hướng dẫn|thực hiện|triển khai|"
                    r"tổ chức|xây dựng|để|trong|theo|thẩm định|tham gia|góp ý|báo cáo|cập nhật)\b|[;.]|$)")
_AGENCY_START = re.compile(r"^(?:-\s*)?(?:[Cc]ác\s+|UBND|HĐND|UBMTTQ|Ủy ban|Phòng|Văn phòng|Trung tâm|Sở|Ban|"
                           r"Công an|Đảng ủy|Thường trực|Chi cục|Thanh tra|Hội|Đoàn|Liên đoàn|Bộ|Cục|Người đứng đầu|Thủ trưởng|Chủ tịch)")


def is_group(name: str) -> bool:
    return bool(re.match(r"(?i)(các|những)\s", name)) or "các xã" in name or "các cơ quan" in name


def _split_agencies(phrase: str) -> list[str]:
    """Split "A, B và các cơ quan liên quan" into agencies, keeping groups whole."""
    parts = re.split(r"\s*,\s*(?=(?:các|UBND|Phòng|Văn phòng|Trung tâm|Sở|Ban|Công an|cơ quan|Ủy ban|UBMTTQ)\b)|\s+và\s+", phrase)
    return [p.strip(" ,;.-") for p in parts if p.strip(" ,;.-")]


def agency_key(name: str) -> str:
    """Key that treats "Trung tâm Hành chính công" and "… công phường" as one agency."""
    k = fold_key(name)
    return re.sub(r"\s+(phường|xã|thành phố|tỉnh)$", "", k)


def assign(cell: str, base: int = 0) -> tuple[list[str], list[str], list[Role]]:
    """Parse one assignment text; spans are offsets into ``cell`` shifted by ``base``."""
    leads: list[str] = []
    coords: list[str] = []
    roles: list[Role] = []
    seen_lead: set[str] = set()
    # Each bullet (or the whole cell) is one clause: "<subject> <verb> …".
    for bm in re.finditer(r"[^\n]+", cell):
        clause = bm.group().strip(" -")
        c0 = bm.start() + bm.group().find(clause[:5]) if clause else bm.start()
        vm = _verb_rx().search(clause)
        if vm and vm.start() > 0:
            subject = clause[: vm.start()].strip(" ,-")
            subject = re.sub(r"^(Giao|Đề nghị)\s+", "", subject)
            if subject and _AGENCY_START.match(subject) and len(subject) < 120:
                for a in _split_agencies(subject):
                    k = agency_key(a)
                    if k not in seen_lead:
                        seen_lead.add(k)
                        leads.append(a)
                    roles.append(Role(a, "lead", is_group(a), (base + c0, base + c0 + len(subject))))
                roles.append(Role(subject, _role_of(vm.group(1)), is_group(subject),
                                  (base + c0, base + c0 + len(subject))))
        for cm in _COORD.finditer(clause):
            for a in _split_agencies(cm.group("who")):
                if agency_key(a) in seen_lead:
                    continue
                coords.append(a)
                roles.append(Role(a, "coordinating", is_group(a),
                                  (base + c0 + cm.start("who"), base + c0 + cm.end("who"))))
    return leads, coords, roles
