"""A Markdown page's own description of the document it reproduces: YAML front matter and a metadata table.

Sites that republish legal documents as Markdown put the page's fields above the text: front matter
(``sokyhieu: 1074/QĐ-BXD``, ``ngaybanhanh: 2026-06-29``, ``loaivanban: Quyết định``) and a "THÔNG TIN VĂN BẢN"
table (``| Số hiệu | 07/2026/UBTVQH16 |``, ``| Cơ quan ban hành | Ủy ban Thường vụ Quốc hội |``). Both are the
site's furniture, not the document: the document starts after them. Their fields name the document when its own
header is missing or lost a field; the document's own header wins where it states one (a site may be wrong:
'Cơ quan ban hành | Quốc hội' over Nghị quyết 14/NQ-CP of the Government). The keys and labels are in
``data/renderings.json`` ('site_metadata').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from cancu.loaders import tables

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_KEY = re.compile(r"^([A-Za-z_]+)[ \t]*:[ \t]*(.*)$")
_DATE = re.compile(r"^(?:(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})|(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/"
                   r"(?P<y2>(?:19|20)\d{2}))\b")


@dataclass(frozen=True)
class SiteMetadata:
    """The fields a page states about the document below them, and where its furniture ends."""

    end: int  # the document starts here: after the front matter and the metadata table
    kind: Optional[str] = None
    symbol: Optional[str] = None
    date: Optional[str] = None  # ISO
    issuer: Optional[str] = None


@lru_cache(maxsize=None)
def _table() -> dict:
    return tables.load("renderings")["site_metadata"]


def _iso(value: str) -> Optional[str]:
    m = _DATE.match(value.strip())
    if not m:
        return None
    from cancu.loaders.citations import valid_date

    if m.group("y"):
        return valid_date(m.group("y"), m.group("m"), m.group("d"))
    return valid_date(m.group("y2"), m.group("m2"), m.group("d2"))


def _table_rows(text: str, pos: int) -> tuple[list[tuple[str, str]], int]:
    """The (label, value) rows of the pipe table that follows ``pos``, and the offset after the table."""
    rows: list[tuple[str, str]] = []
    end = pos
    seen = False
    for line in text[pos:pos + 8000].split("\n"):
        t = line.strip()
        if t.startswith("|"):
            seen = True
            cells = [c.strip(" *_\t") for c in t.strip("|").split("|")]
            if len(cells) >= 2:
                rows.append((cells[0], cells[1]))
        elif t or seen:
            break
        end += len(line) + 1
    return rows, min(end, len(text))


def site_metadata(text: str) -> Optional[SiteMetadata]:
    """What the page's front matter and "THÔNG TIN VĂN BẢN" table say, or None when it has neither.

    >>> page = ("---\\nsokyhieu: 1074/QĐ-BXD\\n---\\n\\n## THÔNG TIN VĂN BẢN\\n\\n| Trường | Giá trị |\\n"
    ...         "|---|---|\\n| Ngày ban hành | 29/06/2026 |\\n\\n## VĂN BẢN\\n")
    >>> m = site_metadata(page)
    >>> (m.symbol, m.date, page[m.end:].strip())
    ('1074/QĐ-BXD', '2026-06-29', '## VĂN BẢN')
    """
    spec = _table()
    fields: dict[str, str] = {}
    end = 0
    front = _FRONT.match(text)
    if front:
        end = front.end()
        keys = {k: f for f, ks in spec["front_matter_keys"].items() for k in ks}
        for line in front.group(1).split("\n"):
            m = _KEY.match(line)
            if m and m.group(1).lower() in keys and m.group(2).strip(" \"'"):
                fields.setdefault(keys[m.group(1).lower()], m.group(2).strip(" \"'"))
    heading = re.compile(spec["table_heading"], re.M).search(text, end, end + 3000)
    if heading:
        labels = {lab.casefold(): f for f, labs in spec["table_labels"].items() for lab in labs}
        rows, end = _table_rows(text, heading.end() + 1)
        for label, value in rows:
            field = labels.get(label.casefold())
            if field and value and value not in "—-":
                fields[field] = value  # the table over the front matter: it is what the page shows
    if not end:
        return None
    from cancu.loaders.citations import SYMBOL_RX, canonical_symbol

    symbol = fields.get("symbol", "").replace(" ", "")
    kind = fields.get("kind")
    return SiteMetadata(end=end,
                        kind=kind if kind in {k["name"] for k in tables.kinds()} else None,
                        symbol=canonical_symbol(symbol) if symbol and SYMBOL_RX.fullmatch(symbol) else None,
                        date=_iso(fields.get("date", "")),
                        issuer=fields.get("issuer") or None)


@lru_cache(maxsize=None)
def _headings() -> frozenset[str]:
    return frozenset(h.casefold() for h in _table()["section_headings"])


def is_section_heading(line: str) -> bool:
    """Whether a line is one of the site's own section headings ("## VĂN BẢN", "## CĂN CỨ PHÁP LUẬT").

    >>> is_section_heading("## VĂN BẢN"), is_section_heading("BỘ XÂY DỰNG")
    (True, False)
    """
    return line.strip(" \t#*_|").casefold() in _headings()
