"""Find every document mentioned in a text: symbols, dates, issuers, laws by name.

Patterns run on the *reference form* of the text (markup removed, wrapped
symbols joined, stray symbol spaces dropped, all whitespace one space; see
``loaders/normalize.py``), and each match is converted back to a span of the
text as read. A :class:`Mention` is one occurrence; :func:`collect` groups
mentions of the same document into one :class:`~cancu.loaders.records.Citation`.

Symbol forms (state documents: Nghị định 30/2020/NĐ-CP Phụ lục III; normative documents: Luật
Ban hành văn bản quy phạm pháp luật; party documents: Hướng dẫn 36-HD/VPTW):

- state ``311/QĐ-UBND``, normative ``118/2025/NĐ-CP``, odd ``66.2/2025/NQ-CP``,
  ``2231/SNV-CCHC&PC``; Công văn when the left part is not a type code;
- National Assembly ``72/2025/QH15`` (no type code: the kind comes from the word before);
- party ``91-KL/TU``, ``11-QĐi/TW`` (hyphen after the number, no year).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from cancu.loaders import laws as law_table
from cancu.loaders import tables
from cancu.loaders.law_names import HEAD_RX, LawName, amended_at, names_in, read_name
from cancu.loaders.laws import name_key  # a document cited by name is keyed like a law's name
from cancu.loaders.normalize import CAPITALS, LINE_MARKS, fold_key
from cancu.loaders.records import Citation, Span
from cancu.loaders.text import MappedText

_UP = CAPITALS
_WORD = "A-Za-zĐđ"
# Named pieces of the symbol pattern (style.md item 3).
NUMBER = r"\d{1,6}(?:\.\d{1,3}|[a-z])?"  # "66.2/2025/NQ-CP", "30c/NQ-CP"
YEAR = r"(?:19|20)\d{2}"
# a type code (QĐ, CTr) or, in a Công văn, the issuer's (BVHTTDL, BNNPTNT; tax offices numbered in digits
# or Roman numerals: CCTKV02, CCTKV.05, CCTKV.VIII)
# a department's code joined by '&' ("Sở GD&ĐT": "công văn 167/SGD&ĐT-VP", set op ip_41a3554d; crawl "442/SGD&ĐT-GDPT")
TYPE = rf"[{_UP}][{_WORD}]{{0,8}}(?:&[{_UP}][{_WORD}]{{0,6}})?\d{{0,2}}(?:\.(?:\d{{1,3}}|[IVXLC]{{1,5}}))?"
# "VPCP-V.I": a department of the office; "CV-E.K.LM": a company whose name is dotted initials (set q q_bed864c6);
# "QC-TT.HĐND-UBND": the standing committee of a council (o io_fbeeb181, a joint regulation)
ISSUER = rf"[{_UP}][{_WORD}0-9&]{{0,14}}(?:\.[A-ZĐ0-9]{{1,4}}){{0,3}}"
# a year after the issuer ("19/CV-TT-2025") is part of some letters' numbers; a year that lost its last digit
# ("Nghị quyết số 34/201/NQ-HĐND ngày 13/12/2019", set ou iu_e2d9a4e7; "Quyết định số 22/201 /QĐ-UBND ngày 13
# tháng 9 năm 2019", g c_391ceaf6) is still that document's number, kept as written
CUT_YEAR = r"(?:19|20)\d"
STATE = rf"{NUMBER}(?:/{YEAR}|/{CUT_YEAR})?/{TYPE}(?:-{ISSUER})+(?:-\d{{2,4}})?"
ASSEMBLY = rf"{NUMBER}/{YEAR}/(?:QH|UBTVQH)(?:\d{{2}})?"  # "72/2025/QH" (legislature left out) is written too
PARTY = rf"{NUMBER}-{TYPE}/{ISSUER}(?:-{ISSUER})*(?:/[a-z]{{1,3}})?"  # "919-CV/VPTW/nb" (nb: internal)
# "92/2017/NĐCP", "25/2023/TTBKHĐT", "13/CTTTg": the dash between type and issuer left out (read with it); with it
# a space may fall inside the issuer's code before the date ("37/2025/TTBNN MT ngày 02/7/2025", crawl c_085589ff:
# 37/2025/TT-BNNMT)
# (the codes of ``year_glued`` and ``hyphen_dropped`` of data/kinds.json: a PDF text layer that drops every hyphen
# writes "01/2018/TTVPCP"; issuers' own dashless codes, "137/QĐQP", "119/2025/TTĐT", are none of them)
_HYPHEN_DROPPED = tables.load("kinds")["hyphen_dropped"]["issuers"]
_GLUED_ISSUER = "|".join(re.escape(c) for c in _HYPHEN_DROPPED)
_GLUED_TYPE = "|".join(re.escape(c) for c in tables.load("kinds")["year_glued"]["codes"])
_GLUED_CODES = rf"(?:{_GLUED_TYPE})(?:{_GLUED_ISSUER}|B[A-ZĐ]{{2,6}}(?: [A-ZĐ]{{1,3}}(?= ngày\b))?)"
# a party symbol's dash dropped the same way ("Nghị quyết số 20NQ/TW", 20-NQ/TW): only before the codes of
# ``hyphen_dropped.party_issuers`` ("782NQ/HĐNN" of the crawl stays as written)
_GLUED_PARTY_ISSUER = "|".join(re.escape(c) for c in tables.load("kinds")["hyphen_dropped"]["party_issuers"])
GLUED = rf"{NUMBER}(?:/{YEAR})?/{_GLUED_CODES}|\d{{1,5}}(?:{_GLUED_TYPE})/(?:{_GLUED_PARTY_ISSUER})(?:-{ISSUER})*"
# or written as a space, a web page's text losing it: "Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013" (set o
# io_826eaadb, 84-QĐ/TWĐTN); only right after "số" and before the same party codes, so "1067 NQ/TVQH" of the
# crawl's old state texts is left alone
SPACED_PARTY = rf"(?<=\b[Ss]ố\s)\d{{1,5}}[a-z]?\s(?:{_GLUED_TYPE})/(?:{_GLUED_PARTY_ISSUER})(?:-{ISSUER})*"
# the slash between the year and the type code left out: "Thông tư số 49/2025TT-BCT ngày 09/9/2025" (g_11e086b8,
# read as 49/2025/TT-BCT); only the codes of the kinds a year-numbered symbol carries (``year_glued`` of
# data/kinds.json, read here and by canonical_symbol)
_YEAR_GLUED_CODES = _GLUED_TYPE
YEAR_GLUED = rf"{NUMBER}/{YEAR}(?:{_YEAR_GLUED_CODES})-{ISSUER}"
# a joint document's code written with a slash before its issuers: "Nghị quyết liên tịch số
# 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN" (crawl m_7e1f69d2), "Thông tư liên tịch số 88/2016/TTLT/BTC-BTNMT"; a
# code of joint work ("liên tịch" LT, "phối hợp" PH) without the year names two issuers at least: "Quy chế phối hợp
# số 01/QCPH/UBND-UBMTTQ" (o io_2c78af2c, of a People's Committee and its Front committee)
JOINT = (rf"{NUMBER}(?:/{YEAR}/(?P<joint>NQLT|TTLT)/{ISSUER}(?:-{ISSUER})*"
         rf"|/(?P<joint2>[{_UP}][A-Za-z]{{0,3}}(?:LT|PH))/{ISSUER}(?:-{ISSUER})+)")
_ASSEMBLY_RX = re.compile(ASSEMBLY)
# the number word may be glued to the number ("Tờ trình số357/TTr-CP", k_5e7fcec1)
# a company's letter numbered by its year ("công văn số 2025-005/SAV-CHQ ngày 10/11/2025 của Công ty TNHH Sunny
# Automotive Vina", v_554ed912, the enquiry a customs letter answers): only after "số ", a span of years
# ("2021-2025") being no number
YEAR_NUMBERED = rf"(?<=\b[Ss]ố\s){YEAR}-\d{{2,4}}/{TYPE}(?:-{ISSUER})+"
# the word "ngày" may be glued to the number's end ("Đề án số 381/ĐA-CPngày 09 tháng 5 năm 2025", bf f_3010fb95;
# "Thông tư số 12/2025/TT-BCANgày …" in the crawl): no code ends in it, so the number ends where it starts
SYMBOL_RX = re.compile(rf"(?:(?<![\w/.-])|(?<=\b[Ss]ố))"
                       rf"(?:{ASSEMBLY}|{JOINT}|{STATE}|{PARTY}|{GLUED}|{SPACED_PARTY}|{YEAR_GLUED}|{YEAR_NUMBERED})"
                       rf"(?:(?![\w/-]*\w)|(?=[nN]gày\b))")

# "ngày 15/7/2021", "ban hành ngày …", "được Quốc hội thông qua ngày …" ("Thông tri số 04/TT-MTTW-BTT Ngày
# 04/11/2025 của Uỷ ban MTTQ Việt Nam" with a capital, l_35e4e5f8); two slips offices make are read
# through: "ngày" written twice ("Nghị định số 78/2025/NĐ-CP ngày ngày 01/4/2025", crawl c_b87ccc43) and "tháng"
# for "năm" ("Quyết định số 1085/QĐ-TTg ngày 15 tháng 9 tháng 2022", crawl c_fe239cbb); "năm" mistyped, a short word
# opening with "n" between month and year ("63/2010/NĐ-CP ngày ngày 08 tháng 6 ngăm 2010", set q q_45ccd891; "năn",
# "nàm", "nám" in the crawl)
_DAY_MONTH_YEAR = re.compile(
    r"\s*,?\s*(?:(?:được\s+)?(?:Quốc hội\s+(?:khóa\s+[IVXLC]+\s*,?\s*(?:kỳ họp thứ\s+\d+\s*)?)?)?thông qua\s+|ban "
    r"hành\s+|đề\s+)?(?:[nN]gày|NGÀY)\s*(?:ngày\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*(?:[/.-]\s*|\s+)((?:19|20)\d{2})"
    # the second slash may be left out for a space: "Luật … số 72/2025/QH15 ngày 16/6 2025" (a_f8c8d3bd)
    # "đề ngày" (dated) of a letter answered ("Trả lời công văn số TDV/01-2020 đề ngày 22/09/2020 của Công ty …", set oq
    # iq_d09caf90), and the words in capitals of an upper-case title ("… THEO CHỈ THỊ SỐ 19/CT-TTG NGÀY 24/4/2020 CỦA
    # THỦ TƯỚNG CHÍNH PHỦ", oq iq_b7a22a5e)
    r"|\s*,?\s*(?:(?:được\s+)?(?:Quốc hội\s+(?:khóa\s+[IVXLC]+\s*,?\s*(?:kỳ họp thứ\s+\d+\s*)?)?)?thông qua\s+|ban "
    r"hành\s+|đề\s+)?(?:[nN]gày|NGÀY)\s*(?:ngày\s*)?(\d{1,2})\s*(?:tháng|THÁNG)\s*(\d{1,2})\s*(?:năm|tháng|[nN][^\W\d_]{1,3})\s*"
    r"((?:19|20)\d{2})"
    # "Nghị quyết sô. 01/2019/NQ-CP 01/01/2019 của Chính phủ" (OCR'd letter l_27017841): "ngày" left out, the
    # issuer after the date says it is the document's; so does the end of a table cell that holds the two alone
    # ("| 110/GP-UBND 13/11/2020 |", an annex's licence column on a legal site, p_7bea9ff8)
    r"|\s*,?\s*(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?=\s*,?\s*(?:của|do)\s|\s*\|)"
)
_OF_ISSUER = re.compile(r"\s*,?\s*(?:của|do)\s+")
# Where an issuer phrase ends: a description starts, another document starts, punctuation (the words are
# ``issuer_end_words`` of data/citation_words.json). A comma or "và" goes on inside a name ("Bộ Văn hóa, Thể thao và
# Du lịch", "Bộ Chính trị, Ban Bí thư") unless a document kind or a lower-case word follows.
@lru_cache(maxsize=None)
def _issuer_end() -> re.Pattern[str]:
    kinds = tables.kind_word_rx().pattern
    t = tables.load("citation_words")
    words = "|".join(t["issuer_end_words"]["patterns"])
    verbs = "|".join(t["issuer_main_verbs"]["words"])
    return re.compile(
        rf"\s+(?i:{words})\b|\s+(?=\d)"
        # the main sentence's verb, lower-case only ("Ban Chỉ đạo" is a name): "… của Chính phủ, Thủ tướng
        # Chính phủ yêu cầu:"; a comma before words in capitals ("…, QUYẾT NGHỊ:")
        rf"|(?P<verb>\s+(?:{verbs})\b)|,(?=\s*[{_UP}]{{2,}}\b)"
        rf"|\s+và\s+(?=(?:{kinds}|các|những)\b)"
        # the dot of "TP." goes on inside a name ("của Thuế TP. Hà Nội", set q q_bed864c6; dotted_abbreviations)
        rf"|,(?!\s*(?!(?:{kinds})\b)[{_UP}])|{tables.not_after_abbreviation()}\.|[;():\"“”]|$"
    )


LAW_KINDS = ("Luật", "Bộ luật", "Pháp lệnh")
_AMENDED_NEXT = re.compile(r"\s*(?:sửa đổi|bổ sung)\b")


@lru_cache(maxsize=None)
def _draft_before() -> re.Pattern[str]:
    """A draft word right before a law's name (``draft_words`` of ``data/bills.json``): the name is a bill's."""
    words = "|".join(e["pattern"] for e in tables.load("bills")["draft_words"])
    return re.compile(rf"(?i:{words})\s+$")


@lru_cache(maxsize=None)
def _in_force_before() -> re.Pattern[str]:
    """A word right before a law's name that makes it the law in force (``in_force_words`` of ``data/bills.json``)."""
    words = "|".join(e["pattern"] for e in tables.load("bills")["in_force_words"])
    return re.compile(rf"(?i:{words})\s+$")


