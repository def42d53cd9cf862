"""Whether a written name names a body, and its display form (``graph/data/agency_names.json``).

Issuers and the lead and coordinating cells of task tables arrive as written:
"Bộ trưởng Bộ Y tế", "Chủ tịch UBND tỉnh Bắc Giang công bố thủ tục hành chính",
"Thủ tướng Chính phủ cộng" (the motto glued to the issuer), "UBND các xã,
phường", "25/11/2025", "Bước 8". :func:`read_name` turns one such string into
what it names:

* ``body``: a job title stands for its body ("Trưởng phòng Văn hóa – Xã hội" →
  "Phòng Văn hóa – Xã hội"), a verb and what follows are cut off, motto words
  are stripped, abbreviations that are parts of names are spelled out ("Bộ
  NN&PTNT"), unit words are lower case and place names capitalised ("UBND Tỉnh
  cao Bằng" → "UBND tỉnh Cao Bằng"); the name must start with a head of
  ``graph/data/agencies.json`` and, unless that head is a whole name, have a
  name of its own ("Phòng thành phố Hải" is not a body);
* ``group``: several bodies named together ("các sở, ban, ngành", "UBND cấp
  xã"): kept as a group, never as an agency;
* ``none``: not the name of a body (a date, a step of a procedure, task text).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from cancu.loaders.normalize import fold_key

UNIT_WORDS = ("thành phố", "thị trấn", "thị xã", "đặc khu", "tỉnh", "huyện", "quận", "phường", "xã")
_UNIT_RX = re.compile(r"(?<!\w)(" + "|".join(UNIT_WORDS) + r")(?!\w)", re.I)


@lru_cache(maxsize=None)
def table() -> dict:
    with resources.files("cancu.graph").joinpath("data", "agency_names.json").open(encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=None)
def _gazetteer() -> dict:
    with resources.files("cancu.graph").joinpath("data", "agencies.json").open(encoding="utf-8") as f:
        return json.load(f)


def _words(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


@lru_cache(maxsize=None)
def _rx() -> dict[str, re.Pattern]:
    t = table()
    return {
        "title": re.compile(rf"^(?:{_words(e['title'] for e in t['titles'])})(?=\s|$)", re.I),
        "verb": re.compile(rf"(?<!\w)(?:{_words(w for e in t['verbs'] for w in e['words'])})(?!\w)", re.I),
        "not": re.compile("|".join(e["pattern"] for e in t["not_names"])),
        "group_start": re.compile(rf"^(?:{_words(t['groups'][0]['words'])})(?!\w)", re.I),
        "group_level": re.compile(rf"(?<!\w)(?:{_words(t['groups'][1]['words'])})(?!\w)", re.I),
        "group_end": re.compile(rf"(?<!\w)(?:{_words(t['groups'][2]['words'])})$", re.I),
        "label_abbr": re.compile(r"(?<![\w&])"
                                 + "|".join("(" + re.escape(a["short"]) + ")" for a in _label_abbreviations())
                                 + r"(?![\w&])"),
    }


def _label_abbreviations() -> list[dict]:
    return sorted((a for a in _gazetteer()["abbreviations"] if a.get("in_labels") == "long"),
                  key=lambda a: -len(a["short"]))


@lru_cache(maxsize=None)
def _titles() -> dict[str, str]:
    return {fold_key(e["title"]): e["body"] for e in table()["titles"]}


@lru_cache(maxsize=None)
def _heads() -> list[tuple[str, dict]]:
    return sorted(((fold_key(h["head"]), h) for h in _gazetteer()["heads"]), key=lambda x: -len(x[0]))


@lru_cache(maxsize=None)
def _mottos() -> list[list[str]]:
    return [fold_key(e["phrase"]).replace(" - ", " ").split() for e in table()["motto"]]


@dataclass(frozen=True)
class Name:
    """What a written name names: ``kind`` is body, group or none; ``text`` its display form."""

    text: str
    kind: str
    head: Optional[dict] = None
    reason: str = ""


def tidy(raw: str) -> str:
    """Whitespace collapsed, footnote marks and trailing
    punctuation or table debris removed ("Thanh tra Chính phủ[3]", "Sở Văn hóa … | | |")."""
    s = re.sub(r"\s+", " ", raw or "").strip()
    s = re.sub(r"\[\d+\]", "", s)
    s = re.sub(r"(?:[\s|.,;:…*_(]|\.{2,})+$", "", s)
    s = re.sub(r"^[\s|.,;:…*_)\-]+", "", s)
    return re.sub(r"\s+", " ", s).strip()


def head_of(name: str) -> Optional[tuple[dict, int]]:
    """The gazetteer head ``name`` starts with and the number of characters it covers (after
    abbreviations are expanded the way the gazetteer writes heads), or None."""
    from cancu.graph.agencies import expand

    k = fold_key(expand(name))
    for fk, h in _heads():
        if k.startswith(fk) and (len(k) == len(fk) or not k[len(fk)].isalnum()):
            return h, len(fk)
    return None


def _strip_title(s: str) -> str:
    for _ in range(2):  # "Phó Trưởng phòng", "Bộ trưởng, Chủ nhiệm"
        m = _rx()["title"].match(s)
        if not m:
            break
        body = _titles().get(fold_key(m.group()), "")
        rest = s[m.end():].lstrip(" ,")
        if body and fold_key(rest).startswith(fold_key(body)):
            body = ""  # "Trưởng phòng Phòng Tư pháp"
        s = f"{body} {rest}".strip() if body else rest
        s = s[:1].upper() + s[1:]
    return s


def _cut_verb(s: str, head_chars: int, *, complete: bool, unit: bool = False) -> str:
    """``s`` up to the first verb or function word after the head — and after the word that
    follows a head that is not a whole name ("Ban Chỉ đạo", "Trung tâm Phục vụ …"); the body
    of a unit (UBND, Đảng ủy) is followed by its unit, never by a verb that names it
    ("Ủy ban nhân dân Quyết định …" is a UBND deciding)."""
    start = head_chars
    if not complete and not unit:
        m = re.match(r"\s*\S+", s[head_chars:])
        start += m.end() if m else 0
    v = _rx()["verb"].search(s, start)
    s = s[:v.start()] if v else s
    if s.count("(") > s.count(")"):  # cut inside a parenthesis: "Tổng cục Thuế (nay là Cục Thuế)"
        s = s[:s.rindex("(")]
    # what a cut leaves at the end: punctuation (a sentence's full stop: "… tỉnh Lạng Sơn. Địa chỉ: …")
    # and the words that join a name to what followed
    return re.sub(r"(?:[\s,;:.-]|(?<!\w)(?:và|của|tại|theo)(?!\w))+$", "", s)


def _strip_motto(s: str) -> str:
    words = s.split()
    folded = [fold_key(w) for w in words]
    for motto in _mottos():
        for k in range(min(len(motto), len(words) - 1), 0, -1):
            if folded[-k:] == motto[:k]:
                return " ".join(words[:-k])
    return s


def _display(s: str) -> str:
    """Name-part abbreviations spelled out; unit words lower case and the place after them capitalised."""
    abbrs = _label_abbreviations()

    def long_form(m: re.Match) -> str:
        return next(abbrs[i]["long"] for i, g in enumerate(m.groups()) if g)

    if abbrs:
        s = _rx()["label_abbr"].sub(long_form, s)

    def place(m: re.Match) -> str:
        unit, rest = m.group(1), m.group(2)
        if not rest:  # a unit word that ends the name: "Trung tâm … Thành phố"
            return unit.lower()
        if not any(w[:1].isupper() for w in rest.split()):
            return m.group(0)  # "Xã hội", "thành phố trực thuộc": not a place
        return f"{unit.lower()} " + " ".join(w[:1].upper() + w[1:] if w[:1].isalpha() else w for w in rest.split())

    # a place name runs from its unit word to the end, a comma or the next unit word
    units = "|".join(UNIT_WORDS)
    # ("xã hội" is "society", never the commune level)
    return re.sub(rf"(?<!\w)(?!xã\s+hội(?!\w))({units})(?!\s+[uủ][yỷ](?!\w))(?:$|"
                  rf"\s+((?:(?!(?:{units})(?!\w))[^\s,;()]+)"
                  rf"(?:\s+(?!(?:{units})(?!\w))(?!và\b)[^\s,;()]+)*))", place, s, flags=re.I)


def read_name(raw: str) -> Name:
    """What ``raw`` names: a body (with its display form), a group, or nothing."""
    from cancu.graph.identity import canonical_issuer

    s = tidy(raw)
    if not s or len(s) < 3 or _rx()["not"].search(s):
        return Name(s, "none", reason="not a name")
    s = _strip_title(s)
    if _rx()["group_start"].match(s):
        return Name(s, "group")
    found = head_of(s)
    if found is None:
        return Name(s, "none", reason="does not start with the name of a body")
    head, n = found
    # the head's span in the written form: expanded abbreviations are longer, so measure again
    if head.get("complete"):  # a whole name: only "Đảng" / "Việt Nam" may follow it
        w = _written_len(s, n)
        tail = re.match(rf"\s+(?:{_words(table()['complete_tails']['words'])})(?!\w)", s[w:], re.I)
        s = s[:w + (tail.end() if tail else 0)]
    cut = _cut_verb(s, _written_len(s, n), complete=bool(head.get("complete")), unit=head["scope"] == "unit")
    cut = _strip_motto(cut).rstrip(" ,;-")
    after = cut[_written_len(cut, n):].strip()
    if head["scope"] == "unit" and (_rx()["group_start"].match(after) or _rx()["group_level"].match(after)
                                    or re.match(rf"(?:{'|'.join(UNIT_WORDS)})\s*(?:,|/|và\s)", after, re.I)):
        return Name(cut, "group", head)  # "UBND các xã", "UBND cấp xã", "UBND xã, phường, đặc khu"
    if head["scope"] == "unit":
        # the body of a unit ends with its place: what follows a comma or "và" is another body or
        # place (several named together: a group) or words of the sentence (cut off)
        place = re.match(rf"(?:{'|'.join(UNIT_WORDS)})\s+[^,;()]+?(?=\s*[,;(]|\s+và\s|$)", after, re.I)
        rest = after[place.end():] if place else ""
        more = re.match(r"\s*(?:,|;|\s+và\s)\s*(\S)", rest)
        if more and (more.group(1).isupper() or _UNIT_RX.match(rest[more.start(1):])):
            return Name(cut, "group", head)  # "UBND thành phố Hà Nội, thành phố Hồ Chí Minh và tỉnh Quảng Ninh"
        if place:
            # the place is the longest known unit its words start with ("… Hà Nội Hiện Đang"), and
            # words of the sentence after a comma or "và" are cut ("… Cần Thơ và thủ tục hành chính")
            from cancu.graph.units import find_unit

            words = place.group(0).split()
            known = next((k for k in range(len(words), 1, -1) if find_unit(" ".join(words[:k])) is not None),
                         len(words))
            kept = " ".join(words[:known]) + ("" if more or known < len(words) else rest)
            cut = (cut[:len(cut) - len(after)] + kept).rstrip()
    if _rx()["group_end"].search(cut):
        return Name(cut, "group", head)
    if not head.get("complete") and head["scope"] != "unit":
        if not after or _UNIT_RX.match(after):
            return Name(cut, "none", head, reason="a head without a name of its own")
    if len(cut.split()) > 24:  # "Ban Chỉ đạo sắp xếp đơn vị hành chính các cấp và xây dựng mô hình …" is 17
        return Name(cut, "none", head, reason="too long for a name")
    return Name(canonical_issuer(_display(cut)) or cut, "body", head)


def _written_len(s: str, expanded_chars: int) -> int:
    """How many characters of ``s`` make up a head that covers ``expanded_chars`` once expanded."""
    from cancu.graph.agencies import expand

    words = s.split(" ")
    for k in range(1, len(words) + 1):
        if len(fold_key(expand(" ".join(words[:k])))) >= expanded_chars:
            return len(" ".join(words[:k]))
    return len(s)
