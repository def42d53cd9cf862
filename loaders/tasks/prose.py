"""Assignments written as prose → tasks (issues 4 and 12).

The body is read as an outline of paragraphs (:mod:`.outline`); the forms real
documents use, each with its lead (labels and words in ``data/task_prose.json``):

1. *labelled blocks*: a task paragraph followed by "Cơ quan chủ trì: …", "Cơ quan phối
   hợp: …", "Thời gian thực hiện: …" (also "- Bộ phận chủ trì: …", "a) Nội dung … b) Cơ
   quan thực hiện: …"); the text is the task label's value or the paragraph before;
2. *agency headings*: "1. Sở Nông nghiệp và Môi trường:", "2. Giao Sở Nội vụ", "a) Chủ đầu
   tư có trách nhiệm:", "Trách nhiệm của Cục Thuế:", "Bộ Tài chính chủ trì, phối hợp với
   các bộ, địa phương liên quan:" followed by their duties (one task per marked item,
   the unmarked paragraphs under the heading are one task), or "Sở Tư pháp: Lồng ghép …"
   with the duty in the same paragraph (the text starts after the colon);
3. *introductions*: "… đề nghị Ban Chỉ huy … triển khai các nội dung sau:", "Thường trực
   HĐND tỉnh đề nghị UBND tỉnh:" — the items that follow are the addressee's duties;
4. *sentences with their own lead*: "Giao Sở X chủ trì, phối hợp với …", "Đề nghị Tòa án,
   Viện kiểm sát …", "Bộ Chính trị yêu cầu …", "Sở Nội vụ có trách nhiệm …", "Bộ Y tế theo
   chức năng, nhiệm vụ được giao chủ trì …" — the whole item is the text, lead words
   included; in a duty list an item naming its own subject has that subject as lead.

No task: a paragraph matching ``not_tasks`` (the execution clause, "nếu có khó khăn, vướng
mắc … phản ánh", transmission formulas, courtesy closings, entry into force), a closing
request to generic addressees ("Đề nghị các cơ quan, đơn vị khẩn trương triển khai"),
steps of a procedure workflow ("Bước 1: …"), and statements in the past.

Deadlines: a phrase in the task's own text (:func:`~.deadline_text.find_deadline`), else
the deadline of the heading or introduction above it, else that of a closing sentence
that refers back to the items ("bảo đảm đến hết tháng 12 năm 2025 … về 04 nội dung nêu
trên") — marked ``inherited``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any, Iterable, Optional

from cancu.loaders import deadlines as dl
from cancu.loaders import tables
from cancu.loaders.roles import Role
from cancu.loaders.tasks import outline
from cancu.loaders.tasks.assign import assign, is_group, split_agencies, start_rx, verb_rx
from cancu.loaders.tasks.deadline_text import find_deadline, parse_deadline
from cancu.loaders.tasks.model import Task, reform_area
from cancu.loaders.tasks.outline import BULLETS, Node
from cancu.loaders.tasks.paragraphs import UPPER, Para, all_caps, layout_paragraphs, text_paragraphs
from cancu.loaders.tasks.subjects import (
    RECIPIENTS,
    Subject,
    addressee_place,
    agencies,
    anchor_rx,
    asking_rx,
    coordinating,
    extra_start_rx,
    heading_prefix_rx,
    names_kept_whole,
    not_subject_rx,
    ongoing_duty,
    post_named_short,
    post_subject,
    prelude,
    reported_request,
    request_rx,
    stop_rx,
    strip_titles,
    subject,
    title_match,
    trim_qualifier,
)
from cancu.loaders.text import MappedText

__all__ = ["prose_tasks"]


@lru_cache(maxsize=None)
def _table() -> dict[str, Any]:
    return tables.load("task_prose")


@lru_cache(maxsize=None)
def _field_rx() -> list[tuple[str, re.Pattern[str]]]:
    return [(f["field"], re.compile(rf"(?i)^(?:{f['pattern']})\s*:\s*")) for f in _table()["fields"]]


def _rx_list(section: str) -> list[re.Pattern[str]]:
    return [re.compile(e["pattern"], re.I) for e in _table()[section]]


@lru_cache(maxsize=None)
def _not_task_rx() -> list[tuple[re.Pattern[str], bool]]:
    # ("unless": words that, anywhere in the text, make the entry no match: a transmission formula whose notice another
    # body is asked to pass on, "Tổng cục Thuế thông báo để các Cục Thuế thông báo cho người nộp thuế biết …")
    return [(re.compile(rf"^(?![\s\S]*?{e['unless']})[\s\S]*?(?:{e['pattern']})" if e.get("unless") else e["pattern"],
                        re.I), bool(e.get("only_unmarked"))) for e in _table()["not_tasks"]]


@lru_cache(maxsize=None)
def _closing_rx() -> list[re.Pattern[str]]:
    return [re.compile(e["pattern"], re.I) for e in _table()["not_tasks"] if e.get("closing")]


def _closing(text: str) -> bool:
    """Whether ``text`` is the standard closing ("nếu có khó khăn, vướng mắc … báo cáo …": ``closing`` in
    ``not_tasks``)."""
    low = text.casefold()
    return any(rx.search(low) for rx in _closing_rx())


@lru_cache(maxsize=None)
def _to_council_rx() -> re.Pattern[str]:
    return re.compile(_table()["closings_to_council"]["pattern"], re.I)


def _closing_goes_on(kept: list[str], closing: str) -> bool:
    """Whether the standard closing ``closing`` goes on with the item whose sentences so far are ``kept``: not after a
    request ("Giao Ủy ban nhân dân Thành phố tổ chức thực hiện Nghị quyết.") when it reports back to the council
    (``closings_to_council`` in ``data/task_prose.json``: the execution clause of an HĐND resolution, sets t and x),
    the request's sentence is the task."""
    first = re.sub(r"^\W*(?:\d{1,2}[.)]\s*|[a-zđ]\)\s*)?", "", kept[0]) if kept else ""
    # nor when it asks its readers ("Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Bộ Khoa học và
    # Công nghệ …" after "4. Cục Công nghiệp công nghệ thông tin … chủ trì, …", Thông tư 34/2025/TT-BKHCN, set z
    # z_75ba97b3): a request to whoever meets trouble, not more of the item's duty (a closing that goes on with the
    # item's own actor, "Nếu có khó khăn vướng mắc, kịp thời báo cáo …", set e c_f4094628, has no request word)
    return not (request_rx().match(first) and _to_council_rx().search(closing)) and not request_rx().search(closing)


@lru_cache(maxsize=None)
def _non_task_section_rx() -> list[tuple[re.Pattern[str], int, tuple[str, ...]]]:
    """(heading, its longest length, the marker kinds it holds for: any when empty) of ``non_task_sections``."""
    return [(re.compile(e["pattern"], re.I), e.get("max_length", 160), tuple(e.get("kinds", ())))
            for e in _table()["non_task_sections"]]


@lru_cache(maxsize=None)
def _kind_modes() -> dict[str, str]:
    return {k.casefold(): e["reads"] for e in _table()["kinds"] for k in e["kinds"]}


@lru_cache(maxsize=None)
def generic_rx() -> list[re.Pattern[str]]:
    """The ``generic_addressees`` patterns of ``data/task_prose.json`` ("các cơ quan, đơn vị liên quan" …)."""
    return _rx_list("generic_addressees")


@lru_cache(maxsize=None)
def _topic_rx() -> list[re.Pattern[str]]:
    return _rx_list("topic_headings")


@lru_cache(maxsize=None)
def _reply_topic_rx() -> list[re.Pattern[str]]:
    return _rx_list("reply_topics")


@lru_cache(maxsize=None)
def _pointer_rx() -> list[re.Pattern[str]]:
    return _rx_list("list_pointers")


@lru_cache(maxsize=None)
def _distributive_rx() -> list[tuple[re.Pattern[str], tuple[str, ...], frozenset[str]]]:
    """(group pattern, names that hold "và" or a comma, group words that are party committees) per entry."""
    return [(re.compile(e["pattern"]), tuple(sorted(e.get("names_with_and", ()), key=len, reverse=True)),
             frozenset(e.get("party_words", ()))) for e in _table()["distributive_groups"]]


@lru_cache(maxsize=None)
def _intro_place_rx() -> list[re.Pattern[str]]:
    return [re.compile(e["pattern"]) for e in _table()["intro_places"]]


@lru_cache(maxsize=None)
def _intro_subject_rx() -> re.Pattern[str]:
    return re.compile(_table()["intro_subjects"]["pattern"])


@lru_cache(maxsize=None)
def _step_rx() -> list[re.Pattern[str]]:
    return _rx_list("procedure_steps")


@lru_cache(maxsize=None)
def _post_heading_rx() -> re.Pattern[str]:
    return re.compile(_table()["post_headings"]["pattern"])


@lru_cache(maxsize=None)
def _role_heading_rx() -> list[re.Pattern[str]]:
    return _rx_list("role_headings")


def role_heading(text: str, leads: tuple[str, ...], marked: bool = False) -> Optional[tuple[str, ...]]:
    """The partners an item names when it only states the heading agency's role over its bullets.

    "1. Sở Công Thương" / "a) Chủ trì, phối hợp với các sở, ban, ngành …" / "- Là cơ quan đầu mối …": the
    item assigns nothing itself; its bullets are the heading agency's duties, with those partners
    (``data/task_prose.json`` ``role_headings``). None when the item goes on to a duty of its own
    ("Phối hợp với Sở Tài chính tham mưu UBND tỉnh …"). A role stated as advice ("… tham mưu cho Ủy ban nhân dân các
    tỉnh …:") is one only in an unmarked paragraph (``marked`` False): a bullet that says so over its "+" points is a
    duty of its own with them (set l m_0c0c2284 III.2, set g c_f97fc88f IV.3).

    >>> role_heading("b) Phối hợp với các sở, ngành, UBND các xã, phường".split(") ", 1)[1], ("Sở Công Thương",))
    ('các sở, ngành', 'UBND các xã, phường')
    """
    t = text.strip().rstrip(":").strip()
    for rx in _role_heading_rx():
        # (a role stated as advice is one only before its colon: ``role_headings`` that end with ":")
        m = rx.match(t) or rx.match(text.strip())
        if m is None:
            continue
        who = (m.group("who") or "").strip()
        if who and (verb_rx().search(who) or not agencies(who)):
            continue  # a duty of the item's own for this form; the next form may still read it as a role
        # "… tham mưu, giúp Giám đốc Bảo hiểm xã hội Việt Nam quản lý công tác …:": a verb after the advised body
        # is a duty of the item's own, not a role over its items
        if "advised" in rx.groupindex and (marked or m.group("advised") and verb_rx().search(m.group("advised"))):
            continue
        return tuple(coordinating(t, leads))
    return None


@lru_cache(maxsize=None)
def _heading_roles_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    e = _table()["heading_roles"]
    return re.compile(e["competence"], re.I), re.compile(e["roles"], re.I)


def _heading_roles(rest: str) -> str:
    """What an agency heading says after its agency once its competence and roles are removed (``heading_roles``):
    empty when it gives no duty of its own ("có trách nhiệm:")."""
    competence, roles = _heading_roles_rx()
    return roles.sub("", competence.sub("", rest, count=1), count=1).strip(" :,")


@lru_cache(maxsize=None)
def _role_colon_rx() -> re.Pattern[str]:
    return re.compile(_table()["role_colon"]["pattern"])


@lru_cache(maxsize=None)
def _directing_rx() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _table()["directing_heads"]["words"])
    return re.compile(rf"^(?:{words})\s+")


@lru_cache(maxsize=None)
def _joined_duty_rx() -> re.Pattern[str]:
    """A heading joining a section that assigns nothing to a duty section ("THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN"):
    ``duty_sections`` ``joined``, on lower case."""
    d = _table()["duty_sections"][0]
    return re.compile(d["joined"].replace("{duty}", d["pattern"]))


@lru_cache(maxsize=None)
def _duty_section_rx(kind: Optional[str] = None) -> re.Pattern[str]:
    """The name of a section that organises the implementation, for a section of outline kind ``kind``: an entry
    with ``kinds`` names only sections of those kinds ("Điều khoản thi hành" an article, not a chapter)."""
    return re.compile("(?i)" + "|".join(d["pattern"] for d in _table()["duty_sections"]
                                        if kind in d.get("kinds", (kind,))))


def prose_tasks(t: MappedText, *, layout=None, skip: Iterable[tuple[int, int]] = (),
                kinds: Iterable[tuple[int, Optional[str]]] = (), body: Optional[tuple[int, int]] = None) -> list[Task]:
    """Prose assignments of a document; ``skip``: source spans already read as tables;
    ``kinds``: (offset, kind) of the documents the file holds."""
    from cancu.loaders.classify import body_range

    paras = layout_paragraphs(layout, t) if layout is not None else text_paragraphs(t, skip)
    lo, hi = body or body_range(t.source)
    breaks: list[int] = []  # where a signature block ends a part of the file (what follows is an annex)
    found: list[str] = []  # the recipients' lines
    paras = _operative([p for p in _without_quotations(_without_addressees(paras, t.source, found), t.source)
                        if p.text and lo <= p.start < hi], breaks)
    if layout is not None:
        breaks += _signature_tables(layout, lo, hi)
    annexes = _procedure_annexes(paras)
    # a procedure annex's title may read as a document of its own ("PHƯƠNG ÁN TÁI CẤU TRÚC …"): the annex decides
    # sorted on (offset, kind or ""): a document whose kind is unknown (None) and a title read at the same offset
    # (an annex printed alone, "DANH MỤC …" over "(Ban hành kèm theo Quyết định số: …)", office o033) compared
    # None with a str and crashed; the unknown kind sorts first, so the title's kind holds from there
    starts = sorted([k for k in list(kinds) + _attached_kinds(paras) if not any(a <= k[0] < b for a, b in annexes)]
                    + [(a, _PROCEDURE_ANNEX) for a, _ in annexes], key=lambda k: (k[0], k[1] or ""))

    def kind_at(pos: int) -> Optional[str]:
        kind = None
        for s0, k in starts:
            if s0 <= pos:
                kind = k
        return kind

    def mode(pos: int) -> str:
        return _kind_modes().get((kind_at(pos) or "").casefold(), "all")

    used: set[int] = set()
    paras = _without_contact(_unglued_fields(_heading_labels(_addressed_lists(paras))))
    tasks = [x for x in _labelled(paras, used) if mode(x.span[0]) not in ("none", "nothing")]
    rest = [p for i, p in enumerate(paras) if i not in used]
    token = RECIPIENTS.set(_recipients(found, "\n".join(p.text for p in paras)))
    try:
        tasks += _Reader(kind_at, breaks).read(_outline_by_part(rest, breaks))
    finally:
        RECIPIENTS.reset(token)
    return sorted([x for x in tasks if not beneficiary_duty(x.text, x.lead)], key=lambda x: x.span[0])


def _signature_tables(layout, lo: int, hi: int) -> list[int]:
    """Offsets of the tables of a Word file or PDF that lay out its recipients and signature side by side ("Nơi
    nhận:" / "- Như trên;" | "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"): each ends a part of the file, as the same lines
    do in flat text (:func:`_operative`), though a table's cells are no body paragraphs. Without it the annex after
    the signature ("PHỤ LỤC" / "THANG ĐIỂM THI ĐUA …", Kế hoạch 157/KH-UBND of Cần Thơ, set c c_8f3b61eb as DOCX)
    hung under the plan's last lettered item and its scoring notes became that item's tasks."""
    from cancu.loaders.blocks import Table

    return [b.start for b in layout.blocks if isinstance(b, Table) and lo <= b.start < hi
            and any(_sign_rx().match(p.text.strip()) or _RECIPIENTS.match(p.text.strip())
                    for row in b.rows for c in row for p in c.paragraphs[:1])]


def _outline_by_part(paras: list[Para], breaks: list[int]) -> outline.Node:
    """The outline of each part of the file a signature block ends, under one root: what follows a signature (an
    annex's table, "PHỤ LỤC" / "THANG ĐIỂM THI ĐUA …" whose cells hold "- a = Tổng số người hưởng trợ cấp …" and
    "- Sở Y tế (Chi cục Dân số - Xã hội) sẽ kiểm tra thực tế …", Kế hoạch 157/KH-UBND of Cần Thơ, set c c_8f3b61eb)
    starts afresh and hangs under no item of the part before it ("c) Bố trí nguồn lực …", whose lead it took)."""
    root = outline.build([])
    for lo, hi in zip([-1] + sorted(breaks), sorted(breaks) + [float("inf")]):
        part = outline.build([p for p in paras if lo <= p.start < hi])
        for c in part.children:
            c.parent = root
        root.children += part.children
    return root


def _recipients(lines: list[str], text: str) -> tuple[str, ...]:
    """The bodies a letter is addressed to, from its "Kính gửi:" lines (:func:`_without_addressees`), each cut before
    the opening a rendering runs on after it, bullet and end mark removed; of them, those a request of the letter
    names in full, when there are such: "… kính đề nghị các đồng chí Ủy viên Ban Thường vụ Đảng ủy Chính phủ cho ý
    kiến …" of a letter also sent to two persons by name (set k k_13a3bb35). A form of address in a request stands
    for them (``recipient_forms``).

    >>> _recipients(["- Các đồng chí Phó Bí thư Đảng ủy Chính phủ,", "- Các đồng chí Ủy viên Ban Thường vụ."],
    ...             "Văn phòng kính đề nghị các đồng chí Ủy viên Ban Thường vụ cho ý kiến.")
    ('Các đồng chí Ủy viên Ban Thường vụ',)
    >>> _recipients([" Ủy ban nhân dân phường, xã và đặc khu Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;"], "")
    ('Ủy ban nhân dân phường, xã và đặc khu',)
    """
    openings = "|".join(re.escape(w) for w in _table()["addressee_block"]["openings"])
    names: list[str] = []
    for line in lines:
        line = re.split(rf"\s(?:{openings})\s", line, maxsplit=1)[0]
        line = re.sub(r"^[\s*_|]*(?:[-–+•]\s*)?", "", line).strip(" *_|,;.")
        names += [a for a in agencies(line) if a not in names]
    low = text.casefold()
    ends = [m.end() for m in request_rx().finditer(text)]
    asked = [a for a in names if any(low.startswith(a.casefold(), e) for e in ends)]
    return tuple(asked or names)


@lru_cache(maxsize=None)
def _addressee_rx() -> re.Pattern[str]:
    """The line that opens a letter's addressees ("Kính gửi:"): ``addressee_block`` in ``data/task_prose.json``."""
    return re.compile(_table()["addressee_block"]["pattern"], re.I)


@lru_cache(maxsize=None)
def _addressed_opening_rx() -> re.Pattern[str]:
    """A letter's recipients and the opening clause run on after them in one paragraph: ``addressee_block``
    ``openings``, matched up to the opening's first word."""
    e = _table()["addressee_block"]
    words = "|".join(re.escape(w) for w in e["openings"])
    return re.compile(rf"(?i:kính gửi)\s*:[^:]{{3,300}}?\s(?=(?:{words})\s[^:]{{0,1200}}\b(?i:đề nghị|yêu cầu)\b)")


# a provision quoted in italics after the clause that cites it: '…quy định:' then '*"1. Nội dung …*' on the next line,
# closed by a quote mark at a line's end ('… theo quy định. ”*'); its opening, and the line that ends each of its
# italic paragraphs
_QUOTE_OPEN = re.compile(r":[ \t]*\*{0,2}[ \t]*\n[ \t]*\*[ \t]*[\"“]")
_QUOTE_CLOSE = re.compile(r"[\"”][ \t]*\*?[ \t]*[.;,]?[ \t]*\*?[ \t]*(?=\n|$)")
_ITALIC_RESUMED = re.compile(r"\*[ \t]*\n[ \t]*(?=[^\s*])")
QUOTE_MAX = 4000  # characters: a longer span is no quotation closed where it seems (an opening left unclosed)


def quotations(source: str) -> list[tuple[int, int]]:
    r"""The spans of the provisions a letter quotes in italics after citing them ("Tại khoản 1, khoản 2 Điều 82 Thông tư
    số 80/2021/TT-BTC … quy định:" / '*"1. Nội dung chi ủy nhiệm thu*' … '*Cơ quan Thuế xây dựng mức kinh phí ủy
    nhiệm thu phù hợp … theo quy định. ”*', Công văn 5443/CT-CS of Cục Thuế, set x x_c883fdfb): the law's words, no
    work given by the letter (README: quoted provisions are no task). A span holds only italic lines: plain text
    after an italic line ends it unclosed (a quotation left open, set s s_3e9e9518), and then none is taken.

    >>> src = 'Thông tư quy định:\n*"2. Mức kinh phí:*\n*Cơ quan Thuế xây dựng mức kinh phí. ”*\nCục Thuế trả lời.'
    >>> [src[a:b] for a, b in quotations(src)]
    ['"2. Mức kinh phí:*\n*Cơ quan Thuế xây dựng mức kinh phí. ”']
    >>> quotations('quy định:\n*"Điều 55. Nhiệm vụ*\n*h) Quyết định xử lý:*\n- Tại điểm đ … quy định:\nx “a”,')
    []
    """
    out: list[tuple[int, int]] = []
    for m in _QUOTE_OPEN.finditer(source):
        a = m.end() - 1
        if out and a < out[-1][1]:
            continue
        c = _QUOTE_CLOSE.search(source, a + 1, a + QUOTE_MAX)
        if c is None or _ITALIC_RESUMED.search(source, a, c.start()):
            continue
        out.append((a, c.start() + 1))
    return out


def _without_quotations(paras: list[Para], source: str) -> list[Para]:
    """The paragraphs without those that open inside a provision the document quotes (:func:`quotations`)."""
    spans = quotations(source)
    if not spans:
        return paras
    return [p for p in paras if not any(a < p.start < b for a, b in spans)]


def _without_addressees(paras: list[Para], source: str, found: Optional[list[str]] = None) -> list[Para]:
    """The paragraphs without a letter's addressee list: "Kính gửi: - Ủy ban nhân dân tỉnh," and the bullets right
    under it ("- Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy …", "- Các đơn vị thực hiện công tác vệ sinh
    môi trường."), also when the "Kính gửi:" line itself is no paragraph (a table cell of the header): names of the
    recipients, which hold verbs but assign nothing. ``found`` receives the recipients' lines, label and bullet
    removed (:func:`_recipients`)."""
    found = [] if found is None else found
    out: list[Para] = []
    block, prev_end = False, 0
    bare = False  # the label alone on its line ("Đồng kính gửi:"): the paragraph under it is its value
    openings = tuple(_table()["addressee_block"]["openings"])
    for p in paras:
        gap = source[prev_end:p.start] if p.start >= prev_end else ""
        prev_end = max(prev_end, p.end)
        opening = _addressed_opening_rx().search(p.text)
        if opening:
            # the recipients run into the letter's opening in one paragraph ("Kính gửi: Ủy ban nhân dân các tỉnh,
            # thành phố trực thuộc trung ương Thực hiện Nghị định số 94/2022/NĐ-CP …, Bộ Tài chính đề nghị Ủy ban
            # nhân dân các tỉnh, …:"): the opening and its request start where the recipients' names end
            # (its start moves to the opening's first words in the source: the recipients may begin before the
            # letter's body, after a stray "* *" line of the rendering)
            words = p.text[opening.end():].split()[:3]
            at = re.search(r"\s+".join(map(re.escape, words)), source[p.start:p.end]) if words else None
            found.append(_addressee_rx().sub("", p.text[opening.start():opening.end()]))
            p = replace(p, text=p.text[opening.end():], start=p.start + at.start() if at else p.start)
        if _addressee_rx().match(p.text):
            # (a "Kính gửi:" run into the letter's opening, "… Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành
            # phố trực thuộc trung ương:" over its requests, crawl 2d737276bf416017, heads duties, not recipients)
            block = len(p.text) <= 200 and not re.search(r"\S\s*:\s*$", _addressee_rx().sub("", p.text))
            bare = not re.search(r"\w", _addressee_rx().sub("", p.text, count=1))
            if block and not bare:
                found.append(_addressee_rx().sub("", p.text, count=1))
            out.append(p)
            continue
        if bare and not re.match(r"[-–+•]\s", p.text) and len(p.text) <= 200 and not p.text.startswith(openings):
            # "Đồng kính gửi:" then "Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố để lãnh đạo, chỉ đạo." (Công điện
            # 220/CĐ-TTg, set h c_4cb68bdc as DOCX, the recipient without a bullet): the label's value, no duty
            bare = False
            continue
        bare = False
        if _addressee_rx().search(gap):
            block = True
        if block and re.match(r"[-–+•]\s", p.text) and not re.search(r"[^\s|*_]", _addressee_rx().sub("", gap)):
            found.append(p.text)
            continue
        block = False
        out.append(p)
    return out


@lru_cache(maxsize=None)
def _attached_title_rx() -> re.Pattern[str]:
    """The title line of a document a decision issues with it ("QUY ĐỊNH", ``attached_titles``)."""
    words = "|".join(re.escape(w) for w in _table()["attached_titles"]["words"])
    return re.compile(rf"^(?:{words})\b")


_ATTACHED_NOTE = re.compile(r"^\(?\s*(?:Ban hành|ban hành)\s+kèm\s+theo\b")


def _attached_kinds(paras: list[Para]) -> list[tuple[int, str]]:
    """(offset, kind) of the documents a decision issues with it, by their title and the note under it
    ("QUY ĐỊNH …" then "(Ban hành kèm theo Quyết định số 36/2025/QĐ-UBND)", crawl 3bc52886147b6a70):
    a Quy định's articles are rules, a Kế hoạch's items are read in full, whatever the decision's kind."""
    out = []
    for i, p in enumerate(paras):
        m = _attached_title_rx().match(p.text)
        if m and p.text[:20] == p.text[:20].upper() and any(_ATTACHED_NOTE.match(q.text) for q in paras[i + 1:i + 5]):
            out.append((p.start, m.group().capitalize().replace("Uỷ", "Ủy")))
    return out


