"""Task and target records of the ``cancu extract`` JSON (issue 4)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any, Optional

from cancu.loaders import deadlines as dl
from cancu.loaders.roles import Role

__all__ = ["Task", "Target", "REFORM_AREAS", "reform_area"]


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
    quirks: tuple[str, ...] = ()  # duplicate_no, skipped_no, unnumbered, text_continued, split_row, …

    def __repr__(self) -> str:
        return f"<Task {self.section}.{self.no} {self.text[:40]!r}>"

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_index": self.doc_index, "section": self.section, "section_title": self.section_title,
            "reform_area": self.reform_area, "no": self.no, "text": self.text,
            "deliverables": list(self.deliverables), "span": list(self.span),
            "continuation": self.continuation, "inherited": list(self.inherited), "quirks": list(self.quirks),
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


def reform_area(title: str) -> Optional[str]:
    """The Nghị quyết 76/NQ-CP area a section heading names, if any."""
    low = title.casefold()
    for name, rx in REFORM_AREAS:
        if re.search(rx, low):
            return name
    return None


def mark_numbering(tasks: list[Task]) -> list[Task]:
    """Record numbers that repeat or skip within a section (kept as written, issue 4)."""
    from dataclasses import replace

    out: list[Task] = []
    seen: dict[Optional[str], list[str]] = {}
    for t in tasks:
        nos = seen.setdefault(t.section, [])
        q = list(t.quirks)
        if t.no and not t.continuation and "split_row" not in q:
            if t.no in nos and "duplicate_no" not in q:
                q.append("duplicate_no")
            elif nos and t.no.isdigit() and nos[-1].isdigit() and int(t.no) > int(nos[-1]) + 1 \
                    and "skipped_no" not in q:
                q.append("skipped_no")
            nos.append(t.no)
        out.append(replace(t, quirks=tuple(q)))
    return out