@lru_cache(maxsize=None)
def _replacing_bill() -> re.Pattern[str]:
    """The mark after the name of a bill that replaces the law (``replacing_marks`` of ``data/bills.json``)."""
    return re.compile(r"\s*(?:" + "|".join(e["pattern"] for e in tables.load("bills")["replacing_marks"]) + ")")


_LIST_GAP = re.compile(r"\s*(?:,|và|, và)\s*")
_NUMBER_NEXT = re.compile(r"\s*,?\s*(?:số\s*)?\d+/\d{4}/")
# "Luật Đất đai năm 2013", "Bộ luật Dân sự 2015": the year a law was passed, when no day is given
_YEAR_NEXT = re.compile(r"\s*,?\s*(?:năm\s*)?((?:19|20)\d{2})\b(?!\s*[/-])")
# A basis clause naming a document without a number ("Căn cứ Điều lệ Đảng;", "Căn cứ: …; Sổ tay hướng dẫn
# Bộ Nội vụ năm 2026;"): the title runs to the end of the clause.
# The kinds are ``named_kinds`` of data/citation_words.json.
@lru_cache(maxsize=None)
def _named_kinds() -> str:
    return "|".join(tables.load("citation_words")["named_kinds"]["words"])


@lru_cache(maxsize=None)
def _named_start() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{_named_kinds()})\s+[A-ZĐ\w]")


@lru_cache(maxsize=None)
def _named_title() -> re.Pattern[str]:
    return re.compile(rf"(?P<title>(?P<kind>{_named_kinds()})\s+[A-ZĐ\w][^;]{{0,200}}?)\s*(?=;|\.\s|\.$|$)")


# what stands before such a title: its verb ("Căn cứ", "Căn cứ:"), or ";" inside a list of bases; a provision of it
# may come between ("- Căn cứ Điều Điều 14 Pháp lệnh bảo vệ bí mật Nhà nước ngày 28-10-1991 của Hội đồng Nhà nước.",
# set op ip_f2bc4121, its article word written twice; words of ``provision_lists`` in data/relations.json)
_PROVISIONS = tables.relations()["provision_lists"]
_PROVISION_BEFORE = (rf"(?:(?:{'|'.join(_PROVISIONS['provision_words'])})\s+[\w.]+\s+)*"
                     rf"(?:(?:{'|'.join(_PROVISIONS['article_words'])})\s+)+\d+\w?\s+(?:(?:{'|'.join(_PROVISIONS['of'])})\s+)?")
_NAMED_BEFORE = re.compile(
    rf"(?:(?<=[\s;.:*\-])|^)(?P<verb>{tables.basis_verb_alternation('can_cu', 'thuc_hien', 'trien_khai')})\s*:?\s+"
    rf"(?:{_PROVISION_BEFORE})?$|;\s*$")
# Where a named clause's title ends before the clause does: "Thực hiện Quy chế làm việc của UBND xã,
# Phòng Văn hoá - Xã hội báo cáo …" (the main sentence starts after the comma).
# (the verbs: ``main_clause_verbs`` of data/citation_words.json)
@lru_cache(maxsize=None)
def _main_clause() -> re.Pattern[str]:
    verbs = "|".join(tables.load("citation_words")["main_clause_verbs"]["words"])
    return re.compile(rf",\s+(?=[A-ZĐ][^,;]{{0,80}}?\s(?:{verbs})\b)")


# the title's date at its end, or before the issuer ("Pháp lệnh bảo vệ bí mật Nhà nước ngày 28-10-1991 của Hội đồng
# Nhà nước", set op ip_f2bc4121): the title ends before it
_TRAILING_DATE = re.compile(r"\s*,?\s*(?:được\s+)?(?:ban hành\s+|thông "
                            r"qua\s+)?ngày\s*(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]"
                            r"|tháng\s*(\d{1,2})\s*năm)\s*((?:19|20)\d{2})\s*(?:,?\s*(?:của|do)\s+[^,;]{3,80})?$")
_BASIS_SENTENCE = re.compile(rf"(?:{tables.basis_verb_alternation('can_cu', 'thuc_hien', 'trien_khai')})\b[^.]*$")


@lru_cache(maxsize=None)
def _named_documents() -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
    """(pattern, kind, words one of which the text must hold) of each entry of ``data/named_documents.json``."""
    return tuple((re.compile(e["pattern"]), e["kind"], tuple(e["requires"]))
                 for e in tables.load("named_documents")["documents"])