def _procedure_annexes(paras: list[Para]) -> list[tuple[int, int]]:
    """(start, end) of the title block of each annex whose title names administrative procedures, their
    workflows or their restructuring ("PHỤ LỤC" / "QUY TRÌNH NỘI BỘ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH …" / "(Kèm theo
    Quyết định số …)", crawl c_1115dec7): its steps name who receives, checks and signs, and assign nothing
    (``procedure_annexes`` in ``data/task_prose.json``). The title is the run of capitals above the note."""
    rule = _table()["procedure_annexes"]
    note, label, title = (re.compile(rule[k], re.I) for k in ("note", "label", "title"))
    out = []
    for i, p in enumerate(paras):
        if not note.match(p.text):
            continue
        k = i
        while k > 0 and i - k < 6 and _title_line(paras[k - 1].text):
            k -= 1
        words = label.sub("", " ".join(q.text for q in paras[k:i]).casefold(), count=1).strip()
        if k < i and title.match(words):
            out.append((paras[k].start, p.end))
    return out


_PROCEDURE_ANNEX = "Phụ lục thủ tục hành chính"


def _title_line(s: str) -> bool:
    """A line of a title in capitals; its last line may be one short word ("… NGÀNH NÔNG NGHIỆP VÀ MÔI TRƯỜNG HÀ" /
    "TĨNH", crawl c_840fa329), which :func:`all_caps` alone would not count."""
    letters = re.sub(r"[^A-Za-zĐđÀ-ỹ]", "", s)
    return bool(letters) and letters == letters.upper()


def _continuation(n: Node) -> list[Node]:
    """The unmarked paragraphs under an item when they go on with its duty: none names a subject of its own, gives
    only a deadline (that one is the item's deadline, :meth:`_Reader._item_deadline`) or assigns nothing."""
    kids = n.children
    listed = kids[-1] if kids and kids[-1].kind == "intro" and _detail_list(kids[-1]) else None
    if not kids or any(c is not listed and (c.kind is not None or c.children) or c.para is None
                       or subject(c.text) is not None
                       or (f := _field_of(c.para)) is not None and f[0] == "deadline"
                       or any(rx.search(c.text.casefold()) for rx, _ in _not_task_rx()) for c in kids):
        return []  # (a closing "Trên đây là Kế hoạch …" read under the last item is no part of it: x_kh157_cantho)
    return kids


def _detail_list(c: Node) -> bool:
    """Whether the last paragraph going on with a lettered duty opens a list that says how, and the list is its own:
    "c) Kết thúc hoạt động … . Khẩn trương xây dựng … phương án bố trí, sử dụng …" then "Phương án bố trí, sử dụng phải
    gắn với yêu cầu …, theo hướng:" over "- Trên cơ sở biên chế được giao …", "- Thực hiện chế độ hợp đồng …" (set k
    k_6113947c II.4.c): an introduction over bullets that name no subject of their own and hold no list of their own
    (gold README: an item whose own sentence is a duty keeps its bullets)."""
    return bool(c.children) and all(d.kind in BULLETS and not d.children and subject(d.text) is None
                                    for d in c.children)


# what closes a sentence or introduces a list: a line that ends without it and stands alone is a title
_SENTENCE_END = re.compile(r"[.;:!?…]\W*$")


def _title_over_paragraphs(n: Node, text: str) -> bool:
    """Whether a numbered item is a title over the paragraphs of its duty: its line closes no sentence and every
    paragraph under it, unmarked, opens a sentence ("2.1. Đẩy mạnh hoàn thiện thể chế, pháp luật và nâng cao hiệu quả
    công tác tổ chức thi hành pháp luật" then "Đổi mới tư duy xây dựng pháp luật …", "Tạo môi trường thuận lợi …", set h
    c_e097e3d8). A line cut inside its sentence goes on in lower case, and is no title; nor is a line that holds a
    sentence or a list's opening and ends on the next marker ("4. Đẩy mạnh cắt giảm, đơn giản hóa thủ tục hành chính:
    (1) Các bộ, ngành, khẩn trương …; (3) các bộ, ngành, địa phương tập trung: (i)" then "Sửa đổi, bổ sung 322 văn bản
    …", crawl 74e2ddc7b11340da)."""
    return n.numbered and bool(n.children) and not _SENTENCE_END.search(text) and bool(re.search(r"\w$", text)) \
        and ":" not in text and not re.search(rf"\.\s+[{UPPER}]", text) \
        and all(c.kind is None and not c.children and re.match(rf"[{UPPER}]", c.text.strip()) for c in n.children)


def _heads_paragraphs(n: Node) -> bool:
    """Whether a line ending with ":" opens paragraphs: its own, or the unmarked paragraph after it among its
    siblings (a bullet whose paragraphs the outline keeps beside it)."""
    if n.children:
        return True
    if n.parent is None:
        return False
    kids = n.parent.children
    i = next(k for k, c in enumerate(kids) if c is n)
    return i + 1 < len(kids) and kids[i + 1].kind is None


def _title_names_group(n: Node, text: str, subj: Subject) -> bool:
    """Whether an article's title names a group by what it does ("Cán bộ, công chức, viên chức tiếp nhận và giải quyết
    TTHC trên môi trường điện tử"): a title, no sentence (no closing mark, at most 24 syllables), that opens with its
    subject, over two or more numbered clauses most of which open with a verb and none with a subject of its own
    before its verb."""
    items = [c for c in n.children if c.numbered]
    return subj.start == 0 and len(subj.leads) == 1 and len(items) >= 2 and len(items) == len(n.children) \
        and not _SENTENCE_END.search(text) and len(text.split()) <= 24 and not re.search(r"[.;:()]", text) \
        and 2 * sum(_starts_with_verb(c.text) for c in items) > len(items) \
        and not any(_opens_with_subject(c.text) for c in items[:1])


def _before_next_item(n: Node) -> bool:
    """Whether a numbered item has a next item of its own kind after it: the unmarked paragraphs under it then come
    between two items of one list, and go on with it ("1. Các cơ quan quản lý nhà nước, … có trách nhiệm … để đảm bảo
    an ninh nguồn nước." then "Hoạt động thăm dò, khai thác, … phải tuân thủ đúng quy định của Pháp luật. Nghiêm cấm
    các hành vi: …" then "2. Kết hợp hoặc luân phiên khai thác …", set fresh c_0fdb6c25); under the last item they may
    be the document's closing ("Văn phòng Chính phủ thông báo để … biết, thực hiện./.")."""
    if not n.numbered or n.parent is None:
        return False
    kids = n.parent.children
    i = next(k for k, c in enumerate(kids) if c is n)
    # (the words must open with a letter and make a sentence: an OCR page mark, "===== Trang 10 =====", a misread
    # marker, "©) Bộ Giao thông vận tải chủ trì, …" (set j l_bff4aa95), or an article heading cut by its footnote mark,
    # "**Điều 8****[7].**" (crawl 8180ae11188469fd), goes on with nothing)
    return i + 1 < len(kids) and kids[i + 1].kind == n.kind \
        and all(re.match(r"[^\W\d_]", c.text) and len(c.text.split()) >= 4 for c in n.children)


# the recipients' block that ends a document ("Nơi nhận:"; "*Nơi nhận:*" in a page's Markdown reads as a bullet)
_RECIPIENTS = re.compile(r"(?i)^[*•·\s]*n[ơo]i nhận\b")


def _operative(paras: list[Para], breaks: Optional[list[int]] = None) -> list[Para]:
    """Paragraphs without the signature blocks, recipient lists and what follows them up to the
    next attached document (a decision's attached plan starts with its own title); ``breaks`` gets the offset of
    each signature block or recipient list that ends a part of the file."""
    out: list[Para] = []
    skipping = False
    skipped: list[Para] = []
    note = re.compile(_table()["procedure_annexes"]["note"], re.I)
    for p in paras:
        # ("*Nơi nhận:*" in a page's Markdown reads as a bullet: crawl 020bddd030400bd2)
        # ("Noi nhận:} - KT. TONG CỤC TRƯỞNG": an OCR'd letter that lost the horn, l_1f3ca15f of set j)
        if _sign_rx().match(p.text) or _RECIPIENTS.match(p.text):
            if breaks is not None and not skipping:
                breaks.append(p.start)
            skipping, skipped = True, []
            continue
        if skipping and note.match(p.text):
            # a procedure annex titled by no kind word ("THỦ TỤC HÀNH CHÍNH NỘI BỘ LĨNH VỰC …" / "(Kèm theo Quyết định
            # số …)", crawl c_5081aaf7) begins after the recipient list: its title (the run of capitals above the
            # note) goes back in, so that the annex is known for what it is (:func:`_procedure_annexes`); an annex
            # of any other title stays skipped as before (a tax office's questions and answers, crawl c_f07fa9b8)
            k = len(skipped)
            while k > 0 and len(skipped) - k < 6 and _title_line(skipped[k - 1].text):
                k -= 1
            j = len(out)
            while k == 0 and j > 0 and len(out) - j + len(skipped) < 6 and _title_line(out[j - 1].text):
                # the title began before the skip: a line of it read as a signer's title ("PHỤ LỤC I" / "THỦ TỤC HÀNH
                # CHÍNH ĐƯỢC ỦY BAN NHÂN DÂN TỈNH ỦY QUYỀN CHO" / "GIÁM ĐỐC SỞ Y TẾ GIẢI QUYẾT …", set p p_fbe6de81)
                j -= 1
            if _procedure_annexes(out[j:] + skipped[k:] + [p]):
                out += skipped[k:]
                skipping = False
        if skipping and (_attached_title_rx().match(p.text) and p.text[:20] == p.text[:20].upper()
                         or outline.marker(p.text)[0] in ("roman", "article", "chapter")):
            skipping = False  # the attached plan (its title, or its first section) begins
        if skipping:
            skipped.append(p)
        else:
            out.append(p)
    return out


# --- labelled blocks -------------------------------------------------------------------

def _deadline_label() -> str:
    """The deadline field's label pattern ("Thời gian hoàn thành", "Thời hạn", …: ``fields`` of task_prose.json)."""
    return next(f["pattern"] for f in _table()["fields"] if f["field"] == "deadline")


@lru_cache(maxsize=None)
def _deadline_label_rx() -> re.Pattern[str]:
    return re.compile(rf"(?<=[.;])\s+(?i:{_deadline_label()})\s*:\s*[^.;:]{{3,80}}[.;]?\s*$")


def _without_deadline_label(text: str) -> str:
    """The text without a labelled deadline run into its last line ("- Tổng hợp kết quả kiểm kê, báo cáo kết quả kiểm
    kê gửi Bộ Tài chính. Thời gian hoàn thành: Trước ngày 31/5/2026.", crawl c_5d032471): in a document that gives
    its items' deadlines as labelled paragraphs the label's value is the task's deadline, not its text, wherever the
    line breaks (in prose that sets no such paragraph, "… trên Hệ thống 751. Thời hạn hoàn thành: trước ngày
    30/11/2025." closes the sentence of a Công điện, crawl c_d406ad9e, and stays)."""
    m = _deadline_label_rx().search(text)
    return text[:m.start()] if m else text


@lru_cache(maxsize=None)
def _heading_label_rx() -> tuple[re.Pattern[str], re.Pattern[str], list[tuple[str, re.Pattern[str]]]]:
    """(wrapper, content heading, [(field, bare label)]) of labels written as headings (``heading_labels``)."""
    e = _table()["heading_labels"]
    # (also run into its value's line by the paragraph joiner, the heading ending no sentence: "b) Cơ quan phối hợp
    # Mặt trận Tổ quốc Việt Nam và Hội Cựu chiến binh các cấp; …"; the value opens with a capital)
    bare = [(f["field"], re.compile(rf"^(?i:{f['pattern']})(?:\s*:?$|\s+(?=[{UPPER}]))")) for f in _table()["fields"]
            if f["field"] in ("lead", "coordinating")]
    return re.compile(rf"(?i)^(?:{e['wrapper']})\s*:?$"), re.compile(rf"(?i)^(?:{e['content']})\s*:?$"), bare


def heading_label(text: str) -> Optional[str]:
    """What a heading line is when it is a label without a value: "wrapper", "content", "lead", "coordinating".

    >>> heading_label("a) Cơ quan chủ trì"), heading_label("2. Cơ quan chủ trì, phối hợp")
    ('lead', 'wrapper')
    >>> heading_label("a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính.") is None
    True
    """
    return _heading_label(text)[0]


def _heading_label(text: str) -> tuple[Optional[str], str, str]:
    """(what, label, value run into its line) of a heading label (:func:`heading_label`)."""
    kind, _, body = outline.marker(text.strip())
    if kind in BULLETS:
        return None, "", ""
    body = body.strip().rstrip(".").strip()
    wrapper, content, bare = _heading_label_rx()
    if wrapper.match(body):
        return "wrapper", body, ""
    if content.match(body):
        return "content", body, ""
    for name, rx in bare:
        m = rx.match(body)
        label, value = body[:m.end()].strip().rstrip(":").strip() if m else "", body[m.end():] if m else ""
        # (a value run on only after a label that names the body's kind: "a) Chủ trì Hội nghị …" is a duty)
        if m and ":" not in value and (not value or re.match(r"(?i)(?:cơ quan|đơn vị|bộ phận)\b", label)
                                       and agencies(value)):
            return name, label, value
    return None, "", ""


def _heading_labels(paras: list[Para]) -> list[Para]:
    """The paragraphs with labels written as headings read as labelled paragraphs (``heading_labels``):
    "a) Cơ quan chủ trì" / "- Ban Chỉ đạo quốc gia." / "- Các Bộ, ngành liên quan." → "Cơ quan chủ trì: Ban Chỉ đạo
    quốc gia; Các Bộ, ngành liên quan"; the heading that announces them ("2. Cơ quan chủ trì, phối hợp") is dropped,
    and a numbered label right after them ("3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên.") loses its
    number, so that the run reads as one (set k k_5ccc5553)."""
    out: list[Para] = []
    i, run = 0, False
    while i < len(paras):
        p = paras[i]
        what = heading_label(p.text)
        nxt = heading_label(paras[i + 1].text) if i + 1 < len(paras) else None
        if what == "wrapper" and (nxt in ("lead", "coordinating") or i + 1 < len(paras)
                                  and _field_of(paras[i + 1]) is not None):
            i += 1
            continue
        if what in ("lead", "coordinating"):
            _, label, value = _heading_label(p.text)
            if value:
                out.append(replace(p, text=f"{label}: {value}"))
                i, run = i + 1, True
                continue
            j, names = i + 1, []
            while j < len(paras) and len(paras[j].text) <= 200 and ":" not in paras[j].text:
                k, _, name = outline.marker(paras[j].text)
                if k in BULLETS:
                    names.append(name.rstrip(".;, "))
                elif names and re.fullmatch(r"\(.*\)\.?", name):
                    pass  # "(Văn phòng Ban Chỉ đạo, cơ quan thường trực đồng thời là cơ quan trung tâm giúp …)": a note
                elif not names and k is None and agencies(name):
                    names.append(name.rstrip(".;, "))  # the value as one line: "Mặt trận Tổ quốc Việt Nam và …; …"
                    j += 1
                    break
                else:
                    break
                j += 1
            if names:
                out.append(replace(p, text=f"{label}: " + "; ".join(names), end=paras[j - 1].end))
                i, run = j, True
                continue
        kind, _, body = outline.marker(p.text)
        if run and kind and kind.startswith("num") and _field_of(replace(p, text=body)) is not None:
            out.append(replace(p, text=body))
            i += 1
            continue
        run = run and _field_of(p) is not None
        out.append(p)
        i += 1
    return out


def _block_time(n: Node) -> Optional[dl.Deadline]:
    """The date a numbered item of a letter's block gives as its time ("cụ thể như sau:" then "1. Thời gian: Ngày
    22/7/2018 (Chủ nhật)", "2. Địa điểm: …", "3. Nội dung:" over the work, set os is_24af4bd0): the deadline of the
    block's tasks that give none of their own; None for any other item, or a time that is no date."""
    if not (n.kind or "").startswith("num") or n.children:
        return None
    m = next((rx.match(n.text.strip()) for name, rx in _field_rx() if name == "deadline"), None)
    value = n.text.strip()[m.end():] if m else ""
    d = parse_deadline(value, span=(n.para.start, n.para.end)) if value and n.para is not None else None
    return d if d is not None and d.end and re.match(r"\d{4}-\d{2}-\d{2}$", d.end) else None


def _field_of(p: Para) -> Optional[tuple[str, str]]:
    body = re.sub(r"^(?:[-•+–*]\s*|[a-zđ]\)\s*)", "", p.text).strip()
    for name, rx in _field_rx():
        m = rx.match(body)
        if m:
            return name, body[m.end():].strip()
    return None


@lru_cache(maxsize=None)
def _label_person_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(honorific, post over a body, qualifier) at the start of a labelled value's piece (``label_persons``)."""
    e = _table()["label_persons"]

    def words(k: str) -> str:
        return "|".join(re.escape(w) for w in sorted(e[k], key=len, reverse=True))
    return (re.compile(rf"^(?:{words('honorifics')})\s+"), re.compile(rf"^(?:{words('posts')})\s+"),
            re.compile(rf"^(?:{words('qualifiers')})(?![\wÀ-ỹ])"))


def _without_persons(s: str) -> str:
    """A labelled value without the honorifics and posts of the people it names ("Các đ/c Phó chỉ tịch, Trưởng đoàn
    thể xã, các đồng chí Chuyên viên cơ quan MTTQ xã" → "Phó chỉ tịch, đoàn thể xã, cơ quan MTTQ xã") and without the
    field a person answers for (", phụ trách lĩnh vực …"); a post stands for its body only when one follows."""
    honorific, post, qualifier = _label_person_rx()
    from cancu.loaders.tasks.subjects import group_word_rx
    pieces = []
    for piece in re.split(r",\s+", s):
        piece = honorific.sub("", piece.strip())
        m = post.match(piece)
        if m and (start_rx().match(piece, m.end()) or group_word_rx().match(piece, m.end())):
            piece = piece[m.end():]
        if qualifier.match(piece) and pieces:
            continue
        pieces.append(piece)
    return ", ".join(pieces)


def _agency_list(s: str) -> list[str]:
    out: list[str] = []
    for part in re.split(r";", _without_persons(s.rstrip(". "))):
        for a in split_agencies(part.strip()):
            # "Các bộ phận, ngành, đoàn thể có liên quan trong thực hiện các tiêu chí …" → "… có liên quan"
            a = strip_titles(trim_qualifier(re.sub(r"^và\s+", "", a)))
            if a and a not in out:
                out.append(a)
    return out


def _num_depth(p: Para) -> int:
    """How deep a numbered paragraph sits ("1." → 1, "1.2." → 2); 0 for any other."""
    kind = outline.marker(p.text)[0] or ""
    return int(kind[3:]) if kind.startswith("num") else 0


def _topic_numbers(paras: list[Para]) -> bool:
    """True when some numbered paragraph carries two or more label runs before the next numbered one ("4. <topic>" /
    "- <duty>" / "Đơn vị chủ trì: …" / "- <duty>" / "Đơn vị chủ trì: …", crawl c_7d736b53 III.4): the document's
    numbered lines are topics and the duties under them are the tasks, also under a topic with one duty."""
    runs, in_run = 0, False
    for p in paras:
        f = _field_of(p)
        if f is None:
            if _num_depth(p) or outline.marker(p.text)[0] in ("roman", "article", "chapter"):
                runs = 0
            in_run = False
            continue
        if f[0] in ("lead", "assignment") and not in_run:
            runs, in_run = runs + 1, True
            if runs >= 2:
                return True
    return False


def _numbered_items(paras: list[Para], block: list[int]) -> list[int]:
    """The numbered paragraphs of a label run's block that are its tasks, in a document whose numbered lines are not
    topics (:func:`_topic_numbers`): the deepest-numbered items when there are several ("3.1.", "3.2.", "3.3." over
    one label set) or when a sub-item ("1.3 Xây dựng, ban hành kế hoạch …") is followed only by bullets that state
    requirements, principles or a schedule ("- Bảo đảm thống nhất với hướng dẫn …", "(1) Tổ chức hiệp thương lần thứ
    nhất: …"; Word file of a commune's Fatherland Front, 2025). [] when the paragraph before the labels is the task."""
    nums = [k for k in block if _num_depth(paras[k])]
    if not nums:
        return []
    depth = max(_num_depth(paras[k]) for k in nums)
    items = [k for k in nums if _num_depth(paras[k]) == depth]
    after = [k for k in block if k > items[0] and k not in items]
    # (several items over one label set may go on in a paragraph of their own: "1.2. Nâng cao vai trò, trách nhiệm
    # …" / "Tuyên truyền nâng cao nhận thức …" / "- Cơ quan thực hiện: …", a Kon Tum programme of set l)
    # (sub-items of one heading only: "3. <heading>" / <its text> / "4. <heading>" / labels gives 4 its labels alone)
    plain = len(items) > 1 and depth >= 2 and len({paras[k].text.split(".")[0] for k in items}) == 1 \
        and all(outline.marker(paras[k].text)[0] is None and not paras[k].text.endswith(":") for k in after)
    bullets = all(outline.marker(paras[k].text)[0] in BULLETS + ("paren_num", "paren_letter") for k in after)
    if not (bullets or plain) or items[0] != nums[-len(items)]:
        return []  # (an unmarked paragraph or a shallower number after the items: not this layout)
    if len(items) > 1 or depth >= 2 and after:
        return items
    return []


def _shared_duties(paras: list[Para], block: list[int]) -> list[int]:
    """The duty bullets of a label run's block under a numbered topic: the bullets after the last numbered line, when
    every paragraph there is a bullet."""
    last = max((k for k in block if _num_depth(paras[k])), default=None)
    after = [k for k in block if last is None or k > last]
    # (one kind of bullet, each a sentence of its own: not the "- Nơi tiếp nhận và trả kết quả:" / "+ Trung tâm …" /
    # "- Cơ quan có thẩm quyền quyết định: …" cells of a procedure table read as lines, crawl 27cbc6425a10478c)
    if not after or len({outline.marker(paras[k].text)[0] for k in after}) != 1 \
            or any(outline.marker(paras[k].text)[0] not in BULLETS or ":" in paras[k].text for k in after):
        return []
    return after


def _addressed_lists(paras: list[Para]) -> list[Para]:
    """A request that names only its addressee and ends with a full stop over bullets ("2. Giao Bộ Kế hoạch và Đầu
    tư." then "- Thông báo cho Điều phối viên …", "- Phối hợp với …", set o io_fa055275, a Công văn of the Thủ tướng
    on a web page) introduces them as "Giao Bộ Kế hoạch và Đầu tư:" does: the stop stands for the colon, and each
    bullet is a duty of the addressee. A request with words of its own after the addressee is a sentence."""
    out = list(paras)
    for i, p in enumerate(paras[:-1]):
        _, _, rest = outline.marker(p.text)
        if not rest.endswith(".") or rest.endswith(".."):
            continue
        s = subject(rest[:-1].rstrip())
        if s is None or not s.request or s.end < len(rest[:-1].rstrip()) \
                or outline.marker(paras[i + 1].text)[0] not in BULLETS:
            continue
        out[i] = replace(p, text=p.text[:-1] + ":")
    return out


_GLUED_LABEL = re.compile(r"\s[-–]\s*(?=[A-ZĐ])")


def _unglued_fields(paras: list[Para]) -> list[Para]:
    """Labelled paragraphs with a second label run onto the first one's value split in two: "- Cơ quan thực hiện: Sở
    Văn hóa - Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành, Liên đoàn Lao động tỉnh và địa phương -Thời
    gian thực hiện: Thực hiện thường xuyên hằng năm." (a Kon Tum programme of set l). Only where the words after the
    dash are a label themselves ("Văn hóa - Thể thao" is a name)."""
    out: list[Para] = []
    for p in paras:
        f = _field_of(p)
        cut = next((m.start() for m in _GLUED_LABEL.finditer(p.text) if f and m.start() > 0
                    and (g := _field_of(Para(p.text[m.end():], 0, 0))) and g[0] != f[0]), None)
        if cut is None:
            out.append(p)
            continue
        rest = p.text[cut:].strip()
        out += [replace(p, text=p.text[:cut].strip(), end=min(p.end, p.start + cut)),
                replace(p, text=rest, start=min(p.end, p.start + cut))]
    return out


@lru_cache(maxsize=None)
def _contact_rx() -> re.Pattern[str]:
    return re.compile(_table()["contact_trailers"]["pattern"])


def _without_contact(paras: list[Para]) -> list[Para]:
    """Paragraphs cut before a contact person written on after their last sentence ("… trước ngày 24/11/2025. Mọi
    thông tin chi tiết xin liên hệ: Ông …; Điện thoại: …", ``contact_trailers``): whom to call is no part of a task."""
    out: list[Para] = []
    for p in paras:
        m = _contact_rx().search(p.text)
        out.append(replace(p, text=p.text[:m.start()].rstrip(), end=min(p.end, p.start + m.start())) if m else p)
    return out


#: the markers that number an item as printed ("a) Hoạt động 1" over its labels, crawl c_dcd63b2c: no 'a')
_OWN_NUMBERS = ("letter", "paren_num", "paren_letter", "paren_roman")


