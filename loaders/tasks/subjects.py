"""Who a prose sentence gives work to: its subject, the addressee of a request, the partners.

A prose assignment names its lead in one of these places (real lines, sources in
``data/task_prose.json``):

- after a request word: "Giao Sở Tư pháp chủ trì …", "Đề nghị Tòa án, Viện kiểm sát …",
  "Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng …", "Sở Tài chính kính đề nghị Văn phòng
  UBND tỉnh công bố …" (the body before the request word is the issuer, not the lead);
- as the subject of a duty verb: "Sở Nội vụ có trách nhiệm chủ trì …", "Bộ Y tế theo chức
  năng, nhiệm vụ được giao chủ trì …", "Các tỉnh uỷ, thành uỷ phối hợp Bộ Y tế …";
- either of these after an opening clause: "Trên cơ sở kết quả khảo sát, Sở Xây dựng chủ
  trì …", "Về việc góp vốn …, đề nghị Thuế tỉnh Quảng Trị trao đổi …".

The lead is the agency as written, without job titles ("Giám đốc Sở Tư pháp" → "Sở Tư
pháp", "Trưởng phòng Văn hóa – Xã hội" → "Phòng Văn hóa – Xã hội") and never with the
verb that follows it. Coordinating agencies are those the lead works "phối hợp (với)";
a "phối hợp" that belongs to someone the lead directs ("chỉ đạo các đơn vị chủ rừng phối
hợp với …") names no partner of the lead.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Iterable, Optional

from cancu.loaders import tables
from cancu.loaders.glue import spaced_name
from cancu.loaders.roles import agency_key
from cancu.loaders.tasks.assign import split_agencies, start_rx, verb_rx
from cancu.loaders.tasks.paragraphs import LOWER, UPPER

__all__ = ["Subject", "subject", "post_subject", "post_named_short", "coordinating", "strip_titles", "own_body",
           "agencies", "not_subject", "cell_actor",
           "trim_qualifier", "anchor_rx", "extra_start_rx", "heading_prefix_rx", "not_subject_rx", "request_rx",
           "stop_rx", "title_match", "group_word_rx", "protected_names", "end_of_partners",
           "function_words", "RECIPIENTS"]

# the bodies the letter being read is addressed to ("Kính gửi: …"), for the requests that name them by a form of
# address ("đề nghị Quý Ủy ban gửi báo cáo …", ``recipient_forms``); set by the prose reader for one document
RECIPIENTS: ContextVar[tuple[str, ...]] = ContextVar("RECIPIENTS", default=())


@lru_cache(maxsize=None)
def _prose() -> dict[str, Any]:
    return tables.load("task_prose")


@lru_cache(maxsize=None)
def _agency_table() -> dict[str, Any]:
    return tables.load("task_agencies")


@lru_cache(maxsize=None)
def function_words(key: str) -> str:
    """The ``function_words`` of ``data/task_agencies.json`` under ``key`` as a regex alternation ("và|hoặc")."""
    words = sorted(_agency_table()["function_words"][key], key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=None)
def subject_words(key: str) -> str:
    """The ``words`` of ``data/subject_words.json`` under ``key`` as a regex alternation, in the table's order.

    >>> subject_words("concern_links")
    'đến|tới|trong|với|về'
    """
    entry = tables.load("subject_words")[key]
    if entry.get("initial_either_case"):  # "ông" → "[Ôô]ng": the first letter in either case, the rest as written
        return "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in entry["words"])
    return "|".join(re.escape(w) for w in entry["words"])


@lru_cache(maxsize=None)
def _concern_rx() -> re.Pattern[str]:
    """What a group is concerned with, after "liên quan" (``subject_words`` ``concern_links``)."""
    return re.compile(rf"((?:có\s+)?liên quan)\s+(?:{subject_words('concern_links')})\s.*$")


@lru_cache(maxsize=None)
def _activity_before_rx() -> re.Pattern[str]:
    """An activity noun right before a verb ("trong việc cung cấp …", ``function_words`` ``activity_nouns``)."""
    return re.compile(rf"(?<![\wÀ-ỹ])(?:{function_words('activity_nouns')})\s+$")


def _words(section: str) -> list[str]:
    return sorted({w for e in _prose()[section] for w in e["words"]}, key=len, reverse=True)


@lru_cache(maxsize=None)
def request_rx() -> re.Pattern[str]:
    """The request words of ``data/task_prose.json`` ("Giao", "Đề nghị", "Yêu cầu" …) that hand work to whom follows."""
    words = "|".join(re.escape(w) for w in _words("requests"))
    # "giao ban", "giao thông", "nhiệm vụ được giao" … are no requests
    nots = "|".join(re.escape(w) for w in sorted(_prose()["request_not_before"], key=len, reverse=True))
    # "Yêu cầu và đôn đốc các doanh nghiệp …" pairs two verbs: no addressee follows
    # "bàn giao", "được giao", "sẽ giao" … are no requests either (``request_not_after``; one look-behind per word,
    # as Python's look-behinds have a fixed width)
    after = "".join(f"(?<!{re.escape(w)} )" for w in _prose()["request_not_after"]["words"])
    # a lower-case addressee is one even when its first word is in that list: "Giao ban thường vụ các tỉnh uỷ …" (set k
    # k_95ac75c3) is a request, "giao ban" alone a briefing (``request_addressees``)
    named = "|".join(re.escape(w) for w in _words("request_addressees"))
    links = function_words("list_links")
    return re.compile(rf"(?<![\wÀ-ỹ]){after}(?:kính\s+)?(?:{words})(?:\s+cho)?\s+"
                      rf"(?!(?!(?-i:{named})(?![\wÀ-ỹ]))(?-i:{nots}|{links}|,)(?![\wÀ-ỹ]))(?=\S)", re.I)


@lru_cache(maxsize=None)
def asking_rx() -> re.Pattern[str]:
    """The request words that ask rather than hand work over, opening a text: the two-word requests ("Yêu cầu",
    "Đề nghị"), not "Giao". Under an agency heading the asking is the heading body's own duty ("- Yêu cầu các đơn vị
    hoạt động khai thác khoáng sản …", set j l_245dc922), while "Giao Thanh tra thành phố tổ chức thanh tra …" hands
    the work to the one named, who leads it (set fresh, set y y_af43dc95).

    >>> bool(asking_rx().match("Yêu cầu các cơ quan thông tấn, báo chí")), bool(asking_rx().match("Giao Công an"))
    (True, False)
    """
    words = "|".join(re.escape(w) for w in _words("requests") if " " in w)
    return re.compile(rf"(?:kính\s+)?(?:{words})\s", re.I)


@lru_cache(maxsize=None)
def _requester_rx() -> re.Pattern[str]:
    """A request word ending a name before its colon: the issuer asks, its addressees follow.

    Only the two-word requests ("yêu cầu", "đề nghị"): "giao" ends a name ("6. Bộ Ngoại giao:", crawl
    c2fb3a9578fcdb7e, a Công điện's heading over that ministry's duties)."""
    words = "|".join(re.escape(w) for w in _words("requests") if " " in w)
    return re.compile(rf"(?<![\wÀ-ỹ])(?:kính\s+|trân trọng\s+)?(?:{words})$", re.I)


@lru_cache(maxsize=None)
def _opening_request_rx() -> re.Pattern[str]:
    """Words that hand work to the person or body after them only when they open the clause ("Phân công các đồng chí
    Phó Thủ tướng Chính phủ tiếp tục theo dõi …"): ``opening_requests``; inside a sentence they say how work was split
    ("Sở Nội vụ phân công công chức …")."""
    e = _prose()["opening_requests"]
    words = "|".join(re.escape(w) for w in e["words"])
    return re.compile(rf"(?:{words})\s+(?={e['before'].replace('{U}', UPPER)})")


@lru_cache(maxsize=None)
def _issuer_rx() -> re.Pattern[str]:
    """Issuers that are no agency word, named before their request ("Chính phủ trân trọng đề nghị …")."""
    words = "|".join(re.escape(w) for w in _words("request_issuers"))
    return re.compile(rf"(?:{words})(?![\wÀ-ỹ])")


@lru_cache(maxsize=None)
def _prefix_rx() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _words("opening_clauses"))
    return re.compile(rf"^(?:{words})(?![\wÀ-ỹ])", re.I)


@lru_cache(maxsize=None)
def stop_rx() -> re.Pattern[str]:
    """Words that end a subject: adverbials between it and its verb ("theo chức năng …")."""
    words = "|".join(re.escape(w) for w in _words("subject_stops"))
    return re.compile(rf"(?<![\wÀ-ỹ])(?:{words})(?![\wÀ-ỹ])")


@lru_cache(maxsize=None)
def _titles() -> list[tuple[re.Pattern[str], str]]:
    return [(rx, b) for rx, b, _ in _titles_alone()]


@lru_cache(maxsize=None)
def _titles_alone() -> list[tuple[re.Pattern[str], str, str]]:
    """(title, what replaces it before a name, what it stands for alone: "Bộ trưởng" → "Bộ")."""
    out = []
    for e in _prose()["titles"]:
        # "các đồng chí Ủy viên Bộ Chính trị": before a member word the form of address stays (``kept_before``)
        kept = "|".join(re.escape(k) for k in e.get("kept_before", []))
        kept = rf"(?!(?:{kept})(?![\wÀ-ỹ]))" if kept else ""
        for w in e["words"]:
            out.append((len(w), re.compile(rf"(?<![\wÀ-ỹ]){re.escape(w)}(?:\s+|$){kept}"), e.get("becomes", ""),
                        e.get("alone", "")))
    return [(rx, b, a) for _, rx, b, a in sorted(out, key=lambda x: -x[0])]


@lru_cache(maxsize=None)
def _compound_rx() -> re.Pattern[str]:
    names = sorted(set(_agency_table()["compounds"]) | set(_agency_table().get("names_with_verbs", [])),
                   key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names), re.I)


def _ends_on_compound(name: str) -> bool:
    """Whether ``name`` ends with a name holding a verb or an adverb ("Cơ quan quản lý trực tiếp")."""
    return any(m.end() == len(name) for m in _compound_rx().finditer(name))


@lru_cache(maxsize=None)
def not_subject_rx() -> list[re.Pattern[str]]:
    """The ``not_subjects`` of ``data/task_prose.json``: openings that look like an agency but are none."""
    return [re.compile(e["pattern"]) for e in _prose()["not_subjects"]]


def not_subject(text: str) -> bool:
    """Whether ``text`` opens with words that look like an agency but are not ("Ban hành", "Hội nghị")."""
    return any(rx.match(text) for rx in not_subject_rx())


@lru_cache(maxsize=None)
def extra_start_rx() -> re.Pattern[str]:
    """Subjects that are no agency word but are assigned work like one (land users, investors)."""
    words = "|".join(re.escape(w) for w in _prose()["subject_starts"])
    # a province or city with its name ("Tỉnh Thanh Hóa cần …"; ``place_subjects``)
    return re.compile(rf"(?:{words}|{_prose()['place_subjects']['pattern']})(?![\wÀ-ỹ])")


@lru_cache(maxsize=None)
def _addressee_rx() -> re.Pattern[str]:
    """Lower-case group names a request gives work to ("yêu cầu cấp uỷ, tổ chức đảng, chính quyền …"), not
    "cấp ủy quyền" (to authorise)."""
    words = "|".join(re.escape(w) for w in _words("request_addressees"))
    return re.compile(rf"(?:{words})(?![\wÀ-ỹ])(?!\s+quyền)")


@lru_cache(maxsize=None)
def group_word_rx() -> re.Pattern[str]:
    """A group noun opening a name after a title ("bí thư tỉnh uỷ", "thủ trưởng cơ quan ngang bộ")."""
    nouns = sorted(_agency_table()["group_nouns"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(n) for n in nouns) + r")(?![\wÀ-ỹ])")


def strip_titles(name: str) -> str:
    """"Giám đốc Sở Tư pháp" → "Sở Tư pháp"; "Trưởng phòng Tư pháp" → "Phòng Tư pháp"."""
    s = name.strip()
    if ", " in s:  # "Địa chính XD - ĐT và MT, công chức Tài chính - Kế toán": titles after commas too
        return ", ".join(strip_titles(x) for x in s.split(", "))
    for _ in range(3):
        before = s
        for rx, becomes, alone in _titles_alone():
            m = rx.match(s)
            if m:
                rest = s[m.end():]
                if alone and not rest:
                    # "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, …": a minister named alone stands for the ministry
                    s = alone
                elif becomes and re.match(rf"{re.escape(becomes)}(?![\wÀ-ỹ])", rest):
                    # the body's own name already opens with the body word the title stands for
                    # ("Trưởng ban Ban Quản lý", set r r_06f105f5 Điều 2.2): not "Ban Ban Quản lý"
                    s = rest
                elif becomes:
                    s = becomes + " " + rest
                elif rest and (start_rx().match(rest) or rest[:1].isupper() or re.match(r"(?i)các\s", rest)
                               or group_word_rx().match(rest) or any(r.match(rest) for r, _ in _titles())
                               or _lower_name_after(s, m)):
                    s = rest
                break
        if s == before:
            break
    return s.strip()


def own_body(lead: tuple[str, ...], issuer: Optional[str]) -> tuple[str, ...]:
    """A head named alone as the only lead of a document of his own body is that body: "Trách nhiệm của Bộ
    trưởng" in a Thông tư of Bộ Tư pháp → ("Bộ Tư pháp",) (``own_issuer`` of a ``titles`` entry)."""
    if len(lead) != 1 or not issuer:
        return lead
    for e in _prose()["titles"]:
        if e.get("own_issuer") and lead[0] == e.get("alone") and re.match(e["own_issuer"], issuer):
            return (issuer,)
    return lead


@lru_cache(maxsize=None)
def _bare_names() -> frozenset[str]:
    """Agency words that name a body alone ("Đề nghị Đảng ủy, HĐND, UBMTTQ, …" in a ward's letter)."""
    return frozenset(_agency_table()["bare_names"]["words"])


@lru_cache(maxsize=None)
def _form_of_address_rx() -> re.Pattern[str]:
    """A form of address, after its group word or none ("các đồng chí", "đ/c", "các ông"), before a post."""
    table = _agency_table()["forms_of_address"]
    words = "|".join(re.escape(w) for w in sorted(table["words"] + table["comrades"], key=len, reverse=True))
    return re.compile(rf"(?:(?:[Cc]ác|[Nn]hững)\s+)?(?:{words})\s+(?=[{UPPER}])")


@lru_cache(maxsize=None)
def _address_rx() -> re.Pattern[str]:
    """A form of address ("ông", "bà") opening a subject or after its group word ("các ông xóm trưởng"), before a post
    ("các ông Trưởng thôn"; not "các bà mẹ"); before a capitalised person's name it is ``agencies``' own."""
    table = _agency_table()["forms_of_address"]
    words = "|".join(re.escape(w) for w in sorted(table["words"], key=len, reverse=True))
    posts = "|".join(re.escape(w) for w in sorted(table["posts"], key=len, reverse=True))
    return re.compile(rf"(?:(?<=^)|(?<=[,;] )|(?<=[Cc]ác )|(?<=[Nn]hững ))(?:{words})\s+(?=(?i:{posts})(?![\wÀ-ỹ]))")


@lru_cache(maxsize=None)
def _bare_parties() -> frozenset[str]:
    return frozenset(w for e in _prose()["bare_parties"] for w in e["words"])


@lru_cache(maxsize=None)
def _recipient_form_rx() -> re.Pattern[str]:
    """A form of address for the letter's recipients (``recipient_forms``), the whole phrase in any case, or, as
    written, before the words in lower case that the subject ran on to when no verb stopped it ("Đồng chí dành thời
    gian nghiên cứu …"; "Đồng chí Bộ trưởng" is a post)."""
    e = _prose()["recipient_forms"]
    words = "|".join(re.escape(w) for w in sorted(e["words"], key=len, reverse=True))
    # (not before the words that go on with a name or describe a person: "Đồng chí được Bộ Chính trị phân công …")
    nots = "|".join(re.escape(w) for w in e["not_before"])
    return re.compile(rf"(?i:{words})|(?:{words})\s+(?=[{LOWER}])(?!(?:{nots})(?![\wÀ-ỹ])).*", re.S)


@lru_cache(maxsize=None)
def _qualifier_rx() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _words("lead_qualifiers"))
    return re.compile(rf",\s+(?:{words})(?![\wÀ-ỹ]).*$", re.S)