@dataclass(frozen=True)
class Mention:
    """One occurrence of a document reference in the reference-form text."""

    kind: Optional[str]
    symbol: Optional[str]
    as_written: Optional[str]
    date: Optional[str]
    issuer_as_written: Optional[str]
    title: Optional[str]
    start: int  # reference-form offsets: kind word (or symbol) start ...
    end: int  # ... to the end of the symbol or law name
    full_end: int  # end including date and issuer phrases
    year: Optional[int] = None  # a law named with its year only ("Luật Đất đai năm 2013")

    @property
    def key(self) -> str:
        if self.symbol:
            return "sym:" + self.symbol.casefold()
        if self.kind == "Hiến pháp":  # "Hiến pháp" and "Hiến pháp nước Cộng hòa …" in one text: one constitution
            return "name:hiến pháp|" + (self.date or (f"y{self.year}" if self.year else ""))
        congress = national_congress(self.title)
        if congress:  # "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "… Đại hội XIII của Đảng": one
            return "name:nghị quyết đại hội toàn quốc|" + congress
        meeting = party_meeting(self.title)
        if meeting:  # "Nghị quyết Hội nghị Trung ương 7 khóa IX", "… Trung ương 7 khóa IX", one text: one resolution
            return "name:" + meeting
        return "name:" + name_key(self.title) + "|" + (self.date or (f"y{self.year}" if self.year else ""))


def reference_form(t: MappedText) -> MappedText:
    """The text the reference patterns run on: cleaned, one space for any whitespace run."""
    from cancu.loaders.normalize import clean

    t = clean(t, ("newlines", "chars", "nfc", "dehyphenate_symbols"))
    # markup and whitespace in one pass: markup goes, any whitespace run becomes one space
    t = t.sub(_MARKUP_OR_SPACE, _markup_or_space)
    # "Thông báo sô 1481/TB-UBND" (set os is_964cec57): the number word with a wrong tone mark, read as "số"
    t = t.sub(_number_word(), tables.load("damaged_text")["number_word"]["replace"])
    return clean(t, ("symbol_spaces", "symbol_lookalikes"))


@lru_cache(maxsize=None)
def _number_word() -> re.Pattern[str]:
    """``number_word`` of ``data/damaged_text.json``: "số" typed with a wrong tone mark before a number."""
    return re.compile(tables.load("damaged_text")["number_word"]["pattern"])


def _markup_or_space(m: re.Match) -> str:
    return " " if m.lastgroup == "ws" else ""


def _compile_markup_or_space() -> re.Pattern[str]:
    from cancu.loaders.normalize import MARKUP

    return re.compile(rf"(?P<ws>[ \t]*\n\s*|[ \t]{{2,}}|\t)|(?P<mk>{MARKUP.pattern})", MARKUP.flags)


_MARKUP_OR_SPACE = _compile_markup_or_space()


def symbol_form(s: str) -> str:
    """A short string in reference form (markup, stray symbol spaces and line breaks removed).

    >>> symbol_form("Số: 33 /TTr- SDTTG")
    'Số: 33/TTr-SDTTG'
    """
    return reference_form(MappedText.from_source(s)).text


def canonical_symbol(written: str) -> str:
    """Normalise a symbol: no spaces, one dash form, known case fixes (``TTG`` → ``TTg``)."""
    s = re.sub(rf"^(\d+[a-z]?)\s+(?=(?:{_GLUED_TYPE})/)", r"\1-", written)  # "84 QĐ/TWĐTN" (SPACED_PARTY)
    s = re.sub(r"\s+", "", s)
    s = re.sub(r"[‐-―−]", "-", s)
    s = re.sub(r"-TTG\b|-Tg\b", "-TTg", s)  # "Quyết định số 866/QĐ-Tg" (l_245dc922): no office is "Tg"
    s = _type_code_spelled(s)
    s = re.sub(rf"^(\d+[a-z]?/(?:19|20)\d{{2}})({_YEAR_GLUED_CODES})-", r"\1/\2-", s)  # "49/2025TT-BCT"
    s = re.sub(rf"^(\d+)({_GLUED_TYPE})/(?=(?:{_GLUED_PARTY_ISSUER})(?![A-Za-zĐđ]))", r"\1-\2/", s)  # "20NQ/TW"
    return re.sub(rf"/({_GLUED_TYPE})({_GLUED_ISSUER}|B[A-ZĐ]{{2,6}})$", r"/\1-\2", s)


_TYPE_CODE = re.compile(r"^(\d+[a-zđ]?/(?:\d{4}/)?|\d+[a-zđ]?-)([A-Za-z]+)(?=[-/])")


def _type_code_spelled(symbol: str) -> str:
    """The type code with its Đ where the scan or keyboard wrote D (vn-conventions §2.3: "normalise for matching").

    >>> _type_code_spelled("2503/QD-BTC"), _type_code_spelled("42/2015/ND-CP"), _type_code_spelled("01/HD-UBND")
    ('2503/QĐ-BTC', '42/2015/NĐ-CP', '01/HD-UBND')
    """
    m = _TYPE_CODE.match(symbol)
    canon = m and tables.code_spellings().get(m.group(2))
    return symbol[:m.start(2)] + canon + symbol[m.end(2):] if canon else symbol


def kind_from_symbol(symbol: str) -> Optional[str]:
    """Kind implied by the type code of a symbol; Công văn when the left part is not a type."""
    if re.fullmatch(ASSEMBLY, symbol):
        return None  # Luật or Nghị quyết: only the preceding word says which
    if re.fullmatch(PARTY, symbol):
        code = symbol.split("-", 1)[1].split("/", 1)[0]
        return tables.kind_by_party_code().get(code)
    joint = re.fullmatch(JOINT, symbol)
    code = (joint.group("joint") or joint.group("joint2")) if joint else symbol.rsplit("/", 1)[1].split("-", 1)[0]
    return tables.kind_by_code().get(code) or "Công văn"


# before 1993 a state document's number joined its issuer's code with a dash ("Quyết định số 212-TTg ngày
# 31-12-1992", set o io_714d6e7e; "Nghị định số 15-CP"): the party shape without its slash part
_OLD_STYLE = re.compile(rf"(?<![\w/.-])(?P<sym>{NUMBER}(?:(?:/{YEAR})?/|-)[{_UP}][{_WORD}]{{1,8}})(?![\w/.-]*\w)")


@lru_cache(maxsize=None)
def _reply_number_rx() -> re.Pattern[str]:
    return re.compile(tables.relations()["reply_numbers"]["pattern"])


@lru_cache(maxsize=None)
def _dated_number_rx() -> re.Pattern[str]:
    return re.compile(tables.relations()["dated_numbers"]["pattern"])


@lru_cache(maxsize=None)
def _next_dated_number_rx() -> re.Pattern[str]:
    """The comma before the next document of a ``dated_numbers`` list ("…, Bản án số …"), which ends an issuer."""
    kinds = "|".join(re.escape(k) for k in tables.relations()["dated_numbers"]["kinds"])
    return re.compile(rf",\s*(?=(?i:{kinds})\s+số\b)")


def _old_style_rx() -> re.Pattern[str]:
    return _OLD_STYLE


@lru_cache(maxsize=None)
def _old_style_kind() -> re.Pattern[str]:
    """The kind word an older number needs right before it."""
    kinds = tables.kind_word_rx().pattern
    return re.compile(rf"(?<![\w])(?P<kind>{kinds}|(?i:công văn|văn bản))\s+(?:số\s*:?\s*)?$")


def valid_date(y: str, mo: str, d: str) -> Optional[str]:
    """ISO date of a day that exists (31/02 and 29/02 of a common year are not dates: None)."""
    try:
        return _dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def _date_after(text: str, pos: int) -> tuple[Optional[str], int]:
    """The date phrase at ``pos`` and where it ends; an impossible day is read past but gives no date."""
    m = _DAY_MONTH_YEAR.match(text, pos)
    if not m or "Ngày" in m.group() and re.match(r"\s*,", text[m.end():m.end() + 3]):
        # "… Nghị quyết số 66-NQ/TW / Ngày 28 tháng 11 năm 2025, tại Trụ sở Chính phủ …": a capital "Ngày" with
        # its comma opens the next sentence (crawl c_e2ec17d7); without one it dates the document ("Thông tri số
        # 04/TT-MTTW-BTT Ngày 04/11/2025 của Uỷ ban MTTQ Việt Nam", l_35e4e5f8)
        return None, pos
    d, mo, y = next(m.group(k, k + 1, k + 2) for k in (1, 4, 7) if m.group(k))
    return valid_date(y, mo, d), m.end()


_SYMBOL_YEAR = re.compile(rf"/({YEAR})/")


def _slipped_year(text: str, date: Optional[str], end: int, symbol: str) -> tuple[Optional[str], int]:
    """A date whose year was typed with one digit too many, read with the year its symbol carries when dropping
    one digit gives it: "Nghị định số 63/2010/NĐ-CP ngày 08/6/20210" (k_50f7213d) is of 2010, "Nghị định số
    32/2019/NĐ-CP ngày 10/4/20219" (crawl) of 2019. Without a year in the symbol the date stays as read."""
    if date is None or not text[end:end + 1].isdigit() or text[end + 1:end + 2].isdigit():
        return date, end
    five, sym_year = text[end - 4:end + 1], _SYMBOL_YEAR.search(symbol)
    if sym_year and any(five[:i] + five[i + 1:] == sym_year.group(1) for i in range(5)):
        return valid_date(sym_year.group(1), date[5:7], date[8:10]), end + 1
    return date, end


_DATE_RX = r"ngày\s*(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]|tháng\s*(\d{1,2})\s*năm)\s*((?:19|20)\d{2})"


@lru_cache(maxsize=None)
def _issuing() -> tuple[str, str]:
    """The verbs of ``data/citation_dates.json`` that date the document they govern, and the words
    that stand for a subject and such a verb ("tại")."""
    t = tables.load("citation_dates")
    return ("|".join(e["pattern"] for e in t["issuing_verbs"]), "|".join(e["pattern"] for e in t["without_subject"]))