def _labelled(paras: list[Para], used: set[int]) -> list[Task]:
    out: list[Task] = []
    section = section_title = section_no = None
    no: Optional[str] = None
    i = 0
    last_task_para: Optional[int] = None
    topics = _topic_numbers(paras)
    block_start = 0  # the first paragraph after the previous label run or section heading
    while i < len(paras):
        p = paras[i]
        kind, label, body = outline.marker(p.text)
        f = _field_of(p)
        if kind == "roman" and not f:
            section, section_title, section_no = label, body, label
            block_start = i + 1
        if kind and kind.startswith("num") and not f:
            no = label
        if f is None:
            last_task_para = i
            i += 1
            continue
        # a run of labelled paragraphs
        fields: dict[str, str] = {}
        j = i
        while j < len(paras) and (fj := _field_of(paras[j])):
            if fj[0] == "lead" and "lead" in fields:
                # "Cơ quan chủ trì: Hội đồng đánh giá …" and "Bộ phận tham mưu thực hiện: bộ phận Tư pháp - Hộ tịch"
                # (office o001 II.6): both are in charge
                fields["lead"] += "; " + fj[1]
            else:
                fields.setdefault(fj[0], fj[1])
            j += 1
        if not ({"lead", "assignment"} & fields.keys()) or last_task_para is None and "task" not in fields:
            i = j
            continue
        if "task" not in fields and section_title and block_start < i \
                and heading_label(paras[block_start].text) == "content":
            # "I. CÔNG TÁC QUÁN TRIỆT, …" / "1. Nội dung, biện pháp" / a) … d) / the labels: the section is the task,
            # its title the text (its content items are the task's detail, set k k_5ccc5553)
            used.update(range(block_start, j))
            out.append(_block_task(fields, section, section_title, section_no, section_title,
                                   (paras[block_start].start, paras[j - 1].end)))
            last_task_para, block_start, section_title = None, j, None
            i = j
            continue
        items = [] if topics or "task" in fields else _numbered_items(paras, list(range(block_start, i)))
        if items:
            # each numbered item is a task with this label set; the bullets under an item elaborate it, except
            # under one that ends with ":" ("6.1. Tham gia thực hiện các nhiệm vụ:" / "- Tham gia các phiên họp …")
            used.update(range(block_start, j))
            for n, k in enumerate(items):
                end = items[n + 1] if n + 1 < len(items) else i
                _, lab, text = outline.marker(paras[k].text)
                if text.endswith(":") or all(outline.marker(paras[x].text)[0] is None for x in range(k + 1, end)):
                    text = " ".join([text] + [paras[x].text for x in range(k + 1, end)])
                out.append(_block_task(fields, section, section_title, lab, text, (paras[k].start, paras[j - 1].end)))
            last_task_para, block_start = None, j
            i = j
            continue
        duties = _shared_duties(paras, list(range(block_start, i))) if topics and "task" not in fields else []
        if len(duties) > 1:
            # "3. <topic>" / "- <duty>" / "- <duty>" / one label set (crawl c_7d736b53 III.3): each duty is a task of
            # that label set, whatever subject it names (the block names its executor)
            used.update(duties)
            used.update(range(i, j))
            for k in duties:
                out.append(_block_task(fields, section, section_title, None, outline.marker(paras[k].text)[2],
                                       (paras[k].start, paras[j - 1].end)))
            last_task_para, block_start = None, j
            i = j
            continue
        if "task" in fields:
            task_text = fields["task"]
            first = paras[i]
        else:
            first = paras[last_task_para]
            k, lab, task_text = outline.marker(first.text)
            if k and (k.startswith("num") or k in _OWN_NUMBERS):
                no = lab
            used.add(last_task_para)
        used.update(range(i, j))
        # a duty bullet under a numbered topic is unnumbered ("1. Rà soát, kiện toàn …" / "- Thường xuyên rà soát …" /
        # "Đơn vị chủ trì thực hiện: …", crawl c_7d736b53); an unmarked paragraph is the topic's own text
        own = None if "task" not in fields and outline.marker(first.text)[0] in BULLETS else no
        if "task" in fields and i > 0 and outline.marker(paras[i - 1].text)[0] in _OWN_NUMBERS:
            own = outline.marker(paras[i - 1].text)[1]  # "a) Hoạt động 1" / "- Nội dung: …" / "- Cơ quan thực hiện: …"
        out.append(_block_task(fields, section, section_title, own, task_text, (first.start, paras[j - 1].end)))
        last_task_para, block_start = None, j
        i = j
    return out


def _block_task(fields: dict[str, str], section: Optional[str], section_title: Optional[str], no: Optional[str],
                task_text: str, span: tuple[int, int]) -> Task:
    """The task of a labelled block: its text, and its lead, partners and deadline from the labels."""
    named: list[str] = []  # the partners an assignment sentence names itself
    if "lead" in fields:
        leads = _agency_list(fields["lead"])
        if fields.get("assignment") and not assign(fields["assignment"])[0]:
            # "a) Cơ quan chủ trì: …" then "b) Đơn vị thực hiện: Các Đội chuyên trách của quân đội." (set k k_5ccc5553
            # B.VI): the units that carry it out lead beside those in charge (gold README: lead = chủ trì, thực hiện)
            leads += [a for a in _agency_list(fields["assignment"]) if a not in leads]
        roles = [Role(a, "lead", is_group(a), span) for a in leads]
    else:
        leads, named, roles = assign(fields["assignment"])
        if not leads:  # "Đơn vị thực hiện: Các Sở, ngành, đơn vị, UBND cấp xã." names agencies only
            leads, named = _agency_list(fields["assignment"]), []
            roles = [Role(a, "lead", is_group(a), span) for a in leads]
    coords = _agency_list(fields.get("coordinating", ""))
    roles = list(roles) + [Role(a, "coordinating", is_group(a), span) for a in coords]
    if not coords:
        # "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố, …" (crawl
        # c_dcd63b2c): the sentence names the partners (its roles hold them already)
        coords = list(named)
        for a in _partners_after_semicolons(fields.get("assignment", "")):
            if a not in coords:
                coords.append(a)
                roles.append(Role(a, "coordinating", is_group(a), span))
    dtext = fields.get("deadline")
    return Task(section, section_title, reform_area(section_title or ""), no, task_text,
                tuple(x for x in [fields.get("deliverables")] if x), span, False,
                parse_deadline(dtext, span=span) if dtext else None,
                tuple(leads), tuple(coords), tuple(roles), (), quirks=("prose_block",))


def _partners_after_semicolons(value: str) -> list[str]:
    """The partners a label's value lists after the first one, set apart by semicolons: "Sở Lao động - Thương binh và
    xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh; các sở, ngành liên quan; Uỷ ban nhân dân các huyện, thành
    phố." (a Kon Tum programme of set l) → the two after "Liên đoàn Lao động tỉnh", which the sentence's reading ends
    at. Only when every piece after a semicolon opens with an agency word and states no action."""
    m = re.search(r"\bphối hợp(?:\s+với)?\s+", value)
    if not m:
        return []
    pieces = [x.strip(" .") for x in value[m.end():].split(";")][1:]
    if not pieces or any(not start_rx().match(x) or verb_rx().search(x) for x in pieces):
        return []
    return [a for x in pieces for a in _agency_list(x)]


# --- the outline walk ----------------------------------------------------------------

def _organises(n: Node) -> bool:
    """``n`` lies under the section of a regulation that organises its implementation ("Điều 26.
    Tổ chức thực hiện" of a decree, "Chương IV. TỔ CHỨC THỰC HIỆN" of a Quy định): the rest of a
    regulation sets rules, but that section gives named bodies work to do."""
    # the heading is that section's name, not a procedure that mentions it ("Điều 6. Trình tự,
    # trách nhiệm thực hiện hỗ trợ" of a decree is a procedure: crawl 21c5e5f284e6)
    # (a name only an article bears, "Điều khoản thi hành", holds for the article's own clauses and their lettered
    # items: an annex after the signature that the outline hangs under its last clause, "PHỤ LỤC 01 … Nhóm 4: Thư ký
    # các đồng chí …" of NQ 55/2025/NQ-HĐND Hà Nội, crawl 02b9be7711f88c70, is no duty of it)
    near = (n.parent, n.parent.parent if n.parent is not None and n.kind in ("letter", "paren_letter") else None)
    return any(a.kind in ("article", "chapter", "roman", "upper")
               and _duty_section_rx(a.kind if any(a is x for x in near if x is not None) else None).match(
                   re.sub(r"^\W+", "", _titled(a)[:80].casefold()))
               for a in n.ancestors()) or _charged_in_closing_chapter(n)


def _charged_in_closing_chapter(n: Node) -> bool:
    """``n`` lies in an article "Trách nhiệm của <bodies>" of a regulation's chapter "ĐIỀU KHOẢN THI HÀNH"
    (``duty_sections`` ``chapter``): that article hands the implementation to its bodies, though the chapter's other
    articles may not."""
    article = next((a for a in n.ancestors() if a.kind == "article"), None)
    chapter = next((a for a in n.ancestors() if a.kind == "chapter"), None)
    if article is None:
        return False
    if chapter is None:
        # a regulation without chapters closes on its "Trách nhiệm của …" article as another closes on its chapter
        # (``closing_article``): "Điều 14. Trách nhiệm của người đứng đầu cơ quan, đơn vị", the last article of the
        # Quy định of QĐ 212/2025/QĐ-UBND Hải Phòng (set y y_a91953f8), whose gold lists its clauses
        # (its own clauses and their lettered items only: the annex after the signature that the outline hangs under
        # its last clause, the forms of that Quy định, is no duty of it, as in ``_organises``)
        near = n.parent is article or n.kind in ("letter", "paren_letter") and n.parent is not None \
            and n.parent.parent is article
        title = re.sub(r"^\W+", "", _titled(article)[:80])
        return near and _last_article(article) \
            and any(a.match(title) for a, closing in _closing_chapter_rx(True) if closing)
    title, chapter_title = (re.sub(r"^\W+", "", _titled(x)[:80]) for x in (article, chapter))
    return any(a.match(title) and c.match(chapter_title) for a, c in _closing_chapter_rx())


def _last_article(article: Node) -> bool:
    """No article follows ``article`` among its siblings (what hangs after it, an annex, is none) but the formal close
    of the document (``closing_article_after``): its entry into force ("Điều 4. Hiệu lực thi hành") and the clause of
    all its addressees ("Điều 5. Chánh Văn phòng …, Giám đốc Sở Công Thương, … chịu trách nhiệm thi hành Quyết định
    này"), after which the decision of set be e_3e843967 closes on "Điều 3. Trách nhiệm của Sở Công Thương"."""
    siblings = article.parent.children if article.parent is not None else []
    later = siblings[next(i for i, x in enumerate(siblings) if x is article) + 1:]
    articles = [y for x in later for y in [x, *x.walk()] if y.kind == "article"]
    return all(_formal_close(x) for x in articles)


def _formal_close(article: Node) -> bool:
    """``article`` only closes the document: its title is its entry into force, or its one paragraph, under whatever
    title ("Điều 5. Tổ chức thực hiện"), is the execution clause."""
    title = re.sub(r"^\W+", "", _titled(article)[:80]).casefold()
    return _closing_after_rx().match(title) is not None or (
        all(c.kind is None for c in article.children)
        and _execution_rx().search(_unnumbered_text(article).casefold()) is not None)


@lru_cache(maxsize=None)
def _closing_after_rx() -> re.Pattern[str]:
    entry = next(d for d in _table()["duty_sections"] if "closing_article_after" in d)
    return re.compile(entry["closing_article_after"])


@lru_cache(maxsize=None)
def _closing_chapter_rx(closing: bool = False) -> list[tuple[re.Pattern[str], Any]]:
    """(article title, chapter title) of each ``duty_sections`` entry read only under a chapter (``chapter``); with
    ``closing``, (article title, whether the entry also holds for a chapterless regulation's last article)."""
    return [(re.compile("(?i)" + d["pattern"]),
             bool(d.get("closing_article")) if closing else re.compile("(?i)" + d["chapter"]))
            for d in _table()["duty_sections"] if "chapter" in d]


def _transition_rule(n: Node, text: str) -> bool:
    """``text`` (of node ``n``) lies in a regulation's transitional article ("Điều 15. Điều khoản chuyển tiếp và áp
    dụng") and says how a case is treated, or stands under a clause introducing such rules (``duty_sections``
    ``rules``): the article's other clauses hand the change-over to named bodies (tasks, as the organising
    section's)."""
    title, rule, intro = _transition_rules_rx()
    article = next((a for a in n.ancestors() if a.kind == "article"), None)
    if article is None or not title.match(re.sub(r"^\W+", "", _titled(article)[:80])):
        return False
    return bool(rule.search(text)) or any(intro.search(a.text) for a in n.ancestors() if a is not article and a.kind)


def _transition_entry() -> dict:
    return next(d for d in _table()["duty_sections"] if "rules" in d)


@lru_cache(maxsize=None)
def _transition_rules_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the transitional article's title, a rule said of a case, a clause introducing rules): the ``duty_sections``
    entry with ``rules``."""
    e = _transition_entry()
    return re.compile("(?i)" + e["pattern"]), re.compile(e["rules"]["pattern"]), re.compile(e["rules"]["introduction"])


@lru_cache(maxsize=None)
def _case_rule_rx() -> re.Pattern[str]:
    """What a case need not or may not do, in a normative text: a rule, no work (``case_rules``)."""
    return re.compile(_table()["case_rules"]["pattern"])


@lru_cache(maxsize=None)
def _stated_first_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a passive statement, a case with its rule) before a named doer (``duty_sections`` ``stated_first``)."""
    e = _transition_entry()["stated_first"]
    return re.compile(e["passive"]), re.compile(e["case"])


def _hands_over(text: str, subj: Optional[Subject], kind: Optional[str], node_kind: Optional[str]) -> bool:
    """``text`` opens with "Giao" and the body it hands work to: an assignment even among a regulation's rules —
    anywhere in a decision or resolution that is a regulation itself ("Giao Ủy ban nhân dân tỉnh Khánh Hòa làm cơ quan
    chủ quản Dự án" in the mechanisms article of a Government resolution, set g c_4c31333f Điều 2.2), and as an article
    or numbered clause of an attached Quy định / Quy chế ("Điều 22. Giao Văn phòng Trung ương Đảng hướng dẫn và kiểm
    tra việc thực hiện Quy định này …", e c_380b2dc8), whose golds list them. A bullet of such a regulation is a step
    of a procedure it sets ("- Giao Văn phòng đăng ký đất đai cung cấp thông tin …", 27 times in the step cells of QĐ
    138/2025/QĐ-UBND's Quy chế, crawl 5a80798bbf985e87), as it always was read."""
    rule = _table()["normative_decisions"]
    if not (subj and subj.request and _hands_over_rx().match(text)):
        return False
    return (kind or "").casefold() == rule["kind"].casefold() or node_kind not in BULLETS


def charged_with_document(text: str, subj: Optional[Subject]) -> bool:
    """``text``, an article of a decision or resolution read as a regulation, charges the body it names with carrying
    out the document itself ("Điều 2. Ủy ban nhân dân tỉnh có trách nhiệm tổ chức thực hiện Nghị quyết này.", set ov
    iv_a0f388b0): a task though no "Tổ chức thực hiện" title heads it (``normative_decisions``
    ``charged_with_document``; "… có trách nhiệm thi hành Quyết định này", the list of all addressees, is none).

    >>> t = "Ủy ban nhân dân tỉnh có trách nhiệm tổ chức thực hiện Nghị quyết này."
    >>> charged_with_document(t, subject(t)), charged_with_document(t.replace("tổ chức thực", "thi"), subject(t))
    (True, False)
    """
    if subj is None or subj.request or subj.heading:
        return False
    return _charged_with_document_rx().search(text[subj.end:].casefold()) is not None


@lru_cache(maxsize=None)
def _charged_with_document_rx() -> re.Pattern[str]:
    return re.compile(_table()["normative_decisions"]["charged_with_document"]["pattern"])


@lru_cache(maxsize=None)
def _hands_over_rx() -> re.Pattern[str]:
    """Request words that hand work over even among a regulation's rules (``normative_decisions`` ``hands_over``)."""
    words = "|".join(re.escape(w) for w in _table()["normative_decisions"]["hands_over"])
    return re.compile(rf"(?i)(?:{words})\s")


def _titled(n: Node) -> str:
    """A section's name: its own words, or the title on the line after a bare "Chương V" ("**Chương V**", a blank
    line, "**TỔ CHỨC THỰC HIỆN**": the Quy chế of QĐ 161/2025/QĐ-UBND Ninh Bình)."""
    if not n.text.strip() and n.children and n.children[0].kind is None:
        return n.children[0].text
    return n.text


def _siblings_own_subjects(n: Node) -> bool:
    """Whether another item beside ``n`` names a body of its own that does the work ("6. Sở Xây dựng, Sở Nông nghiệp
    và Môi trường phối hợp hướng dẫn …", crawl Quyết định 138/2025/QĐ-UBND Đồng Tháp): such items are each a body's
    clause."""
    siblings = [c for c in (n.parent.children if n.parent is not None else ()) if c is not n and c.kind == n.kind]
    return any((s := subject(c.text)) is not None and not s.request for c in siblings)


class _Ctx:
    """What an enclosing heading or introduction passes to the items under it."""

    def __init__(self, leads: tuple[str, ...] = (), coords: tuple[str, ...] = (), deadline=None,
                 duty: bool = False, request: bool = False, join: bool = False) -> None:
        self.leads, self.coords, self.deadline, self.duty = leads, coords, deadline, duty
        self.request = request  # the leads were named by Giao / Đề nghị / Yêu cầu
        # under an agency heading its unmarked paragraphs are one duty; under an introduction
        # ("Bộ Chính trị giao Đảng ủy Chính phủ lãnh đạo, chỉ đạo:") each paragraph is one
        self.join = join


