"""Which law a name or a number means: the table of known laws (``data/laws.json``).

One law title is passed several times ("Luật Tổ chức chính quyền địa phương":
77/2015/QH13, 65/2025/QH15, 72/2025/QH15), so a title is not an identity; a
title with the date it was passed, or with its year, is. The table holds each
title with its versions (number, date passed), built from the citations of the
corpus that carry both a name and a number ("Luật Tổ chức chính quyền địa
phương số 72/2025/QH15"); ``scripts/laws_table.py`` rebuilds and checks it.

How a citation picks a version (:func:`resolve`):

- name + date: the version passed that day; when no version has that day, the
  only version of that year (a mistyped day still names the year's law);
- name + year ("Luật Đất đai năm 2024", "Luật Công chứng 2024"): the only
  version of that year;
- name alone: **no answer** when it is ambiguous, i.e. always — the table may
  not know every version, and the version in force depends on the citing
  document's date and on effective dates the table does not hold. Within one
  document a name alone joins the numbered mention of the same name
  (``citations.collect``); across documents it stays unresolved.

The graph (identity of documents) uses :func:`by_number` and :func:`resolve`
to give a law cited by number and the same law cited by name one identity.

>>> resolve("Luật Tổ chức chính quyền địa phương", date="2015-06-19").number
'77/2015/QH13'
>>> title_of("72/2025/QH15")
'Luật Tổ chức chính quyền địa phương'
>>> resolve("Luật Tổ chức chính quyền địa phương") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import Optional

from cancu.loaders import tables
from cancu.loaders.law_names import KnownNames
from cancu.loaders.normalize import fold_key

#: A National Assembly (QH) or Standing Committee (UBTVQH) number: 72/2025/QH15.
NUMBER_RX = re.compile(r"\d{1,3}/(?:19|20)\d{2}/(?:QH|UBTVQH)\d{1,2}")


@dataclass(frozen=True)
class LawVersion:
    """One passing of a law: its number and the day it was passed."""

    name: str
    kind: str  # Luật | Bộ luật | Pháp lệnh
    number: str
    date: Optional[str]  # ISO day it was passed, when the corpus states it

    @property
    def year(self) -> int:
        return int(self.number.split("/")[1])


@dataclass(frozen=True)
class Law:
    """A law title with its short forms and the versions the table knows."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    versions: tuple[LawVersion, ...]


def _kind(name: str) -> str:
    for k in ("Bộ luật", "Pháp lệnh"):
        if name.startswith(k):
            return k
    return "Luật"


@lru_cache(maxsize=None)
def laws() -> tuple[Law, ...]:
    """Every law of the table."""
    out = []
    for e in tables.load("laws")["laws"]:
        kind = _kind(e["name"])
        versions = tuple(LawVersion(e["name"], kind, v["number"], v.get("date")) for v in e.get("versions", []))
        out.append(Law(e["name"], kind, tuple(e.get("aliases", [])), versions))
    return tuple(out)


@lru_cache(maxsize=None)
def _abbreviations() -> tuple[tuple[re.Pattern, str], ...]:
    """(long form, short form) of the words a law title is written short with: a body's name (``expand`` of
    ``data/issuers.json``) and the table's ``abbreviations`` (NSNN, BHXH, VBQPPL …), longest first so that "văn bản
    quy phạm pháp luật" is VBQPPL before "quy phạm pháp luật" is QPPL."""
    pairs = [(e["long"], e["short"]) for e in tables.issuers()["expand"]]
    pairs += [(e["long"], e["short"]) for e in tables.load("laws")["abbreviations"]["forms"]]
    pairs.sort(key=lambda p: -len(p[0]))
    return tuple((re.compile(re.escape(long), re.IGNORECASE), short) for long, short in pairs)


