"""A grammar of law names as they are written in running text.

A law, code or ordinance cited without its number is known only by its name,
and the name has no closing mark: "Luật Quản lý, sử dụng tài sản công", "Luật
An toàn, vệ sinh lao động" hold commas, "Luật Hôn nhân và gia đình" holds "và",
and an amending law names the laws it amends ("Luật Sửa đổi, bổ sung một số
điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công
tư và Luật Đấu thầu"). Cutting at the first comma, as a plain pattern does,
turns every amending law into one "Luật Sửa đổi". The grammar::

    name      := head (amending | simple)
    head      := "Luật" | "Bộ luật" | "Pháp lệnh"
    amending  := "sửa đổi[, bổ sung]" | "bổ sung" ["một số điều" | "Điều N"] ["của"] targets
    targets   := "các luật về" words                       ("các Luật về thuế")
               | N "luật (có) liên quan đến" words          ("37 Luật có liên quan đến quy hoạch")
               | ref {"," ref} [","] "và" ref               (refs: head simple)
    simple    := a name of the table of known laws (``data/laws.json``, the longest, compared folded)
               | words: a capitalised word, then words up to a stop word; ", " + a lower-case
                 phrase continues the name when it runs to a hard boundary ("Luật An toàn, vệ
                 sinh lao động số 84/2015/QH13") and the part before the comma is not itself a
                 known law ("Luật Đất đai, các văn bản …" stops at "Đất đai")

A name read by words (not from the table) counts only when it ends at a hard
boundary: its number ("số"), a date, a year, punctuation, or the next law of a
list. The module knows nothing about numbers and versions: that is
``cancu.loaders.laws``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from cancu.loaders import tables
from cancu.loaders.normalize import CAPITALS, fold_key

HEADS = ("Bộ luật", "Luật", "Pháp lệnh")
_UP = CAPITALS
#: Where a head starts: not inside a word, not "Bộ luật" read as "luật".
#: Where a head starts: not inside a word, and not the "Luật" of a school or a firm ("Đại học Luật Hà Nội",
#: "Khoa Luật", "Công ty Luật …", "Văn phòng Luật …"; the words are ``not_after`` of data/law_name_words.json).
_WORDS = tables.load("law_name_words")
HEAD_RX = re.compile(r"(?<![\w/])" + "".join(rf"(?<!{re.escape(e['word'])} )" for e in _WORDS["not_after"])
                     + r"(?:Bộ [Ll]uật|Luật|Pháp lệnh)(?= )")
_WORD_RX = re.compile(r"[^\s;,.():\"“”\[\]!?*|…]+")
_TOKEN_RX = re.compile(r"\w+|[^\w\s]")
# Words that end a name read by words: the sentence goes on ("Luật Đất đai về …", "… theo Luật X và các văn bản");
# two-word stops checked before the one-word list ("Luật Thực hiện dân chủ ở cơ sở" is a name); pairs whose second
# word is a stop word elsewhere but part of a name here. ``stop_words``, ``stop_pairs``, ``name_pairs`` of
# data/law_name_words.json.
_STOP = frozenset(_WORDS["stop_words"]["words"])
_STOP2 = frozenset(_WORDS["stop_pairs"]["words"])
_NAME_PAIRS = frozenset(_WORDS["name_pairs"]["words"])
#: After a name: what closes it (its number, a date, a year, punctuation, the next law of a list).
HARD_BOUNDARY = re.compile(
    r"\s*(?:[;,.:()\"“”\[\]*|?!…]|$|số\b|ngày\b|năm\s+\d{4}|(?:19|20)\d{2}\b|được\s+sửa\s+đổi|đã\s+được"
    r"|và\s+(?:Luật|Bộ luật|Pháp lệnh)\b|hiện\s+hành\b|có\s+hiệu\s+lực\b|sửa\s+đổi\b|(?:-|–)\s|để\b|nhằm\b)")
# What closes a name strongly enough to extend a name of the table ("Luật Giáo dục đại học số …").
_STRONG_BOUNDARY = re.compile(r"\s*(?:[;()]|$|,?\s*số\b|,?\s*ngày\b|năm\s+\d{4}|(?:19|20)\d{2}\b"
                              r"|,?\s*(?:và\s+)?(?:Luật|Bộ luật)\s)")
# A law's own date or number right after its name (what closes a name written in lower case).
_OWN_DATE_OR_NUMBER = re.compile(r"\s*,?\s*(?:số\s+\d|ngày\s+\d|năm\s+(?:19|20)\d{2}\b)")
_ABBREVIATION = re.compile(r"[A-ZĐ]{2,}")
_AMEND_RX = re.compile(
    r"(?i:sửa\s+đổi\s*,?\s*bổ\s+sung|sửa\s+đổi|bổ\s+sung)(?:\s*,\s*(?i:thay\s+thế|bãi\s+bỏ))*"
    r"(?:\s+(?i:một\s+số\s+điều|điều\s+\d+[a-zđ]?(?:\s*(?:,|và)\s*(?i:điều\s+)?\d+[a-zđ]?)*))?"
    # an annex amended with the articles: "Luật sửa đổi, bổ sung một số điều và Phụ lục Danh mục chỉ tiêu thống kê
    # quốc gia của Luật Thống kê" (g_f992333d), the annex's name running to "của"
    r"(?:\s+(?i:và\s+phụ\s+lục)\s+[^;.()]{1,100}?(?=\s+(?i:của)\s))?"
    r"\s+(?:(?i:của)\s+)?")
# a word of a group's topic: not one of ``group_stop_words`` (data/law_name_words.json)
_GROUP_WORD = rf"(?!(?:{'|'.join(_WORDS['group_stop_words']['words'])})\b)[a-zđà-ỹ]+"
_GROUP_END = r"(?=\s*(?:[;,.:()]|$|số\b|ngày\b|năm\b|(?:19|20)\d{2}\b|và\b|của\b|theo\b|được\b|đã\b))"
_TARGET_GROUP = re.compile(
    rf"(?i:các\s+luật\s+về)\s+{_GROUP_WORD}(?:\s+{_GROUP_WORD}){{0,3}}?{_GROUP_END}"
    rf"|\d{{1,3}}\s+(?i:luật|bộ\s+luật)\s+(?:(?i:có)\s+)?(?i:liên\s+quan\s+(?:đến|tới))\s+{_GROUP_WORD}"
    rf"(?:(?:\s+|\s*,\s*){_GROUP_WORD}){{0,5}}?{_GROUP_END}")
_LIST_NEXT = re.compile(r"\s*,\s*(?=(?:Bộ luật|Luật|Pháp lệnh) )")
_LIST_LAST = re.compile(r"\s*,?\s+và\s+(?=(?:Bộ luật|Luật|Pháp lệnh) )")
_TO_NEXT_ITEM = re.compile(r"[^;.:()]{1,120}?(?=\s*,\s*(?:Bộ luật|Luật|Pháp lệnh) |\s*,?\s+và\s+(?:Bộ luật|Luật|Pháp "
                           r"lệnh) )")
_MAX_WORDS = 16
# words of a known name read exactly (the head counted) before one mistyped word may be read through
_SLIP_AFTER = 4
# each law an amending law names may carry its own number: "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số
# 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, … và Luật Các tổ chức tín dụng số 32/2024/QH15" (Luật 43/2024/QH15,
# named so in k_1d23be00 and m_2c6e6e62): the numbers are part of its name
_ITEM_NUMBER = re.compile(r"\s*,?\s*số\s*\d{1,3}/(?:19|20)\d{2}/QH\d{0,2}(?![\w/-])")


@dataclass(frozen=True)
class LawName:
    """A law name read at ``start`` (offsets in the text it was read from)."""

    start: int
    end: int
    title: str
    head: str  # "Luật" | "Bộ luật" | "Pháp lệnh"
    amends: tuple[str, ...] = ()  # for an amending law: the titles of the laws it names
    known: bool = False  # the name (or, for an amending law, each law it names) is in the table


class KnownNames:
    """Law names to recognise, matched word by word on folded words (a trie).

    Built from the table of known laws, extended per document with the names
    a document writes unambiguously (closed by their number or date).
    """

    def __init__(self, names: Iterable[str] = (), *, base: Optional["KnownNames"] = None) -> None:
        self._trie: dict = {}
        self._base = base  # a shared table this one extends (read only): no copy per document
        for n in names:
            self.add(n)

    def copy(self) -> "KnownNames":
        """A set of names that extends this one; adding to it leaves this one unchanged."""
        return KnownNames(base=self)

    def add(self, name: str) -> None:
        node = self._trie
        for tok in _tokens(name):
            node = node.setdefault(tok, {})
        node[None] = True

    def longest_at(self, text: str, pos: int) -> Optional[int]:
        """End offset of the longest known name ``text`` holds at ``pos`` (word-aligned), or None."""
        own = self._longest_own(text, pos)
        if self._base is None:
            return own
        base = self._base.longest_at(text, pos)
        return max((e for e in (own, base) if e is not None), default=None)

    def _longest_own(self, text: str, pos: int, node: Optional[dict] = None, depth: int = 0,
                     slipped: bool = False) -> Optional[int]:
        node, best = self._trie if node is None else node, None
        for m in _TOKEN_RX.finditer(text, pos):
            if m.start() != pos and not text[pos:m.start()].isspace():
                break
            tok = _fold(m.group())
            # a comma of the known name left out: "Luật cán bộ công chức" for "Luật Cán bộ, công chức" (gold o020)
            nxt = node.get(tok) or (node.get(",") or {}).get(tok) if tok != "," else node.get(tok)
            if nxt is None:
                if not slipped and depth >= _SLIP_AFTER:
                    best = max((e for e in (self._after_slip(text, m, node, depth), best) if e is not None),
                               default=None)
                break
            node, depth = nxt, depth + 1
            pos = m.end()
            if None in node and not re.match(r"\w", text[pos:pos + 1]):
                best = pos
        return best

    def _after_slip(self, text: str, m: re.Match, node: dict, depth: int) -> Optional[int]:
        """End of a known name whose word at ``m`` is mistyped by one letter, the name going on after it as the
        table writes it: "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm phát luật ngày 25
        tháng 6 năm 2025" (set o, a Nghị quyết of HĐND tỉnh Thanh Hóa: "phát" for "pháp")."""
        tok = _fold(m.group())
        if len(tok) < 3 or not tok.isalpha():
            return None
        ends = []
        for key, child in node.items():
            if key is not None and key != "," and tok.startswith(key) and tok[len(key):] in child:
                # two words of the name glued, the page having lost the space between them: "Luật Tổ chức Hội
                # đồngnhân dân và Ủy ban nhân dân" (set o io_b4aa3ab3, a page that glues words throughout)
                end = self._longest_own(text, m.end(), child[tok[len(key):]], depth + 2, slipped=True)
                if end is not None:
                    ends.append(end)
            if key is None or len(key) != len(tok) or sum(a != b for a, b in zip(key, tok)) != 1:
                continue
            # the slip is inside the name: a whole known word must follow it
            end = self._longest_own(text, m.end(), child, depth + 1, slipped=True)
            if end is not None and end > m.end():
                ends.append(end)
        return max(ends, default=None)

    def __contains__(self, name: str) -> bool:
        node = self._trie
        for tok in _tokens(name):
            node = node.get(tok)
            if node is None:
                return name in self._base if self._base is not None else False
        return None in node or (self._base is not None and name in self._base)


