"""Task and target records of the ``cancu extract`` JSON (issue 4)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any, Optional

from cancu.loaders import deadlines as dl
from cancu.loaders.roles import Role

__all__ = ["Task", "Target", "reform_area", "reform_areas"]


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


def reform_area(title: str) -> Optional[str]:
    """The Nghị quyết 76/NQ-CP area a section heading names, if any (``data/reform_areas.json``)."""
    low = title.casefold()
    for name, rx in _reform_rx():
        if rx.search(low):
            return name
    return None


@lru_cache(maxsize=None)
def _reform_rx() -> tuple[tuple[str, re.Pattern[str]], ...]:
    from cancu.loaders import tables

    return tuple((a["area"], re.compile(a["pattern"])) for a in tables.reform_areas())


def reform_areas() -> tuple[str, ...]:
    """The reform area names, in the table's order."""
    return tuple(name for name, _ in _reform_rx())


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
