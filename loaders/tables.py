"""The language tables in ``loaders/data/*.json``, loaded once and compiled.

Domain experts extend the JSON files; this module only turns them into lookups
and regular expressions. Each entry carries real ``examples`` that
``tests/test_loaders_tables.py`` checks against the compiled patterns.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any


def load(name: str) -> dict[str, Any]:
    """Parse ``loaders/data/<name>.json``."""
    with resources.files("cancu.loaders").joinpath("data", f"{name}.json").open(encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=None)
def kinds() -> list[dict[str, Any]]:
    return load("kinds")["kinds"]


@lru_cache(maxsize=None)
def kind_by_code() -> dict[str, str]:
    """Type code of a symbol (``QĐ``, ``KH``, ``CTr``) → kind name."""
    out: dict[str, str] = {}
    for k in kinds():
        for code in k["codes"]:
            out.setdefault(code, k["name"])
            out.setdefault(code.upper(), k["name"])
    return out


@lru_cache(maxsize=None)
def kinds_over_type_line() -> frozenset[str]:
    """Kinds whose symbol code decides over the header's type line (``code_over_type_line`` of ``kinds.json``).

    >>> sorted(kinds_over_type_line())
    ['Văn bản hợp nhất']
    """
    return frozenset(k["name"] for k in kinds() if k.get("code_over_type_line"))


@lru_cache(maxsize=None)
def code_spellings() -> dict[str, str]:
    """A type code written with D for Đ (OCR of a scan, an ASCII keyboard) → the code as the decree spells it.

    >>> code_spellings()["QD"], code_spellings()["ND"]
    ('QĐ', 'NĐ')

    Only spellings a kind lists among its own codes: "HD" stays Hướng dẫn, never Hợp đồng's "HĐ".
    """
    out: dict[str, str] = {}
    for k in kinds():
        canon = k["codes"][0] if k["codes"] else None
        if canon and "Đ" in canon:
            for code in k["codes"][1:]:
                if code == canon.replace("Đ", "D"):
                    out[code] = canon
    return out


@lru_cache(maxsize=None)
def kind_by_party_code() -> dict[str, str]:
    """Type code of a party symbol (``91-KL/TU``) → kind; party-only meanings first (``TT`` → Thông tri)."""
    out = {code: k["name"] for k in kinds() for code in k.get("party_codes", [])}
    for code, name in kind_by_code().items():
        out.setdefault(code, name)
    return out


@lru_cache(maxsize=None)
def not_after_abbreviation() -> str:
    r"""Look-behinds to put before a full stop: the stop of an abbreviation inside a name ("Thuế TP. Hà Nội", the
    ``dotted_abbreviations`` of ``data/task_agencies.json``) ends neither the name nor the sentence. One look-behind per
    word, since Python's must each have a fixed width ("TP." and "T.P." differ).

    >>> bool(re.search(not_after_abbreviation() + r"\.", "của Thuế TP. Hà Nội"))
    False
    """
    words = load("task_agencies")["dotted_abbreviations"]["words"]
    return "".join(rf"(?<!\b{re.escape(w.removesuffix('.'))})" for w in sorted(words))


@lru_cache(maxsize=None)
def kind_word_rx() -> re.Pattern[str]:
    """Alternation of every kind word, longest first (``Chương trình hành động`` before ``Chương trình``)."""
    words = sorted({w for k in kinds() for w in k["words"]}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


@lru_cache(maxsize=None)
def type_line_words() -> list[str]:
    """The words that may stand alone as a header's type line ("QUYẾT ĐỊNH", "KẾ HOẠCH"), longest first: every kind
    name and word but those a kind marks ``not_type_line`` ("VĂN BẢN" is a site's section heading, never a type
    line)."""
    words = {k["name"] for k in kinds()} | {w for k in kinds() for w in k["words"]}
    words -= {w for k in kinds() for w in k.get("not_type_line", [])}
    return sorted(words, key=len, reverse=True)


def type_line_kind(kind: str) -> str:
    """The kind a header's type line names (``type_line_kind`` of ``data/kinds.json``: "CHƯƠNG TRÌNH HÀNH ĐỘNG" heads a
    Chương trình), else the kind itself."""
    return next((k.get("type_line_kind", kind) for k in kinds() if k["name"] == kind), kind)


@lru_cache(maxsize=None)
def kind_of_word() -> dict[str, str]:
    return {w.casefold(): k["name"] for k in kinds() for w in k["words"]}


@lru_cache(maxsize=None)
def relations() -> dict[str, Any]:
    return load("relations")


@lru_cache(maxsize=None)
def clause_opener_alternation() -> str:
    """Every word that opens a preamble clause: the basis verbs, then the openers without a relation.

    The one source of "Căn cứ|Thực hiện|Triển khai|Theo đề nghị|…" for every module.
    """
    words = [r["pattern"] for r in relations()["relations"]] + [o["pattern"] for o in relations().get("openers", [])]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def basis_verb_alternation(*relation_names: str) -> str:
    """The basis verbs of ``relations.json`` (of the given relations only, when named)."""
    words = [r["pattern"] for r in relations()["relations"] if not relation_names or r["relation"] in relation_names]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def signing() -> list[dict[str, Any]]:
    return load("signing")["capacities"]


@lru_cache(maxsize=None)
def signing_prefix_alternation() -> str:
    """Every written signing prefix ("TM.", "T/M", "KT." …), longest first."""
    words = {w for c in signing() for w in c["written"]}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def recipients_alternation() -> str:
    """The words that open the list of recipients ("Nơi nhận", ``recipients`` of ``data/signing.json``), as one
    group: the PDF table reader ends a table at them, the PDF paragraph reader opens a paragraph at them (with
    their colon)."""
    return "(?:" + "|".join(map(re.escape, load("signing")["recipients"]["words"])) + ")"


@lru_cache(maxsize=None)
def capacity_of() -> dict[str, str]:
    """Written signing prefix → capacity ("T/M" → "TM.")."""
    return {w: c["capacity"] for c in signing() for w in c["written"]}


@lru_cache(maxsize=None)
def reform_areas() -> list[dict[str, Any]]:
    return load("reform_areas")["areas"]


@lru_cache(maxsize=None)
def committees() -> list[dict[str, Any]]:
    """Party committees "<LEVEL> ỦY" of ``issuers.json``."""
    return issuers()["committees"]


@lru_cache(maxsize=None)
def issuers() -> dict[str, Any]:
    return load("issuers")