@lru_cache(maxsize=1 << 16)
def _fold(token: str) -> str:
    return fold_key(token)  # words repeat: a law name is compared word by word many times per text


def _tokens(name: str) -> list[str]:
    return [_fold(t) for t in _TOKEN_RX.findall(name)]


def _head_at(text: str, pos: int) -> Optional[str]:
    for h in HEADS:
        if text.startswith(h + " ", pos):
            return h
    if text.startswith("Bộ Luật ", pos):
        return "Bộ luật"  # a code's head written with a capital ("Bộ Luật Lao động", "Bộ Luật hình sự năm 2015")
    return None


def _is_stop(words: list[str], i: int) -> bool:
    w = words[i].casefold()
    prev = words[i - 1].casefold() if i > 0 else ""
    nxt = words[i + 1].casefold() if i + 1 < len(words) else ""
    if f"{prev} {w}" in _NAME_PAIRS:
        return False
    return f"{w} {nxt}" in _STOP2 or w in _STOP


def _words_at(text: str, pos: int, limit: int = _MAX_WORDS + 2) -> list[re.Match]:
    """The words from ``pos`` separated by single spaces only (punctuation ends the run)."""
    out = []
    for m in _WORD_RX.finditer(text, pos):
        if m.start() != pos and text[pos:m.start()] != " ":
            break
        out.append(m)
        pos = m.end()
        if len(out) >= limit:
            break
    return out