@lru_cache(maxsize=None)
def _lead_tail_rx() -> re.Pattern[str]:
    # (an entry's "patterns" are regular expressions: "tại Điều 1 Quyết định này" names any article)
    words = "|".join([re.escape(w) for w in _words("lead_tails")]
                     + [p for e in _prose()["lead_tails"] for p in e.get("patterns", ())])
    return re.compile(rf"\s+(?:{words})$")


@lru_cache(maxsize=None)
def _qualifier_openers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words that open a qualifier after a name and the field words that keep a "về …" after them in the name
    (``qualifier_openers`` of ``data/task_agencies.json``)."""
    e = _agency_table()["qualifier_openers"]
    # (longest first: "đối với" before "với", so the qualifier opens at "đối")
    words = "|".join(re.escape(w) for w in sorted(e["words"], key=len, reverse=True))
    fields = "|".join(re.escape(w) for w in sorted(e["field_words"], key=len, reverse=True))
    return (re.compile(rf"\s+(?:{words})\s+"),
            re.compile(rf"(?<![\wÀ-ỹ])(?:{fields})\s+{re.escape(e['field_opener'])}\s+$"))


def trim_qualifier(name: str) -> str:
    """A lead cut before words that qualify it ("Bộ Công an với các tiêu chuẩn … áp dụng chung toàn quốc"
    → "Bộ Công an"): "với", "về", "đối với" followed by no agency; "nêu trên", "theo quy định" at its end.

    >>> trim_qualifier("Bộ Công an với các tiêu chuẩn, quy chuẩn, hướng dẫn kỹ thuật áp dụng chung toàn quốc")
    'Bộ Công an'
    >>> trim_qualifier("các hiệp hội nghề nghiệp về du lịch")  # the field a body works in is part of its name
    'các hiệp hội nghề nghiệp về du lịch'
    """
    name = _lead_tail_rx().sub("", name.rstrip(" .;,"))
    # "… các cơ quan, đơn vị có liên quan đến các lĩnh vực kiến nghị …" → "… có liên quan"
    name = _concern_rx().sub(r"\1", name)
    # "… các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh: …", "Cấp uỷ, chính quyền
    # địa phương các cấp, nhất là thành phố Hà Nội …": what follows qualifies the lead (data: lead_qualifiers)
    name = _qualifier_rx().sub("", name)
    openers, field = _qualifier_openers()
    for m in openers.finditer(name):
        rest = name[m.end():]
        if field.search(name, 0, m.end()):
            continue  # "các hiệp hội nghề nghiệp về du lịch" (set j l_bff4aa95): the field names the body
        if not (start_rx().match(rest) or group_word_rx().match(re.sub(r"^(?:các|những)\s+", "", rest))):
            return name[:m.start()]
    return name


@lru_cache(maxsize=None)
def _adverb_tail_rx() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(_agency_table()["subject_adverbs"], key=len, reverse=True))
    return re.compile(rf"(?:\s+(?:{words}))+$")


@lru_cache(maxsize=None)
def _apposition_rx() -> re.Pattern[str]:
    return re.compile(_agency_table()["appositions"]["pattern"])


def drop_apposition(name: str) -> str:
    """"Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751" → "Bộ Tài chính" (``appositions`` in the agency table)."""
    return _apposition_rx().sub("", name)


@lru_cache(maxsize=None)
def _person_post_rx() -> re.Pattern[str]:
    posts = "|".join(re.escape(w) for w in _words("person_posts"))
    # the person's name: two to four capitalised syllables; the name ends the lead ("… Lê Thành Long đi kiểm tra")
    return re.compile(rf"^((?:các\s+)?(?:{posts}))\s+[{UPPER}][{LOWER}]*(?:\s+[{UPPER}][{LOWER}]*){{1,3}}(?:\s.*)?$")


def drop_person_name(name: str) -> str:
    """"Phó Thủ tướng Chính phủ Trần Hồng Hà" → "Phó Thủ tướng Chính phủ" (``person_posts``)."""
    m = _person_post_rx().match(name)
    return m.group(1) if m else name


@lru_cache(maxsize=None)
def _inline_group_rx() -> list[re.Pattern[str]]:
    return [re.compile(e["pattern"].replace("{U}", UPPER)) for e in _prose()["distributive_lists"]]


@lru_cache(maxsize=None)
def _names_with_and() -> tuple[str, ...]:
    names = {n for e in _prose()["distributive_groups"] for n in e.get("names_with_and", ())}
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=None)
def _short_name_rx(whole: str) -> re.Pattern[str]:
    return re.compile(r"\s*-\s*".join(r"\s+".join(map(re.escape, p.split())) for p in whole.split(" - ")))


def names_kept_whole(names: str, wholes: Iterable[str]) -> tuple[str, list[str]]:
    """``names`` with each of ``wholes`` (short names that hold "và" or a comma, longest first) found in it replaced
    by a placeholder "\\x00<i>\\x00", and the names found.

    A page that lost spaces at line joins ("Tàinguyên và Môi trường", "Thể thaovà Du lịch", "Lao động-Thương binh và
    Xã hội", set op ip_b88fd788) still names the same bodies: its glued syllables are read apart, a dash is found with
    or without spaces, and each name is given as the list of names writes it.

    >>> names_kept_whole("Tàinguyên và Môi trường, Lao động-Thương binh và Xã hội", ["Tài nguyên và Môi trường",
    ...                  "Lao động - Thương binh và Xã hội"])[1]
    ['Tài nguyên và Môi trường', 'Lao động - Thương binh và Xã hội']
    """
    kept: list[str] = []
    names = spaced_name(names)
    for whole in wholes:
        rx = _short_name_rx(whole)
        if rx.search(names):
            names = rx.sub(f"\x00{len(kept)}\x00", names)
            kept.append(whole)
    return names, kept


def short_names(names: str) -> list[str]:
    """"Quốc phòng, Văn hóa, Thể thao và Du lịch và Công an" → the short names of bodies, split at commas and
    "và" except inside the names that hold them (``names_with_and``)."""
    names, kept = names_kept_whole(names, _names_with_and())
    return [re.sub(r"\x00(\d+)\x00", lambda k: kept[int(k.group(1))], x).strip()
            for x in re.split(r",|\s+và\s+", names) if x.strip()]


def with_body_word(body: str, name: str) -> str:
    """"Bộ" + "Quốc phòng" → "Bộ Quốc phòng"; "Công an" alone is a short name too ("Bộ Công an"), while a name
    that opens with its own body word and goes on stays as written ("Tập đoàn Điện lực Việt Nam")."""
    m = start_rx().match(name)
    return name if m and m.end() < len(name) else f"{body} {name}"


def distribute_inline(phrase: str) -> str:
    """"Các Bộ Quốc phòng, Công an" → "Bộ Quốc phòng; Bộ Công an" (``distributive_lists``): a plural body word over
    two or more proper names, one name each; the list ends at the first piece that is no proper name."""
    for rx in _inline_group_rx():
        m = rx.search(phrase)
        if m is None:
            continue
        tail = phrase[m.end():]
        cut = re.search(r"[;(]|,(?!\s*[{U}])|\s+và\s+(?=các\s)".replace("{U}", UPPER), tail)
        names = short_names(tail[:cut.start()] if cut else tail)
        # (a short name that holds "và" is one name however long: "Nông nghiệp và Phát triển nông thôn")
        if len(names) < 2 or not all(x in _names_with_and()
                                     or re.fullmatch(rf"[{UPPER}\d][\wÀ-ỹ-]*(?:\s+[\wÀ-ỹ-]+){{0,5}}", x)
                                     for x in names):
            continue
        named = [with_body_word(m.group(1), x) for x in names]
        if sum(x.startswith(m.group(1) + " ") for x in named) < 2:
            continue
        return phrase[:m.start()] + "; ".join(named) + ("; " + tail[cut.start():].lstrip(" ,;") if cut else "")
    return phrase


# a generic group run on after a named body where the comma between them was left out ("… phối hợp với Sở Văn hóa,
# Thể thao và Du lịch các cơ quan, đơn vị có liên quan triển khai …", set t t_cbe5528f Điều 2): two parties. Not after
# a body word alone ("Đảng ủy các cơ quan Đảng tỉnh", "Thủ trưởng các cơ quan") nor after a list word ("… Sở và các
# cơ quan liên quan").
@lru_cache(maxsize=None)
def _group_after_name_rx() -> re.Pattern[str]:
    """The space before a generic group (``function_words`` ``groups_after_name``) right after a lower-case word."""
    words = _agency_table()["function_words"]["groups_after_name"]
    groups = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<=[{LOWER}])\s+(?=(?:{groups})(?![\wÀ-ỹ]))")


def _missing_comma(phrase: str) -> str:
    def group_after_name(m: re.Match[str]) -> str:
        # (the name itself may hold commas: "Sở Văn hóa, Thể thao và Du lịch")
        before = re.split(r";\s*", phrase[:m.start()])[-1].strip()
        before = before[next((x.start() for x in start_rx().finditer(before)), 0):] if not start_rx().match(before) \
            else before
        # a proper name, capitalised, in the last two words, after a body word that does not end there
        named = re.search(rf"[{UPPER}][{LOWER}]*(?:\s+[{LOWER}]+)?$", before)
        # (a list word before the group joins it already: "Đài Tiếng nói Việt Nam và các cơ quan thông tấn, báo chí")
        links = function_words("list_links")
        if named and start_rx().match(before) and not start_rx().fullmatch(before) and not title_match(before) \
                and not re.search(rf"(?<![\wÀ-ỹ])(?:{links}|{function_words('partner_links')})$", before):
            return "; "
        return m.group()

    return _group_after_name_rx().sub(group_after_name, phrase)


@lru_cache(maxsize=None)
def _glued_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    e = _prose()["shared_places"]
    places = "|".join(re.escape(w) for w in sorted(set(e["place_words"]) - set(e["group_words"]), key=len,
                                                    reverse=True))
    groups = "|".join(re.escape(w) for w in sorted(_agency_table()["glued_names"]["groups"], key=len, reverse=True))
    return (re.compile(rf"(?<![\wÀ-ỹ])((?:{places}))(?=[{UPPER}][{LOWER}])"),
            re.compile(rf"(?<![\wÀ-ỹ])([{UPPER}][{LOWER}]+?)(?=(?:{groups})(?![\wÀ-ỹ]))"),
            re.compile(rf",(?=[{UPPER}{LOWER}])"))


def _parted_names(phrase: str) -> str:
    """"… Ủy ban nhân dân tỉnhThái Nguyên,chính quyền địa phương …", "… thành phố Hải Phòngchính quyền địa phương
    …" (``glued_names``): a rendering that lost the space between two names loses the place the list shares and
    runs two bodies into one; the names are parted again. (Not :func:`cancu.loaders.glue.unglue`: that reads a whole
    text whose font drops the space after composed vowels; this parts two names in one lead, in any text.)"""
    level, group, comma = _glued_rx()
    phrase = level.sub(r"\1 ", phrase)
    # (the proper name and the group glued lost their comma too: the group opens another name)
    phrase = group.sub(r"\1, ", phrase)
    return comma.sub(", ", phrase)


def agencies(phrase: str) -> list[str]:
    """The agencies of a subject phrase, titles and parentheses removed, split between names."""
    phrase = _parted_names(phrase)
    phrase = re.sub(r"\s*\([^()]*\)", "", phrase)
    phrase = re.sub(r"\s*\[\d+\]", "", phrase)  # footnote marks
    phrase = _qualifier_rx().sub("", phrase)  # "…, nhất là thành phố Hà Nội và các đô thị lớn" qualifies the lead
    # "ông Trần Nhật Quang công chức Địa chính …": the person's name is no agency, the post is
    # ("đồng chí Bộ trưởng Bộ Xây dựng": a post, no person's name, follows: only the form of address goes)
    forms = subject_words("forms_before_names")
    phrase = re.sub(rf"(?:(?<=^)|(?<=[,;] ))(?:{forms})\s+((?:[{UPPER}][{LOWER}]*\s+){{2,4}})",
                    lambda m: m.group(1) if title_match(m.string[m.start(1):]) or start_rx().match(m.group(1))
                    else "", phrase)
    # "các ông xóm trưởng": a personal form of address before a post names no one; the group word stays
    phrase = _address_rx().sub("", phrase)
    out: list[str] = []
    phrase = _missing_comma(distribute_inline(phrase))
    parts = re.split(r"\s*;\s*|\s+cùng(?:\s+với)?\s+(?=các\s|[A-ZĐ])", phrase.strip(" ,;:."))
    # a title after "và" opens the next name ("… các tỉnh: Khánh Hòa, Gia Lai và lãnh đạo các Bộ, ngành"): the names
    # listed after a colon end there
    parts = [x for part in parts for x in _split_at_titles(part)]
    places: list[str] = []  # the leads a list of provinces gave, one per province
    for part in parts:
        if _recipient_form_rx().fullmatch(part.strip(" ,;:.")):
            # "đề nghị Quý Ủy ban gửi báo cáo …": the letter's own recipients (none known: no lead, as a bare party)
            # (before the titles go: "Đồng chí" alone is a form of address)
            out.extend(x for x in RECIPIENTS.get() if x not in out)
            continue
        for a in split_agencies(strip_titles(part)):
            a = trim_qualifier(a)
            a = strip_titles(re.sub(rf"^(?:{subject_words('leading_links')})\s+", "", a)).strip(" ,;:.-")
            # "Bộ Xây dựng trực tiếp (chỉ đạo)": the adverb is no part of the name, unless it ends a name that holds it
            # ("Trách nhiệm của Cơ quan quản lý trực tiếp", set n n_b217369a Điều 17: data names_with_verbs)
            if not _ends_on_compound(a):
                a = _adverb_tail_rx().sub("", a)
            a = drop_apposition(a)
            a = drop_person_name(a)
            # a bare agency word ("Cơ quan", "Đơn vị") or party ("Công ty" in a reply letter) names no one, nor does a
            # title alone whose body the next title names ("yêu cầu Giám đốc, Thủ trưởng các sở, ban ngành, …", crawl
            # c_0fdb6c25: the directors of those departments)
            # (a form of address alone, "các đồng chí", still stands for the people a section addresses)
            if a in _bare_parties() or a[:1].isupper() and any(rx.fullmatch(a) for rx, _ in _titles()):
                continue
            if a and a not in out and len(a) > 1 and not (start_rx().fullmatch(a)
                                                          and not re.match(r"(?i)(?:các|những)\s", a)
                                                          and a not in _bare_names()):
                each = distribute_places(a)
                if len(each) > 1:
                    places.extend(each)
                out.extend(x for x in each if x not in out)
    out = _without_members(_place_before(out))
    return _committees_of(out, places) if places else out


def _without_members(out: list[str]) -> list[str]:
    """"… Chủ tịch và các thành viên Ủy ban nhân dân tỉnh" beside "Ủy ban nhân dân tỉnh" (set k k_eb8ffa74 Điều 2.2):
    the members stand for the body the list already names (``members_of``)."""
    words = "|".join(re.escape(w) for w in sorted(_prose()["members_of"]["words"], key=len, reverse=True))
    keys = {agency_key(a) for a in out}
    return [a for a in out
            if not ((m := re.match(rf"(?:{words})\s+(\S.*)$", a, re.I)) and agency_key(m.group(1)) in keys)]


@lru_cache(maxsize=None)
def _place_before_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    e = _prose()["shared_places"]
    bodies = "|".join(re.escape(w) for w in sorted(e["bodies_before"], key=len, reverse=True))
    places = "|".join(re.escape(w) for w in sorted(e["place_words"], key=len, reverse=True))
    bare = re.compile(rf"^(?:{bodies})$")
    # a part of a council named before the council with its place ("Thường trực Hội đồng nhân dân, các Ban của Hội đồng
    # nhân dân, …, đại biểu Hội đồng nhân dân Thành phố"): the part ends on the body word
    part = re.compile(rf"\s(?P<body>{bodies})$")
    # the place runs on over a comma only to another place word ("… các huyện, thành phố trực thuộc tỉnh")
    placed = re.compile(rf"(?:^|\s)(?P<body>{bodies})\s+(?P<place>(?:{places})(?![\wÀ-ỹ])[^,;]*"
                        rf"(?:,\s+(?:{places})(?![\wÀ-ỹ])[^,;]*)*)")
    return bare, part, placed


def _place_before(out: list[str]) -> list[str]:
    """"Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh Hưng Yên, …" (crawl c_be451448 Điều 3.1): a local body
    named bare before another that carries a place is that place's ("Hội đồng nhân dân tỉnh Hưng Yên"; gold README
    "A place shared by a list of bodies"; ``shared_places`` ``bodies_before``, ``place_words``), and so is a part of
    the council named before the council with its place ("Thường trực Hội đồng nhân dân, …, đại biểu Hội đồng nhân dân
    Thành phố": "Thường trực Hội đồng nhân dân Thành phố", settled on the eighth stop of 2026-12-06)."""
    bare, part, placed = _place_before_rx()
    # a bare body may open an entry that goes on after a comma ("các Tổ đại biểu Hội đồng nhân dân, Đại biểu Hội đồng
    # nhân dân tỉnh"): it is an entry of its own here
    items: list[str] = []
    for a in out:
        head, sep, rest = a.partition(", ")
        if not (sep and rest):
            # and after "và" when the same body follows with its place ("các Tổ đại biểu Hội đồng nhân dân và đại biểu
            # Hội đồng nhân dân Thành phố", set g c_46273287 Điều 8.2; not "Văn phòng HĐND và UBND thành phố", dev 003)
            head, sep, rest = a.partition(" và ")
            m = part.search(head) if sep else None
            sep = sep if m and (p := placed.search(rest)) and p.group("body").casefold() == m.group("body").casefold() \
                else ""
        items.extend([head, rest] if sep and (bare.search(head) or part.search(head)) and rest else [a])
    if not any(bare.search(a) or part.search(a) for a in items[:-1]):
        return out
    res = list(items)
    place = None
    # a part takes the place of the same body named later with a place of its own, over the entries that name no body
    # ("…, các Tổ đại biểu và đại biểu Hội đồng nhân dân Thành phố"); a place that is a level or a group ("cấp xã",
    # "các xã") is that body's, not the part's
    own: dict[str, str] = {}
    for i in range(len(items) - 1, -1, -1):
        if bare.search(items[i]):
            if place:
                res[i] = f"{items[i]} {place}"
            continue
        m = part.search(items[i])
        if m:
            if own.get(m.group("body").casefold()):
                res[i] = f"{items[i]} {own[m.group('body').casefold()]}"
            continue
        m = placed.search(items[i])
        place = m.group("place").strip() if m else None
        if place and place.split()[0] not in _prose()["shared_places"]["group_words"]:
            own[m.group("body").casefold()] = place
    return list(dict.fromkeys(res))


def _split_at_titles(part: str) -> list[str]:
    cuts = [m for m in re.finditer(r"\s+và\s+", part) if _joined_title(part, m.end())]
    # a form of address opens the next addressee ("Đài truyền thanh xã, các đồng chí Trưởng thôn", set os
    # is_964cec57): the people it names are no part of the body before the comma
    cuts += [m for m in re.finditer(r",\s+", part) if m.start() and _form_of_address_rx().match(part, m.end())]
    cuts.sort(key=lambda m: m.start())
    if not cuts:
        return [part]
    bounds = [0] + [x for m in cuts for x in (m.start(), m.end())] + [len(part)]
    return [part[bounds[k]:bounds[k + 1]] for k in range(0, len(bounds), 2)]


def _committees_of(out: list[str], places: list[str]) -> list[str]:
    """"tỉnh ủy" named beside a body of several provinces ("Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk
    Lắk, Khánh Hòa, …", crawl c_0ad2af30) is the committee of each of them ("Tỉnh ủy Đắk Lắk", …): ``shared_places``
    ``committees``, each with the level of the places it takes."""
    committees = {w.casefold(): level for level, words in _prose()["shared_places"]["committees"].items()
                  for w in words}
    res: list[str] = []
    for a in out:
        level = committees.get(a.casefold())
        named = [m.group(1) for x in places
                 if (m := re.search(rf"\s{re.escape(level)}\s+([{UPPER}].*)$", x, re.I) if level else None)]
        res.extend([f"{a[:1].upper()}{a[1:]} {x}" for x in named] if named else [a])
    return list(dict.fromkeys(res))


_PLACES = re.compile(r"^(?P<pre>.*?)\s*(?<![\wÀ-ỹ])các\s+(?P<level>tỉnh|xã|phường)(?:,\s*(?:thành phố|phường|xã))?"
                     r"(?:\s+trực thuộc (?:t|T)rung ương)?\s*(?P<colon>:?)\s*(?P<names>[^:;]+)$", re.I)


@lru_cache(maxsize=None)
def _place_bodies() -> str:
    return "|".join(re.escape(w) for w in sorted({b for e in _prose()["place_lists"] for b in e["bodies"]},
                                                 key=len, reverse=True))


@lru_cache(maxsize=None)
def _place_list_rx() -> list[re.Pattern[str]]:
    return [re.compile(rf"^(?P<body>(?:{_place_bodies()})\s+)(?P<list>(?:{_place_levels()})\s+\S.*)$")]


@lru_cache(maxsize=None)
def _place_levels() -> str:
    """The level words of a province named in a place list ("tỉnh", "thành phố": ``place_lists``)."""
    return "|".join(re.escape(w) for e in _prose()["place_lists"] for w in e["levels"])


def _place_list(lead: str) -> Optional[list[str]]:
    """"Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh và tỉnh Quảng Ninh" → one body per province
    (``place_lists``), or None when the places are not all provinces named with their level word."""
    from cancu.loaders.context import province_names

    for rx in _place_list_rx():
        m = rx.match(lead)
        if m is None:
            continue
        places = [x.strip(" .") for x in re.split(r",|\s+và\s+", m.group("list")) if x.strip(" .")]
        known = set(province_names())
        level = re.compile(rf"^(?:{_place_levels()})\s+")
        if len(places) >= 2 and all(level.match(x) and level.sub("", x) in known for x in places):
            return [m.group("body") + x for x in places]
    return None


def _levels_of(lead: str) -> Optional[list[str]]:
    """"Uỷ ban nhân dân cấp tỉnh, cấp xã" → one body per level (``shared_places`` ``levels``; set k k_30d359d4), or
    None. Only a local body (``place_lists`` ``bodies``) shares its name: "Các sở, ban, ngành cấp tỉnh, …" may be one
    group."""
    level = "|".join(re.escape(w) for w in _prose()["shared_places"]["levels"])
    m = re.fullmatch(rf"(?P<body>{_place_bodies()})\s+(?P<levels>(?:{level})(?:\s*(?:,|,?\s+và)\s+(?:{level}))+)", lead)
    if m is None:
        return None
    return [f"{m.group('body')} {x}" for x in re.split(r"\s*(?:,|,?\s+và)\s+", m.group("levels"))]


def distribute_places(lead: str) -> list[str]:
    """One lead per province a lead lists ("Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Đồng Nai, Hồ Chí Minh"
    → "Ủy ban nhân dân tỉnh Tuyên Quang", …, "Ủy ban nhân dân thành phố Hồ Chí Minh"); the lead itself when what
    follows the colon is not all province names.

    >>> distribute_places("UBND các tỉnh, thành phố: Khánh Hòa, Huế")
    ['UBND tỉnh Khánh Hòa', 'UBND thành phố Huế']
    """
    from cancu.loaders.context import city_provinces, province_names

    for first, second in _prose()["shared_places"]["pairs"]:
        # "Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Hưng Yên": both are the province's (``shared_places``)
        m = re.fullmatch(rf"({re.escape(first)})\s+và\s+({re.escape(second)})\s+((?:tỉnh|thành phố|Thành phố)\s+\S.*)",
                         lead)
        if m:
            return [f"{m.group(1)} {m.group(3)}", f"{m.group(2)} {m.group(3)}"]
    levels = _levels_of(lead)
    if levels:
        return levels
    listed = _place_list(lead)
    if listed:
        return listed
    m = _PLACES.match(lead)
    if m is None:
        return [lead]
    if not m.group("colon") and m.group("pre") and not re.fullmatch(_place_bodies(), m.group("pre")):
        # without a colon the names follow the level word ("Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng", crawl c_c78c9c95);
        # a body before it ("Bộ Quốc phòng các tỉnh …", a comma left out) is not distributed
        return [lead]
    names = [x.strip(" .") for x in re.split(r",|\s+và\s+", m.group("names")) if x.strip(" .")]
    level = m.group("level").casefold()
    if level != "tỉnh":
        # "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông" (a province's plan, crawl c_6cc2926f): commune
        # names are not in a table, each must read as a proper name
        if not names or not all(re.fullmatch(rf"[{UPPER}][\wÀ-ỹ]*(?:\s+[{UPPER}\d][\wÀ-ỹ]*){{0,3}}", x) for x in names):
            return [lead]
        return [" ".join(w for w in (m.group("pre"), f"{level} {x}") if w) for x in names]
    known = set(province_names())
    if not names or any(x not in known for x in names):
        return [lead]
    cities = city_provinces()
    return [" ".join(w for w in (m.group("pre"), ("thành phố " if x in cities else "tỉnh ") + x) if w) for x in names]


@dataclass(frozen=True)
class Subject:
    leads: tuple[str, ...]
    start: int  # where the lead's name starts in the text
    end: int  # where it ends (its verb, a stop word or ":")
    request: bool  # named by a request word (Giao / Đề nghị / Yêu cầu)
    heading: bool  # the phrase ends with ":", the paragraph or a duty set in: an agency heading
    clause: int = 0  # where the clause holding the subject starts ("Trên cơ sở …, Sở X …" → at "Sở")
    inline: int = -1  # a heading run into its duty ("1.1. Giao Sở Xây dựng Theo dõi, đôn đốc …"): the duty's start


@lru_cache(maxsize=None)
def anchor_rx() -> re.Pattern[str]:
    """The ``anchor_verbs`` of ``data/task_prose.json``: role verbs a subject may run up to past a verb in a name."""
    words = "|".join(re.escape(w) for w in _words("anchor_verbs"))
    return re.compile(rf"(?<![\wÀ-ỹ])(?:{words})(?![\wÀ-ỹ])")


@lru_cache(maxsize=None)
def _name_verb_rx() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _words("name_verbs"))
    return re.compile(rf"(?:{words})(?![\wÀ-ỹ])")


