"""Issuer names from header blocks: ``ỦY BAN NHÂN DÂN / TỈNH ĐỒNG NAI`` → ``UBND tỉnh Đồng Nai``.

The header block of a document (Nghị định 30/2020/NĐ-CP Phụ lục I;
party documents: Hướng dẫn 36-HD/VPTW) is written in capitals
and wrapped anywhere (``THỦ TƯỚNG CHÍNH`` / ``PHỦ``). It may name a superior body
and the issuing body (``UBND TỈNH ĐỒNG THÁP`` / ``SỞ NỘI VỤ``; ``BAN CHẤP HÀNH
TRUNG ƯƠNG`` / ``BAN TỔ CHỨC``). The names and word lists live in
``data/issuers.json``; this module only applies them.

>>> issuer_from_block(["ỦY BAN NHÂN", "DÂN", "TỈNH ĐỒNG NAI"])
'UBND tỉnh Đồng Nai'
>>> issuer_from_block(["BAN CHẤP HÀNH", "TRUNG ƯƠNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN"])
'Ban Tuyên giáo và Dân vận Trung ương'
>>> issuer_from_block(["BAN CHẤP HÀNH TRUNG ƯƠNG"], signing_body="BAN BÍ THƯ")
'Ban Bí thư'
>>> issuer_from_block(["UBND TỈNH ĐỒNG THÁP", "SỞ NỘI VỤ"])
'Sở Nội vụ tỉnh Đồng Tháp'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

from cancu.loaders import tables
from cancu.loaders.context import province_names


@lru_cache(maxsize=None)
def _abbreviations() -> dict[str, str]:
    """The level words a header abbreviates ("TX." for thị xã), by abbreviation (``unit_abbreviations``)."""
    return {a["written"]: a["name"] for a in tables.issuers()["unit_abbreviations"]["abbreviations"]}


def _unit_name(word: str) -> str:
    """The level word of a header's unit, written out: "TX." → "thị xã", "HUYỆN" → "huyện"."""
    return _abbreviations().get(word.rstrip("."), word.lower())


@lru_cache(maxsize=None)
def _abbreviated() -> str:
    """The abbreviations of level words as a pattern, with or without their dot."""
    return "|".join(rf"{re.escape(a)}\.?" for a in _abbreviations())


@lru_cache(maxsize=None)
def _units() -> str:
    """The administrative-level words of a header, in capitals (``unit_words`` of ``data/issuers.json``), and their
    abbreviations with or without a dot ("TP.", "TX") (read lazily: no table is loaded when the module is imported)."""
    words = sorted((w.upper() for w in tables.issuers()["unit_words"]), key=len, reverse=True)
    return "|".join([*map(re.escape, words), _abbreviated()])


@lru_cache(maxsize=None)
def _unit_rx() -> re.Pattern[str]:
    return re.compile(rf"(?:^|\s)({_units()})(?=\s|$)(?! HỘI\b)")


def _squash(s: str) -> str:
    # a site's list bullet before the block's first line ("• BỘ GIÁO DỤC VÀ ĐÀO TẠO", set oq iq_76ae3f2c) is no part
    # of the name
    s = re.sub(r"[*_|#•▪●]+", " ", s)
    # "TP.HỒ CHÍ MINH" (set oq iq_3f898875): a level's abbreviation glued to its place is the unit word all the same
    s = re.sub(rf"\b({'|'.join(map(re.escape, _abbreviations()))})\.(?=[A-ZĐ])", r"\1. ", s)
    s = re.sub(r"\s+", " ", s).strip(" -–—.:,;")
    return re.sub(r"\bUỶ\b", "ỦY", s)


def _upper_key(s: str) -> str:
    return _squash(s).upper().replace("UỶ", "ỦY").replace("HOÀ", "HÒA")


@lru_cache(maxsize=None)
def _table(name: str) -> dict[str, str]:
    return {_upper_key(e["written"]): e["name"] for e in tables.issuers()[name]}


@lru_cache(maxsize=None)
def _proper() -> list[tuple[re.Pattern[str], str]]:
    phrases = sorted(tables.issuers()["proper_phrases"], key=len, reverse=True)
    return [(re.compile(rf"(?<!\w){re.escape(p)}(?!\w)", re.I), p) for p in phrases]


@lru_cache(maxsize=None)
def _topic_heads() -> dict[str, str]:
    return tables.issuers()["topic_heads"]["heads"]