class _Reader:
    def __init__(self, kind_at=lambda pos: None, breaks: Iterable[int] = ()) -> None:
        self.out: list[Task] = []
        self.kind_at = kind_at  # the kind of the document holding an offset
        self.breaks = tuple(breaks)  # offsets of the signature blocks that end a part of the file (:func:`_operative`)
        self.addressee: tuple[str, ...] = ()
        self.deadline_lines = False  # the document gives deadlines as labelled paragraphs ("Thời gian hoàn thành: …")
        self.text = ""  # the paragraphs' text, where a name a title writes in capitals is found as written

    def mode(self, pos: int) -> str:
        """How the document holding an offset assigns work: all | requests | none."""
        return _kind_modes().get((self.kind_at(pos) or "").casefold(), "all")

    def read(self, root: Node) -> list[Task]:
        self.addressee = self._notice_addressee(root)
        self.deadline_lines = any(n.para is not None and (_field_of(n.para) or ("",))[0] == "deadline"
                                  for n in root.walk())
        self.text = "\n".join(n.text for n in root.walk() if n.para is not None)
        self._children(root, _Ctx())
        self._closing_deadlines(root)
        return self.out

    def _notice_addressee(self, root: Node) -> tuple[str, ...]:
        """The body a notice is sent to for action ("thông báo để UBND tỉnh Phú Thọ … biết, thực hiện")."""
        for rule in _table()["notice_addressee"]:
            rx = re.compile(rule["pattern"], re.I)
            for n in root.walk():
                if (self.kind_at(n.para.start) or "") not in rule["kinds"]:
                    continue
                m = rx.search(n.text)
                if m:
                    named = [a for a in agencies(m.group(1)) if not self._generic([a])]
                    return tuple(named[:1])
        return ()

    # -- classification helpers

    def _excluded(self, text: str, marked: bool = True, steps: bool = True) -> bool:
        low = text.casefold()
        return any(rx.search(low) for rx, unmarked in _not_task_rx() if marked is False or not unmarked) \
            or steps and any(rx.match(low) for rx in _step_rx())

    def _kept_sentences(self, text: str, marked: bool, steps: bool = True) -> str:
        """The text without its sentences that assign nothing ("Quyết định này có hiệu lực … . Giao Sở …");
        ``steps``: whether a step of a procedure workflow ("Chuyển hồ sơ …", "Trả kết quả …") is one of them."""
        if not text or not self._excluded(text, marked, steps):
            return text
        parts = _sentence_rx().split(text)
        if len(parts) < 2:
            return ""
        kept: list[str] = []
        for p in parts:
            # the standard closing after a marked item's duty goes on with the item ("đ) Tổ chức đánh giá kết quả thực
            # hiện Nghị quyết. Nếu có khó khăn vướng mắc, kịp thời báo cáo …", set e c_f4094628): its text as written
            if not self._excluded(p, marked, steps) or marked and kept and _closing(p) and _closing_goes_on(kept, p):
                kept.append(p)
        return " ".join(kept)

    def _generic(self, leads: Iterable[str]) -> bool:
        leads = list(leads)
        return bool(leads) and all(any(rx.match(a.casefold()) for rx in generic_rx()) for a in leads)

    def _topic(self, text: str) -> bool:
        return any(rx.match(text.casefold()) for rx in _topic_rx())

    def _points_to_list(self, text: str) -> bool:
        return any(rx.search(text.casefold()) for rx in _pointer_rx())

    # -- the walk

    def _roster_items(self, node: Node) -> set[int]:
        """The ids of the children of ``node`` that are the items of a list of units (``rosters``): the children of
        an intro "…, gồm:", or the marked children after such a child."""
        items = [c for c in node.children if c.marked]
        if node.para is not None and not any(c.children for c in items) \
                and roster(node.text, [c.text.strip() for c in items]):
            return {id(c) for c in items}
        out: set[int] = set()
        for i, c in enumerate(node.children):
            if c.marked or c.children:
                continue
            run = list(itertools.takewhile(lambda d: d.marked and not d.children, node.children[i + 1:]))
            if roster(c.text, [d.text.strip() for d in run]):
                out |= {id(d) for d in run}
        return out

    def _children(self, node: Node, ctx: _Ctx) -> None:
        body: list[Node] = []  # a run of unmarked paragraphs under an agency heading: one task
        marked = False
        carry: tuple[str, ...] = ()  # the addressee of a request paragraph just read
        sections: Optional[_Ctx] = None  # what an opening request passes to the document's sections after it
        last = (len(self.out), len(self.out))  # the tasks the previous child gave
        first, timed = len(self.out), None  # the block's first task; the time one of its items gives them all
        names = self._roster_items(node)
        for child in (_between_items_joined(node.children, _followed(node)) if ctx.leads else node.children):
            if id(child) in names:
                continue  # a unit of the body the list names ("14. Vụ Kiểm sát giải quyết khiếu nại, …;")
            timed = timed or _block_time(child)
            if sections is not None and child.kind in _SECTION_KINDS:
                before = len(self.out)
                self._node(child, sections)
                last = (before, len(self.out))
                continue
            if child.kind is None and not child.children and last[0] < last[1] and self._item_deadline(child, last):
                continue  # "Thời gian hoàn thành: Tháng 12/2025." under "- Phối hợp …": that item's deadline
            last = (len(self.out), len(self.out))
            if ctx.leads and child.kind is None and marked:
                # an unmarked paragraph after the heading's items closes the list
                self._flush_body(node, body, ctx)
                body = []
                self._node(child, _Ctx())
                continue
            marked = marked or child.marked
            if ctx.leads and ctx.join and child.kind is None and (ctx.request and node.text.endswith(":")
                                                                  or not subject(child.text)) \
                    and not self._excluded(child.text, False):
                # under "1. Đề nghị Đảng ủy, HĐND, UBMTTQVN …:" the paragraphs are the addressees' one duty even when
                # they name some of them again ("Đề nghị MTTQ và các tổ chức thành viên …", office o002)
                body.append(child)
                continue
            self._flush_body(node, body, ctx)
            body = []
            if carry and child.kind is None and not child.children and self._delivery(child, carry):
                continue  # "Các đơn vị gửi ý kiến về Phòng Khảo thí … trước ngày 13.12.2007.": the request's deadline
            if carry and child.kind is None and not child.children and subject(child.text) is None \
                    and _starts_with_verb(child.text) and not self._excluded(child.text, False) \
                    and not _past(child.text):
                # "Bộ Chính trị giao Ban Thường vụ các tỉnh ủy, thành ủy chủ động …" then "Bảo đảm kiện toàn tổ chức
                # bộ máy …", "Đưa vào hoạt động cấp xã mới …" (crawl c_1dbf5af7): paragraphs in the imperative right
                # after a request go on giving work to its addressee
                self._emit(child, child.text, carry, _Ctx(carry, duty=True, request=True))
                continue
            before = len(self.out)
            self._node(child, ctx)
            last = (before, len(self.out)) if child.marked else (len(self.out), len(self.out))
            if not ctx.leads and len(self.out) == before:
                sections = self._opening_request(child) or sections
            subj = subject(child.text) if child.kind is None and len(self.out) > before else None
            carry = subj.leads if subj is not None and subj.request and not subj.heading \
                and self.out[-1].lead == subj.leads else ()
        self._flush_body(node, body, ctx)
        for i in range(first, len(self.out) if timed else first):
            if self.out[i].deadline is None:
                self.out[i] = replace(self.out[i], deadline=timed)

    def _section_place(self, section: Node) -> tuple[str, ...]:
        """The province a notice's task section opens on by its level word ("1. Về tăng trưởng kinh tế:" then "Tỉnh
        cần tập trung lãnh đạo, chỉ đạo, …" in a notice sent to Ủy ban nhân dân tỉnh Sơn La, set f c_fbc92c33): the
        items after it, with no subject, go on with it and the place leads them as the first names it ("tỉnh Sơn
        La"); () when the section opens otherwise."""
        for d in itertools.islice((d for d in section.walk() if d.para is not None), 2):
            s = addressee_place(d.text.strip(), self.addressee[0])
            if s is not None:
                return s.leads
        return ()

    def _assessment_closings(self, section: Node) -> None:
        """The paragraphs of an assessment section that ask the province itself to act ("Tỉnh Thanh Hóa cần nỗ lực,
        phấn đấu hơn nữa, …", set b c_9d1b9015 I.3; "Trong thời gian tới, Tỉnh tổ chức thực hiện nghiêm túc …" in a
        notice sent to Ủy ban nhân dân tỉnh Điện Biên, set fresh c_10366d53 I): its tasks (``assessment_sections``
        ``closing``); what it did is none."""
        e = _table()["assessment_sections"]["closing"]
        for d in section.walk():
            if d is section or d.para is None or d.marked or d.children or d.kind is not None:
                continue
            # (the paragraph may run on from the assessment: the task is its sentences from the one that asks)
            parts = _sentence_rx().split(d.text.strip())
            for i, text in enumerate(parts):
                subj = subject(text)
                if subj is None and self.addressee:
                    subj = addressee_place(text, self.addressee[0])
                if subj is None or subj.request or subj.heading or not all(
                        _province_level_rx().match(a.casefold()) for a in subj.leads):
                    continue
                if re.match(e["pattern"], text[subj.end:]) or re.match(e["opening"], text):
                    self._emit(d, " ".join(parts[i:]), subj.leads, _Ctx(), subj=subj)
                    break

    def _opening_request(self, n: Node) -> Optional[_Ctx]:
        """A letter's opening that asks its addressee for the work its sections list and is no task itself: "… Bộ
        Văn hóa, Thể thao và Du lịch (VHTTDL) đề nghị các cơ sở đào tạo trực thuộc Bộ (sau đây gọi là cơ sở đào
        tạo) nghiêm túc thực hiện một số nhiệm vụ năm học 2025 - 2026 với các nội dung chủ yếu như sau:" over "I.
        NHIỆM VỤ CHUNG", "II. NHIỆM VỤ CỤ THỂ" (set p p_c46a56a0): the addressee leads the items of the sections
        that name no subject of their own; None for any other paragraph."""
        text = n.text.strip()
        if n.kind not in (None, "intro") or n.children or not text.endswith(":") or not self._points_to_list(text):
            return None
        subj = subject(text)
        if subj is not None and (subj.heading or not subj.request):
            return None
        leads = self._intro(text, subj)
        if not leads or self._generic(leads):
            return None
        return _Ctx(leads, (), find_deadline(text), duty=True, request=True)

    def _item_deadline(self, n: Node, last: tuple[int, int]) -> bool:
        """Whether ``n`` only gives the deadline of the item before it ("- Tham mưu triển khai …" then "Thời gian hoàn
        thành: Tháng 11 - 12/2025.", crawl c_5d032471); that item's tasks take it unless their own text has one."""
        f = _field_of(n.para)
        if f is None or f[0] != "deadline" or not f[1]:
            return False
        d = parse_deadline(f[1], span=(n.para.start, n.para.end))
        for i in range(*last):
            t = self.out[i]
            if t.deadline is None or "deadline" in t.inherited:
                self.out[i] = replace(t, deadline=d, inherited=tuple(x for x in t.inherited if x != "deadline"))
        return True

    def _delivery(self, n: Node, carry: tuple[str, ...]) -> bool:
        """Whether ``n``, right after a request to ``carry`` (the last task), only tells the same addressees where to
        send what was asked and by when (``request_deliveries``): "Sở Giáo dục và Đào tạo đề nghị các đơn vị tham gia ý
        kiến về dự thảo Quy chế …" then "Các đơn vị gửi ý kiến về Phòng Khảo thí … trước ngày 13.12.2007." (set o
        io_8cea7beb); the request takes the paragraph and its deadline (gold README: a paragraph that only gives the
        preceding item's deadline belongs to it)."""
        text = n.text.strip()
        subj = subject(text)
        if subj is None or subj.request or subj.start or [a.casefold() for a in subj.leads] != [
                a.casefold() for a in carry] or not _delivery_rx().match(text[subj.end:].casefold()):
            return False
        d = find_deadline(text, span=(n.para.start, n.para.end))
        t = self.out[-1]
        if d is None or t.deadline is not None:
            return False
        self.out[-1] = replace(t, text=f"{t.text} {text}", deadline=d, span=(t.span[0], n.para.end))
        return True

    def _flush_body(self, parent: Node, body: list[Node], ctx: _Ctx) -> None:
        if not body:
            return
        text = " ".join(n.text for n in body)
        if len(text) < 12 or not ctx.duty:
            return
        self._emit(body[0], text, ctx.leads, ctx, span=(body[0].para.start, body[-1].para.end),
                   no=_no_of(body[0]))

    def _node(self, n: Node, ctx: _Ctx) -> None:
        # a lettered item under an agency heading is that agency's duty even when it reads like a workflow step
        # ("2. Trách nhiệm của Ủy ban nhân dân các xã, phường" / "b) Chuyển hồ sơ đầy đủ, kịp thời đến cơ quan có thẩm
        # quyền giải quyết; …", crawl c_cafcd3f2, c_73918c92): a workflow numbers its steps or bullets them
        steps = not (ctx.leads and ctx.duty and n.kind in ("letter", "paren_letter"))
        text = self._kept_sentences(n.text.strip(), n.marked, steps)
        if not text:
            self._children(n, ctx)  # "… có ý kiến chỉ đạo như sau:" is no task, its items may be
            return
        if n.kind == "article":
            text = without_run_in_title(text)
        if (n.children or n.kind in ("roman", "upper", "chapter", "intro")) \
                and any(len(text) < most and rx.match(text.casefold()) and (not kinds or n.kind in kinds)
                        for rx, most, kinds in _non_task_section_rx()) \
                and not _joined_duty_rx().search(text.casefold()):
            if re.match(_table()["assessment_sections"]["pattern"], text.casefold()):
                # an assessment that closes with "… thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải
                # pháp sau đây:" gives its addressee the items under that introduction
                for c in n.children:
                    if c.kind == "intro" and c.children and self._points_to_list(c.text) \
                            and self._intro(c.text, subject(c.text)):
                        self._node(c, _Ctx())
                self._assessment_closings(n)
            return  # "III. KINH PHÍ THỰC HIỆN", "Thành phần gồm": nothing under it is assigned
        # a section heading opens a new context: a "Tổ chức thực hiện" section makes its items duties
        if n.kind == "article" and _execution_rx().search(_unnumbered_text(n).casefold()):
            # "Điều 3. Chánh Văn phòng …; - Thủ trưởng …; … chịu trách nhiệm thi hành Quyết định này"; in an article
            # of numbered clauses only the clause that says so is the execution clause ("Điều 4. Điều khoản thi
            # hành" 1. entry into force, 2. a duty, 3. the execution clause: office o031)
            if not _duty_before_execution(n, text):
                return
            # "Điều 3. Phân công Phó Thủ tướng … chỉ đạo Bộ Công an … ." then "Bộ trưởng Bộ Công an, … chịu trách
            # nhiệm thi hành Nghị quyết này./." (NQ 377/NQ-CP, crawl c_b3b9e6ad: the execution clause, unnumbered,
            # hangs under the last article): the article's own sentence is read, the clause is none
            self._sentence(n, text, _Ctx())
            return
        if ctx.leads and n.children and n.kind not in ("roman", "chapter", "upper", "article"):
            partners = role_heading(text, ctx.leads, n.marked)
            if partners is not None:
                # "a) Chủ trì, phối hợp với các sở, ban, ngành …" under "1. Sở Công Thương": its bullets are the
                # heading agency's duties with these partners; the item itself assigns nothing
                self._children(n, _Ctx(ctx.leads, partners, find_deadline(text) or ctx.deadline, duty=True,
                                        request=ctx.request))
                return
        subj = subject(text) if n.kind not in ("roman", "chapter", "upper") else None
        if subj is not None and subj.heading and not subj.request and n.children and competence_heading(subj):
            # "a) Đối với các mỏ khoáng sản … chưa thực hiện thủ tục đóng cửa mỏ, Ủy ban nhân dân cấp tỉnh quyết định:"
            # (NQ of the Quốc hội, set p p_d2f36f94 Điều 3.4), "…, Bộ trưởng Bộ Tư pháp quyết định:" (set p
            # p_bd3ebe89 Điều 19.1): the items are what the body may decide, a competence, not work given to it
            return
        if subj is None and ctx.leads and n.kind not in ("roman", "chapter", "upper"):
            # people named by post and what they do ("Cán bộ giải quyết hồ sơ TTHC điện tử có trách nhiệm …", set p
            # p_0a4eb439 Điều 28.3) where the heading would lend its lead: they lead their own duty. Only there:
            # read everywhere, such a sentence of a regulation's rules became a task of its own (one extra row on
            # the held-out set y, ninth stop)
            subj = post_subject(text)
        if subj is None and n.kind is None:
            # an unmarked paragraph that tells the occasion, then who hands the work to whom ("Báo … đăng bài "…", Thủ
            # tướng Chính phủ giao Bộ Tài chính chủ trì, …", set op ip_6cea6156). Only there: a marked item under a
            # letter's addressees ("3. Đây là nhiệm vụ rất quan trọng, …, Thủ tướng Chính phủ đề nghị các đồng chí Bộ
            # trưởng, …", Công điện 229/CĐ-TTg, set h c_b1ada395) is theirs as the addressee block names them
            subj = reported_request(text)
        if subj is None and self.addressee and n.kind not in ("roman", "chapter", "upper"):
            # "2. Về việc hỗ trợ 20 xe ô tô chuyên dùng cứu thương: Tỉnh căn cứ các quy định hiện hành …" in a notice
            # sent for action to Ủy ban nhân dân tỉnh Điện Biên (set fresh c_10366d53): the province leads
            subj = addressee_place(text, self.addressee[0])
        if subj is not None and ctx.leads and post_named_short(subj.leads, ctx.leads):
            # the heading's people named short ("Người quản trị vận hành Cổng TTĐT phải …"): the heading's name
            subj = replace(subj, leads=ctx.leads)
        if subj is None and n.kind == "article" and n.children and text.endswith(":"):
            # "Điều 2. Hội đồng nhân dân tỉnh cơ bản thống nhất với một số giải pháp mà Ủy ban nhân dân tỉnh … đã trả
            # lời và cam kết trước Hội đồng nhân dân tỉnh. Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh quan tâm
            # chỉ đạo thực hiện một số công việc sau:" (a HĐND resolution on its question session, set k): the
            # article's last sentence introduces its items, the sentences before it state what was agreed (not when it
            # asks for work of its own before the list: "Giao Bộ Công an chủ trì, … khẩn trương hoàn thiện hồ sơ …, bảo
            # đảm một số yêu cầu sau:", NQ 377/NQ-CP, crawl c_b3b9e6ad, whose items are that task's requirements)
            last = _sentence_rx().split(text)[-1]
            if last != text and (ls := subject(last)) is not None and ls.request \
                    and self._points_to_list(last) and not _asks_for_work(last[ls.end:]):
                text, subj = last, ls
        if subj is None and not ctx.leads and n.kind not in (None, "intro", "roman", "chapter", "upper") \
                and self._later(n, text, ctx):
            # (under a heading that leads, an item without a subject is that heading's duty, whatever it asks later)
            return
        if subj is None and not ctx.leads and n.kind not in (None, "intro", "roman", "chapter", "upper", "article") \
                and self._stated_first(n, text, ctx):
            return
        if n.kind == "article" and subj is not None and not subj.heading and _title_names_group(n, text, subj):
            # "Điều 28. Cán bộ, công chức, viên chức tiếp nhận và giải quyết TTHC trên môi trường điện tử" over "1. Thực
            # hiện đúng trách nhiệm …", "2. Thực hiện việc số hóa …" (set p p_0a4eb439, a Quy chế of UBND tỉnh Ninh
            # Bình): the title names the group whose duties its clauses are, as "Điều 19. Văn thư cơ quan" does
            subj = replace(subj, leads=(text,), end=len(text), heading=True)
        if n.kind in ("roman", "chapter", "upper") or n.kind == "article" and not (
                n.children and subj is not None and (subj.heading or text.endswith(":"))):
            # a section opens a new context: a "Tổ chức thực hiện" section makes its items duties
            duty = bool(_duty_section_rx(n.kind).search(text)) or n.kind == "article"
            if self.addressee and n.kind == "roman" and any(
                    re.search(r["sections"], text, re.I) for r in _table()["notice_addressee"]):
                # "II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI" of a notice: its items are the addressee's
                self._children(n, _Ctx(self._section_place(n) or self.addressee, duty=True, request=True))
                return
            if ctx.leads and ctx.request and n.kind in _SECTION_KINDS and not _gives_own_work(n):
                # a section under the letter's opening request (``_opening_request``): its items are the addressee's
                # (not when the section hands out its work itself: "- Giao Đảng uỷ Chính phủ chủ trì, …" under "II-
                # NỘI DUNG, TIẾN ĐỘ THỰC HIỆN" of Kết luận 127-KL/TW, set b c_a41c2b43, whose opening "… Bộ Chính trị,
                # Ban Bí thư yêu cầu các cấp uỷ, tổ chức đảng tập trung thực hiện tốt các nội dung sau:" only
                # introduces them)
                self._children(n, _Ctx(self._section_owner(text) or ctx.leads, (), ctx.deadline, duty=True,
                                       request=True))
                return
            if n.kind == "article" and len(text) > 30 and (not n.children or subj is not None and not subj.heading):
                # "Điều 3. Sở Văn hóa, Thể thao và Du lịch có trách nhiệm …" (the number alone on the line before the
                # words, crawl c_57daa774), with the article's further paragraphs under it
                goes_on = _continuation(n) if subj is not None and _before_next_item(n) else []
                if goes_on:
                    # "Điều 2. Sở Công Thương có trách nhiệm rà soát, xây dựng, trình UBND tỉnh phê duyệt …" then
                    # "Trường hợp các thủ tục hành chính đã thực hiện … thì cung cấp thông tin …, hoàn thành trước
                    # ngày 18/11/2025." before "Điều 3." (dev c_de8cd78c as DOCX or PDF, where the paragraphs stay
                    # apart; the crawl page's soft wrap ran them together): paragraphs that name no one of their own go
                    # on with the article's duty, as under a numbered item
                    self._sentence(n, " ".join([text] + [c.text.strip() for c in goes_on]), _Ctx(), subj)
                    return
                self._sentence(n, text, _Ctx())
            owner = self._section_owner(text) if n.kind in ("roman", "upper") and n.children else ()
            if owner:
                # "II. NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG" (set j l_bf361402): the section's items are
                # the duties of the body its title names, as under "Trách nhiệm của …" headings
                self._children(n, _Ctx(owner, duty=True, join=True))
                return
            self._children(n, _Ctx(duty=duty))
            return
        dist = self._distributive(text, subj)
        if dist is not None and text.endswith(":") and n.children \
                and _shares_out(text[subj.end:].lstrip(" :"), n.children, dist):
            # "b) Các Bộ: Tài chính, Y tế, Tư pháp, Nội vụ khẩn trương khắc phục các bất cập …, cụ thể:" then
            # "(1) Bộ Tài chính giải quyết …", "(2) Bộ Y tế hoàn thành …" (set h c_4cb68bdc): the items only say
            # which of the named bodies does what of the sentence's duty, one task with its items
            self._emit(n, _with_descendants(n), dist, ctx, subj=replace(subj, leads=dist, heading=False),
                       span=(n.para.start, _last(n).para.end))
            return
        if dist is not None and n.children and re.fullmatch(r"\s*:[^.:;]+:", text[subj.end:]):
            # the group's names alone, over the duties they share
            self._children(n, _Ctx(dist, (), find_deadline(text) or ctx.deadline, duty=True, join=True))
            return
        if dist is not None:
            # "8. Các Bộ: Quốc phòng, Tài chính kịp thời xuất cấp …": each named Bộ leads, the sentence is one task
            subj = replace(subj, leads=dist, heading=False)
            if not (text.endswith(":") and n.children):
                self._sentence(n, text, ctx, subj)
                if n.children:
                    # what hangs under the item is read as under any other sentence with a subject: the closing
                    # paragraph after the last item ("3. Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo …" then
                    # "Văn phòng Chính phủ theo dõi, đôn đốc các Bộ, địa phương thực hiện nghiêm túc Công điện này
                    # …", Công điện of the Prime Minister, set d c_33179384) was dropped with it
                    self._children(n, _Ctx(duty=ctx.duty))
                return
        listed = _listed_group(text) if n.children else None
        if listed:
            # "1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên, …):" (crawl c_3ace1335):
            # the bodies in the parentheses are the ones the items give work to
            self._children(n, _Ctx(listed, (), find_deadline(text) or ctx.deadline, duty=True, join=True))
            return
        if subj is not None and not subj.heading and n.numbered and _such_as_rx().search(text) and _spelled_out(n):
            # "5. Sở Y tế chủ trì, phối hợp với Sở Nông nghiệp và Môi trường thực hiện các chương trình có liên
            # quan như:" then "- Nâng cao năng lực …", "- Tập huấn …" (crawl c_fa2b49af): the bullets are examples of
            # the work its sentence names, one task with them (a list of duties is pointed to by "… sau:", "cụ thể:")
            self._emit(n, _with_descendants(n), subj.leads, ctx, subj=subj, span=(n.para.start, _last(n).para.end))
            return
        own_work = _asks_own_work(n, text, subj)
        spelled = _spelled_then_own(n) if own_work else None
        if spelled is not None:
            # "m) Ủy ban nhân dân các tỉnh, … chịu trách nhiệm toàn diện …; lồng ghép …, cụ thể:" then "- Rà
            # soát cập nhật …", "- Tổ chức thực hiện kiểm kê …", then "- Ủy ban nhân dân thành phố Hà Nội và …
            # cần tập trung …:" (set fresh c_bc3b1eb1 IV.2.m): the bullets that name no one spell out the item's
            # own duty, one task with it (gold README: an item whose own sentence is a duty); the bullets after
            # them name their own subjects and are read as theirs
            own, rest = spelled
            self._emit(n, " ".join([text] + [c.text for c in own]), subj.leads, ctx, subj=subj,
                       span=(n.para.start, own[-1].para.end))
            self._children(replace(n, children=rest), _Ctx(duty=ctx.duty))
            return
        if own_work and any(c.kind in BULLETS for c in n.children) and all(
                c.kind is None and not c.children
                or c.kind in BULLETS and not c.children and self._topic(c.text) and c.text.rstrip(" *").endswith(":")
                for c in n.children):
            # "2. Bộ Tài chính thực hiện nghiêm các ý kiến chỉ đạo …, trình Thủ tướng Chính phủ … trước ngày 20 tháng
            # 10 năm 2024. Trong đó chú ý một số nội dung sau:" then "- Về việc xây dựng, trình cấp có thẩm quyền ban
            # hành …:" over "Bộ Tài chính nghiên cứu kỹ lưỡng …" (set i l_a7d922cb, a Thông báo of VPCP): the topics
            # and their paragraphs say what the item's own duty asks, one task with them (gold README)
            self._emit(n, _with_descendants(n, stop=False), subj.leads, ctx, subj=subj,
                       span=(n.para.start, _last(n).para.end))
            return
        heading = self._agency_heading(n, text, subj)
        named = self._named_heading(n, text) if heading is None else ""
        if named:
            # "5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp" over "- Phối hợp chặt chẽ …", "- Tạo
            # điều kiện …" (crawl, Kế hoạch of UBND tỉnh Nghệ An, 2025): the verb is part of the body's name (a
            # heading that reads as names already, "1. Các cơ quan chuyên môn, …, UBND các xã, phường", is split)
            self._children(n, _Ctx((named,), (), find_deadline(text) or ctx.deadline, duty=True, join=True))
            return
        if heading is not None:
            leads, coords, inline = heading
            deadline = find_deadline(text)
            hctx = _Ctx(leads, coords, deadline or ctx.deadline, duty=True, request=bool(subj and subj.request),
                        join=True)
            if inline:
                items = _inline_items(inline)
                if items:
                    # "4.1. Giao Đảng uỷ Chính phủ: (i) Chỉ đạo … (ii) Chỉ đạo …": the heading's duties, one per item
                    section = n.label if n.numbered and "." in (n.label or "") else \
                        ".".join(x for x in (n.path(), n.label if n.numbered else None) if x) or None
                    # the heading's own deadline, not one written in an item
                    ictx = _Ctx(leads, coords, find_deadline(text[:len(text) - len(inline)])
                                or ctx.deadline, duty=True, request=hctx.request)
                    for label, item in items:
                        self._emit(n, item, leads, ictx, coords=coords, no=label,
                                   section=section)
                elif inline.rstrip(" *").endswith(":") and n.children \
                        and all(c.kind in BULLETS for c in n.children):
                    # "8. Cục Báo chí, …: Tham mưu Lãnh đạo Bộ chỉ đạo các cơ quan báo chí:" then "- Chủ động hơn nữa
                    # …", "- Tiếp tục đổi mới …" (set g c_3e726649): the bullets are the heading's duties, its line
                    # only leads into them
                    self._children(n, hctx)
                    return
                else:
                    # the paragraphs that go on with the inline duty are part of it (_agency_heading), their
                    # deadline line too ("Thời hạn chậm nhất 05 ngày làm việc …", set r r_cb1e1526)
                    kids = _continuation(n) if n.children else []
                    if kids and inline.endswith(kids[-1].text):
                        self._emit(n, inline, leads, hctx, coords=coords, span=(n.para.start, kids[-1].para.end))
                        return
                    self._emit(n, inline, leads, hctx, coords=coords)
                self._children(n, _Ctx(duty=ctx.duty))
            else:
                self._children(n, hctx)
            return
        bold = self._bold_heading(n, text)
        if bold is not None:
            # "(1) **Đảng uỷ Bộ Giáo dục và Đào tạo** chủ trì, phối hợp …": the agency set in bold heads the
            # duty that follows it in the same paragraph
            lead, inline = bold
            body = [c for c in n.children if c.kind is None]
            if body and len(body) == len(n.children):
                # its unmarked paragraphs go on with the item ("Phối hợp với Bộ Nội vụ xây dựng …")
                inline = " ".join([inline] + [c.text for c in body])
                span = (n.para.start, body[-1].para.end)
            else:
                span = None
            self._emit(n, inline, (lead,), _Ctx((lead,), duty=True, request=True), span=span)
            if n.children and not body:
                self._children(n, _Ctx((lead,), (), ctx.deadline, duty=True, request=True))
            return
        if subj is not None and subj.heading and _ENUMERATION.match(text[subj.end:].lstrip(" :")):
            # "Chủ tịch UBND các tỉnh …: Hà Tĩnh, Quảng Trị, … chủ động, tích cực phối hợp …" is one sentence
            self._sentence(n, text, ctx, replace(subj, heading=False))
            return
        if (text.endswith(":") or n.numbered and not text.endswith(".") and len(text.split()) <= 12
                and _organises(n)) and n.children and not ctx.leads:
            # under the section that organises the implementation a numbered heading names its bodies without a
            # colon ("III. TỔ CHỨC THỰC HIỆN", "1. Đối với các bộ, ngành, cơ quan thuộc Chính phủ" then "- Xây dựng
            # và ban hành kế hoạch …", set n n_e0953cf1, a Nghị quyết of the Chính phủ); elsewhere such headings
            # head criteria ("III. TIÊU CHÍ THI ĐUA …", "c) Đối với các cơ quan, đơn vị trên địa bàn tỉnh", set c
            # c_d83650c5), no work
            concerned = _concerned(text)
            if concerned:
                # "9.1. Đối với các cơ sở sản xuất có lưu lượng xả bụi, khí thải lưu lượng lớn …:" then "+ Rà soát …"
                # (a Công văn of UBND TP Hà Nội, crawl c_74472135): where no body heads the section, the bodies the
                # topic concerns are the ones its items give work to
                self._children(n, _Ctx(concerned, (), find_deadline(text) or ctx.deadline, duty=True, join=True))
                return
        if text.endswith(":") and n.children and subj is not None and not subj.heading and not subj.request \
                and _submits_list(text) and all(c.kind == "letter" and not c.children for c in n.children):
            # "3. Căn cứ …, Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp quyết định:" then "a) Mức hỗ trợ
            # cụ thể …", "b) …" (Nghị định 09/2025/NĐ-CP Điều 9.3): the points are what is submitted, one task with them
            # (README: an item whose own sentence is a duty), not duties of their own (``submitted_lists``)
            whole = " ".join([text] + [c.para.text if c.para is not None else c.text for c in n.children])
            self._emit(n, whole, subj.leads, ctx, subj=subj, span=(n.para.start, _last(n).para.end))
            return
        if text.endswith(":") and n.children:
            intro = self._intro(text, subj)
            if intro is not None:
                ictx = _Ctx(intro, (), find_deadline(text) or ctx.deadline, duty=True, request=True)
                read = self._intro_duty(n, text, ctx)
                if read:
                    return
                own = self._intro_is_task(text, subj) if read is None else None
                if own:
                    self._emit(n, own, subj.leads, ctx, subj=subj)
                if own or read is False:
                    # the introduction's own deadline is its task's, not its items' (crawl c_23b04e67: "2. Để …, phấn
                    # đấu hoàn thành xây dựng trước ngày 30 tháng 11 năm 2025 …, yêu cầu Bộ Y tế, … như sau:" over
                    # "(1) Bộ Y tế …", "(2) …" with subjects and deadlines of their own)
                    ictx.deadline = ctx.deadline
                self._children(n, ictx)
                return
            if subj is not None and not subj.heading and not subj.request and n.numbered and n.children \
                    and len(text[subj.end:].split()) >= 8 \
                    and all(c.kind in BULLETS or c.kind in _KEPT_MARKERS for c in n.children) \
                    and not self._topic(text) \
                    and (all(c.kind in BULLETS for c in n.children) and not self._points_to_list(text)
                         and not _LIST_END.search(text) or _asks_for_work(text[subj.end:]) and _spelled_out(n)):
                # "a) Bộ phận Tư pháp làm đầu mối, …, có trách nhiệm tham mưu UBND Phường triển khai thực hiện các
                # nhiệm vụ được giao tại Kế hoạch này:" then bullets (office o001): the sentence is the duty and
                # its bullets say how, one task; so when it points to them after work of its own ("9. Ủy ban nhân dân
                # các phường, xã, đặc khu chủ động bố trí kinh phí …, tập trung một số nhiệm vụ cụ thể sau:", crawl
                # c_fa2b49af: ``intro_duty``), not when it only points to them ("2. Sở Tài chính có trách nhiệm thực
                # hiện các nhiệm vụ sau:")
                self._sentence(n, text, ctx, subj)
                return
            if ctx.leads and not self._topic(text) and _starts_with_verb(text) and not _directs_one(text) \
                    and all(c.kind in BULLETS or c.kind in (None, "intro")
                            or not _starts_with_verb(c.text) and subject(c.text) is None for c in n.children):
                # "Chuẩn bị các tài liệu …, gồm:" then bullets: one duty with its list (over lettered items, "1. Tổ
                # chức triển khai ứng dụng, nhân rộng … vào quản lý, sản xuất và đời sống:" then "a) Thành lập …", "b)
                # Các sở …", office o034, the heading names the topic of items that are duties of their own; numbered
                # items that only list what to report, "(1) Tổng số gói thầu …", are the duty's list)
                self._emit(n, _with_descendants(n), ctx.leads, ctx, span=(n.para.start, _last(n).para.end))
                return
            # a topic heading ("8. Về chính quyền địa phương 02 cấp:"): its items carry on the context
            tctx = _Ctx(ctx.leads, ctx.coords, find_deadline(text) or ctx.deadline, ctx.duty,
                        ctx.request)
            self._children(n, tctx)
            return
        if n.kind == "intro" and not n.children and text.endswith(":"):
            asked = self._asked(text)
            if asked is not None and asked[2]:
                # "Để khẩn trương khắc phục hậu quả thiên tai, …, Chính phủ yêu cầu các Bộ trưởng, … thực hiện khẩn
                # trương, quyết liệt, … Kết luận của Bộ Chính trị, …, trong đó cần tập trung thực hiện các nhiệm vụ,
                # giải pháp trọng tâm như sau:" over the document's sections (crawl c_ce70e19b): a task of its own
                cut, own, _ = asked
                self._emit(n, text[cut:], own.leads, ctx, subj=own)
                return
        if subj is not None and not subj.heading:
            if subj.request and ctx.join and ctx.leads and n.marked and asking_rx().match(text) \
                    and not _siblings_own_subjects(n):
                # "4. Sở Khoa học và Công nghệ" over "- Yêu cầu các cơ quan thông tấn, báo chí trên địa bàn Thành phố …"
                # (crawl c_fa2b49af), "2. Sở Nông nghiệp và Môi trường" over "- Yêu cầu các đơn vị hoạt động khai
                # thác khoáng sản …" (set j l_245dc922): an item under an agency heading that opens with a request
                # word that asks (not "Giao", which hands the work to the one named: ``asking_rx``) is a duty of the
                # heading's body, which makes the request (gold README: the heading agency is the lead)
                # (not among items that name their own bodies, "6. Sở Xây dựng, Sở Nông nghiệp và Môi trường phối hợp
                # …" then "8. Đề nghị Ban Thường trực Ủy ban Mặt trận Tổ quốc …", crawl Quyết định 138/2025/QĐ-UBND
                # Đồng Tháp: there the issuer asks, and the one asked leads)
                self._emit(n, text, ctx.leads, ctx, coords=ctx.coords if n.kind in BULLETS else ())
                if n.children:
                    self._children(n, _Ctx(duty=ctx.duty))
                return
            past = re.search(rf"\s(?:{_past_words()})\s", text[:subj.start])
            if self._generic(subj.leads) and n.kind is None and subj.request \
                    and not (_reports_on_time(text) and not past) and (past or request_closing(text[subj.end:])):
                # (a request someone made before, "Bộ Nội vụ đã có Văn bản số 8091/BNV-TCBC … đề nghị các Bộ, ngành,
                # địa phương báo cáo …" (fresh c_73585781), is history, whatever it asked for); one that names work of
                # its own ("Sở Giáo dục và Đào tạo đề nghị các đơn vị tham gia ý kiến về dự thảo Quy chế …", set o
                # io_8cea7beb) is a task
                return  # "Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện./."
            if not subj.request and competence(text, subj, _organises(n)):
                # "Ủy ban nhân dân cấp tỉnh quy định về danh mục tài sản công cho thuê, …" in an article of a resolution
                # (crawl c_77c4fe15): a competence to set rules, or what a body receives, is no work
                self._children(n, ctx)
                return
            if self._generic(subj.leads) and not n.children and not _heads_rx().match(text.casefold()) \
                    and generic_execution(text[subj.end:]):
                # "3. Các cơ quan, đơn vị, địa phương căn cứ nội dung Quyết định để triển khai thực hiện nghiêm túc, …"
                # (crawl c_73918c92, c_cafcd3f2): the execution clause as a clause of its own assigns nothing; the
                # heads of the bodies ("Thủ trưởng các cơ quan, đơn vị tổ chức triển khai thực hiện nghiêm túc Quy chế
                # này … và chịu trách nhiệm trước Chủ tịch …", crawl c_e5015ff9) answer for it, and keep it
                return
            if n.kind in (None, "intro") and not n.children and text.endswith(":") and self._points_to_list(text) \
                    and ";" not in text[subj.end:] and len(text[subj.end:].split()) <= 15:
                # "…, Bộ Chính trị, Ban Bí thư yêu cầu các cấp uỷ, tổ chức đảng tập trung thực hiện tốt các nội dung
                # sau:" over the document's sections (Kết luận 127-KL/TW): it introduces them, the work is theirs (one
                # that asks for work of its own first, "… khẩn trương chỉ đạo khắc phục …; đồng thời … các nhiệm vụ
                # sau", office o017, is a task)
                return
            if n.numbered and n.children and not text.endswith(":") and _duty_bullets(n):
                # "1. Các cơ quan, đơn vị, địa phương, doanh nghiệp căn cứ chức năng, nhiệm vụ được giao xây dựng kế
                # hoạch …" then "- Giới thiệu điển hình tiên tiến …", "- Khen thưởng theo thẩm quyền …" (crawl
                # c_51d192ba; "(1) Bộ Y tế chỉ đạo Ban Quản lý dự án …" then "- Chỉ đạo …", c_23b04e67): bullets
                # that name no one go on with the item's duties, one task with them
                self._emit(n, _with_descendants(n), subj.leads, ctx, subj=subj, span=(n.para.start, _last(n).para.end))
                return
            goes_on = _continuation(n) if _before_next_item(n) else []
            if goes_on:
                # "1. Các cơ quan quản lý nhà nước, … có trách nhiệm …" then "Hoạt động thăm dò, … phải tuân thủ …"
                # before "2. …" (set fresh c_0fdb6c25): the item's paragraphs are its one duty
                self._sentence(n, " ".join([text] + [c.text.strip() for c in goes_on]), ctx, subj)
                return
            self._sentence(n, text, ctx, subj)
            if n.children:
                self._children(n, _Ctx(duty=ctx.duty))
            return
        if subj is None and n.kind is None and not n.children and (handed := approval_hands_on(text)) is not None:
            # "Đồng ý … và giao Bộ Nông nghiệp và Phát triển nông thôn chủ trì …": one task, the approval with it
            self._emit(n, text, handed.leads, ctx, subj=handed)
            return
        if subj is None and n.kind is None and not n.children:
            later = _later_request(text)
            if later is None and not ctx.leads:
                # a paragraph that sets out the law or the facts and asks in a later sentence ("Tại điểm c khoản 3 Điều
                # 44 Nghị định số 103/2024/NĐ-CP … . Căn cứ quy định nêu trên, cơ quan thuế không có trách nhiệm … . Do
                # vậy, đề nghị Thuế tỉnh Gia Lai căn cứ …", a Cục Thuế reply, crawl 25b682f1b1483164): the request's
                # sentence is read as in a numbered item (:meth:`_later`), not a generic one's; the request word opens
                # its clause (not "Trường hợp Cục Thi hành án tỉnh Kiên Giang đề nghị Chi cục Thuế … thì …", set q
                # q_c57c5bbc, someone else's request; nor "Thủ tướng Chính phủ đề nghị các Đồng chí Bộ trưởng, … dành
                # thời gian quan tâm …", set h c_4cb68bdc, the issuer's courtesy closing)
                later = _later_request(text, any_opening=True)
                cut = [m.end() for m in _sentence_rx().finditer(text, later[0], later[0] + later[1].clause)] \
                    if later else []
                if cut:
                    # (the request's own sentence, not the statement before it: "Đối với trường hợp tại điểm c … không
                    # có quy định … này. Do vậy, …, đề nghị Thuế tỉnh Nghệ An báo cáo …", crawl cc57a4285d4110ae)
                    own = subject(text[cut[-1]:])
                    later = (cut[-1], own) if own is not None and own.request else None
                if later is not None and (not request_rx().match(text, later[0] + later[1].clause)
                                          or self._generic(later[1].leads)
                                          and request_closing(text[later[0] + later[1].end:]) or all(
                        re.match(_table()["person_groups"]["pattern"], a.casefold()) for a in later[1].leads)):
                    later = None
            if later is not None:
                # "Nhân dịp Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ XI, nhiệm kỳ 2026 - 2031. Ủy
                # ban nhân dân thành phố Hà Nội đề nghị các cơ quan, đơn vị …" (set j l_88c04d70): the occasion, then
                # the request in a sentence of its own
                self._sentence(n, text[later[0]:], ctx, later[1])
                return
        if self._topic(text) and n.children:
            self._children(n, ctx)  # "1. Về tổ chức thực hiện …" heads its items; it is no duty
            return
        if ctx.request and not ctx.join and _group_title(n):
            # nor is an introduction's numbered item over a list of duties of its own ("… cần cụ thể hóa và tổ chức
            # triển khai thực hiện các nhiệm vụ sau đây:" then "1. Tăng cường sự lãnh đạo của Đảng; đổi mới tư duy,
            # …" over "a) Tổ chức tuyên truyền, …", "b) …"); having no text of its own, an unmarked paragraph under it
            # goes on with the item above
            self._children(replace(n, children=_items_joined(n.children)), ctx)
            return
        # an unmarked paragraph under "Bộ Chính trị giao Đảng ủy Chính phủ lãnh đạo, chỉ đạo:" is one of the
        # addressee's duties ("Khẩn trương hoàn thành dự thảo Nghị định …", crawl c_1dbf5af7), and so is one under a
        # topic heading of a letter that asks its addressee ("3. Về cơ sở vật chất, trụ sở và tài sản công" then
        # "Tiếp tục rà soát, thống kê …", crawl c_5fd8c39c)
        under_topic = n.kind is None and n.parent is not None and n.parent.para is not None \
            and self._topic(n.parent.text)
        under_intro = n.kind is None and n.parent is not None and n.parent.kind == "intro" or under_topic
        if ctx.leads and ctx.duty and (n.kind is not None and n.kind != "intro" or under_intro and ctx.request):
            if self._topic(text) and text.rstrip(" *").endswith(":") and _heads_paragraphs(n):
                # "- Về nội dung trao đổi tín chỉ các-bon ra nước ngoài:" then the paragraphs that say what to do
                # (set i l_a7d922cb, a Thông báo of VPCP): a topic that opens its paragraphs names no work itself
                self._children(n, ctx)
                return
            titled = _title_over_paragraphs(n, text)
            goes_on = _continuation(n) if n.kind in ("letter", "paren_letter") or _before_next_item(n) or titled \
                else []
            if goes_on and len(text) >= 12 and not _past(text):
                # "c) Trên cơ sở mức độ thiệt hại … để thực hiện." then "Trường hợp không cân đối được nguồn, khẩn
                # trương rà soát, đề xuất …" (crawl c_ce70e19b): the paragraphs under a lettered duty go on with it;
                # under a numbered title they are the duty, the title only names it ("2.4. Đẩy mạnh và làm mới các
                # động lực tăng trưởng truyền thống" then "Hoàn thiện các cơ chế, chính sách về thuế, …", set h
                # c_e097e3d8, the last item too)
                body = [(_with_descendants(c) if c.children else c.text).strip() for c in goes_on]
                self._emit(n, " ".join(body if titled else [text] + body), ctx.leads, ctx,
                           span=(goes_on[0].para.start if titled else n.para.start, goes_on[-1].para.end))
                return
            if len(text) >= 12 and not _past(text) and not (n.kind == "ordinal" and _past_statement(text)):
                self._emit(n, text, ctx.leads, ctx, coords=ctx.coords if n.kind in BULLETS else ())
            if n.children:
                self._children(n, ctx)
            return
        self._children(n, ctx)

    def _named_heading(self, n: Node, text: str) -> str:
        """The name of a body that heads a list of duties although it holds a verb ("Các doanh nghiệp thứ cấp đang
        hoạt động trong KCN"), or "": a short numbered item, no punctuation, opening with a body word, over two or
        more bullets of which at least half start with a duty verb and none names its own subject."""
        if not n.numbered or len(n.children) < 2:
            return ""
        # "6. Đề nghị các tổ chức cung cấp dịch vụ chi trả" over "a) Tích cực tham gia …" (crawl c_8f3b61eb): the
        # request word opens the heading, the name follows
        request = request_rx().match(text)
        if request and not re.match(r"các\s|[A-ZĐ]", text[request.end():]):
            request = None
        name = text[request.end():] if request else text
        # "11. Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm" (crawl c_00caaa9c): the duty word closes
        # the heading, it is no part of the name; any other role word makes it a role ("Các Sở, ngành chủ trì, quản
        # lý, tham gia …"), except after the body word it qualifies ("Cơ quan chủ trì giải quyết thủ tục …")
        roles = list(anchor_rx().finditer(name))
        duty_word = bool(roles and roles[-1].end() == len(name)
                         and re.match(r"(?:có|chịu) trách nhiệm$", roles[-1].group()))
        if duty_word:
            name = name[:roles.pop().start()].rstrip()
        if any(not re.search(r"(?:[Cc]ơ quan|[Đđ]ơn vị)\s$", name[:m.start()]) for m in roles):
            return ""
        # commas inside a group's name ("7. Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải,
        # logistics và công nghệ thông tin trên địa bàn Tỉnh", crawl c_30e44e12) are the name's
        # ("6. Phó chủ tịch phụ trách lĩnh vực Công tác Xã hội": a post answering for a field, ``post_headings``)
        post = bool(_post_heading_rx().match(name))
        if len(name) > 140 or re.search(r"[.;:()]", name) or not (
                start_rx().match(name) or extra_start_rx().match(name) or re.match(r"các\s", name) or post) \
                or any(rx.match(name) for rx in not_subject_rx()):
            # ("b) Phòng chống bệnh đường ruột" over "- Tăng cường truyền thông …", crawl c_f6059f6b: a topic whose
            # first word is also a body word, "Phòng", names no body: ``not_subjects``)
            return ""
        if "," in name and not re.match(r"(?i)các\s", name) and not post:
            return ""
        items = [c for c in n.children if c.marked]
        # (the closing "Trên đây là Kế hoạch …" after the last item hangs under it: no part of the list)
        if len(items) < 2 or len({c.kind for c in items}) != 1 \
                or any(not c.marked for c in n.children[:n.children.index(items[-1])]) \
                or any(subject(c.text) for c in items):
            return ""
        if not request and not duty_word and 2 * sum(_starts_with_verb(c.text) for c in items) < len(items):
            # (under a request the items are what is asked, whatever word opens them; under "… có trách nhiệm" they
            # are the duties it announces: "12. Các tổ chức, cá nhân và hộ gia đình khai thác sử dụng tài nguyên nước
            # dưới đất trên địa bàn có trách nhiệm" over "a) Thực hiện …", "b) Khuyến khích …", "c) Hạn chế …", crawl
            # c_0fdb6c25)
            return ""
        return name

    def _distributive(self, text: str, subj: Optional[Subject]) -> Optional[tuple[str, ...]]:
        """The bodies a distributive group heading names, when the sentence goes on after them."""
        if subj is None or not subj.heading or not text[subj.end:].startswith(":"):
            return None
        # the group is the last lead named ("Các Bộ, cơ quan liên quan và các Tập đoàn: Công nghiệp - Năng lượng Quốc
        # gia Việt Nam, …": the Bộ stay a group, each Tập đoàn leads)
        group = subj.leads[-1]
        if len(subj.leads) > 1 and re.match(r"(?i)các\s+(?:bộ|cơ quan)", subj.leads[0]) and \
                re.fullmatch(r"(?i)cơ quan(?:\s+liên quan)?", group):
            group = ", ".join(subj.leads)  # "Các Bộ, cơ quan: Tài chính, Xây dựng, …" is one group
        hit = next((h for h in _distributive_rx() if h[0].match(group)), None)
        if hit is None:
            return None
        others = tuple(a for a in subj.leads if a not in group)
        m = hit[0].match(group)
        rest = text[subj.end + 1:].strip()
        # (a verb inside a name is none: "… Bộ Nội vụ và các cấp uỷ, tổ chức đảng căn cứ …", crawl c_a41c2b43)
        from cancu.loaders.tasks.subjects import protected_names
        kept_names = protected_names(rest)
        ends = [next((m.start() for m in rx.finditer(rest) if not any(a <= m.start() < b for a, b in kept_names)), None)
                for rx in (verb_rx(), stop_rx())]
        ends = [x for x in ends if x is not None]
        if not ends and re.fullmatch(r"[^.:;]+:", rest):
            # "1. Các Bộ: Công Thương, Giao thông vận tải, Xây dựng, …, Tài nguyên và Môi trường:" over a) b) c)
            # (Chỉ thị 13/CT-TTg): the names alone head their duties
            ends = [len(rest) - 1]
        if not ends or min(ends) == 0 or re.search(r"[.:]", rest[:min(ends)]):
            return None
        # "Văn hóa, Thể thao và Du lịch" is one Bộ: the names that hold "và" or a comma are kept whole
        names = rest[:min(ends)]
        # a post after a semicolon opens the next subject ("Bộ trưởng các Bộ: Quốc phòng, …, Y tế; Chủ tịch Ủy ban nhân
        # dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm Đồng tổ chức theo dõi …", set l m_cf7eb55a item 1)
        from cancu.loaders.tasks.subjects import title_match
        after: tuple[str, ...] = ()
        semi = next((k for k in re.finditer(r";\s*", names) if title_match(names[k.end():])), None)
        if semi is not None:
            after = tuple(agencies(names[semi.end():]))
            names = names[:semi.start()]
        names, kept = names_kept_whole(names, hit[1])
        # names listed between semicolons ("yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ
        # xây dựng phương án …", crawl c_9e97eec6; "các Đảng uỷ: Chính phủ; Quốc hội; Mặt trận Tổ quốc, các đoàn thể
        # Trung ương; …", crawl c_a41c2b43) hold commas of their own; the last one may end with "và"
        split = r";|\s+và\s+" if ";" in names else r",|\s+và\s+"
        # a lower-case group after the list ends it and is one group as written ("Bộ trưởng các Bộ: Xây dựng, Công
        # Thương, Khoa học và Công nghệ và các bộ, ngành có liên quan", Công điện of the Prime Minister, set n
        # n_79688e62 item 5: "các bộ, ngành có liên quan", not "các bộ" and "Bộ ngành có liên quan")
        group = re.search(r"(?:,|\s+và)\s+(?=(?:các|những)\s)", names) if split != r";|\s+và\s+" else None
        tail = [names[group.end():]] if group else []
        names = names[:group.start()] if group else names
        names = [re.sub(r"\x00(\d+)\x00", lambda k: kept[int(k.group(1))], x).strip(" ,")
                 for x in re.split(split, names) + tail if x.strip(" ,")]
        # a name already led by its own body word stays as written ("…, Ngoại giao, Tập đoàn Điện lực Việt Nam"); a
        # body word alone is a short name ("Bộ trưởng các Bộ: Quốc phòng, Công an", crawl c_33179384 → "Bộ Công an")
        from cancu.loaders.tasks.subjects import with_body_word
        # (a party committee is that of the body named, whatever its word: "các Đảng uỷ: Chính phủ; …; Bộ Tư pháp" →
        # "Đảng uỷ Bộ Tư pháp"; a lower-case group after the list is its own, "… và các cấp uỷ, tổ chức đảng")
        party = m.group(1) in hit[2]
        named = tuple(x if x.startswith("các ") else f"{m.group(1)} {x}" if party else with_body_word(m.group(1), x)
                      for x in names)
        return others + named + tuple(a for a in after if a not in named) if names else None

    def _bold_heading(self, n: Node, text: str) -> Optional[tuple[str, str]]:
        """(agency, duty) when the paragraph opens with an agency name alone in bold."""
        head = (n.para.head if n.para else "") or ""
        if not head:
            return None
        name = outline.marker(head)[2].strip(" :")
        if not name or not text.startswith(name) or len(text) - len(name) < 12:
            return None
        from cancu.loaders.tasks.subjects import request_rx
        if request_rx().match(name) or not start_rx().match(name) or agencies(name) != [name]:
            return None
        return name, text[len(name):].strip(" :")

    def _section_owner(self, text: str) -> tuple[str, ...]:
        """The bodies a section's title gives its duties to ("NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"), as the
        document writes them elsewhere ("Bộ Tài nguyên và Môi trường"); () for any other title."""
        m = heading_prefix_rx().match(text)
        s = subject(text) if m else None
        if s is None or not s.heading or s.start != m.end() or text[s.end:].strip(" .:"):
            return ()
        out = []
        for a in s.leads:
            if a == a.upper():
                # the name in the text's own case, when it is written there
                a = next((w.group() for w in re.finditer(re.escape(a), self.text, re.I) if w.group() != a), a)
            out.append(a)
        return tuple(out)

    def _agency_heading(self, n: Node, text: str, subj: Optional[Subject]) -> Optional[tuple]:
        """(leads, coordinating, inline duty) when ``n`` heads an agency's duties."""
        if subj is None:
            return None
        rest = text[subj.end:].strip()
        if subj.heading:
            # "Sở Tư pháp: Lồng ghép …", "1.1. Giao Sở Xây dựng Theo dõi, đôn đốc …" — the duty in the paragraph
            inline = (text[subj.inline:].strip() if subj.inline >= 0
                      else rest[1:].strip() if rest.startswith(":") else "")
            if _ENUMERATION.match(inline):
                return None  # "Chủ tịch UBND các tỉnh …: Hà Tĩnh, Quảng Trị, … chủ động …": the colon lists names
            if inline and not n.children and not verb_rx().search(inline) \
                    and not (_starts_with_verb(inline) and _shares_duty(n)):
                # "- Các Bộ: Quốc phòng, Công an, …, Tài chính;" lists the addressees, assigns nothing (but under an
                # item whose sentence gives a group a duty, a body's share that opens with its verb in capitals is
                # work: "2. Các cơ quan, đơn vị, địa phương có trách nhiệm theo dõi, tổng hợp …" over "c) Sở Nông
                # nghiệp và Môi trường: Tổng hợp danh sách …;", "đ) Thanh tra tỉnh: Phối hợp thông tin …", QĐ
                # 86/2025/QĐ-UBND Bắc Ninh Điều 10.2; the case-sensitive verbs missed it. Not a procedure's "6. Cơ
                # quan thực hiện nhóm thủ tục hành chính" over "- Công an cấp xã: Thực hiện cấp Giấy chứng nhận …",
                # set s s_343e5425: a title, no duty)
                return None
            if inline and n.children and inline.endswith(":") and self._points_to_list(inline):
                # "2. Các sở, ban, ngành, địa phương: Là các đơn vị được lấy ý kiến thẩm định, chịu trách nhiệm … các
                # nội dung sau:" (crawl c_3ace1335): the words after the colon introduce the duties below, none itself
                return subj.leads, (), ""
            if inline.endswith(":") and _spelled_out(n) and not _asks_for_work(inline):
                # "2. Vụ Tổ chức cán bộ: Tham mưu Lãnh đạo Bộ:" then "- Đề xuất …", "- Phân cấp …" (crawl c_3e726649):
                # the words after the colon name the heading agency's role, its bullets are the duties
                return subj.leads, (), ""
            if n.children or inline:
                return subj.leads, (), inline if len(inline) >= 12 else ""
            return None
        if subj.request and n.numbered and n.children and len(text) < 120 and not re.search(r"[.;:]", text) \
                and n.children[0].kind is None and subject(n.children[0].text) is None \
                and _starts_with_verb(n.children[0].text):
            # "3. Giao công chức Văn phòng - Thống kê phụ trách chuyển đổi số, CCHC" then "Chủ trì, tham mưu …"
            # (office o002): the item names its addressee by post, the paragraph under it is the duty
            return subj.leads, (), ""
        rm = _role_colon_rx().match(rest)
        body = _continuation(n) if rm and n.children else []
        if rm and n.numbered and (not n.children or body) and len(rest) - rm.end() >= 12:
            # "1. Sở Tài chính chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh): Xây
            # dựng quy trình điện tử …" (crawl c_1115dec7): the roles, a colon, then the duty in the same paragraph;
            # the paragraphs that go on with it ("Thời hạn chậm nhất 05 ngày làm việc …", set r r_cb1e1526) are its own
            inline = " ".join([rest[rm.end():].strip()] + [c.text for c in body])
            return subj.leads, tuple(coordinating(rm.group(), subj.leads)), inline
        if not (n.children and (text.endswith(":") or not rest)):
            return None
        # "Bộ Tài chính chủ trì, phối hợp với các bộ, địa phương liên quan:", "X có trách nhiệm:"
        # "Bộ Quốc phòng, Bộ Công an theo chức năng, nhiệm vụ, thẩm quyền chủ trì, phối hợp với …:" (crawl
        # 858c0de43c18ce78): the adverbial of competence is no duty of its own
        # ("1. Ủy ban nhân dân Thành phố có quyền hạn và trách nhiệm:", crawl c_755c6cdc: the competence closes the
        # heading; wording in ``heading_roles``)
        head = _heading_roles(rest)
        duty_list = self._points_to_list(rest) and bool(_duty_verb_rx().match(rest))
        if duty_list and _asks_for_work(rest) and (subj.request or n.numbered and _spelled_out(n)):
            # "… đề nghị UBND các xã, phường; … thực hiện nghiêm túc …, chủ động điều chỉnh …. Cụ thể:" asks for work of
            # its own: an introduction that is a task (_intro_duty); so does an item that gives its subject work before
            # pointing to the bullets or "(1)" points that spell it out ("9. Ủy ban nhân dân các phường, xã, đặc khu chủ
            # động bố trí kinh phí …, tập trung một số nhiệm vụ cụ thể sau:", crawl c_fa2b49af; "1. Bí thư tỉnh ủy và
            # Chủ tịch Ủy ban nhân dân các tỉnh: … tiếp tục phân công …, trong đó tập trung một số nhiệm vụ sau:",
            # c_0ad2af30): one task with them (gold README: an item whose own sentence is a duty)
            return None
        # "Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:" over a) b) (crawl c_ce70e19b): the body that directs leads
        dm = _directing_rx().match(head)
        directed = head[dm.end():].strip() if dm else ""
        if head and not (head.startswith("phối hợp") or duty_list
                         or re.match(r"(?i)^(?:tham mưu|giúp)\s+\S+(?:\s+\S+){0,4}\s*:?$", head)
                         or directed and start_rx().match(directed) and agencies(directed) == [directed]):
            return None
        return subj.leads, tuple(coordinating(rest, subj.leads)), ""

    def _intro(self, text: str, subj: Optional[Subject]) -> Optional[tuple[str, ...]]:
        """The addressees of an introduction ending with ":" ("… đề nghị UBND tỉnh:")."""
        if subj is not None and subj.request:
            return subj.leads
        from cancu.loaders.tasks.subjects import request_rx
        for m in request_rx().finditer(text):
            s = subject(text[m.start():])
            if s is not None and s.request and not self._generic(s.leads):
                return s.leads
        for rx in _intro_place_rx():
            m = rx.search(text)
            if m and self._points_to_list(text):
                return (m.group(1),)
        return self._intro_subject(text)

    def _intro_subject(self, text: str) -> Optional[tuple[str, ...]]:
        """The bodies an introduction names as its subject after an opening clause when they "cần" (must) do the
        list it points to ("Nhằm đạt được mục tiêu …, bên cạnh các nhiệm vụ thường xuyên, các bộ, cơ quan ngang bộ,
        …, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương cần cụ thể hóa và tổ chức triển khai thực hiện
        các nhiệm vụ sau đây:", ``intro_subjects``): the first clause that opens with a subject decides."""
        if not self._points_to_list(text):
            return None
        for m in re.finditer(r"[,;]\s+", text):
            s = subject(text[m.end():])
            if s is None or s.start != 0:
                continue
            if s.request or self._generic(s.leads) or not _intro_subject_rx().match(text[m.end() + s.end:]):
                return None
            return s.leads
        return None

    def _intro_is_task(self, text: str, subj: Optional[Subject]) -> Optional[str]:
        """An introduction that assigns work of its own before its list: that sentence."""
        if subj is None or not subj.request:
            return None
        # "Giao Đảng uỷ Chính phủ lãnh đạo, chỉ đạo … triển khai thực hiện chủ trương trên. Trong đó chỉ đạo:"
        # assigns work before pointing to its list: the whole introduction is that task
        sentences = _sentence_rx().split(text)
        if len(sentences) > 1 and not self._points_to_list(sentences[0]) and self._points_to_list(sentences[-1]):
            return text
        return None

    def _intro_duty(self, n: Node, text: str, ctx: _Ctx) -> Optional[bool]:
        """An introduction that asks its addressees for work of its own before pointing to its list is a task led by
        its addressees (``intro_duty`` in task_prose.json). Bullets under it that name no subject spell the duty out
        and join its text ("… chủ động điều chỉnh lịch học tập và sinh hoạt ngoài trời. Cụ thể:" then "- Thường xuyên
        cập nhật …", crawl c_00caaa9c): True, all is read. Over items of their own (numbered, or naming their own
        subjects) the introduction is a task when it opens with its purpose ("Để khẩn trương khắc phục hậu quả …,
        Thủ tướng Chính phủ yêu cầu các Bộ, … chủ động hỗ trợ Nhân dân …:", crawl c_79dd74ee) or is a formal request
        ("Bộ Nội vụ trân trọng đề nghị …", crawl c_4ad5540c), and the items stay their own: False. None: no such
        introduction, nothing emitted."""
        found = self._asked(text)
        if found is None:
            return None
        cut, own, purpose = found
        bullets = bool(n.children) and all(c.kind in BULLETS and not c.children and not _opens_with_subject(c.text)
                                           for c in n.children)
        if bullets:
            # (a body named inside a case, "- Trường hợp … (VN_AQI ≥ 301), các đơn vị, trường học chủ động tạm dừng
            # …", is among the addressees)
            body = " ".join([text[cut:]] + [c.text for c in n.children])
            self._emit(n, body, own.leads, ctx, subj=own, span=(n.para.start, _last(n).para.end))
            return True
        if not purpose:
            return None
        self._emit(n, text[cut:], own.leads, ctx, subj=own)
        return False

    def _later(self, n: Node, text: str, ctx: _Ctx) -> bool:
        """A numbered item or an article that states something first and asks in a later sentence: "Điều 1. Chính phủ
        cơ bản thống nhất với dự án Pháp lệnh … . Giao Bộ Công an chủ trì, … bảo đảm một số yêu cầu sau:" then "1. Quán
        triệt …" (NQ 377/NQ-CP, set f c_b3b9e6ad), "2. Về mức chi phí quản lý … . Vì vậy, đề nghị Ủy ban nhân dân các
        tỉnh, … bảo đảm trong phạm vi dự toán …" (Công văn of Bộ Nội vụ, set h c_76e2aeaa): the task is the request's
        sentence to the item's end, with the requirements it lists when they name no subject of their own."""
        later = _later_request(text, any_opening=True)
        if later is None or self._generic(later[1].leads) \
                or all(re.match(_table()["person_groups"]["pattern"], a.casefold()) for a in later[1].leads):
            return False  # (nor "Yêu cầu các đồng chí nghiêm túc chấn chỉnh …": ``person_groups``)
        at, s = later
        if text.endswith(":") and n.children:
            if any(c.children or subject(c.text) is not None for c in n.children):
                return False
            if not _asks_for_work(text[at + s.end:]):
                # "2. Các thủ tục nêu trên sẽ được tiếp nhận … . Để phối hợp triển khai hiệu quả, Cục Lãnh sự trân
                # trọng đề nghị Quý Cơ quan giúp:" over "- Thông tin rộng rãi …", "- Chủ động phối hợp …" (set ba
                # a_ac1c3057): the request only hands its list over, each item is the addressee's task (as an
                # article's last sentence that introduces its items)
                self._children(n, _Ctx(s.leads, duty=True, request=True))
                return True
            body = " ".join([text[at:]] + [c.para.text if c.para is not None and c.numbered else c.text
                                           for c in n.children])
            self._emit(n, body, s.leads, ctx, subj=s, span=(n.para.start, _last(n).para.end))
            return True
        self._sentence(n, text[at:], ctx, s)
        if n.children:
            self._children(n, _Ctx(duty=ctx.duty))
        return True

    def _stated_first(self, n: Node, text: str, ctx: _Ctx) -> bool:
        """A clause of a regulation's organising or transitional section that states a fact first and names its doer
        in the next sentence: "a) Tài khoản người dùng trên hệ thống cũ sẽ được chuyển đổi hoặc cấp mới trên hệ thống
        mới. Sở Khoa học và Công nghệ phối hợp với các cơ quan, đơn vị rà soát, chuẩn hóa thông tin người dùng …" (the
        Quy chế of QĐ 162/2025/QĐ-UBND Ninh Bình, set t t_11524791 Điều 13.2; set b c_a29c12f1 Điều 25.2): the clause
        is that body's task, the statement with it (as the golds write it); so is "Việc cập nhật, chia sẻ dữ liệu … được
        thực hiện bằng định dạng dữ liệu số … . Các doanh nghiệp viễn thông, chủ sở hữu hạ tầng có trách nhiệm cập nhật
        …" (set n n_5a795d5c Điều 30.5). The statement is in the passive: a case and its rule ("Đối với các kết nối …
        đang hoạt động … thì tiếp tục duy trì …", NĐ 47/2020/NĐ-CP Điều 55.3, set i o039; g c_46273287 Điều 10.3, i
        o028 Điều 22.2) or a first sentence with a doer of its own the subject finder missed (fresh o045 Điều 20.2)
        is not what the golds take. Only in those sections: elsewhere a statement before a named body is a report's
        narrative."""
        if self.mode(n.para.start) != "none" or not _organises(n):
            return False
        passive, case = _stated_first_rx()
        for m in _sentence_rx().finditer(text):
            if not passive.search(text, 0, m.start()) or case.search(text, 0, m.start()):
                break
            s = subject(text[m.end():])
            if s is not None and not s.request and not s.heading and not self._generic(s.leads):
                at = m.end()
                self._emit(n, text, s.leads, ctx, subj=replace(s, start=s.start + at, end=s.end + at))
                return True
            break
        return False

    def _asked(self, text: str) -> Optional[tuple[int, Subject, bool]]:
        """For an introduction that asks its addressees for work of its own: where its sentence starts, its subject
        in that sentence, and whether it opens with its purpose or is a formal request; else None."""
        found = _intro_request(text)
        if found is None:
            return None
        at, s = found
        if self._generic(s.leads) or not _asks_for_work(text[at + s.end:]):
            return None
        # the sentence holding the request, after a ';' that ends an earlier clause ("Thực hiện Công văn …; Nhằm …")
        cut = max([m.end() for m in re.finditer(r";\s+", text[:at])] +
                  [m.end() for m in _sentence_rx().finditer(text[:at])] + [0])
        own = replace(s, start=s.start + at - cut, end=s.end + at - cut, clause=0)
        purpose = bool(_purpose_rx().match(text[cut:]) or _formal_rx().search(text[cut:at + s.start]))
        return cut, own, purpose

    def _sentence(self, n: Node, text: str, ctx: _Ctx, subj: Optional[Subject] = None) -> None:
        """A paragraph that names its own lead: one task, or one per sentence with its own lead."""
        subj = subj or subject(text)
        if subj is None or (_past(text[subj.end:subj.end + 12]) or n.kind == "ordinal" and _past_statement(text)) \
                and not ongoing_duty(text, subj.end) or _tells_of_letter(text):
            return  # (not "Các cơ sở … đang tổ chức thực hiện … có trách nhiệm …": ``ongoing_subjects``)
        if text.endswith(":") and n.children and not self._topic(text):
            self._emit(n, _with_descendants(n), subj.leads, ctx, subj=subj,
                       span=(n.para.start, _last(n).para.end))
            return
        items = _inline_items(text[subj.end:].lstrip(" :")) if subj.heading else []
        if items:
            # "Điều 2. Giao Bộ trưởng Bộ Tài chính: (i) Thừa ủy quyền … ; (ii) Căn cứ ý kiến …" (crawl ccb7cba554ea36d2)
            for label, item in items:
                self._emit(n, item, subj.leads, _Ctx(subj.leads, duty=True, request=subj.request),
                           no=label)
            return
        if subj.clause and text[:subj.clause].rstrip().endswith(";"):
            text = text[subj.clause:]  # "Để …; Sở Tài chính kính đề nghị …": the request is the task
            subj = replace(subj, start=subj.start - subj.clause, end=subj.end - subj.clause, clause=0)
        if not n.marked and subj.start > 0:
            # an unmarked paragraph whose lead stands in a later sentence: the sentences before it name no one and
            # only tell the background ("Căn cứ quy định nêu trên, cơ quan thuế không có trách nhiệm … . Do vậy, đề
            # nghị Thuế tỉnh Gia Lai căn cứ …", set bg g_a152007c; "Trên cơ sở định hướng …, Bộ Nội vụ đã xây dựng …
            # (gửi kèm theo). Để việc đề xuất biên chế … đề nghị bộ, ngành, địa phương …", set fresh c_73585781):
            # a Word paragraph holds both sentences where the web page's wrapped lines parted them
            cut = max((m.end() for m in _sentence_rx().finditer(text, 0, subj.start)), default=0)
            if cut:
                text = text[cut:]
                subj = replace(subj, start=subj.start - cut, end=subj.end - cut,
                               clause=max(subj.clause - cut, 0))
        for piece, psubj in _split_sentences(text, subj, numbered=n.numbered, bullet=n.marked and not n.numbered):
            self._emit(n, piece, psubj.leads, ctx, subj=psubj)

    def _emit(self, n: Node, text: str, leads: tuple[str, ...], ctx: _Ctx, *, subj: Optional[Subject] = None,
              coords: tuple[str, ...] = (), span: Optional[tuple[int, int]] = None, no: Optional[str] = None,
              section: Optional[str] = None) -> None:
        text = _drop_footnotes(text.strip().rstrip(":").strip())
        whole = text  # (its deadline is read with the labelled one)
        if self.deadline_lines:
            text = _without_deadline_label(text)
        if len(text) < 12 or not leads or all_caps(text):
            return  # a heading in capitals ("TRONG THỜI GIAN TỚI") is no duty
        if _PLACEHOLDER.search(text):
            return  # a form's blank ("Hội đồng …… cam kết chịu hoàn toàn trách nhiệm …", a procedure's template)
        if not subj and not _does_something(text):
            return  # an item that does nothing: "- Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân;" (a quota)
        if subj and bare_execution(text, subj):
            return  # "Căn cứ ý kiến chỉ đạo trên, các cơ quan, đơn vị liên quan nghiêm túc triển khai thực hiện./."
        if subj and not subj.request and accountable_only(text):
            return  # "Bộ Xây dựng chịu trách nhiệm toàn diện về nội dung Hiệp định …" (set h c_68c1acdd): no work
        if not subj and accountable_only(text, bare=True):
            # an item under its body's heading that only says what the body answers for ("5. Các chủ rừng là tổ chức
            # …" / "- Chịu trách nhiệm trước pháp luật nếu để xảy ra tình trạng phá rừng, …", set dev c_c5c79156;
            # "4. Chịu trách nhiệm đối với những hậu quả xảy ra …", set p p_9d269b8e): gold README, fifteenth stop
            return
        if not subj and any(text.startswith(a) and _accountability_rx().search(text[len(a):].rstrip(" ./;"))
                            for a in leads):
            # the heading's body named again by the short name its title gives, which reads as no subject: "Điều 25.
            # Trách nhiệm của Quỹ" / "3. Quỹ chịu trách nhiệm toàn diện trước pháp luật và cơ quan quản lý Quỹ về
            # tình hình hoạt động, …" (NĐ 302/2025/NĐ-CP, set u u_f070c601): what it answers for, no work
            return
        if subj and not subj.request and appeal(text, subj):
            return  # "Ban Chấp hành Trung ương Đảng kêu gọi toàn Đảng, toàn dân, toàn quân …" (set k k_95ac75c3)
        if subj and not n.marked and guide_formula(text, subj, self.kind_at((span or (n.para.start,))[0])):
            return  # "Ủy ban Kiểm tra Trung ương hướng dẫn thực hiện một số Điều … như sau:" (set op ip_b0ebf131)
        if heading_prefix_rx().match(text) or subj and duty_title_tail_rx().fullmatch(text[subj.end:]):
            # "Điều 17. Trách nhiệm của cơ quan, tổ chức, cá nhân hưởng cơ chế, chính sách, biện pháp ưu đãi, hỗ trợ"
            # (set g c_755c6cdc), "- Trách nhiệm của các cơ quan trong việc đăng tải nội dung vận động bầu cử, …" (set
            # j l_35e4e5f8), "Điều 4. Sở Lao động - Thương binh và Xã hội có nhiệm vụ" (set k k_5a55fd97): a title
            # naming whose duties follow, or what is looked into, never a duty of its own
            return
        span = span or (n.para.start, n.para.end)
        mode = self.mode(span[0])
        handed = _hands_over(text, subj, self.kind_at(span[0]), n.kind) \
            or n.kind == "article" and charged_with_document(text, subj)
        if mode == "nothing" or mode == "none" and not _organises(n) and not handed \
                or mode == "requests" and not (subj.request if subj else ctx.request):
            return
        if mode == "none" and not handed and _transition_rule(n, text):
            return  # "… được áp dụng quy định tại khoản 1 Điều 10" in a transitional article is how a case is treated
        if mode == "none" and not handed and _case_rule_rx().search(text):
            return  # "Công chức có chứng chỉ … thì không phải tham gia chương trình …" (set v v_7ca05fa8 Điều 41.4)
        # (a duty that directs a body to work with others names the partners only where its heading named none: the
        # golds keep "các sở, ngành" of the heading for "Chỉ đạo đơn vị chuyên môn phối hợp chặt chẽ với Sở Nông nghiệp
        # và Môi trường, …", set fresh c_e7223410 V.10.b)
        inherited_coords = coords or (ctx.coords if not subj else ())
        own = coordinating(text[subj.end:] if subj else text, leads, directed=not inherited_coords)
        coords = tuple(dict.fromkeys([*coords, *own, *(ctx.coords if not subj else ())]))
        inherited: list[str] = []
        deadline = find_deadline(whole, span=span)
        if deadline is None and ctx.deadline is not None:
            deadline = replace(ctx.deadline, span=span)
            inherited.append("deadline")
        if not subj:
            inherited.append("lead")
        roles = [Role(a, "lead", is_group(a), span) for a in leads]
        roles += [Role(a, "coordinating", is_group(a), span) for a in coords]
        if section is None:
            section = f"Điều {n.label}" if n.kind == "article" else n.path()
        if subj is not None and no is None and _closes_list(n):
            section = n.parent.path()  # (the list's closing paragraph belongs to what holds the list)
        given = no
        no = no if no is not None or subj is not None and _closes_list(n) else _no_of(n)
        if no is not None and given is None and subj is not None and n.kind is None and _later_in_item(n, subj):
            no = None  # (the paragraph keeps the item as its section: n.path())
        self.out.append(Task(section, None, None, no, text, (), span, False,
                             deadline, tuple(leads), coords, tuple(roles), tuple(inherited),
                             quirks=("duty",)))

    def _closing_deadlines(self, root: Node) -> None:
        """A closing sentence with a deadline for "the contents above" applies to tasks without one, those of the
        part of the file it closes: a line of an annex after the signature ("Cán bộ giữ chức danh tại điểm c nêu
        trên" in a table of "Phụ lục 01" that names people "nghỉ hưu trước 01/7/2025", Nghị quyết 55/2025/NQ-HĐND
        of Hà Nội, set v v_a99224a4) gives no deadline to the resolution's execution clauses above the signature."""
        for n in root.walk():
            if n.kind is not None:
                continue
            if not re.search(r"(?i)nêu trên|trên đây|các nội dung trên|các nhiệm vụ trên", n.text):
                continue
            d = find_deadline(n.text)
            if d is None:
                continue
            part = max((b for b in self.breaks if b <= n.para.start), default=-1)
            self.out = [replace(t, deadline=replace(d, span=t.span), inherited=t.inherited + ("deadline",))
                        if t.deadline is None and part < t.span[0] < n.para.start else t for t in self.out]