def _word_run(text: str, pos: int, *, first_upper: bool) -> int:
    """End of a run of name words from ``pos``: up to a stop word, a digit or a head.

    "và" + a lower-case word goes on inside a name ("Hôn nhân và gia đình",
    "Phòng cháy và chữa cháy"); "và" + a capital is the next item of a list.
    """
    ms = _words_at(text, pos)
    words = [m.group() for m in ms]
    end = pos
    for i, m in enumerate(ms):
        w = words[i]
        if i == 0:
            if first_upper and not re.match(rf"[{_UP}]", w):
                return pos
        elif w == "và":
            if i + 1 < len(words) and re.match(r"[a-zđà-ỹ]", words[i + 1]) and not _is_stop(words, i + 1):
                continue
            break
        elif w[0].isdigit() or re.match(r"năm\d", w) or _is_stop(words, i) or _head_at(text, m.start()):
            break
        end = m.end()
    return end


def _comma_continuation(text: str, end: int) -> Optional[int]:
    """End of ", lower-case phrase" after a name when the phrase runs to a hard boundary."""
    m = re.match(r",\s*(?=[a-zđà-ỹ])", text[end:end + 3])
    if not m:
        return None
    start = end + m.end()
    ms = _words_at(text, start, 8)
    if not ms or _is_stop([x.group() for x in ms], 0):
        return None
    stop = _word_run(text, start, first_upper=False)
    if stop <= start or len(text[start:stop].split()) > 6:
        return None
    if not HARD_BOUNDARY.match(text, stop):
        return None
    return stop