@lru_cache(maxsize=None)
def _issued_next_rx() -> re.Pattern[str]:
    """What follows an opening date: who issued (signed, passed) which kind of document, or "tại" and the kind;
    a law's name may stand between its kind and "số" ("đã thông qua Luật Tổ chức chính quyền địa phương số …")."""
    kinds = tables.kind_word_rx().pattern
    verbs, bare = _issuing()
    laws = "|".join(LAW_KINDS)
    # a kind's lower-case qualifier may stand before "số": "đã có Báo cáo thẩm tra số 1379/BC-UBTVQH15" (set q
    # q_77aa311b), "Tờ trình đề nghị số …"
    qualified = rf"(?:\s+(?![{_UP}])[^\W\d_]+){{1,3}}\s+số\s*:?\s*"
    # the issuer as the owner of what it issued: "…, ngày 29 tháng 6 năm 2009 của Bảo hiểm xã hội (BHXH) Việt Nam ban
    # hành Công văn số 2070/BHXH-KHTC" (set os is_af9a36c0; ``subject_of`` of data/citation_dates.json)
    of = tables.load("citation_dates")["subject_of"]["pattern"]
    return re.compile(rf"\s*,?\s*(?:(?:{of})?(?P<who>[{_UP}][^.;:]{{2,150}}?)\s+(?:{verbs})|(?:{bare}))\s+"
                      rf"(?:(?:{laws})\s+[^.;:]{{1,150}}?\s+số\s*:?\s*|"
                      rf"(?i:{kinds}|văn bản)(?:{qualified}|\s*(?:số\s*:?\s*)?))")


@lru_cache(maxsize=None)
def _dated_before_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    kinds = tables.kind_word_rx().pattern
    # "văn bản đề ngày 29 tháng 10 năm 2025 số 16/CV-HHTACN": the date between the kind and the number
    between = re.compile(rf"(?:{kinds}|văn bản)\s+(?:đề\s+)?{_DATE_RX}\s*,?\s*(?:số\s*:?\s*)?$")
    # "Ngày 28 tháng 10 năm 2025, Chủ tịch UBND Thành phố đã ban hành Công văn số 3280/UBND-VX", "Ngày 22/10/2025,
    # tại Thông báo số 569/TB-VPCP": a sentence (or clause) opening with the day the document was issued; a
    # capital "Ngày" opens one wherever it stands (a pdftotext paragraph's line break is one space here)
    opening = re.compile(rf"(?:(?:^|[.;:!?|*)\](,]\s*)(?i:ngày)|(?<=\s)Ngày)\s*(\d{{1,2}})\s*(?:[/.-]\s*(\d{{1,2}})\s*"
                         rf"[/.-]|tháng\s*(\d{{1,2}})\s*năm)\s*((?:19|20)\d{{2}})(?:{_issued_next_rx().pattern})$")
    return between, opening


def _date_before(text: str, sym_start: int) -> tuple[Optional[str], Optional[str]]:
    """A date written before a symbol (and, in an opening "Ngày …, X đã ban hành …", the issuer)."""
    between, opening = _dated_before_rx()
    m = between.search(text, max(0, sym_start - 80), sym_start)
    if m:
        return valid_date(m.group(4), m.group(2) or m.group(3), m.group(1)), None
    m = opening.search(text, max(0, sym_start - 260), sym_start)
    if m:
        return valid_date(m.group(4), m.group(2) or m.group(3), m.group(1)), m.group("who")
    return None, None


def _date_after_issuer(text: str, pos: int) -> tuple[Optional[str], int]:
    """The date after a document's issuer ("… của Chính phủ ngày 15/7/2021"), unless it opens the next clause:
    "Nghị định số 06/2022/NĐ-CP của Chính phủ, ngày 17 tháng 6 năm 2025 Bộ trưởng … đã ban hành Thông tư số
    08/2025/TT-BNNMT" dates the circular, not the decree."""
    date, end = _date_after(text, pos)
    if date is not None:
        nxt = _issued_next_rx().match(text, end)
        if nxt and SYMBOL_RX.match(text, nxt.end()):
            return None, pos
    return date, max(pos, end)


def _issuer_after(text: str, pos: int) -> tuple[Optional[str], int]:
    m = _OF_ISSUER.match(text, pos)
    if not m:
        return None, pos
    start = m.end()
    if not re.match(rf"[{_UP}]", text[start:start + 1]):
        return None, pos
    end_m = _issuer_end().search(text, start, min(len(text), start + 160))
    end = end_m.start() if end_m else min(len(text), start + 160)
    if end_m and end_m.group("verb") and "," in text[start:end]:
        end = text.rindex(",", start, end)  # "… của Chính phủ, Thủ tướng Chính phủ yêu cầu": the subject follows
    issuer = text[start:end].strip()
    # no body's name ends in "và": "… của Thủ tướng Chính phủ và hướng dẫn của Bộ Kế hoạch và Đầu tư tại Công văn số
    # 5743/SKHĐT-TH …" (set ou iu_6bf89b7f), "… của Chính phủ và chỉ đạo của Thủ tướng Chính phủ …" (crawl
    # c_ae5c8ba4): the "và" opens the next body's direction, which the clause reads as its next document
    issuer = re.sub(r"\s+và$", "", issuer)
    if not issuer or len(issuer) > 150:
        return None, pos
    return issuer, start + len(issuer)


# Between a law's name and its number: "số", ", số", "ngày 19/6/2015, số", "(Luật số".
_NAME_TO_NUMBER = re.compile(
    r"\s*,?\s*(?:ngày\s*(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]|tháng\s*(\d{1,2})\s*năm)\s*((?:19|20)\d{2})\s*,?\s*)?"
    r"(?:(?:\(\s*)?(?:Luật\s+|Bộ luật\s+|Pháp lệnh\s+)?số\s*:?\s*)?")


def _law_before(text: str, start: int) -> tuple[Optional[LawName], Optional[str]]:
    """The outermost law name that runs to the number at ``start``, and a date written between them.

    "Luật Sửa đổi, bổ sung một số điều của Luật Quy hoạch, … và Luật Đấu thầu số 57/2024/QH15" is
    one name: the laws it names are part of it, not the owners of the number.
    """
    for h in HEAD_RX.finditer(text, max(0, start - 400), start):
        n = read_name(text, h.start(), law_table.known_names())
        if n is None or n.end > start:
            continue  # (a name running past the number holds it: an amending law's that lists numbered laws)
        gap = _NAME_TO_NUMBER.fullmatch(text, n.end, start)
        if gap:
            date = valid_date(gap.group(4), gap.group(2) or gap.group(3), gap.group(1)) if gap.group(1) else None
            return n, date
    return None, None


@lru_cache(maxsize=None)
def _kind_word_any_case() -> re.Pattern[str]:
    """A kind word in any case right before a number: "Nghị Quyết số 190/2025/QH15", "quyết định số …"."""
    return re.compile(rf"(?:{tables.kind_word_rx().pattern})(?=\s*(?:liên tịch\s*)?(?:số\s*)?$)", re.I)


def _kind_before(text: str, start: int, symbol: str = "") -> tuple[Optional[str], int, Optional[str], Optional[str]]:
    """The kind word right before a symbol ("Nghị quyết số", "Luật … số"): kind, its start, the law's
    name and a date written between the name and the number."""
    window_start = max(0, start - 80)
    best = _kind_word_any_case().search(text, window_start, start)
    # laws carry QH numbers; an ordinance its own code ("Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi
    # người có công với cách mạng số 04/2012/PL-UBTVQH13", k_60cda70f)
    named = _ASSEMBLY_RX.match(text, start) or (symbol and kind_from_symbol(symbol) in LAW_KINDS)
    law, date = _law_before(text, start) if named else (None, None)
    if law is not None:
        return law.head, law.start, law_table.canonical_name(law.title), date
    if not best:
        return None, start, None, None
    return tables.kind_of_word()[fold_key(best.group())], best.start(), None, None


def _clause_start(ref: MappedText, pos: int) -> bool:
    """Whether ``pos`` opens a clause: after ';', '.', ':', after a list dash before a capital, or at the start of a
    source line."""
    before = ref.text[max(0, pos - 3):pos].rstrip()
    if not before or before[-1] in ";.:":
        return True
    if before[-1] == "-" and ref.text[pos:pos + 1].isupper():
        return True  # a page that flattened its list keeps the dashes: "ĐOÀN TNCS HỒ CHÍ MINH- Căn cứ Điều lệ Đoàn
        # TNCS Hồ Chí Minh; - Căn cứ …" (set o io_826eaadb, all on one line)
    s0 = ref.to_source(pos, min(len(ref.text), pos + 1))[0]
    src = ref.source
    return not src[src.rfind("\n", 0, s0) + 1:s0].strip(LINE_MARKS)


class _Taken:
    """The parts of a text already read as a mention (a later pattern does not read them again)."""

    def __init__(self, n: int) -> None:
        self._marks = bytearray(n + 1)

    def append(self, span: tuple[int, int]) -> None:
        a, b = span
        self._marks[a:b] = b"\x01" * (b - a)

    def free(self, a: int, b: int) -> bool:
        return self._marks.find(1, a, b) < 0


