"""Where a document stands: its province and city, for resolving relative issuers.

"của Ban Thường vụ Tỉnh ủy" inside a Khánh Hòa document is the Khánh Hòa
standing committee: a relative name means the citing document's own locality. The locality comes from the names of
provinces the text mentions (official list from the ``vietnam-provinces``
package, plus pre-2025 provinces in ``data/legacy_provinces.json``), and the
city from "thành phố X" / "Thành ủy X" mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from cancu.loaders import tables
from cancu.loaders.normalize import DASHES, fold_key


@lru_cache(maxsize=None)
def province_names() -> tuple[str, ...]:
    """Province names after 1/7/2025 (34) and before (from the legacy table)."""
    names: set[str] = set()
    try:
        import vietnam_provinces as vp

        names.update(p.name for p in vp.Province.iter_all())
    except ImportError:  # pragma: no cover - core dependency
        pass
    names.update(tables.load("legacy_provinces")["provinces"])
    # the package names the centrally-run cities "Thành phố Hà Nội": texts write "thành phố Hà Nội"
    names.update(n[len("Thành phố "):] for n in list(names) if n.startswith("Thành phố "))
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=None)
def city_provinces() -> frozenset[str]:
    """Provinces that are cities (Hà Nội, Hồ Chí Minh, Huế …): their "UBND Thành phố" is the province's."""
    return frozenset(n[len("Thành phố "):] for n in province_names() if n.startswith("Thành phố "))


@lru_cache(maxsize=None)
def _province_rx() -> re.Pattern[str]:
    alt = "|".join(re.escape(n) for n in province_names())
    return re.compile(rf"(?:tỉnh|Tỉnh|TỈNH|thành phố|Thành phố)\s+({alt})\b")


@lru_cache(maxsize=None)
def _issuer_place_rx() -> re.Pattern[str]:
    alt = "|".join(re.escape(n) for n in province_names())
    return re.compile(rf"(?:tỉnh|Tỉnh ủy|thành phố|Thành phố|Thành ủy|Đảng bộ tỉnh)\s+({alt})\b")


@dataclass(frozen=True)
class Locality:
    province: Optional[str]
    city: Optional[str]

    def resolve(self, issuer: Optional[str]) -> Optional[str]:
        """Fill a relative issuer ("Tỉnh ủy", "UBND tỉnh") with the document's locality."""
        if not issuer:
            return issuer
        issuer = re.sub(r"\s+", " ", issuer).strip()
        for entry in tables.issuers()["expand"]:
            if fold_key(issuer).startswith(fold_key(entry["long"])):
                issuer = entry["short"] + issuer[len(entry["long"]):]
        key = fold_key(issuer)
        for rel in tables.issuers()["relative"]:
            if key == fold_key(rel["written"]):
                place = self.province if rel["level"] == "province" else self.city
                if place:
                    return rel["template"].format(province=place, city=place)
        return issuer


_CITY = re.compile(r"(?:thành phố|Thành phố|Thành ủy|UBND TP\.?)\s+([A-ZĐ][\wà-ỹ]+(?:\s+[A-ZĐ][\wà-ỹ]+){0,2})")


def locality_of(text: str, issuer: Optional[str] = None) -> Locality:
    """The province and city a text is about: those its issuer names ("UBND tỉnh Đắk Lắk"), else the
    most mentioned ones. A city that is a province (Hà Nội) is both."""
    named = _issuer_place_rx().search(issuer or "")
    if named:
        p = named.group(1)
        if p in city_provinces():
            return Locality(p, p)
        rest = locality_of(text)
        return Locality(p, rest.city if rest.province in (None, p) else None)
    text = re.sub(r"\s+", " ", text.translate(DASHES))  # "tỉnh Bà Rịa – Vũng\nTàu" wrapped in a PDF line
    counts: Counter[str] = Counter(m.group(1) for m in _province_rx().finditer(text))
    province = counts.most_common(1)[0][0] if counts else None
    if province in city_provinces():
        return Locality(province, province)
    cities = Counter(m.group(1) for m in _CITY.finditer(text)
                     if not m.group(1).startswith(("Trực", "Hồ Chí")) and m.group(1) not in counts)
    city = cities.most_common(1)[0][0] if cities else None
    if city is None:  # a ward of a dissolved city speaks of that city's bodies
        wards = tables.load("former_cities")["wards"]
        found = Counter(w for w in wards if re.search(rf"(?:phường|PHƯỜNG)\s+{re.escape(w)}\b", text, re.I))
        if found:
            city = wards[found.most_common(1)[0][0]]
    return Locality(province, city)
