"""Deterministic, readable IRIs and the level of a document's issuer.

A document's IRI is built from its issuer, kind, year and number
(``doc/ubnd-tinh-khanh-hoa/quyet-dinh/2025/311-qd-ubnd``). Local symbols are
never an identity on their own: many provinces have a ``311/QĐ-UBND``, so the
issuer is part of the key. National symbols are unique per year
(``graph/data/national_codes.json``: NĐ-CP, QĐ-TTg, QHnn, -NQ/TW, the
ministries' codes), so their issuer and kind come from the code and the year
from the symbol or the date: "Bộ trưởng Bộ Y tế" and "Bộ Y tế", a citation
with the kind and one without, give one IRI. Issuer names written many ways
reduce to one key (``graph/data/agency_aliases.json``, ``graph/names.py``):
"Ủy ban nhân dân tỉnh Khánh Hòa" = "UBND tỉnh Khánh Hòa", "Ban Thường vụ Thành
ủy Nha Trang" = "Thành ủy Nha Trang", "Chủ tịch UBND tỉnh X" = "UBND tỉnh X".
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Any, Optional

from cancu import config
from cancu.loaders.normalize import fold_key


@lru_cache(maxsize=None)
def aliases() -> dict[str, Any]:
    with resources.files("cancu.graph").joinpath("data", "agency_aliases.json").open(encoding="utf-8") as f:
        return json.load(f)


def slug(s: str) -> str:
    """ASCII slug: ``UBND tỉnh Khánh Hòa`` → ``ubnd-tinh-khanh-hoa``."""
    s = fold_key(s).replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"


def canonical_issuer(name: Optional[str]) -> Optional[str]:
    """The display form of an issuer with long forms shortened (``UBND tỉnh Khánh Hòa``)."""
    if not name:
        return None
    s = re.sub(r"\s+", " ", name).strip()
    for r in aliases()["rewrite"]:
        if fold_key(s).startswith(fold_key(r["from"])):
            s = r["to"] + s[len(r["from"]):]
    return s


def issuer_key(name: str) -> str:
    """Identity key of an issuer: canonical form without "Ban Thường vụ" and the like."""
    s = canonical_issuer(name) or ""
    for p in aliases()["identity_prefixes"]:
        if s.startswith(p):
            s = s[len(p):]
    return slug(s)


@lru_cache(maxsize=None)
def _national_codes() -> tuple[dict[str, dict], list[tuple[re.Pattern, dict]]]:
    with resources.files("cancu.graph").joinpath("data", "national_codes.json").open(encoding="utf-8") as f:
        entries = json.load(f)["codes"]
    exact = {e["code"]: e for e in entries if "code" in e}
    patterns = [(re.compile(e["pattern"] + "$"), e) for e in entries if "pattern" in e]
    return exact, patterns


_ASSEMBLY_NO_TERM = re.compile(r"^(\d{1,3})/((?:19|20)\d{2})/(QH|UBTVQH)$")


def full_symbol(symbol: Optional[str]) -> Optional[str]:
    """A National Assembly number written without its term gets it back: ``72/2025/QH`` →
    ``72/2025/QH15`` (the law table's number, else the term sitting that whole year)."""
    m = _ASSEMBLY_NO_TERM.match(symbol or "")
    if not m:
        return symbol
    from cancu.loaders import laws

    known = [v.number for t in range(9, 20) if (v := laws.by_number(f"{symbol}{t}")) is not None]
    if len(known) == 1:
        return known[0]
    with resources.files("cancu.graph").joinpath("data", "national_codes.json").open(encoding="utf-8") as f:
        terms = json.load(f)["assembly_terms"]
    year = int(m.group(2))
    inside = [t["term"] for t in terms if t["years"][0] < year < t["years"][1]]
    return f"{symbol}{inside[0]}" if len(inside) == 1 else symbol


def symbol_code(symbol: Optional[str]) -> Optional[str]:
    """The issuer part of a symbol: ``QĐ-BYT`` → ``BYT``, ``7244/VPCP-CN`` → ``VPCP`` (a Công
    văn's first part), ``57-NQ/TW`` → ``TW``, ``72/2025/QH15`` → ``QH15``."""
    from cancu.loaders import tables

    if not symbol:
        return None
    if re.match(r"^[\d.]+-", symbol):  # party: 57-NQ/TW, 11-QĐi/TW
        return symbol.split("/", 1)[1].split("-")[0] if "/" in symbol else None
    right = symbol.rsplit("/", 1)[-1]
    parts = right.split("-")
    if len(parts) > 1 and (parts[0] in tables.kind_by_code() or parts[0].upper() in tables.kind_by_code()):
        return parts[1]
    return parts[0]


def national_entry(symbol: Optional[str]) -> Optional[dict]:
    """The ``national_codes.json`` entry of a national symbol, or None for a local one."""
    code = symbol_code(symbol)
    if not code:
        return None
    exact, patterns = _national_codes()
    if code in exact:
        return exact[code]
    return next((e for rx, e in patterns if rx.match(code)), None)


def issuer_from_code(symbol: Optional[str]) -> Optional[str]:
    """Issuer named by the code of a national symbol (``…/NĐ-CP`` → Chính phủ)."""
    e = national_entry(symbol)
    return e["issuer"] if e else None


def document_issuer(issuer: Optional[str], symbol: Optional[str]) -> Optional[str]:
    """The issuer of a document as the graph names it.

    A national symbol's code names its body ("Bộ trưởng Bộ Y tế" of ``…/QĐ-BYT`` is
    Bộ Y tế; "Chính phủ và chịu trách nhiệm …" of ``…/NĐ-CP`` is Chính phủ), except
    that a code shared by several bodies keeps the written one (Bộ Chính trị and
    Ban Bí thư both issue ``…/TW``). Otherwise the written name, read as a body
    (:func:`cancu.graph.names.read_name`); None when it names no body.
    """
    from cancu.graph.names import read_name

    written = read_name(issuer) if issuer else None
    name = written.text if written is not None and written.kind == "body" else None
    e = national_entry(symbol)
    if e:
        bodies = {fold_key(b) for b in e.get("bodies", ())}
        return name if name and fold_key(name) in bodies else e["issuer"]
    return canonical_issuer(name) if name else None


def year_of(symbol: Optional[str], date: Optional[str]) -> Optional[str]:
    """The year of a document: written in its symbol (``118/2025/NĐ-CP``), else of its date."""
    if symbol:
        m = re.search(r"/((?:19|20)\d{2})/", symbol)
        if m:
            return m.group(1)
    return (date or "")[:4] or None


def kind_of(kind: Optional[str], symbol: Optional[str]) -> Optional[str]:
    """The kind a symbol's type code names (``QĐ`` → Quyết định), else the written one; a
    national symbol without a type code (Quốc hội: Luật and Nghị quyết alike) keeps none."""
    from cancu.loaders.citations import ASSEMBLY, kind_from_symbol

    if symbol and re.fullmatch(r"[\d.]+(?:/(?:19|20)\d{2})?/[^/]+|[\d.]+-[^/]+/.+", symbol):
        if re.fullmatch(ASSEMBLY, symbol):
            return None
        k = kind_from_symbol(symbol)
        if k and k != "Công văn":
            return k
        if k == "Công văn" and not kind:
            return k
    return kind


def level_of(issuer: Optional[str], kind: Optional[str] = None) -> str:
    """national | provincial | district | commune | unknown, from the issuer name.

    Traces group district and commune as "local". Before July 2025 a "thành phố"
    under a province (Nha Trang) was district level.
    """
    if kind in ("Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh"):
        return "national"
    if not issuer:
        return "unknown"
    for w in aliases()["national"]:
        if issuer.startswith(w) or w.strip() in ("Trung ương",) and "Trung ương" in issuer:
            return "national"
    if re.search(r"\b(phường|xã|thị trấn|đặc khu)\b", issuer):
        return "commune"
    if re.search(r"\b(huyện|quận|thị xã)\b", issuer):
        return "district"
    if re.search(r"\bthành phố\b|Thành ủy", issuer, re.I) and not re.search(r"\btỉnh\b|Tỉnh ủy", issuer):
        from cancu.graph.units import find_unit

        u = find_unit(issuer)  # "Thành phố Hà Nội" is a province; "thành phố Nha Trang" was a district
        return "provincial" if u is not None and u.level == "province" else "district"
    if re.search(r"\btỉnh\b|Tỉnh ủy|Đảng bộ tỉnh|^Sở\b", issuer):
        return "provincial"
    return "unknown"


def sphere_of(issuer: Optional[str], symbol: Optional[str]) -> str:
    if symbol and re.match(r"^\d+(?:\.\d+)?-", symbol):
        return "party"
    if issuer and any(w in issuer for w in aliases()["party_words"]):
        return "party"
    return "state"


def doc_iri(*, issuer: Optional[str], kind: Optional[str], date: Optional[str],
            symbol: Optional[str], title: Optional[str], context: str = "") -> str:
    """IRI of a document: issuer key, kind, year and number (or title slug when it has no number).

    A national symbol decides issuer and kind itself (``national_codes.json``); a local
    one keeps the written issuer, or — when none was resolved — the ``context`` (the
    citing document's issuer, or its source checksum) as ``unresolved-…``: local
    symbols of unknown issuers are never merged across citing issuers.
    """
    base = config.data_base()
    symbol = full_symbol(symbol)
    year = year_of(symbol, date) or "nd"
    national = national_entry(symbol) if symbol and not symbol.startswith("/") else None
    if national:
        iss: Optional[str] = national["issuer"]
        kind_seg = slug(kind_of(None, symbol) or "van-ban")
    else:
        iss = document_issuer(issuer, symbol) or issuer_from_code(symbol)
        if not iss and kind in ("Luật", "Bộ luật", "Hiến pháp"):
            iss = "Quốc hội"  # laws are passed by the National Assembly even when not written
        kind_seg = slug(kind_of(kind, symbol) or "van-ban")
    iss_part = issuer_key(iss) if iss else "unresolved-" + slug(context or "x")
    if symbol and not symbol.startswith("/"):
        number = slug(re.match(r"[\d.]+", symbol).group()) if re.match(r"[\d.]+", symbol) else slug(symbol)
        code = slug(symbol.split("/")[-1])  # the issuer code keeps KH-UBND and KH/TU apart
        return f"{base}doc/{iss_part}/{kind_seg}/{year}/{number}-{code}"
    return f"{base}doc/{iss_part}/{kind_seg}/{year}/{slug(title or 'khong-so')}"


def agency_iri(name: str) -> str:
    return f"{config.data_base()}agency/{issuer_key(name)}"


def source_iri(checksum: str) -> str:
    return f"{config.data_base()}source/{checksum[:16]}"