@lru_cache(maxsize=None)
def _defined_parties_rx() -> re.Pattern[str]:
    return re.compile(_prose()["defined_parties"]["pattern"])


@lru_cache(maxsize=None)
def _name_tail_rx() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _words("name_tails"))
    return re.compile(rf"(?:{words})(?![\wÀ-ỹ])")


@lru_cache(maxsize=None)
def _opener_rx() -> re.Pattern[str]:
    """A duty verb written with a capital right after a name: the heading ran into its duty."""
    words = "|".join(re.escape(w) for w in _prose()["duty_openers"])
    return re.compile(rf"(?<=[{LOWER}] )(?:{words})(?![\wÀ-ỹ])")


# a subject ends at a sentence mark or ":"; ";" only where no further agency follows
# ("Giao người đứng đầu các cơ quan …; Chủ tịch Ủy ban nhân dân các xã …" is one list)
_PUNCT = re.compile(rf"[.:](?:\s|$)|;(?!\s*(?:[{UPPER}]|các\s))|\s[-–]\s(?=[{LOWER}])")
# a subject stating, agreeing or praising assigns nothing: "Bộ Chính trị, Ban Bí thư cơ bản nhất trí với Tờ trình …"
# (a party conclusion, crawl c_d62e6096)
# ("có sự": "Các sở, ban, ngành, huyện, thị xã có sự phối kết hợp với Sở Khoa học và Công nghệ trong công tác quản
# lý …", an assessment in the opening of Chỉ thị 09/2009/CT-UBND Bình Dương, office o034, describes, it assigns nothing)
# (``subject_words`` ``statement_words``)
@lru_cache(maxsize=None)
def _statement_rx() -> re.Pattern[str]:
    return re.compile(rf"(?<![\wÀ-ỹ])(?:{subject_words('statement_words')})(?![\wÀ-ỹ])")