def _simple(text: str, pos: int, known: KnownNames) -> Optional[tuple[int, bool]]:
    """End of a simple name starting at ``pos`` (the head included) and whether it is known."""
    k = known.longest_at(text, pos)
    head = _head_at(text, pos)
    if head is None:
        return None
    body = pos + len(head) + 1
    end = _word_run(text, body, first_upper=True)
    if end <= body and k is None:
        # a name the table does not know, written in lower case ("Căn cứ Luật dự trữ quốc gia ngày 20 tháng 11 năm
        # 2012;", set oq iq_16a46cd3): a name only when it is lower case throughout (not "Luật sư Nguyễn Văn A") and
        # its own date or number closes it
        low = _word_run(text, body, first_upper=False)
        if low > body and text[body:low].islower() and _OWN_DATE_OR_NUMBER.match(text, low):
            return low, False
    if end <= body:
        return (k, True) if k else None
    if _ABBREVIATION.fullmatch(text[body:end].split(" ", 1)[0]):
        return (k, True) if k else None  # "Luật KH, CN&ĐMST": an abbreviation the table does not know
    # ", lower-case phrase": part of the name unless what stands before the comma is a known law
    while True:
        if known.longest_at(text, pos) == end:
            break
        cont = _comma_continuation(text, end)
        if cont is None:
            if k is None and re.match(r",\s*[a-zđà-ỹ]", text[end:end + 3]) and len(text[body:end].split()) <= 2:
                return None  # "Luật Quản lý, sử dụng vốn … vào …": a stem whose comma phrase could not be read
            break
        end = cont
    if k is not None and k >= end:
        return k, True
    if k is not None and (not _STRONG_BOUNDARY.match(text, end) or re.match(rf" [{_UP}]", text[k:k + 2])
                          or len(text[k:end].split()) > 4):
        # the table wins over a longer guess, unless the guess is closed by its number, date, year or ";"
        # and adds a few lower-case words ("Luật Giáo dục đại học;" but not "Luật Quản lý thuế trừ cá
        # nhân nhận thừa kế.", nor "Luật Việc làm Sở, ban, ngành …", a heading after a paragraph break)
        return k, True
    if len(text[body:end].split()) > _MAX_WORDS:
        return None
    return end, False


def _targets(text: str, pos: int, known: KnownNames) -> Optional[tuple[int, list[tuple[int, int]], bool]]:
    """The laws an amending law names, from ``pos``: end, their spans, whether all are known."""
    g = _TARGET_GROUP.match(text, pos)
    if g:
        return g.end(), [(g.start(), g.end())], True
    if text.startswith("luật ", pos):
        return _lower_case_targets(text, pos, known)
    refs: list[tuple[int, int]] = []
    all_known = True
    p = pos
    while True:
        if not _head_at(text, p):
            return None if not refs else (refs[-1][1], refs, all_known)
        s = _simple(text, p, known)
        if s is None:
            return None if not refs else (refs[-1][1], refs, all_known)
        end, is_known = s
        num = _ITEM_NUMBER.match(text, end)
        if num and (refs or _LIST_NEXT.match(text, num.end()) or _LIST_LAST.match(text, num.end())):
            end = num.end()  # (a lone law with its number is the amended law's citation, not a list's item)
        nxt = _LIST_NEXT.match(text, end) or _LIST_LAST.match(text, end)
        if nxt is None and not HARD_BOUNDARY.match(text, end):
            # an item not closed ("Luật Đầu tư theo phương thức …", or a known name the text goes on
            # from: "Luật Đầu tư công theo phương thức …"): it runs to the next item
            m = _TO_NEXT_ITEM.match(text, end)
            if m and len(text[p:m.end()].split()) <= _MAX_WORDS:
                end, is_known = m.end(), False
                nxt = _LIST_NEXT.match(text, end) or _LIST_LAST.match(text, end)
        refs.append((p, end))
        all_known = all_known and is_known
        if nxt is None:
            return end, refs, all_known
        last = nxt.re is _LIST_LAST
        p = nxt.end()
        if last:
            s = _simple(text, p, known)
            if s is None:
                return refs[-1][1], refs, all_known
            num = _ITEM_NUMBER.match(text, s[0])
            end = num.end() if num and _ITEM_NUMBER.search(text, refs[0][0], refs[0][1]) else s[0]
            refs.append((p, end))
            return end, refs, all_known and s[1]