# numbers listed after "số" before a symbol share its code, date and issuer: "tại các công văn số 614, 615,
# 616-CV/VPTW ngày 21 tháng 04 năm 2011 của Văn phòng Trung ương Đảng" (a VPCP letter, set op ip_b88fd788) cites
# 614-CV/VPTW and 615-CV/VPTW too; "số 03, 04, 05 và 06/BHYT-QĐ" (crawl). Only bare numbers right after "số".
_NUMBER_LIST = re.compile(r"\b[Ss]ố\s+(?P<list>(?:\d{1,5}[a-z]?\s*(?:,\s*(?:và\s+)?|và\s+))+)$")
_SHARING_NUMBER = re.compile(r"\d{1,5}[a-z]?")
_SHARED_CODE = re.compile(r"(\d{1,5}[a-z]?)([-/].*)")


def _numbers_sharing_code(text: str, sym_start: int) -> list[tuple[int, int]]:
    """The spans of the numbers listed before a symbol that share its code (none when it has no such list).

    >>> t = "các công văn số 614, 615, 616-CV/VPTW ngày"
    >>> [t[a:b] for a, b in _numbers_sharing_code(t, t.index("616"))]
    ['614', '615']
    """
    lst = _NUMBER_LIST.search(text, max(0, sym_start - 60), sym_start)
    if lst is None or not _SHARED_CODE.match(text, sym_start):
        return []
    return [(n.start(), n.end()) for n in _SHARING_NUMBER.finditer(text, lst.start("list"), lst.end("list"))]


def find_mentions(ref: MappedText) -> list[Mention]:
    """Every document mention in reference-form text, in order of appearance."""
    text = ref.text
    out: list[Mention] = []
    taken = _Taken(len(text))
    for m in SYMBOL_RX.finditer(text):
        symbol = canonical_symbol(m.group())
        kind, start, title, law_date = _kind_before(text, m.start(), symbol)
        if kind is None:
            kind = kind_from_symbol(symbol)
        if title is None and kind in LAW_KINDS:
            title = law_table.title_of(symbol)  # "Luật số 87/2025/QH15": the table knows its title
        date, pos = _slipped_year(text, *_date_after(text, m.end()), symbol)
        issuer, pos = _issuer_after(text, pos)
        if date is None:  # "… của Chính phủ ngày 15/7/2021" order
            date, pos = _date_after_issuer(text, pos)
        if date is None and law_date is None:
            date, who = _date_before(text, m.start())
            issuer = issuer or who
        for a, b in _numbers_sharing_code(text, m.start()):  # "các công văn số 614, 615, 616-CV/VPTW"
            s, e = ref.to_source(a, b)
            out.append(Mention(kind, text[a:b] + _SHARED_CODE.match(symbol).group(2), ref.source[s:e],
                               date or law_date, issuer, title, min(start, a), b, pos))
        s, e = ref.to_source(m.start(), m.end())
        out.append(Mention(kind, symbol, ref.source[s:e], date or law_date, issuer, title, start, m.end(), pos))
        taken.append((start, m.end()))

    free = taken.free

    # older symbols without a type code, read only after their kind word ("Quyết định số 146/CP",
    # "Nghị định 100/TTg", "Công văn số 173/BTTM", "Quyết định số 212-TTg"): alone, "06:2022/BXD" or "mẫu
    # 03/NDAN" are no documents
    for m in _old_style_rx().finditer(text):
        kw = _old_style_kind().search(text, max(0, m.start() - 40), m.start())
        if kw is None or not free(kw.start(), m.end("sym")):
            continue
        symbol = canonical_symbol(m.group("sym"))
        date, pos = _date_after(text, m.end("sym"))
        issuer, pos = _issuer_after(text, pos)
        if date is None:
            date, pos = _date_after_issuer(text, pos)
        s, e = ref.to_source(m.start("sym"), m.end("sym"))
        out.append(Mention(tables.kind_of_word().get(fold_key(kw.group("kind")), "Công văn"), symbol, ref.source[s:e],
                           date,
                           issuer, None, kw.start(), m.end("sym"), pos))
        taken.append((kw.start(), m.end("sym")))

    # the letter a reply answers, numbered in its sender's own shape ("Trả lời văn bản số 01/CV-01 ngày … của Công
    # ty …", ``reply_numbers`` of ``data/relations.json``): no symbol pattern holds a firm's numbering
    for m in _reply_number_rx().finditer(text):
        if not free(m.start("sym"), m.end("sym")):
            continue
        date, pos = _date_after(text, m.end("sym"))
        issuer, pos = _issuer_after(text, pos)
        s, e = ref.to_source(m.start("sym"), m.end("sym"))
        out.append(Mention("Công văn", canonical_symbol(m.group("sym")), ref.source[s:e], date, issuer, None,
                           m.start("sym"), m.end("sym"), pos))
        taken.append((m.start("sym"), m.end("sym")))

    # any letter or judgment numbered in no state shape, its kind word and "số" before it and its date after it
    # ("công văn số 0909/2025/TAEK/CT ngày 9/9/2025 của Công ty …", "Bản án số 159/2022/HSST ngày 24/5/2022 của TAND
    # …": ``dated_numbers`` of ``data/relations.json``): the kind, the number word and the date say it is a document's
    for m in _dated_number_rx().finditer(text):
        if not free(m.start("kind"), m.end("sym")):
            continue
        date, pos = _date_after(text, m.end("sym"))
        issuer, pos = _issuer_after(text, pos)
        nxt = _next_dated_number_rx().search(issuer or "")
        if nxt:  # "… của TAND thành phố Hà Nội, Bản án số 167/2023/HSPT …": the next judgment ends the court's name
            issuer = issuer[:nxt.start()]
        s, e = ref.to_source(m.start("sym"), m.end("sym"))
        kind = tables.relations()["dated_numbers"]["kinds"][m.group("kind").casefold()]
        out.append(Mention(kind, canonical_symbol(m.group("sym")), ref.source[s:e], date, issuer, None,
                           m.start("sym"), m.end("sym"), pos))
        taken.append((m.start("sym"), m.end("sym")))

    standards, standard_kind = _standards()
    for m in standards.finditer(text):
        if not free(m.start("symbol"), m.end("symbol")):
            continue
        date, pos = _date_after(text, m.end("symbol"))
        s, e = ref.to_source(m.start("symbol"), m.end("symbol"))
        out.append(Mention(standard_kind, re.sub(r"\s+", "", m.group("symbol")), ref.source[s:e], date, None, None,
                           m.start("symbol"), m.end("symbol"), pos))
        taken.append((m.start("symbol"), m.end("symbol")))

    out.extend(_laws_by_name(text, out, free, taken))
    for m in out:
        # "Nghị quyết số 203/2025/QH15 của Quốc hội về việc sửa đổi, bổ sung một số điều của Hiến pháp …" (g_ecf3d952):
        # the Constitution it amends is its title, no citation of its own
        d = m.symbol and m.kind in _resolution_amends()[1] and _resolution_amends()[0].match(text, m.full_end)
        if d:
            taken.append((d.end(), d.end() + 1))
    out.extend(_by_name(ref, free, taken))
    out.extend(_named_rules(ref, [m.full_end for m in out if m.symbol], free, taken))
    out.sort(key=lambda x: x.start)
    return _shared_dates(text, _without_footnote_marks(out))


@lru_cache(maxsize=None)
def _standards() -> tuple[re.Pattern[str], str]:
    """The numbered national technical regulations (``numbered_standards`` in ``data/named_documents.json``)."""
    t = tables.load("named_documents")["numbered_standards"]
    return re.compile(t["pattern"]), t["kind"]


_FOOTNOTE_MARK = re.compile(r"(?<=[A-Za-zĐđ])\d{1,2}$")


def _without_footnote_marks(mentions: list[Mention]) -> list[Mention]:
    """A footnote's number glued to a symbol ("… Nghị định số 105/2025/NĐ-CP2, cơ quan đăng kiểm …", "Thông tư số
    47/2024/TT-BGTVT4", pdftotext of a Lào Cai letter, l_9e6c70ca) is no part of it: a symbol whose last code ends in
    a digit or two is read without them when the text also writes it so. Codes that end in digits ("QH15",
    "CCTKV02") are written with them everywhere and stay."""
    symbols = {m.symbol for m in mentions if m.symbol}
    out = []
    for m in mentions:
        mark = _FOOTNOTE_MARK.search(m.symbol or "")
        if mark:
            bare = next((m.symbol[:k] for k in range(mark.start(), len(m.symbol)) if m.symbol[:k] in symbols), None)
            if bare:
                m = replace(m, symbol=bare)
        out.append(m)
    return out


_JOINED = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:số\s+)?")


def _series(symbol: str) -> str:
    """A symbol without its number: "008/CĐ-UBND" → "/CĐ-UBND", "18-NQ/TW" → "-NQ/TW"."""
    return re.sub(r"^\d+[a-zđ]?", "", symbol)


@lru_cache(maxsize=None)
def _submitted_together() -> frozenset[tuple[str, str]]:
    """The kinds one date after the second of which dates both (``submitted_together`` of
    ``data/citation_dates.json``: "Tờ trình số A và Đề án số B ngày D")."""
    return frozenset((e["first"], e["second"]) for e in tables.load("citation_dates")["submitted_together"])


def _issuer_code(symbol: str) -> str:
    """The issuer's code of a symbol, after its type code: "357/TTr-CP" → "CP", "358/ĐA-CP" → "CP"."""
    return _series(symbol).partition("-")[2]