@lru_cache(maxsize=None)
def _named_places_rx() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    return [(re.compile(e["before"]), re.compile(e["after"].format(U=UPPER, L=LOWER)))
            for e in _prose()["named_places"]]


# the words after which "tổ chức …" opens a name ("các tổ chức tín dụng", "…, tổ chức nghiên cứu", "của tổ chức …")
@lru_cache(maxsize=None)
def _org_before_rx() -> re.Pattern[str]:
    """Where "tổ chức" opens a name (``subject_words`` ``org_openers``)."""
    return re.compile(rf"(?:^|[,;:(]|(?<![\wÀ-ỹ])(?:{subject_words('org_openers')}))\s*$", re.I)


@lru_cache(maxsize=None)
def _dotted_rx() -> re.Pattern[str]:
    """An abbreviation's full stop before the capital of the name it runs on into (``dotted_abbreviations`` of
    ``data/task_agencies.json``: "Thuế TP. Hà Nội")."""
    words = "|".join(re.escape(w) for w in _agency_table()["dotted_abbreviations"]["words"])
    return re.compile(rf"(?<![\wÀ-ỹ])(?:{words})\s(?=[{UPPER}])")


def _protected(text: str, pos: int, limit: int) -> list[tuple[int, int]]:
    # ("Ủy ban nhân dân các xã, phường tổ chức nghiên cứu, cụ thể hóa các mục tiêu …", set i l_528e3ece: right after
    # a name "tổ chức" is the verb, "tổ chức nghiên cứu" no research body)
    out = [(m.start(), m.end()) for m in _compound_rx().finditer(text, pos, limit)
           if not (m.group().startswith("tổ chức") and m.start() > pos
                   and not _org_before_rx().search(text, max(pos, m.start() - 20), m.start()))]
    out += [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text[:limit])]
    # "Thuế TP. Hà Nội": the stop of an abbreviation inside a name ends no sentence (``dotted_abbreviations``)
    out += [(m.start(), m.end()) for m in _dotted_rx().finditer(text, pos, limit)]
    # "… các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai": the colon and the names are part of the name
    for c in (m.start() for m in re.finditer(":", text[:limit]) if m.start() > pos):
        for before, after in _named_places_rx():
            m = after.match(text, c + 1) if before.search(text[max(pos, c - 80):c]) else None
            if m:
                out.append((c, m.end()))
                break
    return out


#: how far from its start a subject may end (characters)
_SUBJECT_MAX = 320
#: the same for the addressees of a request, which may list a dozen bodies ("Đề nghị Văn phòng Tỉnh ủy và các Ban
#: Xây dựng Đảng …, Kho bạc nhà nước khu vực XI, Ngân hàng nhà nước khu vực 8, Chi cục Hải quan khu vực XI tăng
#: cường …", crawl c_1c621d5d III.6: twelve bodies, 345 characters)
_REQUEST_MAX = 480

# "được Bộ Chính trị " right before a verb: a passive clause describing the addressee
_PASSIVE_AGENT = re.compile(rf"(?<![\wÀ-ỹ])được\s+[{UPPER}][\wÀ-ỹ]*(?:\s+[\wÀ-ỹ]+){{0,4}}\s+$")


def _joined_title(text: str, i: int) -> bool:
    """A title that is also a verb, joined to the names before it ("Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh:
    Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo các Bộ, ngành theo chức năng, …", set l m_34617ead): after "và" or a comma
    and before the bodies it heads, "lãnh đạo" names more subjects, it does not lead them."""
    return bool(re.search(r"(?:,|\svà)\s$", text[max(0, i - 4):i])) and title_match(text[i:]) is not None \
        and bool(verb_rx().match(text, i))


# "(liên quan) đến việc" and the verbs after it are a noun phrase that qualifies a name: "… chính quyền địa phương các
# đơn vị hành chính liên quan đến việc thực hiện sắp xếp và các cơ quan, tổ chức khác có liên quan có trách nhiệm …"
# (crawl c_be451448 Điều 3.1); lower-case words only. (Not any "việc": in "Hội đồng xét tặng cam kết chịu hoàn toàn
# trách nhiệm về việc đề xuất …", crawl c_54c16d52, the subject's own verb is not in the table and "đề xuất" ends it.)
@lru_cache(maxsize=None)
def _nominal_rx() -> re.Pattern[str]:
    """(``subject_words`` ``toward_links``)"""
    return re.compile(rf"(?<![\wÀ-ỹ])(?:{subject_words('toward_links')})\s+việc(?:\s+(?!và\s)[{LOWER}]+){{0,5}}\s+$")


def _lead_unit_anchor(text: str, pos: int, verb: int) -> Optional[int]:
    """"… đơn vị chủ trì quản lý tài sản có trách nhiệm …" (set n n_f842e567 Điều 8.3): a unit named by the work it
    leads, "chủ trì" part of its name; where the duty's anchor after it starts, or None (``lead_unit_names``)."""
    e = _prose()["lead_unit_names"]
    nouns = "|".join(re.escape(w) for w in e["nouns"])
    anchors = "|".join(re.escape(w) for w in e["anchors"])
    v = next((w for w in e["verbs"] if text.startswith(w + " ", verb)), None)
    if v is None or verb_rx().match(text, verb + len(v) + 1) \
            or re.search(rf"(?<![\wÀ-ỹ])(?:{nouns})\s+$", text[pos:verb], re.I) is None:
        return None
    m = re.compile(rf"\s(?:{anchors})(?![\wÀ-ỹ])").search(text, verb + len(v))
    return m.start() + 1 if m else None


def _group_after_and(text: str, i: int) -> bool:
    """A group noun that is also a verb ("tổ chức") inside a list of bodies names one more body: right after "và"
    and before no verb ("Các tổ chức chính trị - xã hội và tổ chức, đoàn thể có liên quan", set k k_5ccc5553 D.5: a
    name never ends on "và"; "… và tổ chức thực hiện" keeps its verb), or between commas ("yêu cầu các cấp ủy, cơ
    quan, đơn vị, tổ chức, nhất là người đứng đầu …", set k k_95ac75c3)."""
    after_and = text[max(0, i - 3):i] == "và "
    if not (after_and or text[max(0, i - 2):i] == ", "):
        return False
    m = re.match(rf"(?:{'|'.join(re.escape(w) for w in _agency_table()['group_nouns'] if w[:1].islower())})"
                 r"(?![\wÀ-ỹ])", text[i:])
    if not (m and verb_rx().match(text, i)):
        return False
    rest = text[i + m.end():]
    if after_and:
        return not verb_rx().match(re.sub(r"^[,\s]+", "", rest))
    return bool(re.match(r",\s|\s+và\s", rest))


@lru_cache(maxsize=None)
def _place_after_rx() -> re.Pattern[str]:
    """A place right after a name-ending phrase: a level word of ``shared_places`` ``place_words`` and the capitalised
    name that follows ("thành phố Hà Nội", "tỉnh")."""
    e = _prose()["shared_places"]
    words = sorted((w for w in e["place_words"] if w not in e["group_words"]), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf" (?:{alt})(?: [{UPPER}][\wÀ-ỹ]*){{0,4}} ")