_LOWER_NEXT = re.compile(r"\s*,?\s*(?:và\s+)?(?=luật )")
_LOWER_END = re.compile(r"\s*(?:;|ngày\b|số\b|$)")
_LOWER_ITEM = re.compile(r"luật(?: [a-zđà-ỹ]+){1,6}?(?=\s*,?\s*(?:và\s+)?luật |\s*(?:;|ngày\b|số\b|$))")


def _lower_case_targets(text: str, pos: int, known: KnownNames) -> Optional[tuple[int, list[tuple[int, int]], bool]]:
    """The laws an amending law names written in lower case, each a name of the table: "Luật sửa đổi, bổ sung một số
    điều của luật chứng khoán, luật kế toán, …, luật xử lý vi phạm hành chính ngày 29 tháng 11 năm 2024" (set s
    s_396d191f, a Quyết định of UBND tỉnh). A name read by words needs its capital, so the list holds only known
    names, and it must close the name (its date, number or ";"), else it is not read."""
    refs: list[tuple[int, int]] = []
    all_known = True
    p = pos
    while True:
        end = known.longest_at(text, p)
        if end is None:  # a law the table lacks ("luật kiểm toán độc lập"): its words up to the next law or the end
            run = _LOWER_ITEM.match(text, p)
            if run is None:
                return None
            end, all_known = run.end(), False
        refs.append((p, end))
        nxt = _LOWER_NEXT.match(text, end)
        if nxt is None or nxt.end() == end:
            return (end, refs, all_known) if _LOWER_END.match(text, end) else None
        p = nxt.end()


_NUMBER_AT = re.compile(r"\s*,?\s*số\s*\d")


def amended_at(text: str, pos: int, known: KnownNames) -> Optional[tuple[int, int, list[tuple[int, int]]]]:
    """What a description of an amending law names from ``pos`` ("sửa đổi, bổ sung một số điều của Luật A, Luật
    B"): where its words start, where they end and the spans of the laws named, or None."""
    am = _AMEND_RX.match(text, pos)
    if am is None:
        return None
    t = _targets(text, am.end(), known)
    return None if t is None else (am.start(), t[0], t[1])


def read_name(text: str, pos: int, known: KnownNames) -> Optional[LawName]:
    """The law name written at ``pos`` (where a head starts), or None when no complete name is there.

    ``text`` is in reference form (one space between words). A name read by
    words must end at a hard boundary; an amending law must name what it amends.
    """
    head = _head_at(text, pos)
    if head is None:
        return None
    body = pos + len(head) + 1
    am = _AMEND_RX.match(text, body)
    k = known.longest_at(text, pos) if am else None
    if k is not None and _NUMBER_AT.match(text, k):
        # an amending law the table knows by its whole title, closed by its number: "Luật sửa đổi, bổ sung một số
        # điều của 10 luật có liên quan đến an ninh, trật tự số 118/2025/QH15" (the laws it amends are not named)
        return LawName(pos, k, _clean(text[pos:k]), head, (), True)
    if am and head != "Pháp lệnh":
        t = _targets(text, am.end(), known)
        if t is None:
            return None  # "Luật sửa đổi, bổ sung …" with nothing it amends: not a name
        end, refs, all_known = t
        if not all_known and not HARD_BOUNDARY.match(text, end):
            return None
        return LawName(pos, end, _clean(text[pos:end]), head, tuple(_clean(text[a:b]) for a, b in refs), all_known)
    s = _simple(text, pos, known)
    if s is None:
        return None
    end, is_known = s
    if not is_known and not HARD_BOUNDARY.match(text, end):
        return None
    return LawName(pos, end, _clean(text[pos:end]), head, (), is_known)


def names_in(text: str, known: KnownNames, start: int = 0, end: int | None = None) -> list[LawName]:
    """Every outermost law name in ``text[start:end]``: the laws inside an amending law's name are part of it."""
    out: list[LawName] = []
    covered = 0
    for m in HEAD_RX.finditer(text, start, len(text) if end is None else end):
        if m.start() < covered:
            continue
        n = read_name(text, m.start(), known)
        if n is not None:
            out.append(n)
            covered = n.end
    return out


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" ,")
