"""Deterministic, readable IRIs and the level of a document's issuer.

A document's IRI is built from its issuer, kind, year and number
(``doc/ubnd-tinh-khanh-hoa/quyet-dinh/2025/311``), never from the symbol alone:
many provinces have a ``311/QĐ-UBND``. Issuer names written many ways reduce to
one key (``graph/data/agency_aliases.json``): "Ủy ban nhân dân tỉnh Khánh Hòa" =
"UBND tỉnh Khánh Hòa", "Ban Thường vụ Thành ủy Nha Trang" = "Thành ủy Nha Trang".
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


def issuer_from_code(symbol: Optional[str]) -> Optional[str]:
    """Issuer named by an unambiguous code of a symbol (``…/NĐ-CP`` → Chính phủ)."""
    if not symbol:
        return None
    if re.search(r"/(?:19|20)\d{2}/QH\d{2}$", symbol):
        return "Quốc hội"
    code = re.split(r"[/-]", symbol)[-1]
    code = re.sub(r"\d+$", "", code)
    return aliases()["codes"].get(code)


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
    """IRI of a document from issuer, kind, year and number (or name for unnumbered laws)."""
    base = config.data_base()
    year = (date or "")[:4]
    if not year and symbol:
        m = re.search(r"/((?:19|20)\d{2})/", symbol)
        year = m.group(1) if m else ""
    iss = issuer or issuer_from_code(symbol)
    if not iss and kind in ("Luật", "Bộ luật", "Hiến pháp"):
        iss = "Quốc hội"  # laws are passed by the National Assembly even when not written
    iss_part = issuer_key(iss) if iss else "unresolved-" + slug(context or "x")
    kind_part = slug(kind or "van-ban")
    if symbol and not symbol.startswith("/"):
        number = slug(re.match(r"[\d.]+", symbol).group()) if re.match(r"[\d.]+", symbol) else slug(symbol)
        code = slug(symbol.split("/")[-1])  # the issuer code keeps KH-UBND and KH/TU apart
        return f"{base}doc/{iss_part}/{kind_part}/{year or 'nd'}/{number}-{code}"
    return f"{base}doc/{iss_part}/{kind_part}/{year or 'nd'}/{slug(title or 'khong-so')}"


def agency_iri(name: str) -> str:
    return f"{config.data_base()}agency/{issuer_key(name)}"


def source_iri(checksum: str) -> str:
    return f"{config.data_base()}source/{checksum[:16]}"