def _end_of_subject(text: str, pos: int, name_from: int, request: bool = False) -> Optional[tuple[int, str]]:
    """Where a subject starting at ``pos`` ends and what ends it: "verb", "punct", "end" or "opener".

    ``name_from``: where verbs may start (after the agency word that opens the name: the
    "tổ chức" of "Các tổ chức, hộ gia đình" is no verb).
    """
    # a list of bodies runs long: "Sở Tài chính, Sở Xây dựng, …, Ban Quản lý các Khu công nghiệp tỉnh, UBND cấp xã và
    # các Sở, ban, ngành quản lý quy hoạch theo chức năng …" (crawl c_3ace1335) names seven before its verb
    limit = min(len(text), pos + (_REQUEST_MAX if request else _SUBJECT_MAX))
    protected = _protected(text, pos, limit)

    def inside(i: int) -> bool:
        return any(a <= i < b for a, b in protected)

    def first(rx, start: Optional[int] = None) -> Optional[int]:
        # after "là" a verb-looking word is a noun: "Các chủ rừng là tổ chức"
        return next((m.start() for m in rx.finditer(text, name_from if start is None else start, limit)
                     if m.start() > pos and not inside(m.start()) and text[max(0, m.start() - 3):m.start()] != "là "
                     and not _joined_title(text, m.start()) and not _nominal_rx().search(text, pos, m.start())
                     and not _group_after_and(text, m.start())),
                    None)

    # ("giao đồng chí được Bộ Chính trị phân công triệu tập …": after a request, "được" describes the addressee)
    stops = (verb_rx(), stop_rx()) if request else (verb_rx(), stop_rx(), _statement_rx())
    verb = min([x for x in (first(rx) for rx in stops) if x is not None], default=None)
    if verb is not None and request and _PASSIVE_AGENT.search(text, pos, verb):
        # "giao đồng chí được Bộ Chính trị phân công triệu tập, đồng chủ trì …" (crawl c_1dbf5af7): the verb after
        # "được <body>" says how the addressee was chosen; the name runs on to the next stop
        vm = verb_rx().match(text, verb)
        after = vm.end() if vm else verb + 1
        verb = min([x for x in (first(rx, after) for rx in stops) if x is not None], default=None)
    anchor = first(anchor_rx())
    unit = _lead_unit_anchor(text, pos, verb) if verb is not None else None
    if unit is not None:
        anchor = unit  # "đơn vị chủ trì quản lý tài sản có trách nhiệm": the anchor after the name's "chủ trì"
    if verb is not None and anchor is not None and anchor > verb and (_name_verb_rx().match(text, verb)
                                                                       or unit is not None):
        # "Công ty … quản lý khai thác công trình thủy lợi tỉnh phối hợp với …": a verb inside a name;
        # the name runs to the role verb when what lies between is a short lower-case noun phrase
        between = text[verb:anchor]
        if len(between.split()) <= 8 and not re.search(
                rf"[,;.:]|[{UPPER}]|(?<![\wÀ-ỹ])(?:{subject_words('clause_words')})(?![\wÀ-ỹ])", between):
            verb = anchor
    if verb is not None and anchor is not None and anchor > verb \
            and _defined_parties_rx().fullmatch(text, verb, anchor):
        # "Doanh nghiệp thực hiện dự án sản xuất thiết bị điện tử quy định tại Thông tư này có trách nhiệm:" (set a
        # a_799df330 Điều 4.2): a class of parties the document defines, named by what they do, runs to the anchor
        # after the pointer to the document (``defined_parties``; the pointer is a ``lead_tails`` entry)
        verb = anchor
    while verb is not None:
        vm = _name_tail_rx().match(text, verb)
        if vm and not text[vm.end():].strip():
            verb = None  # a heading that ends on a verb-looking word: "Cục Kinh tế - Quản lý đầu tư xây dựng"
            break
        nv = anchor_rx().match(text, vm.end() + 1) if vm and text[vm.end():vm.end() + 1] == " " else None
        if nv is None and vm and len(vm.group().split()) >= 3:
            # "các cơ quan, đơn vị đóng trên địa bàn thành phố Hà Nội phối hợp, …" (set q q_18bea611 Điều 12.2): the
            # place the phrase names is the name's too, the role verb after it the subject's
            pm = _place_after_rx().match(text, vm.end())
            nv = anchor_rx().match(text, pm.end()) if pm else None
        if nv is None and vm and len(vm.group().split()) >= 3:
            # "…, cơ quan ngành dọc đóng trên địa bàn, Ủy ban nhân dân xã, phường …" (crawl c_d800219a IV.1): a
            # name-ending phrase before a comma and the next body ends that body's name, the list goes on (a lone
            # verb there, "UBND xã xây dựng, Sở Tài chính thẩm định", is the first clause's)
            more = re.match(r",\s+", text[vm.end():])
            if more and (start_rx().match(text, vm.end() + more.end())
                         or re.match(r"các\s", text[vm.end() + more.end():])):
                verb = min([x for x in (first(rx, vm.end()) for rx in stops) if x is not None], default=None)
                continue
        if nv is None:
            break
        # "Cục Kết cấu hạ tầng xây dựng tham mưu …" (crawl c_538a7e1d): a name-ending word right before a verb is the
        # name's last word, the verb after it is the subject's
        verb = nv.start()
    punct = next((m.start() for m in _PUNCT.finditer(text, pos, limit) if not inside(m.start())), None)
    opener = first(_opener_rx())
    cands = [(x, k) for x, k in ((verb, "verb"), (punct, "punct"), (opener, "opener")) if x is not None]
    if not cands:
        # the phrase runs to the end: a heading "2. Giao Sở Nội vụ"
        return (len(text.rstrip(" .")), "end") if len(text) <= limit else None
    return min(cands)


def subject(text: str) -> Optional[Subject]:
    """The lead of a prose sentence, or None when it names none at its start.

    >>> subject("Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát").leads
    ('Sở Tư pháp',)
    >>> subject("Trên cơ sở kết quả khảo sát, Sở Xây dựng chủ trì xây dựng phương án").leads
    ('Sở Xây dựng',)
    """
    # a role after a dash in lower case ("Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban …") is read as the capitalised
    # one the apposition names; one letter changes case, so every offset holds
    s = _subject(_lower_role_rx().sub(lambda m: m.group().upper(), text))
    if s is None or not any(_status_rx().match(lead) for lead in s.leads):
        return s
    # what a body is ("Sở Công Thương tỉnh Lào Cai là cơ quan tiếp nhận hồ sơ …") assigns no work, unless the sentence
    # goes on to its duties ("Sở Khoa học và Công nghệ là cơ quan quản lý, vận hành Hệ thống …, có trách nhiệm:"):
    # then the body is the lead, without its status (status_nouns)
    if not _status_duty_rx().search(re.split(r"[.;](?:\s|$)", text[s.start:], maxsplit=1)[0]):
        return None
    return replace(s, leads=tuple(_status_rx().sub(r"\g<body>", lead) for lead in s.leads))


@lru_cache(maxsize=None)
def _status_rx() -> re.Pattern[str]:
    """A named body (no group word before it) and 'là' + a ``status_nouns`` noun: the lead a status sentence gives."""
    nouns = "|".join(re.escape(w) for w in _prose()["status_nouns"]["words"])
    return re.compile(rf"(?!(?:các|những|mọi)\s)(?P<body>\S.*?)\slà\s+(?:{nouns})(?![\wÀ-ỹ]).*", re.I | re.S)


@lru_cache(maxsize=None)
def _status_duty_rx() -> re.Pattern[str]:
    duties = "|".join(re.escape(w) for w in _prose()["status_nouns"]["duties"])
    return re.compile(rf"(?<![\wÀ-ỹ])(?:{duties})(?![\wÀ-ỹ])", re.I)


@lru_cache(maxsize=None)
def _lower_role_rx() -> re.Pattern[str]:
    return re.compile(_agency_table()["appositions"]["lower_case"])


@lru_cache(maxsize=None)
def _post_subject_rx() -> re.Pattern[str]:
    e = _prose()["post_subjects"]
    posts = "|".join(rf"[{w[0]}{w[0].upper()}]{re.escape(w[1:])}" for w in sorted(e["posts"], key=len, reverse=True))
    each = "|".join(re.escape(w) for w in e["each"])
    anchors = "|".join(re.escape(w) for w in e["anchors"])
    return re.compile(rf"(?:(?:{each})\s+)?(?P<name>(?:{posts})(?![\wÀ-ỹ])[^.;:()\n]{{0,240}}?)\s+(?:{anchors})"
                      rf"(?![\wÀ-ỹ])")


def post_subject(text: str) -> Optional[Subject]:
    """People named by their post and what they do, up to the duty's anchor (``post_subjects``).

    >>> post_subject("Mỗi cán bộ, đảng viên phải gương mẫu chấp hành").leads
    ('cán bộ, đảng viên',)
    """
    m = _post_subject_rx().match(text)
    if m is None:
        return None
    e = _prose()["post_subjects"]
    # "… được phân công cập nhật …": how they were chosen, no part of the name
    name = re.split(rf"\s+{re.escape(e['chosen_by'])}\s", m.group("name"), maxsplit=1)[0]
    passive = "|".join(re.escape(w) for w in e["passive"])
    if _statement_rx().search(name) or re.match(rf"\s*(?:{passive})(?![\wÀ-ỹ])", text[m.end():]):
        return None  # a statement about them ("… đã hoàn thành …", "… phải được khen thưởng")
    posts = e["posts"]
    leads: list[str] = []
    for piece in re.split(r",\s+", name):
        if leads and leads[-1].casefold() in posts:
            leads[-1] += ", " + piece  # bare posts in a row share what follows: "cán bộ, đảng viên"
        elif leads and not any(piece.casefold().startswith(w + " ") or piece.casefold() == w for w in posts):
            leads[-1] += ", " + piece  # a comma inside the description
        else:
            leads.append(piece)
    return Subject(tuple(x.strip() for x in leads), m.start("name"), m.end("name"), False, False, 0)


@lru_cache(maxsize=None)
def _addressee_place_rx() -> re.Pattern[str]:
    return re.compile(_prose()["addressee_place_subjects"]["pattern"])


def addressee_place(text: str, addressee: str) -> Optional[Subject]:
    """The level word alone as the subject ("…: Tỉnh căn cứ …") of a notice sent for action to ``addressee``, a body of
    that province or city: the place, as the addressee names it (``addressee_place_subjects``).

    >>> addressee_place("Tỉnh tổng hợp nhu cầu, báo cáo Bộ Tài chính", "Ủy ban nhân dân tỉnh Điện Biên").leads
    ('tỉnh Điện Biên',)
    """
    m = _addressee_place_rx().match(text)
    if m is None:
        return None
    place = re.search(rf"(?<![\wÀ-ỹ]){m.group('word').casefold()}\s+[{UPPER}].*$", addressee)
    if place is None:
        return None
    return Subject((place.group(0),), m.start("word"), m.end("word"), False, False, 0)


def post_named_short(own: tuple[str, ...], leads: tuple[str, ...]) -> bool:
    """Whether the people a sentence names (``post_subjects``) are those of the heading's lead named short: "Người quản
    trị vận hành Cổng TTĐT phải có trách nhiệm …" under "Trách nhiệm của người quản trị vận hành Cổng thông tin điện
    tử" (set s s_4be61489 Điều 18.1), "Cán bộ, công chức, viên chức có trách nhiệm …" under "Điều 28. Cán bộ, công
    chức, viên chức tiếp nhận và giải quyết TTHC …" (set p p_0a4eb439 Điều 28.1.g): the same first three words.

    >>> post_named_short(("Cán bộ giải quyết hồ sơ TTHC điện tử",), ("Cán bộ, công chức, viên chức tiếp nhận",))
    False
    """
    def words(name: str) -> list[str]:
        return re.findall(r"[\wÀ-ỹ]+", name.casefold())[:3]

    posts = _prose()["post_subjects"]["posts"]
    return len(own) == 1 and any(own[0].casefold().startswith(w + " ") or own[0].casefold().startswith(w + ",")
                                 for w in posts) \
        and any(len(words(x)) == 3 and words(x) == words(own[0]) for x in leads) \
        and not any(x.casefold() == own[0].casefold() for x in leads)  # (named in full: as the sentence writes it)