# --- small helpers ---------------------------------------------------------------------

@lru_cache(maxsize=None)
def _sign_rx() -> re.Pattern[str]:
    """A signature block: a capacity word and the signer's title ("TM. ỦY BAN NHÂN DÂN"), or a title alone
    ("CHỦ TỊCH", ``signer_titles``)."""
    titles = "|".join(re.escape(w) for w in _table()["signer_titles"]["words"])
    return re.compile(rf"^(?:{tables.signing_prefix_alternation()})\s*\S|^(?:{titles})\b")


_LISTED = re.compile(r"^(?P<group>(?:Các|Những|các)\s+[^():;.]{3,80}?)\s*\((?P<list>[^()]{6,400})\)\s*:?\s*$")


def _listed_group(text: str) -> tuple[str, ...]:
    """The bodies a group heading lists in parentheses ("Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban …):"),
    or () when the parentheses hold anything but body names."""
    m = _LISTED.match(text)
    if m is None or not start_rx().match(m.group("group")):
        return ()
    named = tuple(agencies(m.group("list")))
    if len(named) < 2 or not all(start_rx().match(a) and not verb_rx().search(a) for a in named):
        return ()
    return named


# the blanks a form leaves to fill in: "……", "........", "____" (not dots after a comma that end the text: "… xa các vị
# trí có nguy cơ sạt lở,....", fresh c_c78c9c95, trail off a list; "… quy định tại Thông tư số ……….", a form, does not)
@lru_cache(maxsize=None)
def duty_title_tail_rx() -> re.Pattern[str]:
    """What is left of a heading's sentence after its subject when it only announces duties ("… có nhiệm vụ", "… có
    trách nhiệm như sau:"): ``duty_title_tails`` of ``data/task_prose.json``, matched in full."""
    return re.compile(_table()["duty_title_tails"]["pattern"])
