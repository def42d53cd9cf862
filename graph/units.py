"""Administrative units: names in documents → unit IRIs with official codes.

Current units (after 1 July 2025: 34 provinces, 3,321 communes) come from the
``vietnam-provinces`` package and get ``unit/{official code}`` IRIs (phường Bắc
Nha Trang → ``unit/22333``, part of Khánh Hòa → ``unit/56``). Units named by
older documents (thành phố Nha Trang, the abolished district level) come from
``graph/data/legacy_units.json`` and get ``unit/legacy/{slug}`` IRIs with a
validity end and successor links to the current units, so the tasks of a
dissolved body can be followed to its successors. A commune name shared by
several provinces (seven "Xã Tân Tiến") resolves only with a province context.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

import vietnam_provinces as vp

from cancu import config
from cancu.loaders.normalize import fold_key

_TYPE_WORDS = r"(?:tỉnh|thành phố|phường|xã|đặc khu|huyện|quận|thị xã|thị trấn)"


@dataclass(frozen=True)
class Unit:
    iri: str
    name: str
    level: str  # province | commune | district (legacy)
    code: Optional[int] = None
    part_of: Optional[str] = None  # IRI of the province
    valid_to: Optional[str] = None
    successors: tuple[str, ...] = field(default=())


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", fold_key(name).replace("-", " ")).strip()


def unit_iri(code) -> str:
    return f"{config.data_base()}unit/{int(code)}"


@lru_cache(maxsize=None)
def _tables():
    provinces: dict[str, Unit] = {}
    for p in vp.Province.iter_all():
        u = Unit(unit_iri(p.code), p.name, "province", int(p.code))
        bare = re.sub(r"^thành phố\s+", "", _key(p.name))
        for k in {_key(p.name), bare, "tinh " + bare, "tỉnh " + bare, "thành phố " + bare}:
            provinces[k] = u
    wards: dict[str, list[Unit]] = {}
    for w in vp.Ward.iter_all():
        u = Unit(unit_iri(w.code), w.name, "commune", int(w.code), unit_iri(w.province_code))
        wards.setdefault(_key(w.name), []).append(u)
    legacy: dict[str, Unit] = {}
    with resources.files("cancu.graph").joinpath("data", "legacy_units.json").open(encoding="utf-8") as f:
        for e in json.load(f)["units"]:
            succ = []
            for s in e["successors"]:
                cands = [u for u in wards.get(_key(s), []) if u.part_of == unit_iri(e["province_code"])]
                succ.extend(u.iri for u in cands)
            from cancu.graph.identity import slug

            legacy[_key(e["name"])] = Unit(f"{config.data_base()}unit/legacy/{slug(e['name'])}", e["name"],
                                          e["level"], None, unit_iri(e["province_code"]), e["valid_to"],
                                          tuple(succ))
    return provinces, wards, legacy


def find_unit(text: str, *, province: Optional[str] = None, date: Optional[str] = None) -> Optional[Unit]:
    """The unit a name such as "UBND phường Bắc Nha Trang" or "tỉnh Khánh Hòa" is about.

    ``province`` (a province name or IRI) disambiguates shared commune names;
    ``date`` before 2025-07-01 prefers a legacy unit of the same name.
    """
    provinces, wards, legacy = _tables()
    k = _key(text)
    # party committees are named after their unit: Tỉnh ủy X = tỉnh X, Thành ủy X = thành phố X
    k = re.sub(r"\btỉnh ủy\b", "tỉnh", k)
    k = re.sub(r"\bthành ủy\b", "thành phố", k)
    m = re.search(rf"\b({_TYPE_WORDS})\s+(.+)$", k)
    if not m:
        return provinces.get("tỉnh " + k) if k in provinces or "tỉnh " + k in provinces else None
    typ, name = m.group(1), m.group(2).strip()
    # legacy first for names that are only legacy, or for dates before the reorganisation
    lg = legacy.get(f"{typ} {name}")
    if lg and (date is None or date < "2025-07-01" or f"{typ} {name}" not in wards):
        return lg
    if typ in ("tỉnh", "thành phố") and f"{typ} {name}" in provinces:
        return provinces[f"{typ} {name}"]
    cands = wards.get(f"{typ} {name}", [])
    if province and len(cands) > 1:
        piri = province if province.startswith("http") else (find_unit("tỉnh " + province) or find_unit(province))
        piri = piri if isinstance(piri, str) else (piri.iri if piri else None)
        cands = [u for u in cands if u.part_of == piri] or cands
    return cands[0] if len(cands) == 1 else None


@lru_cache(maxsize=None)
def _folded() -> dict[str, frozenset]:
    """Every name :func:`find_unit` knows, keyed as ``normalize.search_key`` folds it (no diacritics)."""
    from cancu.loaders.normalize import search_key

    provinces, wards, legacy = _tables()
    out: dict[str, set] = {}
    for k, u in provinces.items():
        out.setdefault(search_key(k), set()).add(u)
    for k, us in wards.items():
        out.setdefault(search_key(k), set()).update(us)
    for k, u in legacy.items():
        out.setdefault(search_key(k), set()).add(u)
    return {k: frozenset(v) for k, v in out.items()}


def find_unit_folded(text: str) -> Optional[Unit]:
    """The unit a name typed without diacritics names ("khanh hoa", "phuong bac nha trang"), when
    only one unit has that name; None otherwise (then :func:`find_unit` with diacritics decides)."""
    from cancu.loaders.normalize import search_key

    k = re.sub(r"^(?:ubnd|uy ban nhan dan)\s+", "", search_key(text))
    units = _folded().get(k) or _folded().get("tinh " + k) or frozenset()
    return next(iter(units)) if len(units) == 1 else None


def province_of(unit: Unit) -> Optional[str]:
    return unit.iri if unit.level == "province" else unit.part_of


def unit_phrase(unit: Unit) -> str:
    """The unit as a body's name writes it after the body: "tỉnh Bắc Ninh", "thành phố Hồ Chí
    Minh", "phường Bắc Nha Trang" (a province's own name carries no unit word unless it is a
    city: "Bắc Ninh", "Thành phố Hồ Chí Minh"; a commune's does: "Phường Bắc Nha Trang")."""
    name = unit.name
    if unit.level == "province" and not name.casefold().startswith("thành phố"):
        return "tỉnh " + name
    return name[:1].lower() + name[1:]


@lru_cache(maxsize=None)
def _provinces_by_iri() -> dict[str, Unit]:
    return {u.iri: u for u in _tables()[0].values()}


def province_unit(unit: Unit) -> Optional[Unit]:
    """The province ``unit`` lies in (itself for a province)."""
    iri = province_of(unit)
    return _provinces_by_iri().get(iri) if iri else None
