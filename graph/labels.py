"""How a document is named (``rdfs:label``): as a Vietnamese legal officer writes it.

A document with a number is cited by kind, number, date and issuer — "Kế hoạch số
298/KH-UBND ngày 13/01/2023 của UBND thành phố Nha Trang" (the form
basis clauses use); a law by its name and year — "Luật Tổ chức chính quyền địa
phương 2025", the name as the law table writes it for its number (never "Luật Luật
…"); a document without a number by its kind and title — "Kế hoạch Cải cách hành
chính phường Bắc Nha Trang năm 2025". The label is Vietnamese text, as documents
write it, in every language of the interface. The builder (a file's graph) and the
canonical graph use this one function.
"""

from __future__ import annotations

import re
from typing import Optional

#: kinds named by their name rather than by number
LAW_KINDS = ("Luật", "Bộ luật", "Pháp lệnh")
_QH_NUMBER = re.compile(r"\d+/(?P<year>(?:19|20)\d{2})/(?:QH|UBTVQH)\d*$")
_YEAR_AT_END = re.compile(r"(?:19|20)\d{2}\s*$")


def _day(date: Optional[str]) -> Optional[str]:
    """ISO date → dd/mm/yyyy (as Vietnamese documents write it)."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", str(date or "")[:10])
    return f"{m.group(3)}/{m.group(2)}/{m.group(1)}" if m else None


def _with_kind(kind: Optional[str], title: str) -> str:
    """The title after the kind word, unless it starts with it already."""
    if not kind or title.casefold().startswith(kind.casefold()):
        return title
    return f"{kind} {title}"


def law_name(kind: Optional[str], symbol: Optional[str], title: Optional[str]) -> Optional[str]:
    """The name of a law, code or ordinance with its year ("Luật Tổ chức chính quyền địa phương
    2025"), or None when the document is none of those or has no name."""
    m = _QH_NUMBER.match(symbol or "")
    is_law = kind in LAW_KINDS or (m is not None and (title or "").split(" ")[0] in ("Luật", "Bộ", "Pháp"))
    if not is_law:
        return None
    name = title
    if symbol:
        from cancu.loaders import laws

        v = laws.by_number(symbol)
        if v is not None and (not title or laws.name_key(v.name) == laws.name_key(title)):
            name = v.name  # the law table's spelling ("chính quyền", not a citing file's "Chính quyền")
    if not name:
        return None
    name = _with_kind(kind if kind in LAW_KINDS else None, name)
    year = m.group("year") if m else None
    return name if not year or _YEAR_AT_END.search(name) else f"{name} {year}"


def document_label(kind: Optional[str], symbol: Optional[str], title: Optional[str], *,
                   date: Optional[str] = None, issuer: Optional[str] = None, fallback: str = "") -> str:
    """A document's label.

    >>> document_label("Kế hoạch", "298/KH-UBND", "Triển khai …", date="2023-01-13", issuer="UBND thành phố Nha Trang")
    'Kế hoạch số 298/KH-UBND ngày 13/01/2023 của UBND thành phố Nha Trang'
    >>> document_label("Luật", "72/2025/QH15", "Luật Tổ chức Chính quyền địa phương", issuer="Quốc hội")
    'Luật Tổ chức chính quyền địa phương 2025'
    >>> document_label("Kế hoạch", None, "Cải cách hành chính phường Bắc Nha Trang năm 2025",
    ...                issuer="UBND phường Bắc Nha Trang")
    'Kế hoạch Cải cách hành chính phường Bắc Nha Trang năm 2025'
    """
    law = law_name(kind, symbol, title)
    if law:
        return law
    if symbol:
        text = f"{kind} số {symbol}" if kind else f"Văn bản số {symbol}"
        day = _day(date)
        if day:
            text += f" ngày {day}"
        if issuer:
            text += f" của {issuer}"
        return text
    if title:
        return _with_kind(kind, title)
    return " ".join(x for x in (kind, f"ngày {_day(date)}" if _day(date) else None,
                                f"của {issuer}" if issuer else None) if x) or fallback