_PLACEHOLDER = re.compile(r"(?:…\s*){2,}|(?<!,)\.{4,}|\.{4,}(?!\W*$)|_{4,}")


def _directs_one(text: str) -> bool:
    """Whether a duty's line only names the body it directs, over that body's items ("- Chỉ đạo Sở Nông nghiệp và
    PTNT:" over "+ Thực hiện việc nghiệm thu, …", "+ Có phương án khắc phục, …", set k k_370e4f5b Điều 2.3.b): the items
    are the tasks, each led by whoever directs (``directing_heads``), not one duty with its list."""
    m = _directing_rx().match(text[:1].lower() + text[1:])
    name = text[m.end():].strip().rstrip(":").strip() if m else ""
    return bool(name) and text.rstrip().endswith(":") and bool(start_rx().match(name)) and agencies(name) == [name] \
        and not verb_rx().search(name)


def _closes_list(n: Node) -> bool:
    """Whether an unmarked paragraph naming its own subject closes the list its item ends rather than going on with
    the item: it comes last under the last item, the item is a whole sentence (no heading over it) and no other item
    of the list has a paragraph of its own ("3. … hỗ trợ người dân sửa chữa, xây dựng lại nhà cửa theo đề nghị của
    địa phương." then "Văn phòng Chính phủ theo dõi, đôn đốc các Bộ, địa phương thực hiện nghiêm túc Công điện này",
    set d c_33179384; "16. Các tổ chức chính trị - xã hội, …, doanh nghiệp và cộng đồng." then its paragraph then
    "Hàng năm, các bộ, ngành và Ủy ban nhân dân các tỉnh, … báo cáo kết quả thực hiện …", set k k_60cda70f). Where
    every item has such a paragraph ("4. Hoàn thành di dời 01 khu công nghiệp …" then "UBND phường Lào Cai chủ trì
    …", set i l_aa920759) it is the item's own."""
    item = n.parent
    if n.kind is not None or item is None or item.parent is None or not item.numbered or item.kind == "article" \
            or not _assign_nothing(item.children[item.children.index(n) + 1:]) or item.parent.children[-1] is not item:
        return False
    if not re.search(r"\.\W*$", item.text) and not _after_heading_duty(n):
        return False
    return not any(c.kind is None and subject(c.text) is not None
                   for sib in item.parent.children if sib is not item and sib.kind == item.kind for c in sib.children)


def _after_heading_duty(n: Node) -> bool:
    """Whether a paragraph naming another subject than its agency heading follows the heading's own duty ("4. Ủy ban
    nhân dân các phường, xã" / "Tăng cường kiểm tra …" / "Ủy ban nhân dân Thành phố yêu cầu …. Giao Bảo hiểm xã hội
    Thành phố chủ trì …", set e c_1264d1ef): the document's closing, not the heading's."""
    item = n.parent
    if item.children[0] is n or not _agency_item(item):
        return False
    s, h = subject(n.text), subject(item.text)
    heads = {a.casefold() for a in (h.leads if h else agencies(item.text.strip(" .:*")))}
    return s is not None and not heads & {a.casefold() for a in s.leads}


def _assign_nothing(after: list[Node]) -> bool:
    """Whether the paragraphs after a list's closing paragraph only end the document: the standard closing, an appeal
    and the recipients' block with what follows it ("Văn phòng Chính phủ theo dõi, đôn đốc …" then "| Nơi nhận: …",
    set i l_ef2e8059; "Đồng thời, giao Công an tỉnh …" then "Trong quá trình thực hiện, nếu có khó khăn …" then "Nơi
    nhận:", set d c_d800219a)."""
    for c in after:
        low = c.text.casefold().lstrip("|*_ ")
        if _RECIPIENTS.match(low):
            return True
        if c.kind is not None or not (low.startswith("---") or any(rx.search(low) for rx, _ in _not_task_rx())
                                      or (s := subject(c.text)) is not None and appeal(c.text, s)):
            return False
    return True


def _no_of(n: Node) -> Optional[str]:
    """The item number a task gets: its own, or its heading's for an unmarked paragraph."""
    if n.numbered and n.kind != "article":
        return n.label
    if n.kind is None and n.parent is not None and n.parent.numbered and n.parent.kind not in (
            "article", "roman", "chapter", "upper"):
        return n.parent.label
    return None


# items enumerated inside one paragraph: "(i) … (ii) …", "(1) … (2) …"
_INLINE_MARK = re.compile(r"(?:^|(?<=[\s.;,:]))\((i{1,3}|iv|v|vi{1,3}|ix|x|\d{1,2})\)\s+")
_ROMAN_ORDER = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def _inline_items(text: str) -> list[tuple[str, str]]:
    """(label, text) of the items a duty paragraph enumerates in itself, when it opens with the first
    ("(i) Chỉ đạo Đảng uỷ Bộ Y tế … . (ii) Chỉ đạo Đảng uỷ Bộ Giáo dục …", crawl c_03b4541e 4.1) and the
    labels follow in order, each item a sentence of its own; [] otherwise: items that one sentence lists, set apart by
    semicolons ("Giao Bộ trưởng Bộ Tài chính: (i) Thừa ủy quyền Thủ tướng Chính phủ, … thông qua tại Kỳ họp thứ 10;
    (ii) Căn cứ ý kiến …", set l m_96f71f6f Điều 2), are that sentence's one task, as the golds keep every such list
    (g c_9e97eec6, d c_e2ec17d7, h c_4cb68bdc)."""
    marks = list(_INLINE_MARK.finditer(text))
    if len(marks) < 2 or marks[0].start() != 0:
        return []
    first = marks[0].group(1)
    order = _ROMAN_ORDER if not first.isdigit() else [str(k) for k in range(1, 100)]
    if first != order[0]:
        return []
    kept = [marks[0]]
    for m in marks[1:]:
        if len(kept) < len(order) and m.group(1) == order[len(kept)] and text[:m.start()].rstrip()[-1:] in ".;,:":
            kept.append(m)
    if len(kept) < 2 or any(text[:m.start()].rstrip()[-1:] != "." for m in kept[1:]):
        return []
    out = []
    for k, m in enumerate(kept):
        end = kept[k + 1].start() if k + 1 < len(kept) else len(text)
        item = text[m.end():end].strip().rstrip(";,").strip()
        out.append((m.group(1), item))
    return out