def _written_forms(law: Law) -> tuple[str, ...]:
    """The law's title and short forms, each also with its words written short, one at a time and all at once:
    "Căn cứ Luật Hoạt động giám sát của Quốc hội và HĐND ngày 20/11/2015" (set o, a Nghị quyết of HĐND tỉnh Vĩnh
    Phúc) names the Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân; "Căn cứ Luật Tổ chức HĐND và UBND ngày
    26/11/2003;" (set op ip_15dc4089) the Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân. A page that lost its
    marks writes the abbreviation without them: "Căn cứ Luật Tổ chức HDND và UBND ngày 26 tháng 11 năm 2003" (set os
    is_b9e5dd60, a Quyết định of UBND tỉnh Bình Định), so each short form is also known so written."""
    names = (law.name, *law.aliases)
    out = list(names)
    for n in names:
        found = [(rx, short) for rx, short in _abbreviations() if rx.search(n)]
        # every combination, not only one or all: the bodies may be short while the rest stays long ("Căn cứ Luật
        # Ban hành văn bản quy phạm pháp luật của HĐND và UBND ngày 03/12/2004;", set ov iv_a0f388b0, whose title
        # also has a short form, VBQPPL, the page does not use)
        for k in range(1, len(found) + 1):
            for subset in combinations(found, k):
                form = n
                for rx, short in subset:
                    form = rx.sub(short, form)
                out.append(form)
    for f in list(out):
        bare = f
        for _, short in _abbreviations():
            bare = re.sub(rf"\b{re.escape(short)}\b", fold_key(short, marks=False).upper(), bare)
        out.append(bare)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=None)
def _by_key() -> dict[str, Law]:
    out: dict[str, Law] = {}
    for law in laws():
        for n in _written_forms(law):
            out.setdefault(name_key(n), law)
    return out


@lru_cache(maxsize=None)
def _by_glued_key() -> dict[str, Law]:
    """The table's laws by their folded names without spaces: a page that lost the spaces between words writes "Luật
    Tổ chức Hội đồngnhân dân và Ủy ban nhân dân" (set o io_b4aa3ab3)."""
    out: dict[str, Law] = {}
    for k, found in _by_key().items():
        out.setdefault(k.replace(" ", ""), found)
    return out


@lru_cache(maxsize=None)
def _by_number() -> dict[str, LawVersion]:
    return {v.number.casefold(): v for law in laws() for v in law.versions}


def name_key(name: Optional[str]) -> str:
    """Key of a name: folded, punctuation dropped ("Cán bộ, công chức" = "Cán bộ công chức")."""
    return re.sub(r"\s+", " ", re.sub(r"[,.;:()\"“”]", " ", fold_key(name or ""))).strip()


def law(name: str) -> Optional[Law]:
    """The table's law of that name or short form (compared folded), or None."""
    key = name_key(name)
    return _by_key().get(key) or _by_glued_key().get(key.replace(" ", ""))


def canonical_name(name: str) -> str:
    """The table's spelling of a name or short form ("Luật NSNN" → "Luật Ngân sách nhà nước"); else ``name``."""
    found = law(name)
    return found.name if found is not None and name_key(found.name) != name_key(name) else name


def by_number(number: str) -> Optional[LawVersion]:
    """The version with that number ("72/2025/QH15"), or None."""
    return _by_number().get(re.sub(r"\s+", "", number).casefold())


def title_of(number: str) -> Optional[str]:
    """The title of the law with that number, or None."""
    v = by_number(number)
    return v.name if v else None


def versions(name: str) -> tuple[LawVersion, ...]:
    """Every version the table knows of a title (oldest first)."""
    found = law(name)
    return tuple(sorted(found.versions, key=lambda v: (v.year, v.date or ""))) if found else ()


def resolve(name: str, *, date: Optional[str] = None, year: Optional[int] = None) -> Optional[LawVersion]:
    """The version a name + date or name + year picks; None when that is not exactly one (see module doc)."""
    cands = versions(name)
    if date:
        exact = [v for v in cands if v.date == date]
        if len(exact) == 1:
            return exact[0]
        year = int(date[:4])
    if year:
        same = [v for v in cands if v.year == year]
        if len(same) == 1:
            return same[0]
    return None


@lru_cache(maxsize=None)
def names() -> tuple[str, ...]:
    """Every title and short form of the table, longest first."""
    return tuple(sorted({n for law in laws() for n in (law.name, *law.aliases)}, key=len, reverse=True))


@lru_cache(maxsize=None)
def known_names() -> KnownNames:
    """The table's names and short forms, for reading names in text (``law_names``)."""
    return KnownNames(n for law in laws() for n in _written_forms(law))
