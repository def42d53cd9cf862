"""The national and party mottos that open a header, one table for every reader: ``data/mottos.json``.

"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc" and "ĐẢNG CỘNG SẢN VIỆT NAM" are read by
several readers (classify, header, damage, formats/pdf), each in the form it needs: with a page's bold markers
inside, with a text layer's spaces lost, with a scan's marks lost, the whole line or its first words. The forms are
named in the table; this module only compiles them.

>>> bool(compiled("party_whole").fullmatch("ĐẢNG CỘNG SẢN VIỆT NAM"))
True
>>> bool(compiled("second_line_start").match("Độc Lập - Tự Do - Hạnh Phúc"))
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from cancu.loaders import tables


@lru_cache(maxsize=None)
def _forms() -> dict[str, dict[str, Any]]:
    return {f["name"]: f for f in tables.load("mottos")["forms"]}


def form(name: str) -> str:
    """The pattern of a named form, for a reader that composes it into its own expression."""
    return _forms()[name]["pattern"]


@lru_cache(maxsize=None)
def compiled(name: str) -> re.Pattern[str]:
    """A named form compiled (in any case where the table says so)."""
    entry = _forms()[name]
    return re.compile(entry["pattern"], re.I if entry.get("ignore_case") else 0)