def _last(n: Node) -> Node:
    while n.children:
        n = n.children[-1]
    return n


# a footnote mark glued to a word ("… của từng huyện, thị xã, thành phố1") is no text
_FOOTNOTE_MARK = re.compile(r"(\S+?)(\d{1,2})(?=[\s.,;:]|$)")
# the same mark in brackets, as a web page renders a footnote reference ("… của Chính phủ[2], Bộ Y tế[3], …")
_BRACKET_MARK = re.compile(r"(?<=[^\s\[\]])\[\d{1,3}\](?=[\s.,;:)”\"]|$)")


def _drop_footnotes(text: str) -> str:
    """A footnote mark glued to a word ("… thành phố1", "… Chính phủ[2],") is no text; numbers in names,
    codes and addresses are kept ("Đề án 06", "https://nq57.vn", "COVID19", "KH179")."""
    def sub(m: re.Match[str]) -> str:
        word = m.group(1)
        if len(word) >= 2 and word.isalpha() and word.islower():
            return word
        return m.group()
    return _FOOTNOTE_MARK.sub(sub, _BRACKET_MARK.sub("", text))


@lru_cache(maxsize=None)
def _province_level_rx() -> re.Pattern[str]:
    """A lead that opens with a province's level word ("tỉnh", "thành phố": ``place_lists`` ``levels``), matched on the
    lead folded to lower case: the province itself (``assessment_sections`` ``closing``)."""
    levels = "|".join(re.escape(w) for e in _table()["place_lists"] for w in e["levels"])
    return re.compile(rf"(?:{levels})\s")


@lru_cache(maxsize=None)
def _run_in_title_rx() -> re.Pattern[str]:
    return re.compile(_table()["run_in_titles"]["pattern"])


def without_run_in_title(text: str) -> str:
    """An article's sentence without its title run into it ("Trách nhiệm thực hiện Sở Văn hoá và Thể thao, … thực
    hiện trách nhiệm theo …", ``run_in_titles``): only before an agency word, which the sentence opens with."""
    m = _run_in_title_rx().match(text)
    return text[m.end():] if m and start_rx().match(text, m.end()) else text


@lru_cache(maxsize=None)
def _execution_rx() -> re.Pattern[str]:
    """The execution clause of a document (``execution_clause`` in ``data/task_prose.json``)."""
    return re.compile(_table()["execution_clause"]["pattern"])


@lru_cache(maxsize=None)
def _beneficiaries_rx() -> re.Pattern[str]:
    return re.compile(_table()["beneficiaries"]["pattern"], re.I)


def beneficiary_duty(text: str, leads: tuple[str, ...]) -> bool:
    """Whether a task binds the beneficiaries of a support or incentive: its lead names them (a heading "Trách nhiệm
    của các đối tượng thụ hưởng …", set s s_956db1e6 Điều 10) or its sentence's subject does ("Cơ quan, tổ chức, cá
    nhân hưởng cơ chế, chính sách, biện pháp ưu đãi, hỗ trợ có trách nhiệm …", set g c_755c6cdc Điều 17.1):
    ``beneficiaries`` in ``data/task_prose.json``. Their duties bind whoever receives the support, like the public's,
    and give no agency work (gold README, fifteenth stop).

    >>> beneficiary_duty("Cung cấp đầy đủ thông tin, số liệu bị thiệt hại do thiên tai, dịch hại thực vật.",
    ...                  ("các đối tượng thụ hưởng từ ngân sách nhà nước",))
    True
    >>> beneficiary_duty("Cá nhân có trách nhiệm mở sổ ghi chép … theo đối tượng, địa bàn được hỗ trợ", ())
    False
    """
    rx = _beneficiaries_rx()
    # every lead a beneficiary: a task shared with an agency is the agency's work
    return bool(rx.search(text.strip())) or bool(leads) and all(rx.search(x.strip()) for x in leads)


@lru_cache(maxsize=None)
def _accountability_rx() -> re.Pattern[str]:
    return re.compile(_table()["accountability"]["pattern"], re.I)


def appeal(text: str, subj: Subject) -> bool:
    """Whether a sentence's subject appeals to the public or to everyone ("Ban Chấp hành Trung ương Đảng kêu gọi toàn
    Đảng, toàn dân, toàn quân …", set k k_95ac75c3; "Quốc hội kêu gọi đồng bào, chiến sỹ cả nước …", set h
    c_e097e3d8): ``appeals`` in ``data/task_prose.json``; no work is assigned.

    >>> t = "Ban Chấp hành Trung ương Đảng kêu gọi toàn Đảng, toàn dân, toàn quân tiếp tục đoàn kết, thống nhất."
    >>> appeal(t, subject(t))
    True
    """
    # (the appeal word is no role verb: the subject read may run on over it, "Ban Chấp hành Trung ương Đảng kêu gọi toàn
    # Đảng, …"; it must come before any verb of the sentence)
    m = _appeal_rx().search(text, subj.start, subj.end + 40)
    return m is not None and not verb_rx().search(text, subj.start, m.start())


def guide_formula(text: str, subj: Subject, kind: Optional[str]) -> bool:
    """Whether ``text`` is a guide's enacting sentence: its issuer, as subject, gives the guidance that follows
    ("Ban Bí thư Trung ương Đoàn hướng dẫn quy trình, thủ tục kiện toàn, … cụ thể như sau:", set or ir_ca4412c6;
    "Ủy ban Kiểm tra Trung ương hướng dẫn thực hiện một số Điều trong Quy định số 07-QĐi/TW, … như sau:", set op
    ip_b0ebf131), in a document of a kind ``guide_formulas`` in ``data/task_prose.json`` names: no work is assigned.

    >>> t = "Ban Tuyên giáo và Dân vận Trung ương hướng dẫn việc xây dựng, kiện toàn đội ngũ báo cáo viên như sau:"
    >>> guide_formula(t, subject(t), "Hướng dẫn"), guide_formula(t, subject(t), "Công văn")
    (True, False)
    """
    e = _table()["guide_formulas"]
    # (a request "Giao Sở … hướng dẫn …" or a clause before the subject, "Căn cứ …, Phòng … hướng dẫn …", is not the
    # issuer's own formula: only a subject that opens the sentence)
    return (kind or "").casefold() in {k.casefold() for k in e["kinds"]} and not subj.request and subj.start == 0 \
        and bool(_guide_formula_rx().match(text, subj.end))


@lru_cache(maxsize=None)
def _guide_formula_rx() -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + _table()["guide_formulas"]["pattern"] + ")", re.I)


@lru_cache(maxsize=None)
def _appeal_rx() -> re.Pattern[str]:
    return re.compile(rf"(?<![\wÀ-ỹ])(?:{_table()['appeals']['pattern']})(?![\wÀ-ỹ])", re.I)


@lru_cache(maxsize=None)
def _competence_heading_rx() -> re.Pattern[str]:
    return re.compile(_table()["competence_headings"]["pattern"])


def competence_heading(subj: Subject) -> bool:
    """Whether a heading's subject ends on the verb of a competence ("Ủy ban nhân dân cấp tỉnh quyết định:"), which
    the subject finder reads as part of the name (``competence_headings`` in ``data/task_prose.json``)."""
    return bool(subj.leads) and bool(_competence_heading_rx().search(subj.leads[-1]))


def accountable_only(text: str, *, bare: bool = False) -> bool:
    """Whether every clause of ``text`` only says what its subject answers for ("Bộ Y tế chịu trách nhiệm về việc
    tổng hợp số liệu. Bộ Tài chính, … chịu trách nhiệm về số liệu đã rà soát, …", set k k_82114f00) or whom it answers
    to for a failure ("Người đứng đầu cơ sở KCB chịu trách nhiệm trước pháp luật nếu để xảy ra sai phạm …", set e
    c_1264d1ef): ``accountability`` in ``data/task_prose.json``. A request or work of its own makes it more than that;
    so does a clause without a subject, unless it only goes on saying what is answered for ("…; không chịu trách nhiệm
    về …", "…; về nội dung đã báo cáo …"). ``bare``: the first clause has no subject either, an item under its body's
    heading ("- Chịu trách nhiệm trước pháp luật nếu để xảy ra tình trạng phá rừng, …", set dev c_c5c79156).

    >>> accountable_only("Chịu trách nhiệm về các hồ sơ, tài liệu, kết quả đánh giá.", bare=True)
    True
    >>> accountable_only("Chịu trách nhiệm về thực hiện bảo mật, bảo đảm an toàn thông tin cơ sở dữ liệu", bare=True)
    False
    """
    clauses = [c for c in re.split(r"(?<=[.;])\s+", text.strip()) if c.strip(" ./")]
    for k, c in enumerate(clauses):
        s = subject(c)
        if s is None and (bare or k) and _bare_accountability_rx().search(c.rstrip(" ./;")):
            continue
        if s is None and k and clauses[k - 1].endswith(";") and _continuation_rx().search(c.rstrip(" ./;")):
            continue  # "…; về nội dung đã báo cáo và đề xuất, kiến nghị tại các Tờ trình …" (set f c_5cb8739a)
        if s is None or s.request or not _accountability_rx().search(c[s.end:].rstrip(" ./;")):
            return False
    return bool(clauses)


@lru_cache(maxsize=None)
def _bare_accountability_rx() -> re.Pattern[str]:
    return re.compile(_table()["accountability"]["bare_pattern"], re.I)


@lru_cache(maxsize=None)
def _continuation_rx() -> re.Pattern[str]:
    return re.compile(_table()["accountability"]["continuation"])


@lru_cache(maxsize=None)
def _generic_execution_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(with a scope, without one): what follows generic addressees in the execution clause written as a clause of
    its own (``generic_execution`` in ``data/task_prose.json``), on lower case."""
    e = _table()["generic_execution"]
    scope, verb, obj = (e[k].replace("{docs}", e["docs"]) for k in ("scope", "verb", "object"))
    with_scope = re.compile(rf"^[\s,]*(?:{scope})[\s,]*(?:để\s+)?{verb}(?:{obj}|\s*(?:[,.;/]|$))")
    without = re.compile(rf"^[\s,]*{verb}{obj}")
    return with_scope, without


@lru_cache(maxsize=None)
def _competence_rx(organising: bool) -> tuple[re.Pattern[str], ...]:
    """A clause saying what a body receives, or (outside a section organising the implementation, where "Chính phủ …
    quy định chi tiết, hướng dẫn áp dụng và tổ chức thực hiện Nghị quyết này" is work) giving it the competence to set
    rules (``normative_competence``)."""
    e = _table()["normative_competence"]
    # ("based_on", "… căn cứ … để quy định việc …", holds in that section too: set t t_2514211a Điều 8.4)
    keys = ("receives", "based_on") if organising else ("receives", "based_on", "pattern")
    return tuple(re.compile(e[k]) for k in keys)


def competence(text: str, subj: Subject, organising: bool = False) -> bool:
    """Whether a clause with its own subject ``subj`` sets that subject's competence to make rules, or says what it
    receives (``normative_competence``): the pattern's ``who`` is the subject, where the subject starts, and (for the
    competence) holds no verb.

    >>> t = "Ủy ban nhân dân cấp tỉnh quy định về danh mục tài sản công cho thuê, tiêu chí, mức hỗ trợ."
    >>> competence(t, subject(t))
    True
    """
    low = text[subj.start:].casefold()
    for i, rx in enumerate(_competence_rx(organising)):
        m = rx.match(low)
        if m and m.start("who") == 0 and (i < 2 or not verb_rx().search(low[:m.end("who")])):
            return True
    return False


@lru_cache(maxsize=None)
def _heads_rx() -> re.Pattern[str]:
    """The heads of bodies ("Thủ trưởng các cơ quan, đơn vị …") opening a clause: ``generic_execution`` ``heads``."""
    words = "|".join(re.escape(w) for w in _table()["generic_execution"]["heads"])
    return re.compile(rf"^\W*(?:{words})\s")


def generic_execution(rest: str) -> bool:
    """Whether ``rest``, what follows generic addressees, only tells them to carry out the document ("… căn cứ nội
    dung Quyết định để triển khai thực hiện nghiêm túc, đầy đủ, …", "… có trách nhiệm thực hiện tốt Quy chế này").

    >>> generic_execution(" có trách nhiệm thực hiện tốt Quy chế này.")
    True
    >>> generic_execution(" căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch triển khai thực hiện đợt thi đua")
    False
    """
    low = rest.casefold()
    return any(rx.match(low) for rx in _generic_execution_rx())


@lru_cache(maxsize=None)
def _delivery_rx() -> re.Pattern[str]:
    """What follows the addressees in a paragraph that tells them where to send what a request asked
    (``request_deliveries`` in ``data/task_prose.json``), on lower case."""
    return re.compile(_table()["request_deliveries"]["pattern"])


@lru_cache(maxsize=None)
def _request_closing_rx() -> re.Pattern[str]:
    """What follows generic addressees in a request that only asks them to carry out the document (``request_closings``
    in ``data/task_prose.json``), on lower case."""
    e, g = _table()["request_closings"], _table()["generic_execution"]
    scope = g["scope"].replace("{docs}", g["docs"])
    obj = e["object"].replace("{docs}", g["docs"])
    words = rf"(?:{e['words']})"
    return re.compile(rf"^[\s,]*(?:(?:{scope})[\s,]*(?:để\s+)?)?{words}(?:(?:\s*,\s*|\s+và\s+|\s+){words})*"
                      rf"(?:\s+(?:{obj}))?{e['tail']}\s*(?:[.;/]|$|(?:\s+[^\s.;/]+){{1,2}}$)")


def request_closing(rest: str) -> bool:
    """Whether ``rest``, what follows the generic addressees of a request, only asks them to carry out the document:
    the letter's closing, no task.

    >>> request_closing(" khẩn trương triển khai, thực hiện./.")
    True
    >>> request_closing(" tham gia ý kiến về dự thảo Quy chế thi tốt nghiệp THPT.")
    False
    """
    return _request_closing_rx().match(rest.casefold()) is not None


@lru_cache(maxsize=None)
def _such_as_rx() -> re.Pattern[str]:
    """A sentence ending on "… như:" over bullets that are examples of its work (``such_as``)."""
    return re.compile(_table()["such_as"]["pattern"])


@lru_cache(maxsize=None)
def _bare_execution_rx() -> re.Pattern[str]:
    """The verb of a closing that only says "carry it out" (``bare_execution``), to the end of its clause."""
    e = _table()["bare_execution"]
    verb = e["verb"].replace("{docs}", _table()["generic_execution"]["docs"])
    return re.compile(rf"(?<![\wÀ-ỹ]){verb}\s*(?:[.;]|/|$)")


def _names_more(words: str) -> bool:
    """Whether ``words``, after a subject and a separator, go on naming bodies or their heads ("người đứng đầu các
    cơ quan, đơn vị, doanh nghiệp")."""
    return bool(start_rx().match(words) or extra_start_rx().match(words) or title_match(words)
                or re.match(r"(?i)(?:các|người đứng đầu|thủ trưởng)\s", words))


def bare_execution(text: str, subj: Subject) -> bool:
    """Whether a clause with its own subject only tells the bodies it names to carry out what was said ("Căn cứ ý
    kiến chỉ đạo trên, các cơ quan, đơn vị liên quan nghiêm túc triển khai thực hiện./."): after the subject only
    more names, no verb, then that bare verb to the end of its clause, and after it nothing but a standard closing or
    another such clause (``bare_execution`` in ``data/task_prose.json``).

    >>> t = "Đề nghị Ủy ban nhân dân tỉnh và các tổ chức đảng nghiêm túc triển khai thực hiện."
    >>> bare_execution(t, subject(t))
    True
    >>> t = "Giao Sở Y tế khẩn trương triển khai thực hiện các giải pháp phòng dịch."
    >>> bare_execution(t, subject(t))
    False
    """
    rest = text[subj.end:]
    low = rest.casefold()
    m = next((k for k in _bare_execution_rx().finditer(low)
              if not verb_rx().search(rest, 0, k.start()) and not re.search(r"[.:]", rest[:k.start()])), None)
    if m is None:
        return False
    more = re.match(r"\s*[;,]\s*", rest[:m.start()])
    if rest[:m.start()].strip() and not (more and _names_more(rest[more.end():m.start()])):
        return False  # "Giao Sở … lập hồ sơ để sớm thực hiện": work of its own before the verb
    for clause in re.split(r"(?<=[.;])\s+", rest[m.end():]):
        clause = clause.strip(" ./;")
        if not clause:
            continue
        if any(rx.search(clause) for rx, _ in _not_task_rx()):
            continue
        s = subject(clause[:1].upper() + clause[1:])
        if s is None or not bare_execution(clause[:1].upper() + clause[1:], s):
            return False
    return True


def _concerned(text: str) -> tuple[str, ...]:
    """The bodies a topic heading "Đối với <bodies>:" concerns ("Đối với các cơ sở sản xuất có lưu lượng xả bụi …:"),
    or () when it names a field, not a body ("Đối với lĩnh vực đất đai:")."""
    m = re.match(_table()["concerned_topics"]["pattern"], text, re.I)
    if not m:
        return ()
    subj = subject(text[m.end():].rstrip(" :"))
    return subj.leads if subj is not None and subj.start == 0 and not subj.request else ()


def _opens_with_subject(text: str) -> bool:
    s = subject(text)
    return s is not None and s.start == 0


def _intro_request(text: str) -> Optional[tuple[int, Subject]]:
    """Where the request of an introduction starts and its subject there (the addressees), or None."""
    from cancu.loaders.tasks.subjects import request_rx
    for m in request_rx().finditer(text):
        s = subject(text[m.start():])
        if s is not None and s.request and s.start > 0 and s.leads:
            return m.start(), s
    return None


@lru_cache(maxsize=None)
def _intro_duty_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], int]:
    e = _table()["intro_duty"]
    return re.compile(e["qualifier"]), re.compile(e["pointer"]), re.compile(e["attitudes"]), e["min_words"]


@lru_cache(maxsize=None)
def _purpose_rx() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _table()["intro_duty"]["purposes"])
    return re.compile(rf"^\W*(?:{words})(?![\wÀ-ỹ])")


@lru_cache(maxsize=None)
def _formal_rx() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _table()["intro_duty"]["formal"])
    return re.compile(rf"(?i)(?<![\wÀ-ỹ])(?:{words})\s+$")


def _asks_for_work(rest: str) -> bool:
    """Whether what an introduction asks of its addressees is work of its own, not only "(tập trung) thực hiện (tốt)
    các nội dung sau:" (see ``intro_duty`` in task_prose.json)."""
    qualifier, pointer, attitude, least = _intro_duty_rx()
    low = rest.casefold().strip()
    m = pointer.search(low)
    if m:
        low = low[:m.start()]
    low = qualifier.sub("", low, count=1)
    work = [p for p in (x.strip() for x in low.split(",")) if p and not attitude.match(p)]
    return len(re.findall(r"[\wÀ-ỹ]+", " ".join(work))) >= least


@lru_cache(maxsize=None)
def _submitted_rx() -> re.Pattern[str]:
    return re.compile("(?i)" + _table()["submitted_lists"]["pattern"])


def _submits_list(text: str) -> bool:
    """Whether ``text`` ends by submitting the list under it for another body's decision (``submitted_lists``)."""
    return bool(_submitted_rx().search(text))


def _spelled_out(n: Node) -> bool:
    """Whether ``n``'s children only spell out its own duty: bullets or "(1)", "(i)" items, none with items of its own
    or naming its own subject ("1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: … tiếp tục phân công …, trong đó
    tập trung một số nhiệm vụ sau:" then "(1) Huy động …", crawl c_0ad2af30)."""
    return bool(n.children) and all((c.kind in BULLETS or c.kind in _KEPT_MARKERS) and not c.children
                                    and not _opens_with_subject(c.text) for c in n.children)


def _asks_own_work(n: Node, text: str, subj: Optional[Subject]) -> bool:
    """Whether a numbered item with children gives its own subject work of its own before it points to its list
    ("… chịu trách nhiệm toàn diện …; lồng ghép …, cụ thể:"), not only "… có trách nhiệm thực hiện các nhiệm vụ
    sau:"."""
    if subj is None or subj.heading or subj.request or not n.numbered or not text.endswith(":") or not n.children:
        return False
    rest = text[subj.end:].strip()
    return bool(_duty_verb_rx().match(rest)) and _asks_for_work(rest)


def _spelled_then_own(n: Node) -> Optional[tuple[list[Node], list[Node]]]:
    """The bullets that spell out a numbered item's own duty and the bullets after them that name subjects of their
    own, for an item that gives its subject work of its own before it points to its list (``_asks_own_work``, which
    the caller checks): two or more bullets without items or subjects first, then only bullets that open with their
    own subject (the list wholly spelled out is ``_spelled_out``'s)."""
    kids = n.children
    k = 0
    while k < len(kids) and kids[k].kind in BULLETS and not kids[k].children and kids[k].para is not None \
            and not _opens_with_subject(kids[k].text):
        k += 1
    if k < 2 or k == len(kids) or not all(c.kind in BULLETS and _opens_with_subject(c.text) for c in kids[k:]):
        return None
    return kids[:k], kids[k:]


def _duty_before_execution(n: Node, text: str) -> bool:
    """Whether an article whose execution clause is an unnumbered paragraph under it is a whole sentence of its own with
    its own subject before that clause (not "Điều 3. Chánh Văn phòng …;" opening the clause's list of bodies)."""
    clause = next((c for c in n.children if c.kind is None and _execution_rx().search(c.text.casefold())), None)
    if clause is None or _execution_rx().search(text.casefold()) or not re.search(r"[.]\W*$", text):
        return False
    own = subject(text)
    return own is not None and not own.heading and subject(clause.text) is not None


def _gives_own_work(n: Node) -> bool:
    """Whether a paragraph under ``n`` hands out work by a request of its own ("Giao …", "Đề nghị …")."""
    for d in n.walk():
        if d is not n and d.para is not None and (s := subject(d.text)) is not None and s.request:
            return True
    return False


def _group_title(n: Node) -> bool:
    """Whether ``n`` is a numbered item right under an introduction that only titles the list of duties under it: two
    or more marked items (lettered or bulleted), at least half of which open with a duty verb or their own subject
    (not "3. Nắm bắt, xử lý kịp thời các vướng mắc …" over "- Đầu mối hỗ trợ nghiệp vụ: số điện thoại …", the contacts
    under a Cục Thuế letter's duty, crawl 4d24ae4c15cb673c). (An
    unmarked paragraph among them is the rest of an item the line breaks cut: "- Kiểm soát chi phí khám, chữa bệnh bảo
    hiểm y tế minh bạch, khoa học." / "Đẩy nhanh tiến độ xây dựng, …", a Công báo text of set k.)"""
    kids = [c for c in n.children if c.marked or c.kind == "intro"]
    # (so is a lettered item over agency headings under such a title: "2. Tăng cường quản lý rác thải …" / "a) Tiếp tục
    # hoàn thiện thể chế chính sách về quản lý rác thải" / "- Bộ Nông nghiệp và Môi trường:" / "+ …", or "b) Hoàn
    # thiện hạ tầng kỹ thuật đồng bộ …" / "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:" / "- Rà soát …",
    # set b c_3d016211)
    headed = any(c.kind == "intro" and (h := subject(c.text)) is not None and h.start == 0 and h.heading for c in kids)
    return ((n.kind or "").startswith("num") or n.kind == "letter") and n.parent is not None \
        and (n.parent.kind == "intro" or n.parent.kind in _SECTION_KINDS or _group_title(n.parent)) \
        and (len(kids) >= 2 or headed) and all(c.kind in BULLETS or c.kind in ("letter", "intro") for c in kids) \
        and 2 * sum(_starts_with_verb(c.text) or _opens_with_subject(c.text) for c in kids) >= len(kids)


def _between_items_joined(kids: list[Node], inside: bool = False) -> list[Node]:
    """The items with the unmarked paragraphs between two items of one list joined to the item before them, when they
    name no one, give no field and assign nothing of their own: the list goes on after them, so they close nothing and
    go on with that item ("- Cung ứng đầy đủ, kịp thời thuốc, …" then "Thường xuyên rà soát kết quả đấu thầu cung ứng
    thuốc, …", "Đối với mua sắm vật tư y tế (VTYT), …" then "- Thực hiện việc kê đơn thuốc ngoại trú …", set e
    c_1264d1ef). ``inside``: the list's own item is followed by the next item of its list, so paragraphs after the
    last item close nothing either ("- Trình Thủ tướng Chính phủ quyết định giảm lãi suất cho vay 2%/năm …" then
    "Việc giảm lãi suất cho vay áp dụng đối với các khoản vay có dư nợ …" before "e) Liên minh Hợp tác xã …", set f
    c_ce70e19b; not a paragraph that opens with the time label, "Thời gian hoàn thành trước ngày … . Báo cáo …", which
    is the item's own)."""
    def joins(c: Node) -> bool:
        # (not a page's footnote, "1 Các quy định của Luật Địa chất và Khoáng sản năm 2024 …" between the two halves of
        # an item that a page break cut, set i l_1092805a as pdftotext text)
        return c.kind is None and not c.children and c.para is not None and subject(c.text) is None \
            and _field_of(c.para) is None and not all_caps(c.text) and not re.match(rf"\d{{1,3}}\s+[{UPPER}]", c.text) \
            and not any(rx.search(c.text.casefold()) for rx, _ in _not_task_rx())
    known: dict[int, bool] = {}

    def joined(k: int) -> bool:
        # each paragraph read once, and only where the list needs it (``joins`` reads its subject)
        if k not in known:
            known[k] = joins(kids[k])
        return known[k]
    out: list[Node] = []
    for k, c in enumerate(kids):
        prev = out[-1] if out else None
        if prev is not None and prev.marked and not prev.children and prev.para is not None and joined(k):
            rest = kids[k + 1:]
            nxt = next((x for i, x in enumerate(rest, k + 1) if not joined(i)), None)
            if nxt is not None and nxt.kind == prev.kind or not rest and _time_sentence(c.text) \
                    or inside and nxt is None and prev.kind in BULLETS and not _deadline_run_in_rx().match(c.text):
                # (also the list's last paragraph when it only gives a time, its label run into it with no colon:
                # "- Trên cơ sở dữ liệu đất đai …" then "Thời gian hoàn thành trước ngày 31 tháng 12 năm 2025.", dev
                # c_bf0504d7 as DOCX and PDF, where a soft-wrapped page runs the two together)
                para = replace(prev.para, text=f"{prev.para.text} {c.para.text}", end=c.para.end)
                out[-1] = replace(prev, para=para, text=f"{prev.text} {c.text}")
                continue
        out.append(c)
    return out