@lru_cache(maxsize=None)
def _org_words() -> tuple[str, ...]:
    return tuple(sorted(tables.issuers()["org_words"], key=len, reverse=True))


@lru_cache(maxsize=None)
def _committee_alt() -> str:
    return "|".join(re.escape(c["written"]) for c in tables.committees())


@lru_cache(maxsize=None)
def _committee_rx() -> re.Pattern[str]:
    """"TỈNH ỦY THANH HÓA": a party committee word of ``issuers.json`` and its place."""
    return re.compile(rf"({_committee_alt()}) (.+)")


def _committee(written: str) -> dict:
    return next(c for c in tables.committees() if c["written"] == written)


def title_case(words: str) -> str:
    """Capitalise every word of a place name: ``BẮC NHA TRANG`` → ``Bắc Nha Trang``."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in words.split())


def body_case(upper: str) -> str:
    """Normal case for an agency name: the name proper and every coordinated part capitalised.

    >>> body_case("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
    'Bộ Lao động - Thương binh và Xã hội'
    >>> body_case("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM")
    'Ngân hàng Nhà nước Việt Nam'
    >>> body_case("CHI CỤC THUẾ KHU VỰC II")
    'Chi cục Thuế khu vực II'
    """
    s = _squash(upper).lower()
    if not s:
        return s
    head = next((h for h in _topic_heads() if s.startswith(h + " ") or s == h), None)
    if head is not None:
        # a board named by its topic ("Ban Chỉ đạo quốc gia về tìm kiếm, quy tập …"): no coordinated parts to capitalise
        s = _topic_heads()[head] + s[len(head):]
        for rx, phrase in _proper():
            s = rx.sub(phrase, s)
        return s
    for w in _org_words():
        if s.startswith(w + " "):
            s = w + " " + s[len(w) + 1:][:1].upper() + s[len(w) + 2:]
            break
    s = s[:1].upper() + s[1:]
    s = re.sub(r"(\b(?:và)\s+|[,\-–]\s*)(\w)", lambda m: m.group(1) + m.group(2).upper(), s)
    for rx, phrase in _proper():
        s = rx.sub(phrase, s)
    # a Roman numeral closing a name stays a numeral ("CHI CỤC THUẾ KHU VỰC II")
    s = re.sub(r"(?<=\s)([ivx]{1,4})$", lambda m: m.group(1).upper(), s)
    return s


def _with_unit(head: str, rest: str) -> str:
    """``head`` (already cased) + ``TỈNH ĐỒNG NAI`` → ``head tỉnh Đồng Nai``."""
    m = _unit_rx().search(rest)
    if not m:
        return f"{head} {title_case(rest)}".strip() if rest else head
    unit = _unit_name(m.group(1))
    place = rest[m.end():].strip()
    return f"{head} {unit} {title_case(place)}".strip()


def normalise_segment(seg: str) -> str:
    """One upper-case body name in its normal form (``UBND`` and ``HĐND`` abbreviated)."""
    s = _upper_key(seg)
    if s in _table("bodies"):
        return _table("bodies")[s]
    for long, short in (("ỦY BAN NHÂN DÂN", "UBND"), ("HỘI ĐỒNG NHÂN DÂN", "HĐND"), ("UBND", "UBND"),
                        ("HĐND", "HĐND")):
        if s.startswith(long):
            return _with_unit(short, s[len(long):].strip())
    m = _committee_rx().fullmatch(s)
    if m:
        c = _committee(m.group(1))
        if m.group(2) in _table("bodies"):  # the committee of a body, not of a place: "ĐẢNG ỦY CHÍNH PHỦ"
            return f"{c['name']} {_table('bodies')[m.group(2)]}"
        return _with_unit(c["name"], m.group(2)) if c["place_kept"] else f"{c['name']} {title_case(m.group(2))}"
    m = _unit_rx().search(s)
    if m and m.start() > 0:
        return _with_unit(body_case(s[: m.start()]), s[m.start():].strip())
    return body_case(s)


_TRAILING_LINK = re.compile(r"\b(?:VÀ|CỦA|THUỘC|TẠI|VỀ)$")


def _placeless_superior(before: str, after: str, heads: list[str]) -> bool:
    """A national body without a place above its local branch that names its own place:
    "CỤC THUẾ / THUẾ TỈNH VĨNH LONG", "BẢO HIỂM XÃ HỘI VIỆT NAM / BẢO HIỂM XÃ HỘI TỈNH …".
    ``before`` must be a whole name (a head and at least one more word, not ending in a link
    word as in "VĂN PHÒNG ĐOÀN ĐBQH VÀ / HĐND TỈNH …") and hold no place; ``after`` must.

    >>> heads = sorted(tables.issuers()["split_heads"], key=len, reverse=True)
    >>> _placeless_superior("CỤC THUẾ", "THUẾ TỈNH VĨNH LONG", heads)
    True
    >>> _placeless_superior("VĂN PHÒNG", "UBND TỈNH THANH HÓA", heads)
    False
    >>> _placeless_superior("VĂN PHÒNG ĐOÀN ĐBQH VÀ", "HĐND TỈNH THANH HÓA", heads)
    False
    """
    before = before.strip()
    head = next((h for h in heads if before.startswith(h + " ")), None)
    if head is None or _unit_rx().search(before) or _TRAILING_LINK.search(before):
        return False
    return bool(_unit_rx().search(after))


@lru_cache(maxsize=None)
def _province_upper_rx() -> re.Pattern[str]:
    """A province's name after its level word, in a header's capitals ("THÀNH PHỐ HẢI PHÒNG")."""
    alt = "|".join(re.escape(_upper_key(n)) for n in province_names())
    return re.compile(rf"(?:TỈNH|THÀNH PHỐ|{_abbreviated()})\s+({alt})(?!\w)")


@lru_cache(maxsize=None)
def _split_heads() -> tuple[list[str], re.Pattern[str]]:
    """The heads of subordinate bodies (``split_heads``), longest first, and the space before one of them."""
    heads = sorted(tables.issuers()["split_heads"], key=len, reverse=True)
    return heads, re.compile(r"(?<=\S)\s+(?=(?:" + "|".join(re.escape(h) for h in heads) + r")\b)")


@lru_cache(maxsize=None)
def _compounds() -> tuple[str, ...]:
    """Words whose second half is a head word (``head_compounds``: "ĐA KHOA"), each with its closing space."""
    return tuple(c + " " for c in tables.issuers()["head_compounds"]["compounds"])


def _ends_a_word(before: str, after: str) -> bool:
    """Whether the head word opening ``after`` is the second half of a word begun at the end of ``before``
    ("BỆNH VIỆN ĐA" / "KHOA TỈNH …"): no body opens there."""
    return f"{before.rsplit(' ', 1)[-1]} {after} ".startswith(_compounds())


def _split(s: str) -> list[str]:
    """Split a joined header block into bodies at the heads of subordinate bodies."""
    heads, rx = _split_heads()
    places = [p.span(1) for p in _province_upper_rx().finditer(s)]
    parts: list[str] = []
    pos = 0
    for m in rx.finditer(s):
        if any(a < m.end() < b for a, b in places):
            continue  # the head word is part of a province's name: "THÀNH PHỐ HẢI PHÒNG"
        before = s[pos:m.start()]
        if _ends_a_word(before, s[m.end():]):
            continue  # the head word is the end of a word of the name: "BỆNH VIỆN ĐA KHOA TỈNH …"
        # only after a complete superior name: a unit with its place, or a ministry
        placed = re.search(rf"(?:TỈNH|PHỐ|PHƯỜNG|XÃ|HUYỆN|QUẬN|KHU|{_abbreviated()})\s+\S", before)
        if _unit_rx().search(before) and placed \
                or re.match(r"BỘ \S+ \S+", before) or re.match(r"(?:ĐẠI HỌC|TRƯỜNG|HỌC VIỆN) \S+", before) \
                or _placeless_superior(before, s[m.end():], heads):
            parts.append(before.strip())
            pos = m.end()
    parts.append(s[pos:].strip())
    return [p for p in parts if p]


@lru_cache(maxsize=None)
def _body_heads() -> tuple[str, ...]:
    """The words that open a body's name in a header (``split_heads``, ``org_words``, the mass organisations' heads)."""
    t = tables.issuers()
    heads = {*t["split_heads"], *(w.upper() for w in t["org_words"]), *t["mass_organisations"]["heads"]}
    return tuple(sorted(heads, key=len, reverse=True))


def _whole_name(upper: str) -> bool:
    """``upper`` (the block's lines above a break) reads as a name of its own: its head word and more, not ending inside
    a name (a link word, a dash, a level word without its place).

    >>> _whole_name("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"), _whole_name("SỞ GIÁO DỤC VÀ"), _whole_name("ỦY BAN NHÂN DÂN TỈNH")
    (True, False, False)
    >>> _whole_name("BAN CHỈ ĐẠO"), _whole_name("BỘ LAO ĐỘNG - THƯƠNG BINH -")
    (False, False)
    """
    name = _upper_key(upper)
    head = next((h for h in _body_heads() if name == h or name.startswith(h + " ")), None)
    # a single dash or "&" closing the line is a name's link ("BỘ LAO ĐỘNG - THƯƠNG BINH -"); a rule of dashes is not
    if head is None or name == head or re.search(r"(?:^|[^-–])[-–&,(]\s*$", upper):
        return False  # the head alone ("BAN CHỈ ĐẠO" / …) is not yet a name
    return not _TRAILING_LINK.search(name) and not re.search(rf"(?:^|\s)(?:{_units()})$", name)


def _opens_body(line: str) -> bool:
    """``line`` opens a body's name: a head word, then its name. A one-word head followed by a level word is the tail of
    a name wrapped before it ("TRUNG TÂM Y TẾ DỰ / PHÒNG TỈNH …"), and ``line_break.not_heads`` are no heads.

    >>> _opens_body("TRƯỜNG ĐẠI HỌC TÂY ĐÔ"), _opens_body("PHÒNG TỈNH HÀ NAM"), _opens_body("PHÒNG, CHỐNG THIÊN TAI")
    (True, False, False)
    """
    name = _upper_key(line)
    head = next((h for h in _body_heads() if name.startswith(h + " ")), None)
    if head is None or _upper_key(line.lstrip(" *•")).startswith(tuple(tables.issuers()["line_break"]["not_heads"])):
        return False
    return " " in head or not _unit_rx().match(name[len(head):])


def _line_split(block: list[str]) -> list[str]:
    """The bodies of a header block: cut where the writer broke the line between two whole names (the upper a whole
    name, the lower opening with a body's head word: "PHÒNG GD&ĐT HUYỆN X / TRƯỜNG TIỂU HỌC Y"), and inside each run
    of lines where ``_split`` cuts."""
    runs: list[list[str]] = [[]]
    for line in block:
        upper = " ".join(runs[-1])
        # nor where the break parts one word of the name: "BỆNH VIỆN ĐA / KHOA TRUNG ƯƠNG"
        if runs[-1] and _opens_body(line) and _whole_name(upper) \
                and not _ends_a_word(_upper_key(upper), _upper_key(line)):
            runs.append([])
        runs[-1].append(line)
    return [p for r in runs for p in _split(_upper_key(" ".join(r)))]


def _party_blocks() -> dict:
    """The words of party header blocks (``party_blocks`` of ``data/issuers.json``)."""
    return tables.issuers()["party_blocks"]


@lru_cache(maxsize=None)
def _central_rx() -> re.Pattern[str]:
    """"BAN CHẤP HÀNH TRUNG ƯƠNG …": the Central Committee's block and what follows it."""
    return re.compile(rf"{re.escape(_party_blocks()['central']['written'])}\s*(.*)$")


@lru_cache(maxsize=None)
def _party_unit_rx() -> re.Pattern[str]:
    """"ĐẢNG BỘ <PLACE> <BODY>": a committee word or a body word starts the body."""
    unit = _party_blocks()["party_unit"]
    return re.compile(rf"{re.escape(unit['written'])} (.+?)\s+((?:{_committee_alt()}).*|{unit['bodies']})$")


@lru_cache(maxsize=None)
def _people_committee_rx() -> re.Pattern[str]:
    """The People's Committee of a level as the body of a party committee ("ỦY BAN NHÂN DÂN TỈNH", then X)."""
    e = _party_blocks()["people_committee"]
    return re.compile(rf"(?:{'|'.join(map(re.escape, e['written']))}) ({'|'.join(map(re.escape, e['levels']))}) X")


def party_organs() -> frozenset[str]:
    """The names of the central party organs that sign for themselves (``signing_bodies`` without a placeholder).

    >>> sorted(party_organs())
    ['Ban Bí thư', 'Ban Chấp hành Trung ương Đảng', 'Bộ Chính trị']
    """
    return frozenset(n for n in _table("signing_bodies").values() if "{" not in n)


def _for_committee(sign: str) -> Optional[str]:
    """The name of the signing body (``signing_bodies``) that stands for a committee named after it."""
    return next((n for w, n in _table("signing_bodies").items() if "{committee}" in n and sign.startswith(w)), None)


@lru_cache(maxsize=None)
def _party_groups() -> tuple[str, ...]:
    return tuple(_upper_key(e["written"]) + " " for e in tables.issuers()["party_groups"])


def _bare_sub_unit(block: list[str]) -> Optional[str]:
    """The name of a sub-unit written alone on the block's last line, below the body it belongs to."""
    if len(block) < 2:
        return None
    return _table("bare_sub_units").get(_upper_key(block[-1]).strip(" *\\"))


def unmarked(s: str) -> str:
    """``s`` without its marks, đ as d, case kept ("TRÙNG" → "TRUNG"): what OCR that drops marks leaves."""
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


def unmarked_capitals(s: str) -> str:
    """``s`` in capitals without its marks."""
    return unmarked(s.upper())


@lru_cache(maxsize=None)
def _header_words() -> tuple[frozenset[str], dict[str, str], dict[str, str], dict[str, str]]:
    """The words of the header names this module knows (``issuers.json`` and ``ocr_header.names``) and the province
    names: (the words, each word by its unmarked form when no other word shares it, word pairs by their glued form,
    word pairs by their glued unmarked form)."""
    t = tables.issuers()
    names = [e["written"] for k in ("bodies", "party_central_organs", "signing_bodies", "committees",
                                    "bare_sub_units", "party_groups") for e in t[k]]
    names += t["split_heads"] + t["ocr_header"]["names"] + [t["party_blocks"]["central"]["written"]]
    names += [p.upper() for p in province_names()]
    words: set[str] = set()
    pairs: dict[str, str] = {}
    for name in names:
        ws = [w for w in re.split(r"[\s,.;:()\-–]+", _upper_key(name)) if w]
        words.update(ws)
        pairs.update({a + b: f"{a} {b}" for a, b in zip(ws, ws[1:]) if len(a) > 1 and len(b) > 1})
    by_bare: dict[str, set[str]] = {}
    for w in words:
        by_bare.setdefault(unmarked_capitals(w), set()).add(w)
    bare = {k: next(iter(v)) for k, v in by_bare.items() if len(v) == 1}
    bare_pairs: dict[str, set[str]] = {}
    for glued, pair in pairs.items():
        bare_pairs.setdefault(unmarked_capitals(glued), set()).add(pair)
    return frozenset(words), bare, pairs, {k: next(iter(v)) for k, v in bare_pairs.items() if len(v) == 1}


def repair_header_line(line: str, *, unmarked: bool = False) -> str:
    """A header line with the words OCR broke written as the header names have them (``ocr_header`` of
    ``data/issuers.json``): two words run together ("THỦ TƯỚNG CHÍNHPHỦ", "TỈNH ỦY SƠNLA") are parted, always, since
    one syllable is never two; and with ``unmarked`` (the header's motto is found only without its marks: the scan's
    OCR lost or misread them) a word that is none of the known words but reads as exactly one of them once its
    marks are dropped takes that word's marks ("BẠN CHẬP HÀNH TRÙNG ƯƠNG" → "BAN CHẤP HÀNH TRUNG ƯƠNG"). Only
    capitals change; a word that is not known and not like one known word stays as written.

    >>> repair_header_line("THỦ TƯỚNG CHÍNHPHỦ")
    'THỦ TƯỚNG CHÍNH PHỦ'
    >>> repair_header_line("TÍNH ỦY LÀO CAI ĐÁNG CỘNG SẢN VIỆT NAM", unmarked=True)
    'TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM'
    """
    words, bare, pairs, bare_pairs = _header_words()

    def fix(w: str) -> str:
        if not w.isupper() or w in words:
            return w
        if w in pairs:
            return pairs[w]
        if unmarked:
            b = unmarked_capitals(w)
            return bare.get(b) or bare_pairs.get(b) or w
        return w

    tokens = list(re.finditer(r"\w{2,}", line))
    out, pos, i = [], 0, 0
    while i < len(tokens):
        m = tokens[i]
        out.append(line[pos:m.start()])
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if unmarked and nxt and line[m.end():nxt.start()] == " " and m.group().isupper() and nxt.group().isupper() \
                and not (m.group() in words and nxt.group() in words):
            # a word whose unmarked form is shared ("TINH": TỈNH, TĨNH) is read with the word after it: "TÍNH ỦY"
            # is "TỈNH ỦY"
            pair = bare_pairs.get(unmarked_capitals(m.group() + nxt.group()))
            if pair:
                out.append(pair)
                pos, i = nxt.end(), i + 2
                continue
        out.append(fix(m.group()))
        pos, i = m.end(), i + 1
    out.append(line[pos:])
    return "".join(out)


@lru_cache(maxsize=None)
def _joint_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A joint block's bodies over their shared place line, and its bodies joined by a dash before it
    (``joint_bodies`` of ``data/issuers.json``)."""
    t = tables.issuers()["joint_bodies"]
    heads = "|".join(re.escape(_upper_key(h)) for h in sorted(t["heads"], key=len, reverse=True))
    pre = "|".join(re.escape(p) for p in t["prefixes"])
    return (re.compile(rf"(?:{pre} )?(?:{heads})"),
            re.compile(rf"(?P<pre>(?:{pre}) )?(?P<a>{heads}) ?- ?(?P<b>{heads}) (?P<place>(?:{_units()}) .*)"))


def joint_issuer(block: list[str]) -> Optional[str]:
    """The bodies of a joint document's block, each with the place they share, as the golds join them.

    >>> joint_issuer(["ỦY BAN NHÂN DÂN", "ỦY BAN MTTQ VIỆT NAM", "TỈNH ĐẮK LẮK"])
    'UBND tỉnh Đắk Lắk, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk'
    >>> joint_issuer(["THƯỜNG TRỰC", "HĐND - UBND TỈNH HÒA BÌNH"]), joint_issuer(["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"])
    ('Thường trực HĐND tỉnh Hòa Bình, UBND tỉnh Hòa Bình', None)
    """
    lines = [_upper_key(b) for b in block]
    head, dashed = _joint_rx()
    if len(lines) >= 3 and all(head.fullmatch(x) for x in lines[:-1]) and _unit_rx().match(lines[-1]) \
            and len(set(lines[:-1])) == len(lines) - 1:
        names = [issuer_from_block([x, lines[-1]]) for x in lines[:-1]]
        return ", ".join(names) if all(names) else None  # type: ignore[arg-type]
    m = dashed.fullmatch(" ".join(lines))
    if not m or m.group("a") == m.group("b"):
        return None
    first = issuer_from_block([(m.group("pre") or "") + m.group("a"), m.group("place")])
    second = issuer_from_block([m.group("b"), m.group("place")])
    return f"{first}, {second}" if first and second else None


@lru_cache(maxsize=None)
def _mass_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """An organisation outside the state tree (``mass_organisations`` of ``data/issuers.json``) after its organ, before
    it, and under its superior organisation."""
    t = tables.issuers()["mass_organisations"]
    not_heads = "|".join(re.escape(h) for h in t["not_heads"])
    first = _level_first_rx()
    after = "|".join(re.escape(h) for h in t["levelled"]["level_after"])
    heads = (f"(?!{not_heads})(?:{'|'.join(re.escape(h) for h in sorted(t['heads'], key=len, reverse=True))}"
             rf"|{first}|(?:{after}) (?=(?:{_units()}) ))")
    organs = "|".join(re.escape(o) for o in sorted(t["organs"], key=len, reverse=True))
    organ = rf"(?P<organ>{organs})(?: (?P<central>{'|'.join(map(re.escape, t['central']))}))?"
    org = rf"(?P<org>(?:{heads})\b.*?)"
    # the lower organisation may be written with its organ: "TỈNH ĐOÀN THANH HOÁ / BCH ĐOÀN HUYỆN THỌ XUÂN"
    return (re.compile(rf"{organ} {org}"), re.compile(rf"{org} {organ}"),
            re.compile(rf"(?P<sup>(?:{heads})\b.*?(?:VIỆT NAM|(?:{_units()}) \S.*?)|(?:{first}) \S.*?) "
                       rf"(?P<org>(?:(?:{organs}) )?(?:{heads})\b.*)"))


@lru_cache(maxsize=None)
def _level_first_rx() -> str:
    """The names of organisations that write their level word first ("TỈNH ĐOÀN"), as a pattern."""
    words = tables.issuers()["mass_organisations"]["levelled"]["level_first"]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _level_first(s: str) -> Optional[str]:
    """"TỈNH ĐOÀN THANH HOÁ" → "Tỉnh đoàn Thanh Hoá": the organisation of a level, its place after it."""
    m = re.fullmatch(rf"({_level_first_rx()}) (\S.*)", s)
    if not m:
        return None
    return f"{tables.issuers()['mass_organisations']['levelled']['level_first'][m.group(1)]} {title_case(m.group(2))}"


def _mass_organisation(s: str) -> Optional[str]:
    """The issuer of a header block of an organisation outside the state tree, read as the state's "UBND TỈNH X / SỞ
    Y" is: the executive organ of the organisation it is written with, above or below it, or the lower of two
    organisations (the superior's line is a whole name: it ends in "VIỆT NAM" or names its place).

    >>> _mass_organisation("HỘI NÔNG DÂN VIỆT NAM BAN CHẤP HÀNH TRUNG ƯƠNG")
    'Ban Chấp hành Trung ương Hội nông dân Việt Nam'
    >>> _mass_organisation("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM CÔNG ĐOÀN GIÁO DỤC VIỆT NAM")
    'Công đoàn giáo dục Việt Nam'
    >>> _mass_organisation("BAN CHẤP HÀNH TRUNG ƯƠNG BAN TỔ CHỨC") is None
    True
    """
    t = tables.issuers()["mass_organisations"]
    before, after, under = _mass_rx()
    m = before.fullmatch(s) or after.fullmatch(s)
    if m:
        organ = t["organs"][m.group("organ")]
        if m.group("central"):
            organ = f"{organ} {t['central'][m.group('central')]}"
        org = m.group("org")
        return f"{organ} {_mass_organisation(org) or _level_first(org) or normalise_segment(org)}"
    m = under.fullmatch(s)
    if m:
        org = m.group("org")
        name = _mass_organisation(org) or _level_first(org) or normalise_segment(org)
        um = _unit_rx().search(m.group("sup"))
        if um and not _unit_rx().search(org):
            # a union of a branch under the province's federation is named with its place, as a Sở is
            name = _with_unit(name, m.group("sup")[um.start():].strip())
        return name
    return None


def issuer_from_block(block: list[str], *, signing_body: Optional[str] = None) -> Optional[str]:
    """The issuer named by the upper-case header block (lines as written, wrapped anywhere)."""
    s = _upper_key(" ".join(block))
    if not s:
        return None
    joint = joint_issuer(block)
    if joint:
        return joint
    sign = _upper_key(signing_body or "")
    if s in _table("bodies"):
        return _table("bodies")[s]
    mass = _mass_organisation(s) or _level_first(s)
    if mass:
        return mass
    central = _party_blocks()["central"]
    m = _central_rx().match(s)
    if m:
        rest = m.group(1).strip()
        if rest.startswith(_party_groups()):
            return body_case(rest)  # "… / ĐẢNG ĐOÀN QUỐC HỘI": a party group under the Central Committee
        rest = re.sub(rf"^{re.escape(central['party_word'])}\b\s*", "", rest)  # "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG"
        if rest:
            return _table("party_central_organs").get(rest) or f"{body_case(rest)} {central['organ_suffix']}"
        default = _table("signing_bodies")[central["written"]]
        return _table("signing_bodies").get(sign, default).replace(" {committee}", "")
    unit = _bare_sub_unit(block)
    if unit:
        above = issuer_from_block(block[:-1], signing_body=signing_body)
        if above:
            return f"{unit} {above}"  # "ĐẢNG ỦY CHÍNH PHỦ / VĂN PHÒNG" → "Văn phòng Đảng ủy Chính phủ"
    m = _party_unit_rx().match(s)
    if m:
        party_unit = _party_blocks()["party_unit"]
        dropped = "|".join(map(re.escape, party_unit["dropped_levels"]))
        where, body = m.group(1), m.group(2)
        place = _with_unit("", where).strip()
        committee = _committee_rx().match(body + " X")
        if committee:
            c = _committee(committee.group(1))
            word = c["name"]
            organ = _people_committee_rx().fullmatch(committee.group(2))
            if organ and where.startswith(organ.group(1)):
                # the party committee of the People's Committee, under the province's Đảng bộ: "ĐẢNG BỘ TỈNH LÀO
                # CAI / ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH" → "Đảng ủy Ủy ban nhân dân tỉnh Lào Cai" (gold l_a78bb8c6)
                return f"{word} {_party_blocks()['people_committee']['name']} {place}"
            own = committee.group(2)[:-2]
            if c["place_kept"] and own.startswith(tuple(w + " " for w in party_unit["own_places"])):
                # a commune's or ward's committee under the province's Đảng bộ names its own place, and signs for
                # itself (T/M BAN THƯỜNG VỤ is its capacity, README): "ĐẢNG BỘ TỈNH KHÁNH HOÀ / ĐẢNG UỶ XÃ CÔNG
                # HẢI" → "Đảng ủy xã Công Hải" (set bx)
                return _with_unit(word, own)
            name = (f"{word} {place}" if c["place_kept"]
                    else f"{word} {title_case(re.sub(rf'^({dropped}) ', '', where))}")
            standing = _for_committee(sign)
            return standing.replace("{committee}", name) if standing else name
        level = next((c for c in party_unit["level_committees"] if where.startswith(c["level"])), None)
        word = level["name"] if level else party_unit["other_committee"]
        where_name = title_case(re.sub(rf"^{re.escape(level['level'])} ", "", where)) if level else place
        return f"{body_case(body)} {word} {where_name}"
    parts = _line_split(block)
    body = parts[-1]
    name = normalise_segment(body)
    if len(parts) > 1 and not _unit_rx().search(body) and not body.startswith(("BỘ", "CỤC", "TỔNG CỤC")):
        sup = parts[-2]
        um = _unit_rx().search(sup)
        state = sup.startswith(("ỦY BAN NHÂN DÂN", "UBND"))
        if state and body.startswith("VĂN PHÒNG") and body.strip() == "VĂN PHÒNG":
            name = _with_unit("Văn phòng UBND", sup[um.start():].strip()) if um else name
        elif state and um:
            # a department of a People's Committee is named with the committee's place:
            # "UBND HUYỆN AN PHÚ / PHÒNG KINH TẾ - HẠ TẦNG" → "Phòng Kinh tế - Hạ tầng huyện An Phú"
            name = _with_unit(name, sup[um.start():].strip())
        elif um or sup.startswith(("TRƯỜNG", "HỌC VIỆN")):
            # an organ of another body is named with that body: "Đoàn giám sát HĐND tỉnh Bình Dương",
            # "Văn phòng Thường trực Ban Chỉ huy PCTT và TKCN tỉnh …", "Khoa … Trường Đại học …"
            name = f"{name} {normalise_segment(sup)}"
    return name


def organs_naming(symbol: str, text: str) -> Optional[str]:
    """The central party organs the text names as the authors of the document of ``symbol``, one way only: a page's
    headline over a party document whose header is "BAN CHẤP HÀNH TRUNG ƯƠNG" alone and whose signature the excerpt
    cut off ("Quy định số 97-QĐ/TW của Bộ Chính trị: …", o io_59e55d38).

    >>> organs_naming("97-QĐ/TW", "Tại Quy định số 97-QĐ/TW ngày 7/2/2023 của Bộ Chính trị về chức năng")
    'Bộ Chính trị'
    >>> organs_naming("97-QĐ/TW", "Quy định số 97-QĐ/TW của Bộ Chính trị; 97-QĐ/TW của Ban Bí thư") is None
    True
    """
    names = {n.removesuffix(" Đảng"): n for n in party_organs()}
    organs = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    rx = re.compile(rf"(?<![\w/.-]){re.escape(symbol)}(?![\w/-])(?:,?\s*ngày\s+\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}"
                    rf"|,?\s*ngày\s+\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+\d{{4}})?,?\s+của\s+"
                    rf"((?:{organs})(?:\s*(?:,|và)\s*(?:{organs}))*)")
    found = {", ".join(names[o] for o in re.findall(organs, m.group(1))) for m in rx.finditer(text)}
    return found.pop() if len(found) == 1 else None


def organs_of_title(title: Optional[str]) -> Optional[str]:
    """The central party organs a title names as its authors, joined as the gold writes them.

    A conclusion of the Politburo and the Secretariat has the header block "BAN CHẤP HÀNH
    TRUNG ƯƠNG" and names both organs only in its title ("KẾT LUẬN CỦA BỘ CHÍNH TRỊ, BAN BÍ
    THƯ VỀ …", Kết luận 221-KL/TW); the signature "T/M BỘ CHÍNH TRỊ" names one.

    >>> organs_of_title("CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TÌNH HÌNH, KẾT QUẢ HOẠT ĐỘNG")
    'Bộ Chính trị, Ban Bí thư'
    >>> organs_of_title("CỦA BỘ CHÍNH TRỊ VỀ ĐỊNH HƯỚNG") , organs_of_title("VỀ TÌNH HÌNH KINH TẾ")
    ('Bộ Chính trị', None)
    """
    s = _upper_key(title or "")
    organs = _table("signing_bodies")
    names = "|".join(re.escape(k) for k in sorted(organs, key=len, reverse=True) if "{" not in organs[k])
    m = re.match(_party_blocks()["title_organs"]["pattern"].replace("{organs}", names), s)
    if not m:
        return None
    return ", ".join(organs[p] for p in re.findall(names, m.group(1)))