def _together(text: str, a: Mention, b: Mention) -> bool:
    """A submission and the scheme it carries, joined by "và" under one issuer's code ("Tờ trình số 357/TTr-CP và
    Đề án số 358/ĐA-CP ngày 09 tháng 5 năm 2025")."""
    return ((a.kind, b.kind) in _submitted_together() and re.fullmatch(r"\s*và\s*", text[a.full_end:b.start])
            is not None and _issuer_code(a.symbol) != "" and _issuer_code(a.symbol) == _issuer_code(b.symbol))


def _shared_dates(text: str, mentions: list[Mention]) -> list[Mention]:
    """A date written once after two documents of one series: "số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025"
    (a province's Kế hoạch 0129/KH-UBND, 2025) dates both. Only between symbols of the same series (the same
    code after the number) and, when the first symbol carries a year, of that year; or of a submission and the
    scheme it carries (``_together``)."""
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.date or not b.date or not a.symbol or not b.symbol or not _JOINED.fullmatch(text[a.full_end:b.start]):
            continue
        if _series(a.symbol) != _series(b.symbol) and not _together(text, a, b):
            continue  # "Nghị quyết số 18-NQ/TW … và Kết luận số 126-KL/TW, ngày 14/02/2025": two series
        year = re.search(r"/((?:19|20)\d{2})/", a.symbol)
        if year and year.group(1) != b.date[:4]:
            continue
        out[i] = replace(a, date=b.date, issuer_as_written=a.issuer_as_written or b.issuer_as_written)
    return out


def _written(ref: MappedText, a: int, b: int) -> str:
    """A name as the source writes it (markup removed, spaces collapsed), not in reference form,
    whose symbol-space rule would write "nhiệm kỳ 2025 - 2030" as "2025- 2030"."""
    from cancu.loaders.glue import glued_tokens
    from cancu.loaders.normalize import CHAR_STEPS, clean

    s, e = ref.to_source(a, b)
    t = clean(MappedText.from_source(ref.source[s:e]), (*CHAR_STEPS, "markup")).text
    # a text layer that glues syllables is read unglued (``glue.unglue``): the name as that reading spaces it
    # ("Luật Bầu cửđại biểu Quốc hội …" → "Luật Bầu cử đại biểu Quốc hội …", set bx ix_0a6f8c63)
    read = " ".join(ref.text[a:b].split())
    for x, y, pieces in reversed(glued_tokens(t)):
        if " ".join(pieces) in read:
            t = t[:x] + " ".join(pieces) + t[y:]
    return re.sub(r"\s+", " ", t).strip(" *_,")


def _by_name(ref: MappedText, free, taken: _Taken) -> list[Mention]:
    """Documents named without a number that are not laws: the table of named documents
    (party congresses and plenums, the Constitution, the Party charter, verification reports …)
    and the title of a basis clause ("Căn cứ Quy chế làm việc của …;")."""
    text = ref.text
    out = []
    for rx, kind, requires in _named_documents():
        if not any(w in text for w in requires):
            continue
        for m in rx.finditer(text):
            a, b = m.start("title"), m.end("title")
            if not free(a, b) or _draft_before().search(text, max(0, a - 40), a):
                continue
            k = tables.kind_of_word().get(m.group("kind").casefold(),
                                          kind) if "kind" in m.groupdict() and m.group("kind") else kind
            issuer = m.group("issuer") if "issuer" in m.groupdict() else None
            date, pos = _date_after(text, b)
            if date is None and m.end() > b:
                # a pattern that reads past its title to the day it was signed ("Hiệp định … giữa A và B ký ngày
                # 08 tháng 4 năm 2024", ``treaty_signed_on``): the date follows that phrase
                date, pos = _date_after(text, m.end())
            year = None
            if date is None:
                y = _YEAR_NEXT.match(text, b)
                year = int(y.group(1)) if y else None
            out.append(Mention(k, None, None, date, issuer, _written(ref, a, b), a, b, pos, year=year))
            taken.append((a, b))
    for k in _named_start().finditer(text):
        pre = _NAMED_BEFORE.search(text, max(0, k.start() - 40), k.start())
        m = _named_title().match(text, k.start()) if pre else None
        if m is None:
            continue
        a, b = m.start("title"), m.end("title")
        title = m.group("title")
        if pre.group("verb") is None and not _BASIS_SENTENCE.search(text, max(0, a - 600), a):
            continue  # "; Quy định …" outside a list of bases
        if not free(a, b) or re.search(r"\bsố\s*\d|\d+/\d|\bnày\b", title) or \
                (pre.group("verb") and not _clause_start(ref, pre.start())):
            continue
        cut = _main_clause().search(title)
        if cut:
            title = title[:cut.start()]
        date = None
        d = _TRAILING_DATE.search(title)
        if d:
            date = valid_date(d.group(4), d.group(2) or d.group(3), d.group(1))
            title = title[:d.start()]
        title = re.sub(r"\s+", " ", title).strip(" *_,")
        words = title.split()[len(m.group("kind").split()):]
        if len(words) < 2 or words[0][0].isdigit():
            continue  # "Triển khai thực hiện Quy chế" + "1. Chánh Văn phòng …": the document's own rules
        b = a + len(title)
        out.append(Mention(tables.kind_of_word().get(m.group("kind").casefold(), m.group("kind")), None, None,
                           date, None, _written(ref, a, b), a, b, b))
        taken.append((a, b))
    return out


@lru_cache(maxsize=None)
def _named_rule_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a named rule after a reference phrase or after ', '/'và', the phrase after a name that makes it the annex
    of a numbered document, the issuer a listed name needs after it) from ``named_rules`` of
    ``data/named_documents.json``."""
    t = tables.load("named_documents")["named_rules"]
    kinds = "|".join(t["kinds"])
    refs = "|".join(e["pattern"] for e in t["references"])
    # a word of the name, not "Quy chế này", "Quy định số" (not_first_words)
    first = r"(?!(?:" + "|".join(map(re.escape, t["not_first_words"]["words"])) + r")\b)[^\W\d]"
    # "Quy chế Quản lý, bảo vệ di sản …": a comma inside the name after a capitalised first word
    word = r"[^\s,.;:()“”\"]"
    title = (rf"(?P<kind>{kinds})\s+(?:(?=[{_UP}]){first}{word}*(?:\s+{word}+)?,\s+(?![{_UP}])(?=[^\W\d])"
             rf"[^.;:()“”\"]{{3,200}}?|{first}[^.;:()“”\"]{{3,200}}?)")
    end = rf"(?=\s*(?:[.;:()“”\"]|,\s|$)|\s+(?:{t['title_ends']['pattern']})\b)"
    rx = re.compile(rf"(?:(?<=\s)(?:{refs})\s+|(?P<list>(?:,|\s+và)\s+))(?P<title>{title}){end}")
    annex = re.compile(r"\s*" + t["annex_after"]["pattern"])
    issuer = re.compile(r"\s+" + t["issued_by"]["pattern"].format(UP=_UP) + r"\b")
    return rx, annex, issuer


def _named_rules(ref: MappedText, numbered_ends: list[int], free, taken: _Taken) -> list[Mention]:
    """Rules, procedures and handbooks cited by name in running text (``named_rules``): "… quy định tại Quy chế Quản
    lý, bảo vệ di sản văn hóa thế giới Đô thị cổ Hội An.", "… Nghị định số 188/2025/NĐ-CP và Quy trình giám định BHYT
    do BHXH Việt Nam ban hành"."""
    text = ref.text
    t = tables.load("named_documents")["named_rules"]
    if not any(k in text for k in t["kinds"]):
        return []
    rx, annex, issuer = _named_rule_rx()
    issued_here = t["issued_here"]["pattern"]
    ends = set(numbered_ends)
    out = []
    for m in rx.finditer(text):
        a, b = m.start("title"), m.end("title")
        if m.group("list") and (m.start() not in ends or not issuer.match(text, b)):
            continue  # listed: only right after a numbered document, and with its issuer after the name
        words = text[a:b].split()
        if len(words) - len(m.group("kind").split()) < 3 or annex.match(text, b) or not free(a, b):
            continue
        if re.search(r"\b" + issued_here + re.escape(text[a:b]) + r"(?!\w)", text):
            continue  # the rule a numbered document of this text issues ("Nghị định số 39/2022/NĐ-CP … ban hành Quy chế
            # làm việc của Chính phủ", l_771acd4d): that number cites it
        date, pos = _date_after(text, b)
        out.append(Mention(tables.kind_of_word().get(m.group("kind").casefold(), m.group("kind")), None, None, date,
                           None, _written(ref, a, b), a, b, max(pos, b)))
        taken.append((a, b))
    return out


def national_congress(title: Optional[str]) -> Optional[str]:
    """The numeral of the national Party congress whose resolution ``title`` names, written in any of its forms ("Nghị
    quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "Nghị quyết Đại hội lần thứ XIII của Đảng", one text, crawl
    c_d83650c5); None for another title, or a congress of a local party committee ("… Đảng bộ tỉnh lần thứ XVI")."""
    if not title or not title.startswith("Nghị quyết") or not re.search(r"toàn quốc|của Đảng(?:\s+Cộng sản Việt Nam)?$",
                                                                          title):
        return None
    m = _NATIONAL_CONGRESS.search(title)
    return m.group(1) if m else None


