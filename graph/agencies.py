"""Agency names → agency nodes with kind, level, parent and unit (``graph/data/agencies.json``).

Resolution happens in the context of the citing document: a name that carries
no unit of its own ("Phòng Văn hóa – Xã hội", "Công an phường") belongs to the
issuer of the plan that names it (``scope: issuer``) or to the issuer's unit
(``scope: unit``), so the same words in two ward plans are two agencies. The
chain Phòng VH-XH → UBND phường Bắc Nha Trang → unit 22333 ⊂ unit 56 (Khánh
Hòa) is asserted with ``cc:subOrganizationOf``, ``cc:jurisdiction`` and
``cc:partOf``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from cancu.graph import identity as idn
from cancu.graph.units import Unit, find_unit, province_unit, unit_phrase
from cancu.loaders.normalize import fold_key

_OWN_UNIT = re.compile(r"\b(tỉnh|thành phố|huyện|quận|thị xã|phường|xã|đặc khu)\s+[A-ZĐÂĂÊÔƠƯ]")
_UNIT_LEVEL = {"province": "provincial", "district": "district", "commune": "commune"}


@lru_cache(maxsize=None)
def gazetteer() -> dict:
    with resources.files("cancu.graph").joinpath("data", "agencies.json").open(encoding="utf-8") as f:
        return json.load(f)


def expand(name: str) -> str:
    """Abbreviations spelled out: ``UBMTTQVN phường`` → ``Ủy ban Mặt trận Tổ quốc Việt Nam phường``."""
    s = re.sub(r"\s+", " ", name).strip().replace("–", "-")
    for a in sorted(gazetteer()["abbreviations"], key=lambda a: -len(a["short"])):
        s = re.sub(rf"(?<!\w){re.escape(a['short'])}(?!\w)", a["long"], s)
    return s


def head_of(name: str) -> Optional[dict]:
    k = fold_key(expand(name))
    for h in sorted(gazetteer()["heads"], key=lambda h: -len(h["head"])):
        if k.startswith(fold_key(h["head"])):
            return h
    return None


@dataclass(frozen=True)
class Agency:
    iri: str
    label: str
    kind: str  # state | party | mass_organisation | unknown
    level: str  # national | provincial | district | commune | unknown
    parent: Optional[str] = None  # IRI of the agency it belongs to
    unit: Optional[Unit] = None
    group: bool = False  # several bodies named together ("các sở, ban, ngành"): a cc:AgencyGroup


def resolve_agency(name: str, *, context_issuer: Optional[str] = None,
                   date: Optional[str] = None) -> Optional[Agency]:
    """The agency ``name`` denotes when written in a document issued by ``context_issuer``;
    None when the name names no body (:func:`cancu.graph.names.read_name`)."""
    from cancu.graph.names import read_name

    read = read_name(name)
    if read.kind == "none":
        return None
    if read.kind == "group":
        parent = resolve_agency(context_issuer, date=date) if context_issuer else None
        base = parent.iri if parent is not None else idn.agency_iri("nhóm")
        return Agency(f"{base}/group/{idn.slug(read.text)}", read.text, "group",
                      parent.level if parent is not None else "unknown", None,
                      parent.unit if parent is not None else None, group=True)
    clean = read.text
    h = head_of(clean)
    kind = h["kind"] if h else "unknown"
    scope = h["scope"] if h else "issuer"
    if scope == "national" or _OWN_UNIT.search(clean) or not context_issuer:
        label = idn.canonical_issuer(clean) or clean
        unit = find_unit(clean, date=date) if scope != "national" else None
        level = "national" if scope == "national" else (_UNIT_LEVEL.get(unit.level) if unit else idn.level_of(label))
        return Agency(idn.agency_iri(label), label, kind, level or "unknown", None, unit)
    parent = resolve_agency(context_issuer, date=date)
    if parent is None:  # the context names no body: the name stands on its own
        label = idn.canonical_issuer(clean) or clean
        return Agency(idn.agency_iri(label), label, kind, idn.level_of(label) or "unknown", None, None)
    written = re.search(r"\s+(phường|xã|thành phố|tỉnh|huyện)$", clean, re.I)  # the level the name says
    local = clean[:written.start()] if written else clean
    if scope == "unit" and parent.unit is not None:
        # a body of a unit (UBND, Đảng ủy, Mặt trận, Công an) named by its level alone: the
        # issuer's unit ("UBND" in a plan of UBND tỉnh Bắc Ninh is UBND tỉnh Bắc Ninh, the issuer
        # itself), or the province it lies in when the name says so ("UBND tỉnh" in a commune's plan)
        unit = parent.unit
        if written and unit.level != "province":
            province = province_unit(unit)
            if province is not None and (written.group(1).lower() == "tỉnh" or unit_phrase(province).startswith(
                    written.group(1).lower())):
                unit = province
        full = f"{expand(local)} {unit_phrase(unit)}"
        label = idn.canonical_issuer(full) or full
        return Agency(idn.agency_iri(label), label, kind, _UNIT_LEVEL.get(unit.level, parent.level), None, unit)
    # label without the trailing "phường": one label per node however the plan wrote it
    return Agency(f"{parent.iri}/{idn.slug(local)}", local, kind, parent.level, parent.iri, parent.unit)