def _followed(n: Node) -> bool:
    """Whether item ``n`` is followed by the next item of its own list (its paragraphs end before that item)."""
    if not n.marked or n.parent is None:
        return False
    sibs = n.parent.children
    k = next((i for i, x in enumerate(sibs) if x is n), -1)
    return 0 <= k < len(sibs) - 1 and sibs[k + 1].kind == n.kind


@lru_cache(maxsize=None)
def _deadline_run_in_rx() -> re.Pattern[str]:
    """The deadline field's label (``fields`` of task_prose.json) run into its words, without a colon."""
    return re.compile(rf"(?i)(?:{_deadline_label()})\s+(?=\w)")


def _time_sentence(text: str) -> bool:
    """Whether a paragraph only gives a time, written as a sentence whose deadline label runs into the deadline without
    a colon ("Thời gian hoàn thành trước ngày 31 tháng 12 năm 2025."); a labelled field ("Thời gian hoàn thành: …") is
    read by :meth:`_Reader._item_deadline`."""
    m = _deadline_run_in_rx().match(text)
    return bool(m) and len(text) <= 120 and not re.search(r"[.;:]\s+\S", text) \
        and find_deadline(text[m.end():]) is not None


def _items_joined(kids: list[Node]) -> list[Node]:
    """The items with each unmarked paragraph joined to the marked item before it (one without items of its own)."""
    out: list[Node] = []
    for c in kids:
        prev = out[-1] if out else None
        if not c.marked and not c.children and prev is not None and prev.marked and not prev.children \
                and prev.para is not None and c.para is not None:
            para = replace(prev.para, text=f"{prev.para.text} {c.para.text}", end=c.para.end)
            out[-1] = replace(prev, para=para, text=f"{prev.text} {c.text}")
        else:
            out.append(c)
    return out


def _unnumbered_text(n: Node) -> str:
    """The text of an item and of its descendants outside its numbered sub-items."""
    parts = [n.text]
    for c in n.children:
        if not c.numbered:
            parts.append(_unnumbered_text(c))
    return " ".join(parts)


def _duty_bullets(n: Node) -> bool:
    """Whether all of ``n``'s children are bullets without children of their own that name no subject and at
    least half of which do something (a duty verb)."""
    kids = n.children
    return all(c.kind in BULLETS and not c.children and subject(c.text) is None for c in kids) \
        and 2 * sum(_starts_with_verb(c.text) or _does_something(c.text) for c in kids) >= len(kids)


# markers that number the items of a list inside one duty, kept in its text
_KEPT_MARKERS = ("paren_roman", "paren_num")
_SECTION_KINDS = ("roman", "upper")  # the sections of a document under its opening, "I. NHIỆM VỤ CHUNG"


def _with_descendants(n: Node, stop: bool = True) -> str:
    """A duty with the list it introduces ("Chuẩn bị các tài liệu …, gồm:" and its bullets), up to a
    closing paragraph that assigns nothing."""
    parts = [n.text]
    for d in n.walk():
        if stop and d.kind is None and any(rx.search(d.text.casefold()) for rx, _ in _not_task_rx()):
            break
        # a listed item keeps its number: "(1). Tổng số gói thầu …; (2). Tổng giá trị …" (crawl c_de87c62e), "(i) Vị trí
        # việc làm; (ii) …" (crawl c_ef38edfc) are the duty's list as written
        parts.append(d.para.text if d.para is not None and d.kind in _KEPT_MARKERS else d.text)
    return " ".join(parts)


# names listed after a colon ("…: Hà Tĩnh, Quảng Trị, Huế, …"): the sentence goes on after them
_ENUMERATION = re.compile(rf"^(?:[{UPPER}][\wÀ-ỹ]*(?:\s+[{UPPER}][\wÀ-ỹ]*){{0,3}},\s+){{2,}}")
# a sentence ending on what introduces a list of cases or objects, not a duty: "… trong các trường hợp sau:",
# "… đối với:", "… dưới đây:"
_LIST_END = re.compile(r"(?:\bsau|sau đây|dưới đây|đối với|gồm|như)\s*:\s*$")


@lru_cache(maxsize=None)
def _sentence_rx() -> re.Pattern[str]:
    """Where a sentence ends: a full stop, space, then a capital — but not the stop of an abbreviation that a name
    follows ("Đề nghị Thuế TP. Hà Nội căn cứ …", set q q_bed864c6: ``sentence_abbreviations``), which would cut
    the request from its addressee's name. A stop inside the closing quotation mark of a quoted passage ends the
    sentence too: "… thì coi như khách hàng đã tiêu dùng thẻ.” Đề nghị Thuế TP. Hà Nội căn cứ …" (set q q_bed864c6
    item 2, the request after the company's terms quoted; markdown may close its emphasis after the mark)."""
    keep = "".join(rf"(?<!\b{re.escape(a)}\.)" for a in _table()["sentence_abbreviations"]["abbreviations"])
    return re.compile(rf"(?:(?<=[.]){keep}|(?<=\.[”\"])|(?<=\.[”\"]\*))\s+(?=[{UPPER}])")


@lru_cache(maxsize=None)
def _duty_verb_rx() -> re.Pattern[str]:
    """A duty word right after an item's subject ("Bộ Nội vụ chủ trì, phối hợp …:"; ``duty_verb_openers``)."""
    words = "|".join(re.escape(w) for w in _table()["duty_verb_openers"]["words"])
    return re.compile(rf"(?i)^(?:{words})")


@lru_cache(maxsize=None)
def _duty_start_rx() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted({w for e in _table()["duty_starts"] for w in e["words"]},
                                                   key=len, reverse=True))
    return re.compile(rf"(?i)^\W*(?:{words})(?![\wÀ-ỹ])")


def _does_something(text: str) -> bool:
    """Whether an item holds a role verb or opens with a duty word (not a quota, a name, an address)."""
    return bool(verb_rx().search(text[:1].lower() + text[1:]) or _duty_start_rx().match(text))


def _shares_duty(n: Node) -> bool:
    """Whether ``n`` is an item under a sentence that gives a subject of its own a duty ("2. Các cơ quan, đơn vị, địa
    phương có trách nhiệm theo dõi, tổng hợp các trường hợp vi phạm …"): its items say what each body does of it."""
    p = n.parent
    if p is None or p.para is None:
        return False
    s = subject(p.text)
    return s is not None and not s.heading and not s.request and bool(p.text[s.end:].strip(" .:;*"))


def roster(intro: str, items: list[str]) -> bool:
    """Whether ``items`` under ``intro`` only name the units a body is made of (``rosters``): "…, gồm:" over "1. Ủy
    ban Kiểm sát;", …, "14. Vụ Kiểm sát giải quyết khiếu nại, tố cáo về tư pháp;" (set w w_edc3bb10 Điều 1), no
    work though a name holds a verb.

    >>> roster("Bộ máy làm việc gồm:", ["Văn phòng;", "Vụ Pháp chế;", "Cục Tài chính;", "Thanh tra."])
    True
    """
    e = _table()["rosters"]
    if len(items) < e["min_items"] or not re.search(e["intro"], intro.strip().casefold()):
        return False
    if not all(len(x) <= e["max_chars"] and "\n" not in x.strip() and re.search(r"[;.]$", x.strip())
               and (start_rx().match(x) or x[:1].isupper()) and not re.search(r"[:]", x) for x in items):
        return False
    return sum(bool(verb_rx().search(x)) for x in items) <= e["share_with_verb"] * len(items)


def _starts_with_verb(text: str) -> bool:
    first = text[:1].lower() + text[1:40]
    m = verb_rx().match(first)
    return bool(m) or bool(re.match(r"(?i)^(?:thường xuyên|tiếp tục|khẩn trương|chủ động|tăng cường)\b", text))


def _past_statement(text: str) -> bool:
    """A paragraph that opens by saying what a body has done or is doing ("Cục Đăng kiểm Việt Nam đã có Văn bản số
    6686/ĐKVN-VAQ …", "Doanh nghiệp có liên quan đã nhiều lần có văn bản …": the difficulties a letter reports, set j
    l_9e6c70ca), its request to someone else included ("Cục Cảnh sát … đã có Văn bản số 787/C06-P3 … đề nghị …")."""
    m = re.match(rf"([^,;:.()]{{3,90}}?)\s(?:{_past_words()})\s", text)
    return bool(m) and bool(start_rx().match(m.group(1))) and not verb_rx().search(m.group(1))


def _tells_of_letter(text: str) -> bool:
    """Whether a paragraph opens by telling of a letter a body has sent ("Văn phòng Trung ương Đảng có văn bản số
    15000-CV/VPTW … gửi Đảng ủy Chính phủ đề nghị cho ý kiến …", set k k_13a3bb35): the request in it was made to the
    writer (``told_letters``)."""
    m = _told_letter_rx().match(text.casefold())
    return bool(m) and bool(start_rx().match(text[:m.end("who")])) and not verb_rx().search(text[:m.end("who")])


@lru_cache(maxsize=None)
def _told_letter_rx() -> re.Pattern[str]:
    return re.compile(_table()["told_letters"]["pattern"])


def _past(text: str) -> bool:
    """A statement of what happened: it opens with "đã"/"đang", or by dating a fact ("Ngày 16/6/2025, Quốc hội đã thông
    qua …": ``past_openings``)."""
    return bool(re.match(rf"\s*(?:{_past_words()})\s", text)) or bool(_past_opening_rx().match(text.strip().casefold()))


@lru_cache(maxsize=None)
def _past_words() -> str:
    """The past and progressive markers ("đã|đang", ``past_marks``), an alternation for the checks above."""
    return _table()["past_marks"]["pattern"]


@lru_cache(maxsize=None)
def _past_opening_rx() -> re.Pattern[str]:
    return re.compile(_table()["past_openings"]["pattern"])


def _reports_on_time(text: str) -> bool:
    """Whether a closing request also asks for a report by a date or on a period ("Đề nghị các cơ quan, đơn vị nghiêm
    túc triển khai thực hiện. Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng …",
    set c c_30e44e12): that is work of its own, though the addressees are everyone (``reports_on_time``)."""
    return bool(re.search(_table()["reports_on_time"]["pattern"], text.casefold()))


@lru_cache(maxsize=None)
def _occasion_rx() -> re.Pattern[str]:
    return re.compile(_table()["occasion_openers"]["pattern"])


def _later_request(text: str, *, any_opening: bool = False) -> Optional[tuple[int, Subject]]:
    """Where the sentence after an occasion ("Nhân dịp Đại hội … . Ủy ban nhân dân thành phố Hà Nội đề nghị …";
    ``occasion_openers`` in task_prose.json) opens with a request, and its subject; else None. ``any_opening``: after
    whatever sentence (an item's or an article's statement, "Chính phủ cơ bản thống nhất với dự án Pháp lệnh … . Giao
    Bộ Công an chủ trì …"), the request may also follow a linking clause of its own sentence ("… . Vì vậy, đề nghị Ủy
    ban nhân dân các tỉnh …"), unless it tells of a request made before ("… đã có văn bản đề nghị …")."""
    # (an opening clause of purpose, basis or sequence closed by a full stop, "Thực hiện nghi thức Quốc tang và để tỏ
    # lòng tưởng nhớ … . UBND xã đề nghị các đơn vị thôn, …", set ot it_8809e899, is read as an occasion: only when its
    # own sentence names no one does the paragraph come here)
    occasion = bool(_occasion_rx().match(text)) or prelude(text)
    if not occasion and not any_opening:
        return None
    approval = _table()["approval_openers"]
    approved = any_opening and bool(re.match(approval["pattern"], text))
    for m in _sentence_rx().finditer(text):
        s = subject(text[m.end():])
        if approved and s is not None and s.start == 0 and not s.request and not s.heading \
                and re.match(approval["duty"], text[m.end() + s.end:].lstrip()):
            return m.end(), s  # "1. Đồng ý bổ sung … . Ủy ban nhân dân tỉnh Quảng Trị có trách nhiệm …"
        if s is None or not s.request or s.heading:
            continue
        if s.clause == 0 and occasion:
            return m.end(), s
        if any_opening and not re.search(rf"(?<![\wÀ-ỹ])(?:{_past_words()})\s", text[m.end():m.end() + s.start]):
            return m.end(), s
    return None


def approval_hands_on(text: str) -> Optional[Subject]:
    """The body an approval's own sentence goes on to hand work to ("Đồng ý với kiến nghị về việc đưa sản phẩm cá tra
    vào nhóm sản phẩm chiến lược và giao Bộ Nông nghiệp và Phát triển nông thôn chủ trì, …", set ou iu_4cd85bcc;
    "Đồng ý Bộ Giao thông vận tải lập dự án …; Bộ Giao thông vận tải thống nhất với …", set or ir_827b059a), its
    offsets in ``text``; else None (``approval_openers`` ``hands_on``). The approval names no subject of its own, so
    the sentence read whole found none; the golds take the whole sentence, led by that body.

    >>> approval_hands_on("Đồng ý chủ trương giao đất cho Công ty để thực hiện dự án") is None
    True
    """
    e = _table()["approval_openers"]
    if not re.match(e["pattern"], text):
        return None
    first = next(_sentence_rx().finditer(text), None)
    sentence = text[:first.start()] if first else text
    for m in re.finditer(e["hands_on"].replace("{U}", UPPER), sentence):
        s = subject(sentence[m.end():])
        # ("giao" opens its clause and names the body after it; a clause after ";" needs a subject that opens it and
        # a verb of its own: a name and no more is a list's next name)
        own = s is not None and s.start == 0 and bool(verb_rx().search(sentence, m.end() + s.end))
        if s is None or s.heading or not (s.request or own):
            continue
        return replace(s, start=s.start + m.end(), end=s.end + m.end())
    return None


def _own_clauses(sentence: str) -> list[str]:
    """A sentence cut after each ";" that opens a clause with a subject of its own (a body and its verb)."""
    # (not within brackets, nor after a colon: "… theo hướng: Bộ Tài nguyên và Môi trường chủ trì …; Bộ Tài chính chủ
    # trì …" says how work is split, set i l_a7d922cb; and the clause before must be a whole one, its own subject and a
    # verb: "Giao Ban Tổ chức Trung ương; Uỷ ban Kiểm tra Trung ương; … chủ động rà soát …" lists one request's
    # addressees, set b c_a41c2b43)
    def whole(clause: str) -> bool:
        s = subject(clause)
        return s is not None and not s.heading and bool(verb_rx().search(clause, s.end))

    cuts, at = [], 0
    for m in re.finditer(rf";\s+(?=[{UPPER}])", sentence):
        before = sentence[at:m.start()]
        if before.count("(") != before.count(")") or ":" in sentence[:m.start()] or not whole(before):
            continue
        s = subject(sentence[m.end():])
        if s is not None and s.start == 0 and not s.heading and not s.request:
            cuts.append(m)
            at = m.end()
    if not cuts:
        return [sentence]
    out, at = [], 0
    for m in cuts:
        out.append(sentence[at:m.start() + 1])
        at = m.end()
    return out + [sentence[at:]]


@lru_cache(maxsize=None)
def _answers_rx() -> re.Pattern[str]:
    return re.compile(_table()["answers_for"]["pattern"])


def _answers_for(rest: str) -> bool:
    """Whether what follows a later sentence's subject only says whom it answers to ("Các Bộ trưởng, Chủ tịch Ủy ban
    nhân dân cấp tỉnh chịu trách nhiệm toàn diện trước Chính phủ, Thủ tướng Chính phủ về kết quả …"): accountability
    for the item's work, no work of its own, so its subject leads nothing (``answers_for``)."""
    return bool(_answers_rx().match(rest))


def _restated(name: str, leads: tuple[str, ...]) -> bool:
    """Whether a later sentence's group of common body words ("Các Bộ, ngành, địa phương") only names again the bodies
    the item already leads with ("Bộ, cơ quan ngang Bộ, …", "Ủy ban nhân dân các tỉnh, …"): each of its words has one
    of its ``restated_groups`` words in an earlier lead (set k k_852890fb III.3, set j l_bff4aa95 II.5.a).

    >>> _restated("Các Bộ, ngành, địa phương", ("Bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"))
    True
    >>> _restated("Các Bộ, ngành, địa phương", ("Bộ Ngoại giao",))
    False
    """
    table = _table()["restated_groups"]["words"]
    m = re.fullmatch(r"(?i)(?:các|những)\s+(.+)", name.strip())
    if not m:
        return False
    words = [w.strip().casefold() for w in re.split(r",\s*|\s+và\s+", m.group(1))]
    held = " ".join(a.casefold() for a in leads)
    return all(w in table and any(re.search(rf"(?<![\wÀ-ỹ]){re.escape(x)}(?![\wÀ-ỹ])", held) for x in table[w])
               for w in words)


def _split_sentences(text: str, subj: Subject, *, numbered: bool, bullet: bool = False) -> list[tuple[str, Subject]]:
    """A paragraph holding several assignments, one per sentence with its own lead.

    In an unmarked paragraph every sentence with a lead of its own starts a task; a numbered
    item is one task, and the subjects of its later sentences join its leads ("4. Về đầu tư kho
    dầu thô …: … Tập đoàn … chủ động làm việc … . Để xác định vị trí …, Ủy ban nhân dân tỉnh Thanh
    Hóa phối hợp …": the convention of every held-out gold of 2026-12-05). A bullet is one task too,
    led by its first sentence's subject: "- Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính
    trị-xã hội phát huy … . Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức thành viên phát huy vai trò
    nòng cốt …" (crawl c_d83650c5), "- Các Sở, ban, ngành và UBND cấp xã, phường nêu cao trách nhiệm …
    . Chủ tịch Ủy ban nhân dân cấp xã chịu trách nhiệm toàn diện …" (a Lào Cai Chỉ thị of set j).
    """
    parts = _sentence_rx().split(text)
    if not numbered and not bullet:
        # "Ủy ban nhân dân các phường, xã có trách nhiệm chỉ đạo, kiểm tra …; Thủ trưởng các cơ quan, đơn vị chỉ đạo,
        # kiểm tra …" (set j l_88c04d70, a Thông báo of UBND TP Hà Nội): a clause after ";" that opens with a subject
        # of its own is an assignment of its own too
        parts = [c for p in parts for c in _own_clauses(p)]
    if len(parts) < 2:
        return [(text, subj)]
    if (numbered or bullet) and not subj.request and accountable_only(parts[0]):
        # "Điều 2. Bộ Nông nghiệp và Môi trường, Bộ Công Thương và Ủy ban nhân dân các tỉnh: … chịu trách nhiệm toàn
        # diện trước Thủ tướng Chính phủ về tính chính xác của thông tin, số liệu báo cáo. Bộ Nông nghiệp và Môi
        # trường phối hợp với các bộ, ngành liên quan thực hiện cấp phép …" (set n n_e395004a): what the bodies answer
        # for is no work; the item's task is the sentence after it, led by its own subject
        after = subject(parts[1])
        if after is not None and not after.heading:
            rest = text[text.index(parts[1]):]
            return _split_sentences(rest, after, numbered=numbered, bullet=bullet)
    out: list[tuple[str, Subject]] = []
    for part in parts:
        s = subject(part) if out else None
        new = s is not None and not s.heading and not numbered and not bullet
        if not out:
            out.append((part, subj))
        elif new:
            out.append((part, s))
        else:
            # a numbered item is one task: a later sentence's own subject joins its leads
            lead = out[-1][1]
            if s is not None and not s.heading and numbered and not _answers_for(part[s.end:]):
                # (a group that only names the item's bodies again adds none: "Các Bộ, ngành, địa phương …")
                more = tuple(a for a in s.leads if not _restated(a, lead.leads))
                lead = replace(lead, leads=tuple(dict.fromkeys(lead.leads + more)))
            out[-1] = (out[-1][0] + " " + part, lead)
    return out


def _shares_out(rest: str, items: list[Node], bodies: tuple[str, ...]) -> bool:
    """Whether the items under a distributive sentence that itself asks for work (``rest``: what follows the group's
    colon) only split that work among the bodies it names: every item opens with one of them as its subject."""
    if not _asks_for_work(rest) or not verb_rx().search(rest):
        return False
    named = {b.casefold() for b in bodies}
    for c in items:
        if c.children:
            return False
        s = subject(c.text)
        if s is None or s.start != 0 or not s.leads or any(a.casefold() not in named for a in s.leads):
            return False
    return True


def _later_in_item(n: Node, subj: Optional[Subject] = None) -> bool:
    """Whether an unmarked paragraph naming its own subject comes after other paragraphs of a numbered item that is no
    agency heading, so that the item's number is not its own (gold: section = the item, no null): the request that
    closes a reply letter's topic after its explanations ("1. Về chính sách thuế giá trị gia tăng" / "Căn cứ Điều 9
    …" / "Đề nghị Thuế TP. Hà Nội nghiên cứu …", set q q_bed864c6; q_3779d47c; set t t_369ae22c), the assignments after
    an item's first paragraph ("1. Các địa phương phát động ngay …" then "Bộ Quốc phòng, Bộ Công an huy động …", set b
    c_79dd74ee), a "Giao …" paragraph after the bullets of a decision ("1. Thông qua …" / "- Báo cáo …" / "Giao Bộ
    Chính trị …", set k k_95ac75c3), a request after an item's list (set c c_30e44e12, n n_8287ae81, d c_d406ad9e). The
    paragraphs that follow an agency heading ("4. Ủy ban nhân dân các phường, xã"), the first paragraph under an item
    ("4. Hoàn thành di dời …" / "UBND phường Lào Cai chủ trì …", set i l_aa920759), and the assignments that share out
    a topic heading one after another ("5. Về kiến nghị …:" / "Bộ Nông nghiệp và Môi trường khẩn trương …" / "Bộ Tài
    chính khẩn trương …", dev c_77071d70) are numbered like the item."""
    item = n.parent
    if item is None or not item.numbered or n not in item.children or _agency_item(item):
        return False
    before = item.children[:item.children.index(n)]
    if not before:
        return _topic_item(item) or _decided_item(item, subj)
    return not (item.text.rstrip(" *").endswith(":") and all(subject(c.text) is not None for c in before))


def _decided_item(item: Node, subj: Optional[Subject]) -> bool:
    """Whether a numbered item is a whole sentence of its own and the paragraph under it hands work over by a request
    word: the item states what the body decided ("2. Cơ bản thống nhất dự thảo Phương hướng công tác nhân sự …" then
    "Giao Bộ Chính trị căn cứ ý kiến thảo luận của Trung ương …", set k k_95ac75c3 items 2, 4, 6, 7, 8), and the
    request is a task of its own under it (gold: section = the item, no null). A paragraph naming who does the item's
    work ("4. Hoàn thành di dời 01 khu công nghiệp …" then "UBND phường Lào Cai chủ trì …", set i l_aa920759) has no
    request word and is numbered like the item; so is a request after an item that is a task itself, with a subject of
    its own ("2. Yêu cầu các cấp uỷ, tổ chức đảng, …" then "Yêu cầu các đồng chí bí thư tỉnh uỷ, …", dev c_d080ccab;
    "3. Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam …" then "Đối với chi phí …, yêu cầu Bộ Tài chính, …", set k
    k_82114f00)."""
    return subj is not None and subj.request and bool(re.search(r"\.\W*$", item.text)) and subject(item.text) is None


def _topic_item(item: Node) -> bool:
    """Whether a numbered item only names the topic a reply letter answers on ("1. Về việc xử lý thu hồi hoàn thuế",
    "1. Về thuế giá trị gia tăng"), with no colon handing what follows to it: the request under it is the letter's
    answer, not the item (gold: section = the item, no null; set u u_8de0ceb3, set l m_dece5ccd). A topic heading
    closed by a colon whose assignments share it out ("1. Về kiến nghị …:" / "Giao Bộ Tài chính …", dev
    c_77071d70) keeps numbering them, and so does "3. Đối với các tỉnh, …" (set n n_e0953cf1): ``reply_topics`` in
    ``data/task_prose.json``."""
    text = item.text.strip(" *_")
    return any(rx.match(text) for rx in _reply_topic_rx()) and not text.endswith(":")


def _agency_item(item: Node) -> bool:
    """Whether a numbered item is an agency heading: its subject ends in a colon or ends the item ("2. Phòng Y tế:",
    "2.9. Đề nghị Liên đoàn Lao động tỉnh"), or it names bodies only."""
    s = subject(item.text)
    if s is not None and (s.heading or not item.text[s.end:].strip(" .:;*")):
        return True
    name = item.text.strip(" .:*")
    return s is None and bool(start_rx().match(name)) and agencies(name) == [name]