def party_meeting(title: Optional[str]) -> Optional[str]:
    """The meeting whose resolution (or conclusion) ``title`` names, in any of its forms: a Central Committee plenum by
    its number and term ("Nghị quyết Hội nghị Trung ương 7 khóa IX" and "Nghị quyết Trung ương 7 khóa IX", one text, set
    ot it_34f929d3), a local party congress by its numeral and term ("Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ
    XIX, nhiệm kỳ 2020 - 2025" and "Nghị quyết Đại hội đại biểu lần thứ XIX, nhiệm kỳ 2020 - 2025", set op
    ip_912767d5); None for another title.

    >>> party_meeting("Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII")
    'nghị quyết|trung ương 11|xiii'
    >>> party_meeting("Nghị quyết Đại hội đại biểu lần thứ XIX, nhiệm kỳ 2020 - 2025")
    'nghị quyết|đại hội xix|2020-2025'
    """
    if not title:
        return None
    kind = re.match(r"(?:Nghị quyết|Kết luận)\b", title, re.I)
    if not kind:
        return None
    m = _PLENUM.search(title)
    if m:
        return f"{kind.group().casefold()}|trung ương {m.group(1) or m.group(2)}|{m.group(3).casefold()}"
    m = _LOCAL_CONGRESS.search(title)
    if m and not national_congress(title):
        return f"{kind.group().casefold()}|đại hội {m.group(1).casefold()}|{m.group(2)}-{m.group(3)}"
    return None


_PLENUM = re.compile(r"(?:Trung\s+ương\s+(?:lần\s+thứ\s+)?(\d{1,2})"
                     r"|lần\s+thứ\s+(\d{1,2})\s+Ban\s+[Cc]hấp\s+hành\s+Trung\s+ương)\b.*?kh(?:óa|oá|oa)\s+([IVXLC]{1,6})$")
_LOCAL_CONGRESS = re.compile(r"Đại hội\b[^,()]*?\s(?:lần\s+thứ\s+)?([IVXLC]{1,6})\b"
                             r".*?nhiệm\s+kỳ\s*(\d{4})\s*-\s*(\d{4})\)?$")


_NATIONAL_CONGRESS = re.compile(r"Đại hội(?:\s+đại biểu)?(?:\s+Đảng)?(?:\s+toàn "
                                r"quốc)?(?:\s+lần\s+thứ)?\s+([IVXLC]{1,6})\b(?!.*Đảng bộ)")


def not_yet_issued(c: Citation, as_of: Optional[str]) -> bool:
    """Whether a document dated ``as_of`` names a congress resolution that did not exist yet
    ("… điều chỉnh theo Nghị quyết của Đại hội … lần thứ XIV" in a 2025 notice): no citation."""
    if c.symbol or not c.title or not as_of or "Đảng bộ" in c.title:
        return False
    m = _NATIONAL_CONGRESS.search(c.title)
    if not m:
        return False
    opened = {e["numeral"]: e["opened"] for e in tables.load("named_documents")["national_congresses"]}
    return m.group(1) in opened and as_of < opened[m.group(1)]


_YEAR_PART = re.compile(rf"/{YEAR}(?=/)")


def self_without_year(c: Citation, symbol: Optional[str], date: Optional[str]) -> bool:
    """Whether ``c`` is the document numbered ``symbol`` of ``date`` itself, its year left out: "… theo Thông tư số
    55/TT-BCT ngày 28 tháng 11 năm 2025" inside Thông tư 55/2025/TT-BCT of that day (bf f_759bc980). The same day
    is asked for, as a document numbered so without a year may be another one."""
    if not (c.symbol and symbol and date and c.date == date) or _YEAR_PART.search(c.symbol):
        return False
    return _YEAR_PART.sub("", symbol, count=1).casefold() == c.symbol.casefold()


@lru_cache(maxsize=None)
def _resolution_amends() -> tuple[re.Pattern[str], frozenset[str]]:
    """What leads from a resolution's number to the Constitution it amends (``described_by_resolution`` of
    ``data/amending_laws.json``), and the kinds that amend it so."""
    t = tables.load("amending_laws")["described_by_resolution"]
    return re.compile(t["pattern"]), frozenset(t["kinds"])


@lru_cache(maxsize=None)
def _amendment_described() -> re.Pattern[str]:
    """What leads from an amending law's number to what it amends (``described_by`` of ``data/amending_laws.json``)."""
    return re.compile(tables.load("amending_laws")["described_by"]["pattern"])


def _described_amendments(text: str, numbered: list[Mention], known) -> list[tuple[int, int]]:
    """Spans of the descriptions of amending laws cited by number ("Luật số 97/2025/QH15, ngày 27/6/2025 về sửa đổi,
    bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, …"). The laws named there are the
    amending law's title, as inside its name, not citations of their own; the numbered mention gets that title
    (``numbered`` is updated in place) when the table did not give one."""
    spans = []
    for i, m in enumerate(numbered):
        if m.kind not in LAW_KINDS or not m.symbol:
            continue
        d = _amendment_described().match(text, m.full_end)
        got = d and amended_at(text, d.end(), known)
        if not got:
            continue
        start, end, _refs = got
        spans.append((m.full_end, end))
        if not m.title:
            numbered[i] = replace(m, title=f"{m.kind} {text[start:end].strip(' ,')}")
    return spans


_LISTED_NUMBER = re.compile(rf"\ssố\s*{ASSEMBLY}[,\s]")


def _laws_by_name(text: str, numbered: list[Mention], free, taken: _Taken) -> list[Mention]:
    """Laws, codes and ordinances named without a number (grammar: ``law_names``).

    A name the document writes unambiguously (closed by its number, a date or
    punctuation) is known for the rest of the document, so "Luật Việc làm trên
    địa bàn" is read as "Luật Việc làm" when "Luật Việc làm;" occurs elsewhere.
    """
    table = law_table.known_names()
    first = names_in(text, table)
    new = {n.title for n in first if not n.known} | {m.title for m in numbered
                                                     if m.title and m.kind in LAW_KINDS and m.title not in table}
    names, known = first, table
    if new:  # read again with the names this document writes (most documents write only known ones)
        known = table.copy()
        for t in new:
            known.add(t)
        names = names_in(text, known)
    out = []
    # a name this document gives a bill ("Bổ sung dự án Luật An ninh dữ liệu vào Chương trình …", "dự án Luật Đất đai
    # (sửa đổi)") names the bill also where the draft word is not repeated (its row "| 1 | Luật An ninh dữ liệu |
    # Chính phủ |"), unless it is a law the table knows to be in force and the text does not name the bill that
    # replaces it ("những điểm mới của … Luật tổ chức chính quyền địa phương (sửa đổi)" is the law passed, l_41948a0a)
    described = _described_amendments(text, numbered, known)
    drafted, replacing = _draft_before(), _replacing_bill()
    bills = {n.title for n in names if not n.amends and drafted.search(text, max(0, n.start - 40), n.start)
             and (n.title not in table and not _AMENDED_NEXT.match(text, n.end) or replacing.match(text, n.end))}
    after_bill = -1  # where the last bill named ends: "sớm ban hành Luật A, Luật B (sửa đổi)" names two
    for n in names:
        # an amending law whose listed laws carry their own numbers ("Luật sửa đổi, bổ sung một số điều của Luật Đất
        # đai số 31/2024/QH15, …, và Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024"): the symbol
        # pass read the numbers, the name around them is the amending law's, and the date after it is its date
        listed = bool(n.amends) and bool(_LISTED_NUMBER.search(n.title)) and free(n.start, n.start + len(n.head))
        if not (listed or free(n.start, n.end)) or _NUMBER_NEXT.match(text, n.end):
            continue  # the symbol pass has it
        if any(a <= n.start < b for a, b in described):
            continue  # it describes the amending law cited by number before it: that law's title, no citation
        draft = drafted.search(text, max(0, n.start - 40), n.start) or (
            after_bill >= 0 and _LIST_GAP.fullmatch(text, after_bill, n.start))
        undated = _date_after(text, n.end)[0] is None and not _YEAR_NEXT.match(text, n.end)
        if not draft and n.title in bills and undated and not _in_force_before().search(text, max(0, n.start - 20),
                                                                                         n.start):
            continue  # (but "tổng kết việc thi hành Luật Thủ đô" is the law in force, set n n_e0953cf1)
        after_bill = -1
        if draft and not n.amends and not _AMENDED_NEXT.match(text, n.end):
            after_bill = n.end + (m.end() - m.start() if (m := replacing.match(text, n.end)) else 0)
        if draft:
            # "dự thảo Luật …", "xây dựng Luật …": a bill, not an issued document; the laws a bill
            # amends exist, and are cited ("Xây dựng Luật sửa đổi, bổ sung một số điều Luật Thuế xuất
            # khẩu, nhập khẩu", "Xây dựng Luật Thuế thu nhập doanh nghiệp sửa đổi, bổ sung")
            if n.amends:
                for a in names_in(text[:n.end], known, n.start + 1):
                    out.append(Mention(a.head, None, None, None, None, law_table.canonical_name(a.title),
                                       a.start, a.end, a.end))
            elif _AMENDED_NEXT.match(text, n.end):
                out.append(Mention(n.head, None, None, None, None, law_table.canonical_name(n.title),
                                   n.start, n.end, n.end))
            continue
        date, pos = _date_after(text, n.end)
        year = None
        if date is None:
            y = _YEAR_NEXT.match(text, n.end)
            year = int(y.group(1)) if y else None
        out.append(Mention(n.head, None, None, date, None, law_table.canonical_name(n.title), n.start, n.end, pos,
                           year=year))
        taken.append((n.start, n.end))
        if date is not None and not n.amends:
            out.extend(_amended_by_dated(text, pos, law_table.canonical_name(n.title)))
        if listed:
            for i, m in enumerate(numbered):
                if m.symbol and m.end == n.end:
                    numbered[i] = replace(m, date=None, issuer_as_written=None, full_end=m.end)
    return out


