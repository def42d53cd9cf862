"""Where a document stands: its province and city, for resolving relative issuers.

"của Ban Thường vụ Tỉnh ủy" inside a Khánh Hòa document is the Khánh Hòa
standing committee (vn-conventions §1.2). The locality comes from the names of
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
from cancu.loaders.normalize import fold_key


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
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=None)
def _province_rx() -> re.Pattern[str]:
    alt = "|".join(re.escape(n) for n in province_names())
    return re.compile(rf"(?:tỉnh|Tỉnh|TỈNH|thành phố|Thành phố)\s+({alt})\b")


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


def locality_of(text: str) -> Locality:
    """The province and city a text is about, by counting their mentions."""
    counts: Counter[str] = Counter(m.group(1) for m in _province_rx().finditer(text))
    province = counts.most_common(1)[0][0] if counts else None
    cities = Counter(m.group(1) for m in _CITY.finditer(text)
                     if not m.group(1).startswith(("Trực", "Hồ Chí")) and m.group(1) not in counts)
    city = cities.most_common(1)[0][0] if cities else None
    if city is None:  # a ward of a dissolved city speaks of that city's bodies
        wards = tables.load("former_cities")["wards"]
        found = Counter(w for w in wards if re.search(rf"(?:phường|PHƯỜNG)\s+{re.escape(w)}\b", text, re.I))
        if found:
            city = wards[found.most_common(1)[0][0]]
    return Locality(province, city)
