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

__all__ = ["parse_deadline"]


@lru_cache(maxsize=None)
def _rewrites() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(r["pattern"], re.I), r["replace"]) for r in tables.load("deadlines").get("rewrites", [])]


def parse_deadline(text: str, *, year: Optional[int] = None, span: tuple[int, int] = (0, 0)) -> dl.Deadline:
    written = re.sub(r"\s+", " ", text).strip()
    short = written
    for rx, rep in _rewrites():
        short = rx.sub(rep, short)
    d = dl.parse(short, year=year, span=span)
    return replace(d, text=written, condition=({**d.condition, "text": written} if d.condition else None))