def _subject(text: str) -> Optional[Subject]:
    starts = _clause_starts(text)
    for pos in starts:
        if pos and _in_partner_list(text, pos):
            continue  # "…, chủ trì tổng hợp, … và phối hợp với các sở, ban, ngành, Ủy ban nhân dân xã, phường bố trí …"
        # (only after a basis adverbial: a topic "Về đề nghị nghiên cứu, sửa đổi, bổ sung …: giao Bộ Tài chính …" holds
        # verbs in its own clauses before the request)
        # (or a time: "Định kỳ hoặc đột xuất tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Tài chính về …", set i
        # l_a2fbe230 6.b: the duty has no subject, the bodies after "báo cáo" are whom it reports to)
        vm = verb_rx().match(text, pos) if pos and pos == starts[1] and re.match(
            rf"(?:{subject_words('basis_openers')})\s", text) else None
        if vm and not request_rx().match(text, pos) and not re.match(r"\s+của\s", text[vm.end():]):
            # ("Căn cứ nội dung Kế hoạch này, hướng dẫn của Phòng …, các cơ quan …": a verb before "của" is a noun)
            # "Căn cứ chức năng nhiệm vụ, chỉ đạo các cơ sở giáo dục phổ thông, các cơ sở …": once a clause opens
            # with a verb the sentence has no subject of its own; what follows are its objects
            break
        s = _subject_at(text, pos)
        if s is not None and pos and any(pos < x < s.end for x in starts) and _in_owner_list(text, pos):
            # "Trên cơ sở đề xuất của các bộ, …, Ủy ban nhân dân các tỉnh, …, Bộ Tài chính tổng hợp": those who propose
            # are no subject, the last name before the verb is
            continue
        if s is not None and pos and not _prefix_rx().match(text) and s.heading:
            continue  # after a label ("Nhóm 3: Thư ký …, Bí thư Thành ủy; …") only a subject with its verb counts
        if s is not None and not pos and s.heading and not s.request and len(starts) > 1 \
                and text[s.end:starts[1]].strip() == ":":
            # "Thanh tra khoa học và công nghệ: Ủy ban nhân dân các huyện, thị xã làm đầu mối …" (office o034): a name
            # before the colon, and after it a sentence with its own subject and verb: the name is the topic's
            after = _subject_at(text, starts[1])
            named = text[:s.end].casefold()
            if after is not None and not after.heading and not any(
                    re.sub(r"^các\s+", "", x.strip().casefold()) in named
                    for a in after.leads for x in a.split(",")):
                # (unless the sentence names the heading's bodies again: "Các cấp ủy, tổ chức đảng, người đứng đầu cơ
                # quan, đơn vị, địa phương: Cấp ủy, người đứng đầu chịu trách nhiệm …", office o045, is their heading)
                return after
        if s is not None:
            return s
    if _request_opening_rx().match(text):
        for m in re.finditer(r"[,:;]\s+", text[:400]):
            s = _subject_at(text, m.end())
            if s is not None and s.request:
                return s
    return None


def reported_request(text: str) -> Optional[Subject]:
    """After a clause that names no one, a clause that names its issuer before the request word: "Báo … số ra ngày 14
    tháng 4 năm 2011 đăng bài "…", Thủ tướng Chính phủ giao Bộ Tài chính chủ trì, …" (set op ip_6cea6156, a VPCP
    letter: the occasion, then the assignment it reports); the addressees lead. None when the request word opens the
    clause itself (no issuer named) or no such clause follows.

    >>> reported_request('Báo … đăng bài "Thu từ dầu thô", Thủ tướng Chính phủ giao Bộ Tài chính kiểm tra.').leads
    ('Bộ Tài chính',)
    """
    for m in re.finditer(r"[,:;]\s+", text[:400]):
        s = _subject_at(text, m.end())
        if s is not None and s.request and not request_rx().match(text, m.end()):
            return s
    if prelude(text):
        # an opening clause of purpose, basis or sequence run into the issuer with no mark ("Sau khi xem xét Chủ tịch
        # Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường chủ trì, …", set i l_7fe6a709): the issuer named
        # before its request opens the sentence's own clause (``request_preludes``; one closed by a full stop is
        # read as an occasion, prose._later_request)
        end = re.search(r"[.;:]\s", text[:400])
        for m in re.finditer(rf"\s+(?=[{UPPER}])", text[:end.start() if end else 400]):
            s = _subject_at(text, m.end())
            if s is not None and s.request and not request_rx().match(text, m.end()):
                return s
    return None


def prelude(text: str) -> bool:
    """Whether ``text`` opens with a clause of purpose, basis or sequence that may precede a letter's issuer and its
    request (``request_preludes``).

    >>> prelude("Sau khi xem xét Chủ tịch Ủy ban nhân dân tỉnh giao …"), prelude("Trường hợp Cục Thi hành án …")
    (True, False)
    """
    return bool(_prelude_rx().match(text))


@lru_cache(maxsize=None)
def _prelude_rx() -> re.Pattern[str]:
    """The openings of a clause of purpose, basis or sequence before a letter's issuer and its request
    (``request_preludes``); not of a condition ("Trường hợp Cục Thi hành án … đề nghị Chi cục Thuế … thì …", set q
    q_c57c5bbc: someone else's request)."""
    words = "|".join(re.escape(w) for w in sorted(_prose()["request_preludes"]["words"], key=len, reverse=True))
    return re.compile(rf"^\W*(?:{words})(?![\wÀ-ỹ])")


