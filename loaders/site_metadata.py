"""A page's own description of the document it reproduces, in the two layouts sites write it.

- ``table``: a Markdown page's YAML front matter (``sokyhieu: 1074/QĐ-BXD``, ``ngaybanhanh: 2026-06-29``,
  ``loaivanban: Quyết định``) and its "THÔNG TIN VĂN BẢN" pipe table (``| Số hiệu | 07/2026/UBTVQH16 |``,
  ``| Cơ quan ban hành | Ủy ban Thường vụ Quốc hội |``); keys and labels in ``data/renderings.json``
  ('site_metadata').
- ``block``: a legal site's metadata block, its labels and values in cells one a line (``**Số hiệu:**`` / ``|`` /
  ``6225/BVHTTDL-VP``, ``Loại văn bản``, ``Ngày ban hành``, ``Nơi ban hành``); labels in ``data/renderings.json``
  ('metadata_labels', 'metadata_block_cues'), the lines that end it in ``data/site_clutter.json``
  ('start_markers').

Both are the site's furniture, not the document: the document starts after them. Their fields name the document
when its own header is missing or lost a field; the document's own header wins where it states one (a site may be
wrong: 'Cơ quan ban hành | Quốc hội' over Nghị quyết 14/NQ-CP of the Government). A block names the document of a
page that shows no header at all (``rendering.find_rendering``).
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
_DAY_WORD = re.compile(r"^ngày\s+", re.I)  # "ngay_ban_hanh: ngày 30/9/2025"
_BLOCK_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})")
_EMPHASIS = re.compile(r"\*{1,3}|_{2,}")
_BLOCK_REACH = 8000  # a block sits at the top of the page


@dataclass(frozen=True, kw_only=True)
class StatedIdentity:
    """The identity a page states for the document it holds or reproduces, as a site's table or block and a portal's
    rendering give it (``pipeline`` lays it over the header's reading); keyword-only, so records built on it keep
    their own fields first."""

    kind: Optional[str] = None
    symbol: Optional[str] = None
    date: Optional[str] = None  # ISO
    issuer: Optional[str] = None


@dataclass(frozen=True)
class SiteFields(StatedIdentity):
    """The fields one layout of a page states about the document below it, and where that layout ends."""

    end: int  # the document starts after this


@dataclass(frozen=True)
class SiteMetadata:
    """What a page says about the document it holds: its front matter and table, and a legal site's block."""

    table: Optional[SiteFields] = None  # front matter and "THÔNG TIN VĂN BẢN" table
    block: Optional[SiteFields] = None  # a legal site's "Số hiệu: | … |" block

    @property
    def end(self) -> int:
        """Where the site's furniture ends: the document starts at or after it (0 when the page has none)."""
        return max(self.table.end if self.table else 0, self.block.end if self.block else 0)


@lru_cache(maxsize=None)
def _spec() -> dict:
    return tables.load("renderings")["site_metadata"]


@lru_cache(maxsize=None)
def _block_spec() -> tuple[dict[str, str], tuple[str, ...], list[re.Pattern[str]]]:
    t = tables.load("renderings")
    starts = [re.compile(p, re.M) for p in tables.load("site_clutter")["start_markers"]]
    return ({e["field"]: e["label"] for e in t["metadata_labels"]}, tuple(t["metadata_block_cues"]["words"]),
            starts)


def _iso(value: str) -> Optional[str]:
    m = _DATE.match(_DAY_WORD.sub("", value.strip()))
    if not m:
        return None
    from cancu.loaders.citations import valid_date

    if m.group("y"):
        return valid_date(m.group("y"), m.group("m"), m.group("d"))
    return valid_date(m.group("y2"), m.group("m2"), m.group("d2"))


def _known_kind(kind: Optional[str]) -> Optional[str]:
    """A kind the tables know, also written in capitals as a type line ("the_loai: THÔNG BÁO").

    >>> _known_kind("THÔNG BÁO"), _known_kind("Quyết định"), _known_kind("Tax")
    ('Thông báo', 'Quyết định', None)
    """
    known = {k["name"] for k in tables.kinds()}
    if kind in known:
        return kind
    named = tables.kind_of_word().get(kind.lower()) if kind else None
    return named if named in known else None


def _symbol(value: str) -> Optional[str]:
    """The canonical symbol a field states, or None when it states none ("Đang cập nhật")."""
    from cancu.loaders.citations import SYMBOL_RX, canonical_symbol

    return canonical_symbol(value) if value and SYMBOL_RX.fullmatch(value.replace(" ", "")) else None


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


def _table(text: str) -> Optional[SiteFields]:
    """The front matter and the "THÔNG TIN VĂN BẢN" table at the top of a Markdown page."""
    spec = _spec()
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
    return SiteFields(end=end, kind=_known_kind(fields.get("kind")),
                      symbol=_symbol(fields.get("symbol", "").replace(" ", "")),
                      date=_iso(fields.get("date", "")), issuer=fields.get("issuer") or None)


def _block_end(text: str) -> int:
    """End of a legal site's metadata block at the top of the page (0 when there is none)."""
    _, cues, starts = _block_spec()
    head = text[:_BLOCK_REACH]
    if not any(cue in head for cue in cues):
        return 0
    end = 0
    for rx in starts:
        for m in rx.finditer(text, 0, min(len(text), _BLOCK_REACH)):
            end = max(end, m.end())
    return end


def _label_value(head: str, label: str) -> Optional[str]:
    """The value after "label:" in a metadata block, across the block's '|' and line breaks."""
    m = re.search(rf"{re.escape(label)}\s*:[\s|]*([^\n|]+)", head)
    return m.group(1).strip(" *") if m else None


def _block(text: str) -> Optional[SiteFields]:
    """A legal site's metadata block over the document ("**Số hiệu:**" / "|" / "6225/BVHTTDL-VP" / "|" …)."""
    end = _block_end(text)
    if not end:
        return None
    labels, _, _ = _block_spec()
    head = _EMPHASIS.sub("", text[:end])
    symbol = _label_value(head, labels["symbol"])
    date = None
    d = _BLOCK_DATE.fullmatch(_label_value(head, labels["date"]) or "")
    if d:
        from cancu.loaders.citations import valid_date

        date = valid_date(d.group(3), d.group(2), d.group(1))
    return SiteFields(end=end, kind=_known_kind(_label_value(head, labels["kind"])),
                      symbol=_symbol(symbol) if symbol else None, date=date,
                      issuer=place_body(_label_value(head, labels["issuer"]), symbol))


def place_body(value: Optional[str], symbol: Optional[str]) -> Optional[str]:
    """The body a block's issuer means when it names a place alone: its symbol's code (UBND, HĐND) says which of the
    place's bodies issued the document (``data/renderings.json`` 'metadata_place_bodies').

    >>> place_body("Tỉnh Nghệ An", "3783/QĐ-UBND"), place_body("Bộ Tài chính", "12/BTC-CST")
    ('UBND tỉnh Nghệ An', 'Bộ Tài chính')
    """
    spec = tables.load("renderings")["metadata_place_bodies"]
    if not value or not symbol or not re.match(spec["place"], value):
        return value
    body = next((c for c in reversed(re.split(r"[-/]", symbol)[1:]) if c in spec["codes"]), None)
    return f"{body} {value[:1].lower()}{value[1:]}" if body else value


def site_metadata(text: str) -> SiteMetadata:
    """What the page's front matter and "THÔNG TIN VĂN BẢN" table, and a legal site's block, say.

    >>> page = ("---\\nsokyhieu: 1074/QĐ-BXD\\n---\\n\\n## THÔNG TIN VĂN BẢN\\n\\n| Trường | Giá trị |\\n"
    ...         "|---|---|\\n| Ngày ban hành | 29/06/2026 |\\n\\n## VĂN BẢN\\n")
    >>> m = site_metadata(page)
    >>> (m.table.symbol, m.table.date, page[m.end:].strip(), m.block)
    ('1074/QĐ-BXD', '2026-06-29', '## VĂN BẢN', None)
    >>> block = ("**Số hiệu:**\\n|\\n6225/BVHTTDL-VP\\n|\\n**Loại văn bản:**\\n|\\nCông văn\\n|\\n"
    ...          "**Tình trạng:**\\n|\\nĐã biết\\n")
    >>> m = site_metadata(block)
    >>> (m.block.symbol, m.block.kind, m.table)
    ('6225/BVHTTDL-VP', 'Công văn', None)
    """
    return SiteMetadata(table=_table(text), block=_block(text))


@lru_cache(maxsize=None)
def _headings() -> frozenset[str]:
    return frozenset(h.casefold() for h in _spec()["section_headings"])


def is_section_heading(line: str) -> bool:
    """Whether a line is one of the site's own section headings ("## VĂN BẢN", "## CĂN CỨ PHÁP LUẬT").

    >>> is_section_heading("## VĂN BẢN"), is_section_heading("BỘ XÂY DỰNG")
    (True, False)
    """
    return line.strip(" \t#*_|").casefold() in _headings()
