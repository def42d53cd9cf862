"""The record of who does what in a task: an agency, its role, and where the text says so.

The roles themselves (lead, coordinating, advising, executing, monitoring) are read by
:mod:`cancu.loaders.tasks.assign`; this module holds the record it produces and the key
that makes two spellings of one agency the same.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

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


def agency_key(name: str) -> str:
    """Key that treats "Trung tâm Hành chính công" and "… công phường" as one agency."""
    k = fold_key(name)
    return re.sub(r"\s+(phường|xã|thành phố|tỉnh)$", "", k)