def _in_owner_list(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside the list of whose proposal an opening clause names ("Trên cơ sở đề xuất của các bộ,
    cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, Bộ Tài chính
    tổng hợp, trình …", set k k_852890fb III.5): the bodies after "của" up to the subject's own, which is the last name
    before the verb."""
    if not _prefix_rx().match(text):
        return False
    words = "|".join(re.escape(w) for w in sorted(_prose()["proposal_owners"]["words"], key=len, reverse=True))
    of = next(reversed([m for m in re.finditer(rf"(?<![\wÀ-ỹ])(?:{words})(?:\s+[^\s,;.:]+){{0,4}}?\s+của\s",
                                               text[:pos])]), None)
    return of is not None and not re.search(r"[.;:]", text[of.end():pos]) and not verb_rx().search(text, of.end(), pos)


def _in_partner_list(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside the list of partners of a "phối hợp với …" before it: "Trên cơ sở đề xuất kinh phí
    của các sở, ban, ngành, địa phương, chủ trì tổng hợp, … và phối hợp với các sở, ban, ngành, Ủy ban nhân dân xã,
    phường bố trí kinh phí …" (crawl c_5eb00173 IV.2.a): "ban, ngành, Ủy ban nhân dân …" after a comma there is a
    partner, not a new clause's subject."""
    last = next(reversed([m for m in _coord_rx().finditer(text, 0, pos)]), None)
    return last is not None and not re.search(r"[.;:]", text[last.end():pos]) \
        and not verb_rx().search(text, last.end(), pos)


@lru_cache(maxsize=None)
def _cited_issuers_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    e = _prose()["cited_issuers"]
    return re.compile(e["before"]), re.compile(e["title"])


@lru_cache(maxsize=None)
def _request_opening_rx() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _words("request_openings"))
    return re.compile(rf"^(?:{words})(?![\wÀ-ỹ])")


#: how far an opening clause may run before the subject after it: a condition that cites the rule it applies runs
#: long ("Khi giá tài nguyên phổ biến trên thị trường biến động …, theo các trường hợp quy định tại Điều 6 Thông tư số
#: 44/2017/TT-BTC được sửa đổi, bổ sung bởi Điều 1 Thông tư số 41/2024/TT-BTC, trên cơ sở đề xuất của …, Sở Tài chính
#: chủ trì …", set g g_45e8ca03 Điều 4.4: the subject at 468 characters)
_OPENING_MAX = 560


def _clause_starts(text: str) -> list[int]:
    """0, and after an opening clause ("Về …, ", "Đối với …: ", "Để …; ") the clause starts; after a short label
    ("Báo cáo tháng: Sở Tài chính tổng hợp …", crawl c_de87c62e) the words after its colon."""
    starts = [0]
    post = _concurrent_rx().match(text)
    if post and title_match(text[post.end():]):
        # "Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Uỷ ban MTTQ Việt Nam xã lãnh đạo …": the person's party post
        # comes first, the post that names the body after the comma (``concurrent_posts``)
        starts.append(post.end())
    case = _case_clause_rx().match(text)
    if case:
        # "Đối với hệ thống thoát nước đang giao … thì Sở Xây dựng tiếp tục quản lý …" (set y y_287aa266 Điều 27):
        # the doer after the case's "thì" (``case_clauses``)
        starts.append(case.end())
    if _prefix_rx().match(text):
        for m in re.finditer(r"[,:;]\s+", text[:_OPENING_MAX]):
            # a comma inside brackets opens no clause: "Định kỳ báo cáo Thủ tướng Chính phủ … (qua Bộ Nội vụ, Văn phòng
            # Chính phủ) vào thứ Sáu hàng tuần …" (set k k_6113947c II.4.d) says through whom the report goes
            if text.count("(", 0, m.start()) <= text.count(")", 0, m.start()):
                starts.append(m.end())
        for m in re.finditer(rf"\)\s+(?=[{UPPER}])", text[:_OPENING_MAX]):
            # a bracket that closes the topic before a capital, its comma left out: "Về dữ liệu: Toàn bộ dữ liệu … của
            # 03 tỉnh (Ninh Bình, Hà Nam, Nam Định) Sở Khoa học và Công nghệ có trách nhiệm …" (the transition article
            # of three Ninh Bình Quy chế: set b c_a29c12f1 Điều 25.1, p p_0a4eb439 Điều 5.1, t t_11524791 Điều 13.1);
            # a clause starts only where a subject with its verb is found there
            if text.count("(", 0, m.end()) <= text.count(")", 0, m.end()):
                starts.append(m.end())
    else:
        m = _label_rx().match(text)
        if m:
            starts.append(m.end())
            if _prefix_rx().match(text[m.end():]):
                # "Thực hiện chi trả cho người hưởng trợ cấp xã hội, …: Sau khi thực hiện mở tài khoản, Ủy ban nhân dân
                # xã, phường phối hợp …" (crawl c_8f3b61eb): an opening clause after the label
                for k in re.finditer(r"[,:;]\s+", text[m.end():m.end() + 400]):
                    # (nor here: "Chế độ báo cáo: Định kỳ 6 tháng, … gửi về Ủy ban nhân dân tỉnh (Qua Phòng Cảnh sát
                    # …, Công an tỉnh, địa chỉ: …)", set l m_0c0c2284, names the address, no subject)
                    at = m.end() + k.start()
                    if text.count("(", 0, at) <= text.count(")", 0, at):
                        starts.append(m.end() + k.end())
    # (in their order: a case's "thì" after the opening clause's commas, "Đối với A, Sở X …; … thì …" keeps Sở X)
    return sorted(set(starts))


@lru_cache(maxsize=None)
def _case_clause_rx() -> re.Pattern[str]:
    """A case ("Đối với …") joined to its doer's clause by "thì", no sentence mark between
    (``case_clauses``)."""
    e = _prose()["case_clauses"]
    words = "|".join(re.escape(w) for w in e["openers"])
    return re.compile(rf"(?:{words})\s[^;:.()]{{3,300}}?\s{re.escape(e['then'])}\s+")


@lru_cache(maxsize=None)
def _concurrent_rx() -> re.Pattern[str]:
    return re.compile(_prose()["concurrent_posts"]["pattern"])


@lru_cache(maxsize=None)
def _label_rx() -> re.Pattern[str]:
    """A topic label before a sentence ("Báo cáo tháng: Sở Tài chính tổng hợp …", "Thực hiện mở tài khoản và phát hành
    thẻ: Ủy ban nhân dân xã, phường phối hợp …"): at most ``label_words`` words, no sentence end inside."""
    most = _prose()["topic_labels"]["words"]
    # (a comma inside goes on with the topic, "… trợ cấp xã hội, trợ cấp hưu trí xã hội:"; one before a capital opens
    # another field, "Đồng chí Dương Thị Quỳnh Mai, Chức vụ: Chánh Thanh tra Sở …", office o022)
    return re.compile(rf"(?=[^:;.()]{{3,120}}:\s)(?:[^\s:;.(),]+(?:\s+|,\s+(?![{UPPER}]))){{0,{most - 1}}}"
                      rf"[^\s:;.(),]+:\s+")


@lru_cache(maxsize=None)
def _heading_activity_rx() -> re.Pattern[str]:
    """The activity after the bodies a duty heading names ("… các cơ quan, đơn vị trong quản lý, sử dụng Hệ thống thư
    điện tử công vụ"): no part of their name (``heading_activity``)."""
    return re.compile(_prose()["heading_activity"]["pattern"], re.S)


# the head of the bodies a title names ("Trưởng các tổ chức hành nghề công chứng")
@lru_cache(maxsize=None)
def _head_of_rx() -> re.Pattern[str]:
    return re.compile(rf"^(?:{subject_words('heads_of')})\s+(?=các\s)")  # (``subject_words`` ``heads_of``)


@lru_cache(maxsize=None)
def heading_prefix_rx() -> re.Pattern[str]:
    """The words before the body a duty heading names ("Trách nhiệm của", "Trách nhiệm chung của", "Trách nhiệm,
    quyền hạn của"): ``heading_prefix`` in ``data/task_prose.json``."""
    return re.compile(_prose()["heading_prefix"]["pattern"], re.I)


def _heading_prefix(head: str) -> int:
    # ("1. Trách nhiệm chung của các cơ quan, đơn vị", set i l_1092805a; "Trách nhiệm chung của các tổ chức được phép
    # sản xuất, kinh doanh mua, bán vàng miếng:", "2. Nhiệm vụ cụ thể của Đội tình nguyện:", crawl)
    m = heading_prefix_rx().match(head)
    return m.end() if m else 0


@lru_cache(maxsize=None)
def _ongoing_rx() -> re.Pattern[str]:
    """"đang …" after a name that runs on to the name's duty in the same sentence (``ongoing_subjects``)."""
    return re.compile(_prose()["ongoing_subjects"]["pattern"])


def ongoing_duty(text: str, end: int) -> bool:
    """Whether the "đang …" right after a subject ending at ``end`` says what the bodies are doing now and the sentence
    goes on to their duty ("Các cơ sở đào tạo, bồi dưỡng đang tổ chức thực hiện … có trách nhiệm hoàn thành …"), so
    it states nothing about them (``ongoing_subjects``)."""
    return bool(_ongoing_rx().match(text, end + len(text[end:]) - len(text[end:].lstrip())))


def _subject_at(text: str, pos: int) -> Optional[Subject]:
    s = _plain_subject_at(text, pos)
    return s if s is not None else _qualified_subject_at(text, pos)


@lru_cache(maxsize=None)
def _qualifier_duty_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    e = _prose()["participle_qualifiers"]
    words = "|".join(re.escape(w) for w in _words("participle_qualifiers"))
    duties = "|".join(re.escape(w) for w in sorted({d for x in e for d in x["duties"]}, key=len, reverse=True))
    return (re.compile(rf"\s(?:{words})(?![\wÀ-ỹ])"), re.compile(rf"\s(?:{duties})(?![\wÀ-ỹ])"))


def _qualified_subject_at(text: str, pos: int) -> Optional[Subject]:
    """A subject whose name a participle qualifier follows before its duty verb ("Ủy ban nhân dân cấp xã được phân cấp
    thẩm quyền quyết định … có trách nhiệm tổ chức thực hiện …", "Các cơ quan, đơn vị, cá nhân có thẩm quyền quyết
    định được phân cấp tại Quyết định này có trách nhiệm:"): the qualifier's verbs are no duty; the lead is the name
    before it and the subject runs to the duty verb (``participle_qualifiers``). Only where the plain reading found
    no subject, so the golds that keep a short qualifier in the name ("các đơn vị thuộc Bộ được phân cấp") keep it."""
    opener_rx, duty_rx = _qualifier_duty_rx()
    head = text[pos:pos + _REQUEST_MAX]
    q = opener_rx.search(head)
    if q is None or q.start() == 0:
        return None
    d = duty_rx.search(head, q.end())
    # one sentence: no sentence mark or new clause of its own ("; Sở …") between the qualifier and the duty
    if d is None or re.search(rf"[.:!?]|;\s*[{UPPER}]", head[q.end():d.start()]):
        return None
    name = text[:pos + q.start()]
    s = _plain_subject_at(name + text[pos + d.start():], pos)
    if s is None or s.request or s.start != pos or not len(name) <= s.end <= len(name) + 1:
        return None  # the name itself must end where the qualifier begins
    shift = d.start() - q.start()
    return replace(s, end=s.end + shift, inline=s.inline + shift if s.inline >= len(name) else s.inline)


def _plain_subject_at(text: str, pos: int) -> Optional[Subject]:
    head = text[pos:pos + _SUBJECT_MAX]
    if pos and not re.match(rf"[{UPPER}]|các\s|(?:{subject_words('request_heads')})\s", head):
        # after an opening clause, a new clause opens with a name or a request; a unit may be written in lower
        # case there ("Hàng năm, bộ phận Tư pháp - Hộ tịch có trách nhiệm …", office o001)
        if not (start_rx().match(head[:1].upper() + head[1:]) and re.match(rf"\S+(?:\s+\S+)?\s+[{UPPER}]", head)):
            return None
        s = _subject_at(text[:pos] + text[pos].upper() + text[pos + 1:], pos)
        if s is None or s.start != pos or s.leads[0][:1] != text[pos].upper():
            return s
        return replace(s, leads=(text[pos] + s.leads[0][1:],) + s.leads[1:])
    # issuer + request word + addressee: "Bộ Chính trị giao …", "Sở Tài chính kính đề nghị …"
    rm = request_rx().match(head) or _opening_request_rx().match(head)
    if rm is None and re.search(r"\bđược\s+(?!giao\b)[^,;.]{1,60}\bgiao\b", head[:120]):
        return None  # "Tổ chức được cơ quan Nhà nước có thẩm quyền giao thực hiện …": passive, no request
    if rm is None:
        m = request_rx().search(head, 0, 120)
        # one issuer before the request word ("Bộ Văn hóa, Thể thao và Du lịch yêu cầu …": the comma is the name's)
        if m and (start_rx().match(head) or _issuer_rx().match(head)) and not verb_rx().search(head, 0, m.start()) \
                and not re.search(rf"[;:.]|,(?!\s*[{UPPER}])", head[:m.start()]) \
                and (len(split_agencies(head[:m.start()].strip())) == 1
                     or all(start_rx().match(a) for a in split_agencies(head[:m.start()].strip()))):
            # (or several bodies, each named by its own agency word: "Bộ Chính trị, Ban Bí thư yêu cầu …")
            rm = m
    request = rm is not None
    if request:
        a0 = pos + rm.end()
        name_from = a0
        h = text[a0:a0 + 60]
        # the addressee is a body or a person by post, not a verb ("Đề nghị kiểm tra lại chứng từ …")
        # (a unit word may be written in lower case before its name: "giao phòng Nông nghiệp và PTNT chủ trì", office
        # o017)
        if not (start_rx().match(h) or extra_start_rx().match(h) or _addressee_rx().match(h) or title_match(h)
                or h[:1].isupper() or re.match(rf"(?:{subject_words('addressee_openers')})\s", h) or _lower_unit(h)):
            return None
    else:
        # a subject of its own: an agency word first ("Trách nhiệm của Sở Tài chính:" names one too)
        a0 = pos + _heading_prefix(head)
        h = text[a0:a0 + _SUBJECT_MAX]
        if a0 > pos and len(text[a0:].rstrip(" .:")) <= 70:
            # after "Trách nhiệm của" in a short heading the body may be written in lower case ("4. Trách nhiệm của cán
            # bộ quản trị Hệ thống QLVB&ĐH", "3. Trách nhiệm của văn thư": the Quy chế of QĐ 161/2025/QĐ-UBND Ninh Bình)
            h = h[:1].upper() + h[1:]
        sm = start_rx().match(h) or extra_start_rx().match(h) or title_match(h)
        rest = text[a0:].rstrip(" .:")
        # a short title without commas names its body to its end, verbs and all, whatever its first word: "1.5.
        # Trách nhiệm của đối tượng thực hiện kiểm kê:" (set f c_5d032471, a Kế hoạch of UBND tỉnh Quảng Ngãi on the
        # asset inventory: its bullets are that group's duties, not those of the item before), as a title that opens
        # with an agency word does below (not when a verb is an activity the title is about, "việc" before it: "Trách
        # nhiệm của Nhà nước trong việc cung cấp thông tin đất đai", an article title of the Luật Đất đai)
        plain = len(rest) <= 70 and not re.search(r"[,?]", rest) \
            and not any(_activity_before_rx().search(rest[:m.start()]) for m in verb_rx().finditer(rest))
        verbs = list(verb_rx().finditer(rest))
        org_only = not any(m.group() != "tổ chức" or not _org_before_rx().search(rest, 0, m.start()) for m in verbs)
        # (after an agency word too, when its only verb is "tổ chức" in a list of bodies: "Điều 13. Trách nhiệm của các
        # cơ quan, đơn vị, tổ chức có liên quan", set p p_1c72e0e3, the Quy chế of a Bắc Ninh decision, ended the body
        # at "tổ chức" read as a verb and lost the article's clauses)
        if (not sm or verbs and org_only) and a0 > pos and len(rest) <= 100 and not re.search(r"[.;:()\d?]", rest) \
                and (plain or org_only) \
                and not any(rx.match(h) for rx in not_subject_rx()):
            # a clause's title names its bodies whatever their first word: "3. Trách nhiệm của công chứng viên, nhân
            # viên nghiệp vụ của tổ chức hành nghề công chứng", "2. Trách nhiệm của Trưởng các tổ chức hành nghề công
            # chứng" (crawl c_9500c750, the Quy chế of a Hải Phòng decision, Điều 23): the head stands for the body
            leads = agencies(_heading_activity_rx().sub("", _head_of_rx().sub("", rest)))
            if leads:
                return Subject(tuple(leads), a0, a0 + len(rest), False, True, pos)
        if not sm or any(rx.match(h) for rx in not_subject_rx()):
            return None
        name_from = a0 + sm.end()
        if a0 > pos and (len(rest) <= 70 and not re.search(r"[.;:,()]", rest)
                         or verbs and len(rest) <= 160 and not re.search(r"[.;:()\d?]", rest)
                         and not _statement_rx().search(rest)
                         and not any(_activity_before_rx().search(rest[:m.start()]) for m in verbs)):
            # a title "Trách nhiệm của doanh nghiệp cung cấp dịch vụ Hệ thống QLVB&ĐH" names the body to its end, verbs
            # and all (the Quy chế of QĐ 161/2025/QĐ-UBND Ninh Bình, Điều 24), and so does a longer one with commas
            # ("Điều 18. Trách nhiệm của các cơ quan, đơn vị xử lý phản ánh kiến nghị", set p p_9d269b8e; "Điều 25.
            # Trách nhiệm của cơ quan, đơn vị trên địa bàn tỉnh có hệ thống thông tin, cơ sở dữ liệu chuyên ngành kết
            # nối với …", p_0a4eb439): cut at its verb, its clauses lost their lead (not an activity the title is
            # about, "việc" before its verb, nor a statement)
            leads = agencies(_heading_activity_rx().sub("", rest))  # as written, lower case kept
            if leads:
                return Subject(tuple(leads), a0, a0 + len(rest), False, True, pos)
    end = _end_of_subject(text, a0, name_from, request)
    if end is None:
        return None
    e, how = end
    phrase = text[a0:e]
    if len(phrase) > (_REQUEST_MAX if request else _SUBJECT_MAX) - 20 or \
            not request and re.match(rf"\s*(?:{subject_words('statement_words')}|không)(?![\wÀ-ỹ])", text[e:]) \
            and not ongoing_duty(text, e):
        # a statement, not an assignment: "Công ty … được hưởng", "Sở Nội vụ đã ban hành" (not "Các cơ sở … đang tổ
        # chức thực hiện … có trách nhiệm hoàn thành …": what they are doing now names them, ``ongoing_subjects``)
        return None
    cited_before, cited_title = _cited_issuers_rx()
    if not request and pos and cited_title.search(phrase) and cited_before.search(text, 0, pos):
        # "… Kết luận số 126-KL/TW, ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư về một số nội dung, nhiệm vụ tiếp tục
        # sắp xếp …, Bộ Chính trị, Ban Bí thư yêu cầu …" (set b c_a41c2b43): a cited document's second issuer and its
        # title, not a clause's subject (``cited_issuers``)
        return None
    if not request and (how == "end" or text[e:e + 1] == ":") and _requester_rx().search(phrase.rstrip(" :")):
        # "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:" (l_1092805a, a Lào Cai Công văn): the issuer asks and its addressees
        # are in what follows (the items' headings); who asks is never the lead ("Chính phủ phân bổ, giao kịp thời …"
        # allocates: no colon follows)
        return None
    # "Cấp ủy cấp xã nơi có trụ sở Trung tâm …": which of the bodies, no part of the subject's name
    leads = [x for x in dict.fromkeys(_subject_tail_rx().sub("", a) for a in agencies(phrase)) if x]
    if not leads:
        return None
    # (a heading closed by a period, alone in its paragraph: "4. Các cơ quan, tổ chức, đơn vị còn lại." over a) b) c),
    # the Quy chế of set q q_aa3ff403, Điều 9; "2. Văn phòng Ủy ban nhân dân tỉnh." in the Quy chế of crawl
    # c5f09c7770858e97, Điều 15 — a short name without a verb that opens its paragraph: "…; Bộ Chỉ huy Quân sự tỉnh và
    # Công an tỉnh trong việc trả lời các ý kiến chất vấn của đại biểu." closes a sentence, set k k_370e4f5b Điều 1)
    heading = how in ("end", "opener") or how == "punct" and (
        text[e:e + 1] == ":" or not request and not pos and text[e:].strip() == "." and len(phrase) <= 100
        and all(m.group() == "tổ chức" and _org_before_rx().search(phrase, 0, m.start())
                for m in verb_rx().finditer(phrase)))
    if not request and how == "punct" and not heading:
        return None
    # (a body numbered at the end of its name is a name: "Tiểu ban giúp việc Ban Chỉ đạo 934", "Ban Quản lý Dự án 85")
    numbered = re.search(r"(\S+) \d{1,4}\s*$", phrase.rstrip(" :"))
    bare = phrase.rstrip(" :")[:numbered.start(0) + len(numbered.group(1))] \
        if numbered and numbered.group(1).casefold() not in _TIME_WORDS else phrase
    if heading and not request and (re.search(r"\d", re.sub(r"số \d+", "", bare)) or len(phrase) > 150):
        return None
    return Subject(tuple(leads), a0, e, request, heading, pos, e if how == "opener" else -1)


@lru_cache(maxsize=None)
def _subject_tail_rx() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{'|'.join(_prose()['subject_place_tails']['patterns'])})$")