@lru_cache(maxsize=None)
def _amended_by_rx() -> tuple[re.Pattern[str], str]:
    """What leads from a dated law to the law that amended it named by its day alone, and that law's title's start
    (``amended_by_dated`` of ``data/amending_laws.json``)."""
    t = tables.load("amending_laws")["amended_by_dated"]
    return re.compile(t["pattern"]), t["title_prefix"]


def _amended_by_dated(text: str, pos: int, title: str) -> list[Mention]:
    """The law that amended the one named before ``pos``, written "… được sửa đổi, bổ sung bởi Luật ngày 25 tháng 6
    năm 2025" (no name, no number): cited by the title an amending law of that law carries, with its day."""
    rx, prefix = _amended_by_rx()
    m = rx.match(text, pos)
    if not m:
        return []
    date, end = _date_after(text, m.end())
    if date is None:
        return []
    kind = m.group("kind")
    return [Mention(kind, None, None, date, None, prefix.format(kind=kind) + title, m.start("kind"), m.end(), end)]


def _split_by_date(groups: dict[str, list[Mention]], mentions: list[Mention]) -> dict[str, list[Mention]]:
    """A state symbol without a year stated with two full dates names two documents: each year restarts the numbers
    (licences "42/GP-UBND ngày 29/04/2020" and "42/GP-UBND ngày 21/06/2025" in one annex table, p_7bea9ff8; "Chỉ thị
    số 02/CT-TTg" of 2018 and of 2019, k_f4a98aa7). A mention without a date goes with the first. Not a party symbol
    ("59-NQ/TW": numbers run through a term, a second date is a slip, k_d6b53236), nor a date that the document
    cited just before carries ("Quyết định số 1995/QĐ-UBND ngày 06/11/2024 về sửa đổi, bổ sung Quyết định số
    800/QĐ-UBND ngày 06/11/2024": the amending one's date written for the amended, h c_f9a9b666)."""
    out: dict[str, list[Mention]] = {}
    for key, ms in groups.items():
        dates = list(dict.fromkeys(m.date for m in ms if m.date and len(m.date) == 10))
        if not key.startswith("sym:") or _symbol_year(ms[0].symbol) or len(dates) < 2 \
                or not re.match(r"\d+[a-zđ]?/", ms[0].symbol or ""):
            out[key] = ms
            continue
        for m in ms:
            d = m.date if m.date in dates and not _date_of_one_before(m, mentions) else dates[0]
            out.setdefault(key if d == dates[0] else f"{key}@{d}", []).append(m)
    return out


def _date_of_one_before(m: Mention, mentions: list[Mention]) -> bool:
    """Whether a document cited shortly before ``m`` (another symbol) carries ``m``'s date."""
    return any(o.symbol and o.symbol != m.symbol and o.date == m.date and 0 < m.start - o.start < 300
               for o in mentions)


def _symbol_year(symbol: Optional[str]) -> int:
    m = re.search(r"/((?:19|20)\d{2})/", symbol or "")
    return int(m.group(1)) if m else 0


def _best_date(symbol: Optional[str], dates: list[str]) -> Optional[str]:
    """The date of a document stated several times: the one agreeing with the symbol's year,
    else the most frequent, else the first (a typo in one mention must not win)."""
    if not dates:
        return None
    year = _symbol_year(symbol)
    if year:
        agreeing = [d for d in dates if int(d[:4]) == year]
        if agreeing:
            dates = agreeing
    counts = {d: dates.count(d) for d in dates}
    return max(dates, key=lambda d: (counts[d], -dates.index(d)))


def collect(ref: MappedText, mentions: list[Mention], *, resolve_issuer=None,
            exclude_symbols: set[str] = frozenset()) -> list[Citation]:
    """Group mentions of the same document into citations with all their spans.

    The first mention that states a date or issuer supplies it; ``resolve_issuer``
    turns a relative issuer ("Tỉnh ủy") into the named one for the citing document.
    A law named without its number ("Luật Cơ yếu") joins the numbered citation
    with the same name (the latest one when several share it), or the one its
    date or year picks in the table of known laws; a law named once with its
    date (or year) and once with its name alone is one law. Laws carry
    ``law_number``: the number written, or the one the table resolves.
    """
    groups: dict[str, list[Mention]] = {}
    law_dates: dict[str, str] = {}  # name → the first date-or-year part of a key it was written with
    by_title: dict[str, list[str]] = {}
    for m in mentions:
        if m.symbol and m.symbol in exclude_symbols:
            continue
        if m.symbol is None and (m.date or m.year):
            law_dates.setdefault(name_key(m.title), m.key.rpartition("|")[2])
        groups.setdefault(m.key, []).append(m)
        if m.symbol and m.title:
            by_title.setdefault(name_key(m.title), [])
            if m.key not in by_title[name_key(m.title)]:
                by_title[name_key(m.title)].append(m.key)
    groups = _split_by_date(groups, mentions)
    # one document written once with Đ and once as OCR read it without ("Thông tư số 20/2015/TT-BKHĐT" and
    # "… theo Thông tư số 20/2015/TT-BKHDT", l_58ea45b2): the spelling with Đ
    marked = {k.replace("đ", "d"): k for k in groups if k.startswith("sym:") and "đ" in k}
    merged: dict[str, list[Mention]] = {}
    moved: dict[str, str] = {}  # a dated name's key → the numbered document it was found to be
    for key, ms in groups.items():
        written = key
        if key.startswith("sym:") and "đ" not in key and key in marked:
            key = marked[key]
        if key.startswith("name:"):
            name, _, when = key[5:].partition("|")
            numbered = by_title.get(name)
            resolved = _resolve_law(ms[0]) if ms[0].kind in LAW_KINDS else None
            dated_same_year = [k for k in groups if when.startswith("y") and k.startswith(f"name:{name}|{when[1:]}-")]
            if resolved and "sym:" + resolved.casefold() in groups:
                key = "sym:" + resolved.casefold()  # "Luật X ngày D" and "Luật X số N" in one text
            elif dated_same_year:
                key = dated_same_year[0]  # "Luật X năm 2009" and "Luật X ngày 25/11/2009"
            elif numbered and when and (same_day := [k for k in numbered if any(x.date == when for x in groups[k])]):
                # "Căn cứ … Luật Bảo vệ môi trường ngày 17/11/2020" and "Luật Bảo vệ môi trường số 17/2020/QH14 ngày
                # 17/11/2020" in one text (crawl m_33b1fa70): one law, though the table does not know that version
                key = same_day[0]
            elif numbered and not when:
                key = max(numbered, key=lambda k: _symbol_year(groups[k][0].symbol))
            elif not when and name in law_dates:
                key = f"name:{name}|{law_dates[name]}"
        if written != key and "|" in written and written.partition("|")[2]:
            moved[written] = key
        merged.setdefault(key, []).extend(ms)
    # the name alone goes where its dated mention went: "Luật Đường bộ ngày 27/6/2024" is the law numbered
    # 35/2024/QH15 in the text's grounds, so is "… một số điều của Luật đường bộ" after it (set q q_2f2aa37d)
    for key in [k for k in merged if k in moved]:
        merged.setdefault(moved[key], []).extend(merged.pop(key))
    out = []
    for mkey, ms in merged.items():
        ms = sorted(ms, key=lambda m: (m.symbol is None, bool(m.symbol) and "sym:" + m.symbol.casefold() != mkey,
                                       m.start))
        first = ms[0]
        date = _best_date(first.symbol, [m.date for m in ms if m.date])
        issuer_w = next((m.issuer_as_written for m in ms if m.issuer_as_written), None)
        issuer = resolve_issuer(issuer_w) if (resolve_issuer and issuer_w) else issuer_w
        title = next((m.title for m in ms if m.title), None)
        if mkey.startswith("name:nghị quyết đại hội toàn quốc|"):
            title = max((m.title for m in ms if m.title), key=len)  # the name in full, where the text writes it so
        kind = next((m.kind for m in ms if m.kind), None)
        spans: list[Span] = sorted({ref.to_source(m.start, m.end) for m in ms})
        as_written = first.as_written
        if first.symbol and as_written == first.symbol:
            as_written = next((m.as_written for m in ms if m.as_written and m.as_written != m.symbol), as_written)
        law_number = None
        if kind in LAW_KINDS:
            law_number = first.symbol if first.symbol and law_table.NUMBER_RX.fullmatch(first.symbol) else None
            if law_number is None and first.symbol is None:
                law_number = _resolve_law(Mention(kind, None, None, date, None, title, 0, 0, 0,
                                                  year=next((m.year for m in ms if m.year), None)))
        out.append(Citation(kind, first.symbol, as_written, date, issuer, issuer_w, title, tuple(spans),
                            law_number=law_number))
    out.sort(key=lambda c: c.spans[0])
    return out


def _resolve_law(m: Mention) -> Optional[str]:
    """The number of the law version a name + date (or year) picks; None for a name alone."""
    if not m.title or not (m.date or m.year):
        return None
    v = law_table.resolve(m.title, date=m.date, year=m.year)
    return v.number if v else None
