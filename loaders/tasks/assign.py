"""Who does what in a free-text assignment cell or prose duty.

Gold rule (shared/corpus/gold/README): in a free-text "Phân công" cell every
agency that is the *subject* of an assigned action (chủ trì, tham mưu, thực
hiện, rà soát, theo dõi …) is a lead, in order; agencies introduced by "phối
hợp (với)" are coordinating. A subject starts a bullet or a clause (after ", "
or "; ") with an agency word, and ends at the first verb. Verbs come from
``data/roles.json``, agency words and unsplittable names from
``data/task_agencies.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from cancu.loaders import tables
from cancu.loaders.roles import Role, agency_key

__all__ = ["assign", "split_agencies", "is_group", "rejoin_dash_split", "agency_table", "verb_rx", "start_rx"]


@lru_cache(maxsize=None)
def _roles() -> dict[str, Any]:
    return tables.load("roles")


@lru_cache(maxsize=None)
def agency_table() -> dict[str, Any]:
    """The table ``data/task_agencies.json``: agency start words, group nouns, unsplittable names."""
    return tables.load("task_agencies")


@lru_cache(maxsize=None)
def verb_rx() -> re.Pattern[str]:
    """The verbs of ``data/roles.json`` (chủ trì, phối hợp, tham mưu …) as whole words, case-sensitive.

    >>> verb_rx().search("Sở Tài chính chủ trì, phối hợp với các sở").group(1)
    'chủ trì'
    """
    verbs = sorted({v for r in _roles()["verbs"] for v in r["words"]}, key=len, reverse=True)
    # case-sensitive: "Phòng Văn hóa và Thông tin" must not end at "thông tin"
    return re.compile(r"(?<![\wÀ-ỹ])(" + "|".join(re.escape(v) for v in verbs) + r")(?![\wÀ-ỹ])")


@lru_cache(maxsize=None)
def start_rx() -> re.Pattern[str]:
    """The words an agency or a group of agencies starts with (``starts`` and ``group_nouns`` of
    ``data/task_agencies.json``): ``match`` tells whether a phrase opens with an agency.

    >>> bool(start_rx().match("Sở Tài chính chủ trì")), bool(start_rx().match("Triển khai thực hiện"))
    (True, False)
    """
    starts = sorted(agency_table()["starts"], key=len, reverse=True)
    nouns = sorted(agency_table()["group_nouns"], key=len, reverse=True)
    group = r"(?:Thủ trưởng các|Các|các|Những)\s+(?:" + "|".join(re.escape(n) for n in nouns) + ")"
    return re.compile(r"(?:" + group + "|" + "|".join(re.escape(s) for s in starts) + r")(?![\wÀ-ỹ])")


def _role_of(verb: str) -> str:
    for r in _roles()["verbs"]:
        if verb in r["words"]:
            return r["role"]
    return "executing"


def is_group(name: str) -> bool:
    """Groups ("Các cơ quan, đơn vị", "UBND các xã, phường") stay groups."""
    return bool(re.match(r"(?i)(các|những)\s", name)) or bool(re.search(r"\bcác\s", name))


def _protect(phrase: str) -> tuple[str, list[str]]:
    """Replace known compound names by placeholders so "và"/"," inside them do not split."""
    kept: list[str] = []
    for c in sorted(agency_table()["compounds"], key=len, reverse=True):
        def sub(m: re.Match[str]) -> str:
            kept.append(m.group())
            return f"\x00{len(kept) - 1}\x00"
        # case-blind and across line breaks: the same body is written "Đoàn Đại biểu" and "Đoàn đại biểu"
        phrase = re.sub(r"\s+".join(re.escape(w) for w in c.split()), sub, phrase, flags=re.I)
    return phrase, kept


def _unprotect(s: str, kept: list[str]) -> str:
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], s)


def split_agencies(phrase: str) -> list[str]:
    """"A, B và các cơ quan liên quan" → agencies; groups and names with "và" stay whole.

    "và"/"hoặc"/"," split only where an agency word follows: "Phòng Kinh tế, Hạ tầng và Đô
    thị" is one name, "Phòng Nội vụ và UBND cấp xã" is two.

    >>> split_agencies("Công an xã, phường hoặc UBND các xã, phường")
    ['Công an xã, phường', 'UBND các xã, phường']
    """
    p, kept = _protect(phrase)
    # "Các cơ quan, đơn vị" is one group: lowercase words other than "các" never open a split
    start = "[Cc]ác\\s|" + "|".join(re.escape(w) for w in sorted(agency_table()["starts"], key=len, reverse=True)
                     if w[0].isupper())
    # (the words that join names in a list, "và", "hoặc", are ``function_words`` of the table: "phối hợp với Công an
    # xã, phường hoặc UBND các xã, phường", set g c_74472135 item 2, names two partners)
    links = "|".join(re.escape(w) for w in agency_table()["function_words"]["list_links"])
    parts = re.split(rf"\s*[,;]\s*(?=(?:{start}|\x00))|\s+(?:{links}|với)\s+(?=(?:{start}|\x00))", p)
    out = []
    for part in parts:
        part = _unprotect(part, kept).strip(" ,;.-")
        if part:
            out.append(part)
    return out


def _trim_subject(s: str) -> str:
    s = re.sub(r"^(?:Giao|Đề nghị|Giao cho|Yêu cầu)\s+", "", s.strip(" ,-–;:"))
    for adv in sorted(agency_table()["subject_adverbs"], key=len, reverse=True):
        s = re.sub(rf"\s+{re.escape(adv)}$", "", s)
    for tail in agency_table()["subject_tails"]:
        s = re.sub(rf"\s+(?:{tail})$", "", s)
    return s.strip(" ,-–;:")


def _titlecase(word: str) -> bool:
    """"Thông", "Văn" — not "UBND" and not "hóa"."""
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def rejoin_dash_split(lines: list[str]) -> list[str]:
    """Join bullets cut at a dash inside a name.

    "… phối hợp với Trung tâm Văn hóa" / "- Thông tin và Thể thao thành phố thực hiện" is
    one bullet "… Trung tâm Văn hóa - Thông tin và Thể thao …": the first does not end a
    sentence and the second opens with a capitalised word that is no agency word.
    """
    out: list[str] = []
    for line in lines:
        first = line.split(" ", 1)[0]
        tail = out[-1].split()[-2:] if out else []
        if (out and not re.search(r"[.;:!?…]$", out[-1])
                and any(_titlecase(w) for w in tail)
                and _titlecase(first) and not start_rx().match(line)
                and not verb_rx().match(line[:1].lower() + line[1:])):
            out[-1] = out[-1] + " - " + line
        else:
            out.append(line)
    return out


_COORD = re.compile(r"\bphối hợp(?:\s+với)?\s+(?P<who>.+?)(?=\s+(?:tham mưu|hướng dẫn|thực hiện|triển khai|"
                    r"tổ chức|xây dựng|để|trong|theo|thẩm định|tham gia|góp ý|báo cáo|cập nhật|công khai|"
                    r"giải quyết|rà soát|kiểm tra|tuyên truyền)\b|[;.:]|$)")


def assign(cell: str, base: int = 0) -> tuple[list[str], list[str], list[Role]]:
    """Leads, coordinating agencies and all roles of one assignment text.

    ``cell`` holds one bullet per line; spans are offsets into ``cell`` plus ``base``.
    """
    leads: list[str] = []
    coords: list[str] = []
    roles: list[Role] = []
    seen: set[str] = set()
    for bm in re.finditer(r"[^\n]+", cell):
        clause = bm.group()
        c0 = bm.start()
        coord_spans = [(m.start("who"), m.end("who")) for m in _COORD.finditer(clause)]
        consumed = 0
        # clause openings: the bullet start, or an agency word after ", " / "; "
        openings = [len(clause) - len(clause.lstrip(" -–•+*"))]
        openings += [m.end() for m in re.finditer(r"[,;]\s+|\bđồng thời\s+", clause)]
        for o in openings:
            if o < consumed or any(a <= o < b for a, b in coord_spans):
                continue
            sm = re.match(r"(?:(?:Giao|Đề nghị|Giao cho|Yêu cầu)\s+)?", clause[o:])
            o2 = o + sm.end()
            sm2 = start_rx().match(clause, o2)
            # after a comma only a capitalised agency word or "các" opens a clause:
            # "… tổ chức của cơ quan, đơn vị gửi …" is no subject
            if not sm2 or (o > 0 and not (sm2.group()[0].isupper() or sm2.group().startswith("các"))):
                continue
            vm = verb_rx().search(clause, o2)
            if not vm:
                continue
            from cancu.loaders.tasks.subjects import trim_qualifier
            subject = trim_qualifier(_trim_subject(clause[o2:vm.start()]))
            if not subject or len(subject) > 160 or re.search(r"\.\s", subject):
                continue
            consumed = vm.end()
            sspan = (base + c0 + o2, base + c0 + o2 + len(subject))
            verb = vm.group(1)
            if verb == "căn cứ":
                # "X căn cứ chức năng, nhiệm vụ … để phối hợp giải quyết": the action is after "để"
                dm = re.search(r"\bđể\s+", clause[vm.end():])
                nv = verb_rx().match(clause, vm.end() + dm.end()) if dm else None
                verb = nv.group(1) if nv else verb
            if _role_of(verb) == "coordinating" and not re.match(
                    rf"\s+(?:với\s|tham mưu|chủ trì|{start_rx().pattern})", clause[vm.end():]):
                # "Phòng Văn hóa – Xã hội phối hợp thẩm định": a subject that only assists;
                # "X phối hợp với Y tham mưu …", "X phối hợp tham mưu …" keep X as the subject
                # of tham mưu (lead)
                for a in split_agencies(subject):
                    if agency_key(a) not in seen and a not in coords:
                        coords.append(a)
                        roles.append(Role(a, "coordinating", is_group(a), sspan))
                continue
            for a in split_agencies(subject):
                k = agency_key(a)
                if k not in seen:
                    seen.add(k)
                    leads.append(a)
                roles.append(Role(a, "lead", is_group(a), sspan))
            if _role_of(vm.group(1)) != "lead":
                roles.append(Role(subject, _role_of(vm.group(1)), is_group(subject), sspan))
        for a0, a1 in coord_spans:
            # the partners end at their verb ("… phối hợp với Văn phòng HĐND và UBND thành phố đề xuất, …")
            from cancu.loaders.tasks.subjects import end_of_partners
            a1 = min(a1, a0 + end_of_partners(clause[a0:a1]))
            who = clause[a0:a1]
            if not start_rx().match(who):
                continue  # "phối hợp thẩm định dự thảo" names no agency
            for a in split_agencies(who):
                if agency_key(a) in seen or a in coords:
                    continue
                coords.append(a)
                roles.append(Role(a, "coordinating", is_group(a), (base + c0 + a0, base + c0 + a1)))
    return leads, coords, roles