# words a number after which is a date or a count, not part of a name ("năm 2025", "đợt 2")
_TIME_WORDS = {"năm", "tháng", "ngày", "quý", "đoạn", "lần", "đợt", "khóa", "khoá", "kỳ", "số", "điều", "khoản",
               "mục", "phần", "chương", "điểm", "tuần"}


@lru_cache(maxsize=None)
def _names_after() -> dict[str, re.Pattern[str]]:
    """Per title, the lower-case words that open the name of the body it heads (``names_after`` of ``titles``):
    "Hiệu trưởng trường phổ thông" names the schools by their kind, with no agency word."""
    return {w: re.compile(r"(?:" + "|".join(re.escape(n) for n in e["names_after"]) + r")(?![\wÀ-ỹ])")
            for e in _prose()["titles"] if e.get("names_after") for w in e["words"]}


def _lower_name_after(head: str, m: re.Match) -> bool:
    rx = _names_after().get(head[:m.end()].strip())
    return bool(rx and rx.match(head, m.end()))


def title_match(head: str):
    """The match of a job title (``titles`` of ``data/task_prose.json``) that opens ``head`` before a body, or None."""
    for rx, becomes in _titles():
        m = rx.match(head)
        if m and (becomes or start_rx().match(head, m.end()) or re.match(r"(?i)các\s", head[m.end():])
                  or _lower_name_after(head, m)):
            return m
        if m and m.end() < len(head) and title_match(head[m.end():]) is not None:
            # a form of address before a post that names its body ("Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu
            # ban: Phụ trách chung …", set j l_41948a0a IV.1): titles stacked as strip_titles drops them
            return m
    return None


@lru_cache(maxsize=None)
def _coord_rx() -> re.Pattern[str]:
    """"phối hợp (chặt chẽ) (với|cùng)", "phối hợp, hướng dẫn", "chủ trì cùng" before the partners
    (``partner_links``)."""
    e = _prose()["partner_links"]
    paired = "|".join(re.escape(w) for w in e["paired_verbs"])
    # a second verb that takes its partners with "với" ("phối hợp, cung cấp thông tin với các sở, ngành, …")
    paired_with = "|".join(re.escape(w) for w in e["paired_with"])
    lead = "|".join(re.escape(w) for w in e["lead_with"])
    # ("đồng chủ trì cùng các đồng chí bí thư …": co-leads, crawl c_1dbf5af7)
    # ("phối hợp chặt chẽ, quyết liệt với …": adverbs other than "chặt chẽ" only right before "với")
    adverbs = "|".join(re.escape(w) for w in e["adverbs"])
    return re.compile(rf"(?<![\wÀ-ỹ])(?:[Pp]hối hợp(?:(?:,?\s+(?:{adverbs})){{1,2}}(?=\s+với\s)|\s+chặt chẽ)?"
                      rf"(?P<paired>,\s+(?:{paired}|(?:{paired_with})(?=\s+với\s)))?(?:\s+(?:với|cùng))?"
                      rf"|(?<!đồng )(?:{lead})(?:\s+với)?)\s+")


@lru_cache(maxsize=None)
def _directed_partners_rx() -> re.Pattern[str]:
    """A duty that opens by directing one body to work with others ("Chỉ đạo Tổng Liên đoàn Lao động Việt Nam phối hợp
    chặt chẽ với chính quyền địa phương …", ``directed_partners``): the bodies it works with are the task's partners."""
    e = _prose()["directed_partners"]
    opens = "|".join(re.escape(w) for w in e["opens"])
    # (not when the directed body leads or acts on its own: "Chỉ đạo Sở Y tế chủ trì phối hợp …", "… chủ động phối hợp")
    own = "|".join(re.escape(w) for w in e["own_initiative"])
    return re.compile(rf"\s*(?:{opens})\s+(?![^,;.:]*(?<![\wÀ-ỹ])(?:{own})(?![\wÀ-ỹ]))[^,;.:]+")


@lru_cache(maxsize=None)
def _advised_rx() -> re.Pattern[str]:
    return re.compile(_prose()["advised_bodies"]["pattern"].replace("{U}", UPPER))


def coordinating(text: str, leads: tuple[str, ...] = (), *, directed: bool = False) -> list[str]:
    """The agencies the lead works with: "phối hợp (với) X" where X is an agency or a group. ``directed``: a duty
    that opens by directing a body to work with others names the task's partners (``_directed_partners_rx``)."""
    out: list[str] = []
    lead_keys = {a.casefold() for a in leads}
    for m in _coord_rx().finditer(text):
        clause = re.split(r"[,;.:]\s", text[:m.start()])[-1]
        # (not when the directing verb has no object of its own: "Chỉ đạo và phối hợp với cấp ủy cấp xã trong khu vực
        # chỉ đạo …", set h c_4e5196f4, "Hướng dẫn và phối hợp với Sở Nông nghiệp và Môi trường …": the lead does both)
        links = function_words("list_links")
        if re.search(rf"(?i)\b(?:{subject_words('directing_verbs')})\s+(?!(?:{links})\s)\S", clause) \
                and not (directed and _directed_partners_rx().fullmatch(text[:m.start()])):
            continue  # someone the lead directs is the one who cooperates
        if m.group("paired") and re.search(rf"(?i)\b(?:{subject_words('paired_directing_verbs')})\s+\S",
                                           re.split(r"[;.:]\s", text[:m.start()])[-1]):
            # "Chỉ đạo các đơn vị trực thuộc, lực lượng Công an xã tăng cường phối hợp, hỗ trợ chính quyền địa phương …"
            # (crawl c_c5c79156): those directed cooperate and support
            continue
        if _advised_rx().search(clause):
            # "tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Y tế …": the body advised works with that partner (not in
            # "tham mưu UBND phường xây dựng và phối hợp với cơ quan cấp trên …", where the lead does)
            continue
        who = text[m.end():m.end() + 300]
        if title_match(who):
            # "phối hợp với Giám đốc Sở Khoa học và Công nghệ …", "… với Chánh Văn phòng Ủy ban nhân dân tỉnh": the
            # official stands for the body (README: leads and partners without job titles)
            who = who[:title_match(who).start()] + strip_titles(who)
        if not (start_rx().match(who) or extra_start_rx().match(who) or re.match(r"(?i)các\s", who)
                or any(who.startswith(w) for w in _prose()["partner_starts"]) or _partner_group_rx().match(who)
                or _lower_unit(who)):
            continue
        # "phối hợp với các Bộ: Nông nghiệp và Phát triển nông thôn, Xây dựng và các cơ quan liên quan rà soát …"
        # (Chỉ thị 11/CT-TTg, 2020): the colon opens the list of the ministries' short names, each a partner
        who = _partner_group_colon_rx().sub(r"\1 ", who, count=1)
        end = end_of_partners(who)
        for a in agencies(who[:end]):
            # ("phối hợp với Ban Tuyên giáo Trung ương và chủ trì cùng …": the list ends at the verb, not its "và")
            a = re.sub(rf"\s+(?:{function_words('list_links')})$", "", a)
            if a.casefold() not in lead_keys and a not in out:
                out.append(a)
    return out


# a plural body word and a colon before the short names of the bodies ("các Bộ: Quốc phòng, Công an")
@lru_cache(maxsize=None)
def _partner_group_colon_rx() -> re.Pattern[str]:
    """(``subject_words`` ``partner_group_heads``)"""
    return re.compile(rf"^([Cc]ác\s+(?:{subject_words('partner_group_heads')}))\s*:\s*(?=[{UPPER}])")


def protected_names(text: str) -> list[tuple[int, int]]:
    """The spans of the unsplittable names (``compounds``, ``names_with_verbs`` of ``data/task_agencies.json``)."""
    return [(m.start(), m.start() + len(m.group(1)))
            for m in re.finditer(f"(?=({_compound_rx().pattern}))", text, _compound_rx().flags)]


@lru_cache(maxsize=None)
def _partner_group_rx() -> re.Pattern[str]:
    """Lower-case group words that name partners ("phối hợp chính quyền địa phương", ``partner_groups``)."""
    words = "|".join(re.escape(w) for w in _words("partner_groups"))
    return re.compile(rf"(?:{words})(?![\wÀ-ỹ])")


def _lower_unit(who: str) -> bool:
    """A unit word written in lower case before its proper name ("phối hợp phòng Nội vụ", "… với phòng CNTT"), not
    a verb that looks like one ("phối hợp tổ chức Hội nghị")."""
    return bool(who[:1].islower() and not verb_rx().match(who) and start_rx().match(who[:1].upper() + who[1:])
                and re.match(rf"\S+\s+[{UPPER}]", who))


@lru_cache(maxsize=None)
def _partner_end_rx() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _words("partner_ends"))
    # a ";" before the heads of a further group goes on with the list ("phối hợp với Chủ tịch Ủy ban nhân dân huyện,
    # thành phố; thủ trưởng các ngành có liên quan hướng dẫn …", ``partner_list_heads``)
    heads = "|".join(re.escape(w) for w in _prose()["partner_list_heads"]["words"])
    # an end word before a place goes on with the name ("cấp ủy cấp xã trong khu vực", ``partner_end_places``)
    places = "|".join(re.escape(w) for w in _words("partner_end_places"))
    return re.compile(rf"\s(?!(?:{places})(?![\wÀ-ỹ]))(?:{words})(?![\wÀ-ỹ])|[.:](?:\s|$)"
                      rf"|;(?!\s+(?:{heads})\s+các\s)(?:\s|$)|,\s(?=(?:{words})(?![\wÀ-ỹ]))")


# "được" or "được giao" right before a verb: a passive modifier of the partner's name
@lru_cache(maxsize=None)
def _passive_before_rx() -> re.Pattern[str]:
    """(``subject_words`` ``passive_assignments``)"""
    return re.compile(rf"(?<![\wÀ-ỹ])được(?:\s+(?:{subject_words('passive_assignments')}))?\s+$")


def end_of_partners(who: str, start: int = 0) -> int:
    """Where the coordinating bodies listed from ``start`` end: at a role verb, a partner end word or a stop."""
    # overlapping names all protect their words: "các tổ chức" and "tổ chức cung cấp dịch vụ" in "các tổ chức cung cấp
    # dịch vụ chi trả" (crawl c_8f3b61eb V.5.c)
    protected = protected_names(who)
    cands = []
    for rx in (verb_rx(), _partner_end_rx(), stop_rx()):
        for m in rx.finditer(who, start):
            at = m.start() + (1 if who[m.start():m.start() + 1].isspace() else 0)
            if rx is verb_rx() and _passive_before_rx().search(who, start, m.start()):
                # "phối hợp với Sở Nông nghiệp và Môi trường, đơn vị được lựa chọn quan trắc môi trường triển khai"
                # (crawl c_74ab29c2 IV.3), "… với các Sở, ban, ngành được giao chủ trì" (c_d800219a): the verb after
                # "được (giao)" says which partner, the name goes on to the next verb
                continue
            if m.start() > start and not any(a <= at < b for a, b in protected):
                cands.append(m.start())
                break
    end = min(cands) if cands else len(who)
    nxt = re.match(r";\s+", who[end:])
    if nxt:
        # partners listed between semicolons: "phối hợp với Sở Tài chính; cơ quan, đơn vị có liên quan tổ chức triển
        # khai" (crawl c_cbf4f565 Điều 3.1), "… với các Sở, ban, ngành của tỉnh; Ủy ban nhân dân các xã, phường; các cơ
        # quan, …" (crawl c_e7223410): the next piece is a body again, and no lead of a new clause ("… chủ trì")
        at = end + nxt.end()
        piece = re.split(r"[;.:]", who[at:], maxsplit=1)[0]
        if (start_rx().match(who, at) or re.match(r"các\s", who[at:])) \
                and not re.search(subject_words('lead_roles'), piece):
            return end_of_partners(who, at)
    return end


@lru_cache(maxsize=None)
def _actor_rx() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted({w for e in _prose()["table_actors"] for w in e["words"]},
                                                   key=len, reverse=True))
    return re.compile(rf"(?:{words})(?![\wÀ-ỹ])")


def cell_actor(text: str) -> tuple[str, ...]:
    """The actor a task cell names itself in a table without a lead column ("Khoa thông báo danh
    sách GVHD đến sinh viên" → Khoa; "Sinh viên nộp đề cương …" → Sinh viên), or ().
    """
    s = subject(text)
    if s is not None and not s.heading:
        return s.leads
    m = _actor_rx().match(text)
    after = subject_words("actor_continuations")
    if m and re.match(rf" [{LOWER}]", text[m.end():m.end() + 2]) and not re.match(rf" (?:{after})\b",
                                                                                text[m.end():]):
        return (m.group(),)
    return ()
