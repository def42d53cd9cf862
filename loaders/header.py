"""Identity of the documents in a file: kind, number and symbol, date, place, issuer, title, signer.

Works on the *header form* of the text (characters cleaned, markup removed,
table cells and HTML breaks on lines of their own), because the header is laid
out in lines and cells (Nghị định 30/2020/NĐ-CP Phụ lục I): issuer block, ``Số: …``,
``<Place>, ngày … tháng … năm …``, the type line in capitals, the summary, and at
the end ``Nơi nhận:`` and the signature block. A file may hold several
documents: a decision and the plan it issues ("Ban hành kèm theo Quyết định …")
are split at the plan's own header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from cancu.loaders import motto, tables
from cancu.loaders.citations import (
    NUMBER,
    PARTY,
    SYMBOL_RX,
    YEAR,
    canonical_symbol,
    kind_from_symbol,
    symbol_form,
    valid_date,
)
from cancu.loaders.classify import ADDRESSEE, ADDRESSEE_CELL, BARE_NUMBER_LABEL, GARBLED_NUMBER_LINE, OPERATIVE_OPENING
from cancu.loaders.context import province_names
from cancu.loaders.issuer import (
    issuer_from_block,
    joint_issuer,
    normalise_segment,
    organs_naming,
    organs_of_title,
    party_organs,
    repair_header_line,
    unmarked,
)
from cancu.loaders.normalize import CAPITALS, fold_key
from cancu.loaders.records import DocInfo
from cancu.loaders.site_metadata import is_section_heading
from cancu.loaders.text import MappedText

_UP = CAPITALS
_LOW = "a-zđâăêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_SEPARATOR = re.compile(r"^[\s\-–—_=*.·•~]*$")
_MOTTO = motto.compiled("any_line")  # a line of the motto's column, in any case (data/mottos.json)
_NUMBER_LINE = re.compile(r"^\s*Số\s*(?::|\b)\s*(?P<rest>.*)$")
_DATE = re.compile(
    # a zero-padded day or month split by a space: "ngày 26 tháng 0 6 năm 2018" (k_60cda70f)
    r",?\s*ngày\s*(?P<d>0 \d|\d{1,2})?\s*(?:tháng\s*(?P<m>0 \d|\d{1,2})?|[/.-]\s*(?P<m2>\d{1,2}))?"
    r"\s*(?:năm\s*|[/.-]\s*)(?P<y>(?:19|20)\d{2})"
)
# the note under an attached document's title: "(Ban hành kèm theo Quyết định số …)", opening its line or in brackets
# inside the title's lines; the parent is one of kinds.json attached_parents, as written there or in capitals
_ATTACHED_NOTE = (r"(?:Ban\s+hành\s+)?(?:[Kk]èm\s+theo|KÈM\s+THEO)\s+(?P<parent>"
                  + "|".join(w for k in tables.load("kinds")["attached_parents"]["kinds"] for w in (k, k.upper()))
                  + r")\b")
_ATTACHED = re.compile(r"^\s*\(?\s*" + _ATTACHED_NOTE)
_ATTACHED_INSIDE = re.compile(r"\(\s*" + _ATTACHED_NOTE)
_BASIS_START = re.compile(rf"^[\s\-+•*]*(?:{tables.clause_opener_alternation()})\b")
_BODY_START = re.compile(rf"^[\s*]*(?:[IVX]+\.|{OPERATIVE_OPENING}|Chương I\b|PHẦN|Phần I\b|\d+\.\s|Kính gửi)")
_OPERATIVE = re.compile(r"^(?:QUYẾT ĐỊNH|QUYẾT NGHỊ)\s*:")
_CHAIR_OF_COMMITTEE = re.compile("^(?:" + "|".join(rf"(?:{e['pattern']})\s+(?=(?:{e['of']}))"
                                                    for e in tables.issuers()["chair_titles"]) + ")")
_PART_HEADING = re.compile(r"^[IVX]{1,4}\.\s+\S")
_SIGN_PREFIX = re.compile(rf"^\s*(?P<cap>{tables.signing_prefix_alternation()})\s+(?P<rest>.*)$")
_NAME = re.compile(rf"^(?:[{_UP}][{_LOW}]*\s+){{1,5}}[{_UP}][{_LOW}]*$")
_RECIPIENTS = re.compile(r"^\s*Nơi\s+nhận\s*:?", re.I)
_SIGNED = re.compile(r"^\(?\s*(?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)\s*\)?\.?$|^\[?daky\]?$|^\(Chữ ký.*\)$")


@dataclass(frozen=True)
class Line:
    text: str
    start: int  # offset in the header-form text
    end: int


def header_form(t: MappedText) -> MappedText:
    """Characters cleaned, markup removed, table cells and HTML breaks on their own lines."""
    from cancu.loaders.normalize import clean

    t = clean(t, ("newlines", "chars", "nfc"))
    t = t.sub(r"(?i)<\s*(?:br|/?p|/?li|/?tr|/?td|/?th|/?div|/?ul|/?ol)\b[^>\n]*>", "\n")
    t = t.sub(r"[ \t]*[|\t][ \t]*", "\n")
    return clean(t, ("markup",))


line_form = header_form  # the name used before the header form split table cells


def split_lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(Line(raw, pos, pos + len(raw)))
        pos += len(raw) + 1
    return out


def _is_upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _strip(s: str) -> str:
    return s.strip(" \t*_#|")


def _kind_line_rx() -> re.Pattern[str]:
    return _KIND_LINE or _compile_kind_line()


_KIND_LINE: Optional[re.Pattern[str]] = None


def _compile_kind_line() -> re.Pattern[str]:
    global _KIND_LINE
    words = tables.type_line_words()
    alt = "|".join(re.escape(w.upper()) for w in words)
    _KIND_LINE = re.compile(rf"^[ \t*#]*({alt})[ \t*]*$")
    return _KIND_LINE


@lru_cache(maxsize=None)
def _type_words_by_letters() -> dict[str, str]:
    """The type-line words in capitals by their letters alone (marks and spaces dropped), each key one word's only."""
    found: dict[str, set[str]] = {}
    for w in tables.type_line_words():
        found.setdefault(re.sub(r"\s+", "", unmarked(w.upper())), set()).add(w.upper())
    return {key: words.pop() for key, words in found.items() if len(words) == 1}


def _misread_type_line(t: str) -> Optional[str]:
    """The type word of a line in capitals that a scan's OCR read with a wrong mark or a space inside a word ("KÉ
    HOẠCH", ot it_a55bcf32; "K ÉT LUẬN", o io_b7ad7dcc): its letters are one type word's, and no other line of a
    header is a type word's letters alone.

    >>> _misread_type_line("KÉ HOẠCH"), _misread_type_line("K ÉT LUẬN"), _misread_type_line("KẾ HOẠCH SỐ 5")
    ('KẾ HOẠCH', 'KẾT LUẬN', None)
    """
    if not _is_upper(t) or len(t) > 40:
        return None
    return _type_words_by_letters().get(re.sub(r"\s+", "", unmarked(t)))


def find_attached_starts(lines: list[Line]) -> list[int]:
    """Line indexes where an attached document (the plan issued by a decision) begins its header."""
    starts = []
    kind_rx = _kind_line_rx()
    for i, line in enumerate(lines):
        # the type line alone ("KẾ HOẠCH"), or the type with its title in capitals ("KẾ HOẠCH HÀNH ĐỘNG", "CHƯƠNG
        # TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ", "NỘI QUY MẪU ÁP DỤNG CHO CÁC CHỢ …": gold k_30d359d4, k_852890fb, c_b87ccc43)
        alone = bool(kind_rx.match(line.text))
        if i < 5 or not (alone or _kind_title_rx().match(_strip(line.text))) \
                or _strip(line.text).upper().startswith("PHỤ LỤC"):
            continue
        window = [ln.text for ln in lines[i + 1:i + 14] if _strip(ln.text)]
        # the note opens a line, or stands in brackets at the end of the title or across a line break ("VỀ VIỆC TẶNG
        # QUÀ … (Ban hành kèm theo Quyết định số 10/2012/QĐ-UBND …)", k_46b1dc4d; "*(Ban" / "hành kèm theo Quyết
        # định số 161/2025/QĐ-UBND …", c_a29c12f1), also after a longer title in capitals: "**QUY CHẾ**" then five
        # lines "PHỐI HỢP THỰC HIỆN CHỨC NĂNG, …" and "*(Ban hành kèm theo Quyết định số 88/2025/QĐ-UBND …)*",
        # QĐ 88/2025/QĐ-UBND Lai Châu, crawl 50693ea4bb4bda20)
        title = next((k for k, w in enumerate(window) if not _is_upper(w)), len(window))
        near = window[:max(5, title + 1)]
        if not any(_ATTACHED.match(_strip(w)) for w in near) \
                and not _ATTACHED_INSIDE.search(" ".join(_strip(w) for w in near)):
            continue
        j = i
        while j > 0 and (not _strip(lines[j - 1].text) or _is_upper(lines[j - 1].text)
                         or _MOTTO.search(lines[j - 1].text) or _SEPARATOR.match(lines[j - 1].text)
                         or _NUMBER_LINE.match(_strip(lines[j - 1].text)) or _DATE.search(lines[j - 1].text)):
            j -= 1
            if i - j > 14:
                break
        while j < i and not _strip(lines[j].text):
            j += 1
        # (a type with its title under "PHỤ LỤC" is the annex's title: "PHỤ LỤC / KẾ HOẠCH TRIỂN KHAI NGHỊ ĐỊNH SỐ
        # 180/2026/NĐ-CP … / (Kèm theo Quyết định số: 2200/QĐ-BNNMT …)", set i l_816d32b5)
        above = next((_strip(ln.text) for ln in reversed(lines[max(0, i - 3):i]) if _strip(ln.text)), "")
        noted = _noted_below(window) and not above.upper().startswith("PHỤ LỤC")
        if not alone and not noted and not any(_MOTTO.search(ln.text) or _DATE.search(ln.text) for ln in lines[j:i]):
            continue  # parse_document reads a type with its title only under a header (its motto or date line)
        starts.append(j)
    return starts


def _noted_below(texts: list[str]) -> bool:
    """Whether the note of an attached document ("(Ban hành kèm theo Nghị quyết số 12/NQ-CP …)") opens the line right
    under a title in capitals: then a type with its title on one line ("CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ") starts
    that document though no motto or date line stands above it (a programme printed after its resolution's
    signature, set n n_e0953cf1)."""
    texts = [_strip(t) for t in texts if _strip(t)]
    title = next((k for k, w in enumerate(texts) if not _is_upper(w)), len(texts))
    return any(_ATTACHED.match(w) for w in texts[title:title + 1])


def _left_column(text: str, *, ocr: bool = False) -> str:
    """The left cell of a pdftotext layout line ("ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI …")."""
    # (a motto wrapped in its own column leaves its last word on the issuer's line: "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP
    # ⋯ NAM" under "UBND TỈNH LÀO CAI ⋯ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", pdftotext -layout of l_d7efaea7)
    # A text layer read without its columns runs the issuer into the motto with one space: "BỘ TÀI NGUYÊN VÀ MÔI
    # TRƯỜNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (l m_4d6d5366), "BỘ TÀI CHÍNH CỘNG HÒA …" (j l_1f3ca15f): the whole
    # motto, not its first word, marks the cut then
    # The Party motto closing the line is cut the same way: "TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM" (j l_e5abd223, its
    # OCR'd "ĐÁNG" mended by issuer.repair_header_line); and in a header whose motto lost its marks (``ocr``), the
    # motto's second line: "CUC THUE TP HÀ NỘI Độc lập - Ty do - Hanh phúc" (j l_58ea45b2). Where the motto kept
    # its marks, what stands before a "Độc lập" one space away is no issuer OCR could mend ("TONG CYC THUE Độc
    # lập", j l_1f3ca15f). The motto's second line whole and with all its marks closing the line is cut at one space
    # as well: a Word header table copied into a web page joins its cells with one space ("TỈNH HẬU GIANG Độc Lập -
    # Tự Do - Hạnh Phúc", o io_0ffc79a6), where a scan's OCR mars the motto too ("Hanh phúc", l_1f3ca15f)
    m = _column_cut(ocr).search(text)
    return text[: m.start()] if m and m.start() > 0 else text


@lru_cache(maxsize=None)
def _column_cut(ocr: bool) -> re.Pattern[str]:
    """Where :func:`_left_column` cuts a line: before the motto's column or the number's or the date's (the motto's
    forms are those of data/mottos.json)."""
    return re.compile(
        rf"\s{{2,}}(?={motto.form('column_start')}|Số\b|[{_UP}][^,\n]{{1,30}},\s*ngày)|\s{{4,}}(?=NAM\s*$)"
        rf"|\s(?={motto.form('national_whole_plain_a')}|{motto.form('party_whole')}\s*$)"
        rf"|\s(?=(?i:{motto.form('second_line_whole')})\W*$)"
        + (rf"|\s(?={motto.form('second_line_ocr')})" if ocr else ""))


# the number cell holding an older symbol alone, or before the date line its row runs into ("159/TTg Hà Nội, ngày …")
_OLD_NUMBER = re.compile(rf"({NUMBER}(?:/{YEAR})?/[{_UP}][A-Za-zĐđ]{{1,8}})"
                         rf"(?:\s*\|?\s*$|\s+[{_UP}][^,|]{{1,30}},\s*ngày)")


def _number(header: list[Line]) -> tuple[Optional[str], Optional[str], Optional[int]]:
    for k, line in enumerate(header[:45]):
        # a separator rule glued before the number cell of a portal's header table ("------------------ Số:
        # 1661/NQ-UBTVQH15 | CỘNG HÒA …", r_97e2348c) is no part of the line; nor is the issuer's cell that a
        # flattened table glues before that rule ("CHÍNH PHỦ_______ Số: 171/2025/NĐ-CP | CỘNG HÒA …", v_7ca05fa8, and
        # the crawl's Nghị định 170/2025/NĐ-CP): upper-case words only, so a sentence's "số" stays out
        t = re.sub(r"^[-–—_=~]{3,}\s*", "", _strip(line.text))
        # (the rule reaches here cut to one mark: "CHÍNH PHỦ_ Số: 171/2025/NĐ-CP")
        glued = re.match(r"^([^|:]*?\w)\s*[-–—_=~]+\s*(?=Số\s*:?\s*\d)", t)
        if glued and glued.group(1) == glued.group(1).upper():
            t = t[glued.end():]
        m = _NUMBER_LINE.match(t)
        if not m or t.startswith(("Số lượng", "Số liệu", "Số hiệu")):
            continue
        rest = m.group("rest").strip()
        if not rest:
            # the number in the next cell; in a text layer read cell by cell, after the motto's ("Số:" / "CỘNG HÒA …"
            # / "Độc lập …" / "/TTr-VPCP", a draft's blank number: o-open io_11600939)
            rest = next((_strip(ln.text) for ln in header[k + 1:k + 6]
                         if _strip(ln.text) and not _MOTTO.search(ln.text)), "")
        if not rest or not (rest[0].isdigit() or rest[0] in "./…_ -" or re.match(r"^[.…_\s]*[/-]", rest)):
            continue
        # the typist's spaces around the mark after the number of a "Số" cell ("Số: 225 - KH/TWĐTN-CTTN", "Số 369 -
        # CV/BTGTU", "Số: 255 / BC-BCĐPCGD-": a party, Đoàn or committee header, set op) are none of the symbol
        rest = re.sub(r"^(\d+[a-zđ]?)\s*([/-])\s+(?=[A-ZĐ])", r"\1\2", rest)
        if re.search(r"\d[/-][A-ZĐ]{1,6}-$", rest):
            # a symbol wrapped after its dash ("Số: 3783/QĐ-" / "UBND", a site's header cell, p_f0d454ff): the code
            # that ends it is the next line, one word in capitals
            nxt = _strip(header[k + 1].text) if k + 1 < len(header) else ""
            if re.fullmatch(r"[A-ZĐ][A-ZĐ0-9]{1,9}(?:-[A-ZĐ0-9]+)*", nxt):
                rest += nxt
        elif re.fullmatch(r"\d+[/-][A-ZĐ]{1,6}-[A-ZĐ]{2,12}-", rest):
            # wrapped after a second code's dash, a header read row by row puts the date cell between the cell's two
            # rows ("Số: 255 / BC-BCĐPCGD-" / "Nga Sơn, ngày 13 tháng 11 năm 2020" / "XMC", set op ip_f845d4d8)
            nxt = [_strip(ln.text) for ln in header[k + 1:k + 6] if _strip(ln.text)][:2]
            if nxt and _DATE.search(nxt[0]):
                nxt = nxt[1:]
            if nxt and re.fullmatch(r"[A-ZĐ]{2,10}", nxt[0]):
                rest += nxt[0]
        rest = symbol_form(rest)
        sm = SYMBOL_RX.search(rest)
        if sm and sm.start() < 3:
            symbol = canonical_symbol(sm.group())
            return symbol, _symbol_number(symbol), k
        old = _OLD_NUMBER.match(rest)
        if old:
            # an older symbol of one code, no type code before its issuer's ("Số: 159/TTg", a Quyết định of 1994, o
            # io_714d6e7e): the "Số:" cell that holds it alone names it the document's, as a kind word names it in
            # a sentence (citations._OLD_STYLE)
            return old.group(1), old.group(1).split("/")[0], k
        blank = re.match(r"^[\s.…_]*([/-])\s*([A-ZĐ][\w&.\-/]*)", rest)
        if blank:
            # "Số:      /QĐ-UBND", party "Số     -QĐ/TU": the number is left blank (a draft, or
            # filled by the signing system): the symbol's code part is kept for the kind
            return blank.group(1) + canonical_symbol(blank.group(2)), None, k
        return None, None, k
    return None, None, None


def _symbol_above(lines: list[Line], lo: int) -> tuple[Optional[str], Optional[str]]:
    """The symbol alone on the page's first line, a few lines above the body: a site that kept only the header
    table's number cell prints it so ("429/BVHTTDL-VHCS," over "CÔNG VĂN Về việc …", set or ir_26847d2f;
    "3472/BVHTTDL-DSVH" over "Công văn V/v …", ot it_34f929d3; "3215/BVHTTDL-VHCS", ov iv_1473d725)."""
    above = [ln.text for ln in lines[:lo] if _strip(ln.text)]
    if not above or len(above) > 4 or not _symbol_alone().match(above[0]):
        return None, None
    sm = SYMBOL_RX.search(symbol_form(_strip(above[0])))
    if not sm or sm.start() > 2:
        return None, None
    symbol = canonical_symbol(sm.group())
    return symbol, _symbol_number(symbol)


def _symbol_number(symbol: str) -> str:
    """A symbol's number without its leading zeros ("05/KH-UBND" → "5", "2.1/QĐ" → "2.1")."""
    return re.match(r"\d+(?:\.\d+)?", symbol).group().lstrip("0") or "0"


@lru_cache(maxsize=None)
def _symbol_alone() -> re.Pattern[str]:
    return re.compile(tables.load("renderings")["header_evidence"]["symbol_line"]["pattern"])


def _date_line(header: list[Line], stop: int):
    """(place, date, date_text, precision) from the place-and-date line."""
    bare = None
    for k, line in enumerate(header[:stop]):
        t = _strip(line.text)
        # (the day may be glued to the word: "Tuần Giáo, ngày12 tháng 11 năm 2020", pdftotext of office o016)
        if not re.search(r"\bngày(?![^\W\d_])", t) or _BASIS_START.match(t):
            continue
        # the date's next two cells, empty lines aside: a text layer read cell by cell puts a blank line between the
        # cells of a draft's blank date ("Hà Nội, ngày" / "" / "tháng" / "" / "năm 2016", o-open io_11600939)
        nxt = " ".join([x for x in (_strip(ln.text) for ln in header[k + 1:k + 5]) if x][:2])
        flat = re.sub(r"\s+", " ", f"{t} {nxt}")
        m = _DATE.search(flat)
        if not m or m.start() > len(t):
            continue
        before = flat[: m.start()].strip(" ,*")
        if "," not in flat[max(0, m.start() - 2):m.start() + 2] and before:
            # "ngày …" without "<Place>," before it: not the date line, unless the header cell holds the place and
            # the whole date alone (kept for when no line with the comma follows)
            bare = bare or _bare_date_line(header, k)
            continue
        prev = next((_strip(x.text) for x in reversed(header[:k]) if _strip(x.text)), "")
        if not before and _BASIS_START.match(prev):
            # a wrapped basis clause ("Căn cứ Kế hoạch số 13-KH/TU" / "ngày 17 tháng 11 năm 2025 của Ban Thường vụ …",
            # a rendering that starts at "Kính gửi:", set n n_552ee4a3): its date is the cited document's
            continue
        place_words = before.split()
        # the place may wrap from the line above ("Thành phố Hồ Chí" / "Minh, ngày"), which then
        # opens its cell: a cell boundary, rule, motto or number line stands before it. A line that
        # goes on from a text line is the tail of the subject line of the other column, as a PDF
        # whose header cells are read one after the other has it ("… cao tốc CT.08, đoạn qua Nam" /
        # "Định, Thái Bình" / "Hà Nội, ngày 27 tháng 11 năm 2025")
        if len(place_words) <= 2 and k > 0:
            prev = _strip(header[k - 1].text)
            above = _strip(header[k - 2].text) if k > 1 else ""
            opens_cell = not above or bool(_SEPARATOR.match(above) or _MOTTO.search(above)
                                           or _NUMBER_LINE.match(above) or SYMBOL_RX.search(symbol_form(above)))
            # (a letter's "V/v …" summary is the number column's last line, never a place: "V/v chính sách thuế" /
            # "Hà Nội, ngày 20 tháng 11 năm 2025", a Word file's header table read row by row, set u u_8de0ceb3)
            # a place closed by its comma at the line's end before a line that opens with the date is wrapped at
            # that comma, whatever stands above it ("Thọ Xuân," / "ngày 17 tháng 7 năm 2018" under the Youth
            # Union's "TNCS HỒ CHÍ MINH", set os is_24af4bd0)
            opens_cell = opens_cell or (not before and prev.endswith(","))
            if prev and opens_cell and not (_SEPARATOR.match(prev) or _MOTTO.search(prev) or _NUMBER_LINE.match(prev)
                                            or SYMBOL_RX.search(symbol_form(prev)) or _LETTER.match(prev)) \
                    and len(prev.split()) <= 4 \
                    and re.match(rf"[{_UP}]", prev) and not _is_upper(prev):
                place_words = prev.split() + place_words
        motto = re.search(r"(?i)hạnh\s+phúc[\s\-–—_=*.]*", before)
        if motto:
            # the motto and its rule glued to the place in one cell ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập – Tự do
            # – Hạnh phúc_________________ Hà Nội, ngày 30 tháng 6 năm 2025", Nghị định 171/2025/NĐ-CP, set v
            # v_7ca05fa8): the place is what follows the motto
            place_words = before[motto.end():].split()
        # drop anything before the place: a symbol, "Số:", upper-case words of a glued cell, and the
        # number of a symbol typed with a gap ("Số: 3556 /QĐ-UBND   Lào Cai, ngày …": pdftotext -layout
        # puts the number column and the place-and-date column on one line)
        while place_words and (place_words[0] in ("Số", "SỐ", "Số:") or "/" in place_words[0]
                               or not any(c.isalnum() for c in place_words[0])  # "Số: 1074/QĐ-BXD — Hà Nội"
                               or place_words[0].isdigit()
                               or (_is_upper(place_words[0]) and len(place_words[0]) > 1 and len(place_words) > 1
                                   and not _is_upper(" ".join(place_words)))):
            place_words.pop(0)
        place = " ".join(place_words).strip(" ,") or None
        if place and (len(place) > 40 or not re.match(rf"[{_UP}]", place) or re.search(r":|\bsố\s*\d|\d[-/]", place)):
            # (a labelled line or a cited number is no place: "Thời gian: 01 buổi sáng, ngày 26/11/2025", set n
            # n_8287ae81; "Kết luận số 221-KL/TW ngày …", set g c_9e97eec6; "Phường 1" is one)
            place = None
        month = (m.group("m") or m.group("m2") or "").replace(" ", "") or None
        date_text = flat[m.start():m.end()].strip(" ,")
        date = precision = None
        if month and m.group("d"):
            try:
                from datetime import date as _d

                date = _d(int(m.group("y")), int(month), int(m.group("d").replace(" ", ""))).isoformat()
                precision = "day"
            except ValueError:
                date = None
        elif month:
            precision = "month"
        else:
            precision = "year"
        return place, date, date_text, precision
    if bare:
        return bare
    for line in header[:stop]:
        # a draft's date line left blank: "Hà Nội, ngày tháng năm" (l_88c04d70) still names its place
        m = _BLANK_DATE.match(_strip(line.text))
        if m:
            return m.group("place"), None, None, None
    for line in header[:stop]:
        # a date line whose day and month the OCR of a scan garbled names its place all the same: "Số: 4046 /TCT-TTKT
        # Hà Nội, ngàyA2 thang 3 năm 2020", "Hà Nội, ngày OF thang 2! năm 2018" (Tổng cục Thuế letters, set j); the
        # date stays unknown
        t = _strip(line.text)
        m = _GARBLED_DATE.search(t)
        word_before = t[:m.start()].split()[-1:] if m else []
        if m and not _BASIS_START.match(t) and not (word_before and word_before[0][:1].islower()):
            # (a lower-case word before it is the rest of a misread place: "là Nội, ngày AF tháng 4Ô", l_cfaad6c6)
            return m.group("place"), None, None, None
    return None, None, None, None


def _bare_date_line(header: list[Line], k: int):
    """(place, date, date_text, "day") of a date line whose comma is left out: "Hà Nội ngày 01 tháng 12 năm 2025".

    Read only where the layout says it is the header's date cell: the place opens its line (or follows the number
    cell on it: "Số: 388/NQ-CP<tab>Hà Nội ngày …", a DOCX table row), the line above is the number line, a rule or
    the motto, and the full date closes the line or the next one ("*Hà Nội ngày 01* / *tháng 12 năm 2025*", the
    crawl page of set l m_067b8449; one line in its DOCX and PDF). A sentence that opens "Từ ngày …" or
    "Sinh ngày …" stands under no header cell."""
    t = _strip(header[k].text)
    nxt = _strip(header[k + 1].text) if k + 1 < len(header) else ""
    prev = next((_strip(x.text) for x in reversed(header[:k]) if _strip(x.text)), "")
    for flat in (t, f"{t} {nxt}"):
        m = _BARE_DATE.search(re.sub(r"\s+", " ", flat))
        if not m:
            continue
        lead = flat[: m.start()].strip()
        in_cell = (not lead and (_NUMBER_LINE.match(prev) or _SEPARATOR.match(prev) or _MOTTO.search(prev))) \
            or (lead and _NUMBER_LINE.match(lead) and SYMBOL_RX.search(symbol_form(lead)))
        if not in_cell:
            return None
        day = valid_date(m.group("y"), m.group("m"), m.group("d"))
        return (m.group("place"), day, m.group("date"), "day") if day else None
    return None


# the place, one to four capitalised words, then the full date with no comma between, ending the line
_BARE_DATE = re.compile(rf"(?:^|(?<=\s))(?P<place>[{_UP}][{_LOW}]+(?: [{_UP}][{_LOW}]+){{0,3}}) (?P<date>ngày "
                        r"(?P<d>\d{1,2}) tháng (?P<m>\d{1,2}) năm (?P<y>(?:19|20)\d{2}))[\s.]*$")


# "<Place>, ngày" then no day: letters run into "ngày" or standing for the day ("ngàyA2", "ngày-2O", "ngày OF"), or a
# blank day before a "tháng" with debris run into it ("ngày thángế năm 2018", i o044), and the year after them on the
# line
_GARBLED_DATE = re.compile(rf"(?:^|(?<=\s))(?P<place>[{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+){{0,3}})\s*,\s*ngày"
                           rf"(?:[^\s\d]|\s*[-.]?\s*[{_UP}{_LOW}]{{1,2}}\d?\b|\s*\d[{_UP}a-z]|\s*tháng[^\s\d])"
                           r".{0,30}?năm\s*(?:19|20)\d{2}\b")
# (the day alone may be left blank, its month and year filled: "Đức Hợp, ngày ….. tháng 12 năm 2021", set os
# is_964cec57; the date stays unknown)
_BLANK_DATE = re.compile(rf"^(?P<place>[{_UP}][{_LOW}]*(?:\s+[{_UP}][{_LOW}]*){{0,3}})\s*,\s*ngày[\s._…]*tháng"
                         r"[\s._…]*(?:\d{1,2}[\s._…]*)?năm[\s._…]*(?:20)?(?:\d{2})?[\s._…]*$")


@lru_cache(maxsize=None)
def _council_heads() -> str:
    """The names of a People's Committee or Council that open a header block (``council_heads`` of issuers.json)."""
    return "|".join(re.escape(w) for w in tables.issuers()["council_heads"]["words"])


@lru_cache(maxsize=None)
def _bare_head_rx() -> re.Pattern[str]:
    """A line that is only a council's name ("ỦY BAN NHÂN DÂN"), never a whole issuer."""
    return re.compile(rf"^(?:{_council_heads()})$")


@lru_cache(maxsize=None)
def _committee_head_rx() -> re.Pattern[str]:
    """A line that opens with a council's name ("UBND THÀNH PHỐ HÀ NỘI"): the issuer's own block begins."""
    return re.compile(rf"^(?:{_council_heads()})\b")


def _motto_start(t: str, rest: list[str]) -> bool:
    """True when ``t`` is (the start of) the motto, also when a rendering wrapped its first
    word alone onto a line: "CỘNG" then "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG" then "CỘNG SẢN
    VIỆT NAM" (the crawl's site renderings; without this "Chính phủ cộng" became an issuer).
    Only a motto that starts the line counts, so "THỦ TƯỚNG CHÍNH PHỦ" stays an issuer line
    whatever follows it.

    >>> _motto_start("CỘNG", ["HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]), _motto_start("ĐẢNG", ["CỘNG SẢN VIỆT NAM"])
    (True, True)
    >>> _motto_start("THỦ TƯỚNG CHÍNH PHỦ", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    False
    """
    if _MOTTO.search(t):
        return True
    nxt = next((x for x in rest if x and not _SEPARATOR.match(x)), "")
    m = _MOTTO.search(f"{t} {nxt}")
    return bool(m and m.start() == 0 and len(t.split()) <= 2)


# the motto with its marks, and as a scan's OCR reads it when it lost or misread them ("ĐÁNG CỘNG SẢN VIỆT NAM",
# "CONG HOA XA HOI"): compared on the text without marks
_MARKED_MOTTO = motto.compiled("marked")
_UNMARKED_MOTTO = motto.compiled("unmarked")


def _motto_unmarked(texts: list[str]) -> bool:
    """True when the header's motto is found only once its marks are dropped: the scan's OCR misread them, and
    the issuer's words may be mended by their unmarked form (issuer.repair_header_line)."""
    flat = "\n".join(texts)
    # in capitals, as a header writes it: a basis clause naming "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam" is
    # no motto (j l_636fbdf2, a page that opens at its basis)
    return not _MARKED_MOTTO.search(flat) and bool(_UNMARKED_MOTTO.search(unmarked(flat)))


def _row_between_motto_lines(t: str, rest: list[str]) -> bool:
    """Whether an upper-case line stands between the motto's first line ``t`` and its second ("Độc lập - Tự do"):
    nothing of the motto's own column goes there, so it is the issuer column's next row, the header read row by row
    ("UBND TỈNH NINH THUẬN" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO" / "Độc lập - Tự do - Hạnh
    phúc", a flattened page whose breaks were restored, o io_b1751512).

    >>> _row_between_motto_lines("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Độc lập - Tự do"])
    True
    >>> _row_between_motto_lines("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ["Độc lập - Tự do - Hạnh phúc", "SỞ NỘI VỤ"])
    False
    """
    party = motto.compiled("party_whole").fullmatch(t)
    if not party and not motto.compiled("national_whole").fullmatch(t):
        return False
    rows = [x for x in rest if x and not _SEPARATOR.match(x)][:2]
    if len(rows) < 2 or not _is_upper(rows[0]) or _MOTTO.search(rows[0]) or _NUMBER_LINE.match(rows[0]):
        return False
    if party:
        # the party's motto has one line: the issuer's row after it is followed by the date or number row (the
        # block's star read as a separator): "TỈNH UỶ HÀ TĨNH" / "ĐẢNG CỘNG SẢN VIỆT NAM" / "BAN TUYÊN GIÁO" / "*" /
        # "Hà Tĩnh, ngày …", set op ip_01fc1bb6
        return not _kind_line_rx().match(rows[0]) and bool(_DATE.search(rows[1]) or _NUMBER_LINE.match(rows[1]))
    return bool(motto.compiled("second_line_start").match(rows[1]))


def _name_ends_country(t: str, above: list[str], last: str) -> bool:
    """Whether a line "VIỆT NAM" alone ends the issuer's name wrapped onto it rather than the motto's: it follows the
    block's own last line, not a motto line ("NGÂN HÀNG NHÀ NƯỚC" / "VIỆT NAM" / "-------" / "CỘNG HÒA XÃ HỘI CHỦ
    NGHĨA VIỆT NAM", set op ip_ef3861b3: the issuer was "Ngân hàng Nhà nước").

    >>> _name_ends_country("VIỆT NAM", ["NGÂN HÀNG NHÀ", "NƯỚC"], "NƯỚC")
    True
    >>> _name_ends_country("VIỆT NAM", ["UBND TỈNH AN GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"], "UBND TỈNH AN GIANG")
    False
    """
    if not re.fullmatch(r"VIỆT\s+NAM", t):
        return False
    prev = next((x for x in reversed(above) if x and not _SEPARATOR.match(x)), "")
    return prev == last and not _MOTTO.search(prev)


@lru_cache(maxsize=None)
def _draft_mark() -> re.Pattern[str]:
    """A draft's mark on a line of its own (``draft_mark`` of ``data/issuers.json``)."""
    return re.compile(tables.issuers()["draft_mark"]["pattern"])


def _issuer_block(header: list[Line], stop: int) -> list[str]:
    """Upper-case lines of the issuer block above the motto, number or type line."""
    block: list[str] = []
    ocr = _motto_unmarked([line.text for line in header[:stop]])
    texts = [_strip(_left_column(repair_header_line(line.text, unmarked=ocr), ocr=ocr)) for line in header[:stop]]
    for i, t in enumerate(texts):
        if not t or _SEPARATOR.match(t) or is_section_heading(t) or _draft_mark().fullmatch(t):
            continue  # (a draft's mark, "DỰ THẢO", is no body: o-open io_11600939 had the issuer "Dự thảo")
        if _PART_HEADING.match(t):
            break  # the body's first part ("I. MỤC ĐÍCH, YÊU CẦU", k_25154817 whose header block was cut off)
        if _BASIS_START.match(t) or _OPERATIVE.match(t):
            # the preamble has begun: its "QUYẾT ĐỊNH:" is no issuer (l m_6003c394, whose type line is run into its
            # number line: "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH …")
            break
        if block and _name_ends_country(t, texts[:i], block[-1]):
            block.append(t)
            continue
        if _motto_start(t, texts[i + 1:]) or _NUMBER_LINE.match(t) or _DATE.search(t) \
                or _kind_line_rx().match(t) or _misread_type_line(t):
            if block and not (len(block) == 1 and _bare_head_rx().match(block[0]) and _motto_start(t, texts[i + 1:])) \
                    and not _row_between_motto_lines(t, texts[i + 1:]):
                break
            # a bare "ỦY BAN NHÂN DÂN" is never a whole name: when the motto comes between it and its
            # place line, the two columns were read row by row (a header laid out with tabs or as
            # Markdown/HTML table rows: "ỦY BAN NHÂN DÂN⇥CỘNG HÒA …" / "TỈNH BÌNH DƯƠNG⇥Độc lập …")
            continue
        if _is_upper(t) and len(t) < 90 and not re.fullmatch(r"[\W\dX]*", t):
            # (the number of the page's list that holds the document is none of the name: "  1. UBND TỈNH NINH
            # THUẬN", a flattened page shown as an item, o io_b1751512)
            block.append(t if block else re.sub(r"^\d{1,2}\.\s+(?=\w)", "", t))
        elif block:
            break
    # a People's Council or Committee opens its own block: upper-case lines above it are page
    # furniture (a gazette's section heading "PHẦN VĂN BẢN KHÁC", a running title)
    first = next((i for i, t in enumerate(block) if _committee_head_rx().match(t)), None)
    if first and joint_issuer(block[first - 1:]):
        first -= 1  # the organ a joint block names above its bodies ("THƯỜNG TRỰC" / "HĐND - UBND TỈNH HÒA BÌNH")
    if first:
        block = block[first:]
    # a line written twice running is a stamp's echo, not two bodies: the signature stamp of a scan OCR'd above the
    # header, "BẠN CHẬP HÀNH TRUNG ƯƠNG ĐẢNG" / "BẠN CHÁP HÀNH TRÙNG ƯƠNG ĐẢNG." (i l_7b3cdca6, once mended)
    return [t for i, t in enumerate(block) if not i or t.strip(" .,;:") != block[i - 1].strip(" .,;:")]


def parse_document(lf: MappedText, lines: list[Line], lo: int, hi: int) -> DocInfo:
    """Read the identity of the document held in ``lines[lo:hi]``."""
    header = lines[lo:min(hi, lo + 90)]
    kind_rx = _kind_line_rx()
    kind = title = authority = None
    kind_k = None
    inline_title = None
    for k, line in enumerate(header):
        if _BASIS_START.match(line.text) or _BODY_START.match(_strip(line.text)):
            if kind_k is None and k > 3:
                break
        m = kind_rx.match(_strip(line.text))
        word = m.group(1) if m else _misread_type_line(_strip(line.text)) if k < 30 else None
        if word:
            kind = tables.kind_of_word().get(word.lower()) or word.capitalize()
            kind_k = k
            break
        m = _kind_title_rx().match(_strip(line.text)) or _kind_title_wrapped(header, k)
        if m and k < 30 and (any(_MOTTO.search(x.text) or _DATE.search(x.text) for x in header[:k])
                             or _noted_below([ln.text for ln in header[k + 1:k + 14]])):
            # "BÁO CÁO CÔNG TÁC TUẦN 02 …", "QUYẾT ĐỊNH VỀ VIỆC …": the type and the title on one line
            kind = tables.kind_of_word().get(m.group(1).lower()) or m.group(1).capitalize()
            kind_k, inline_title = k, m.group(2).strip()
            break
    kind = tables.type_line_kind(kind) if kind else kind
    symbol, number, _ = _number(header[: (kind_k + 1) if kind_k is not None else 45])
    if inline_title is not None and symbol and not re.fullmatch(PARTY, symbol) \
            and kind_from_symbol(symbol) not in (None, "Công văn", kind):
        # a title that opens with a type word ("KẾT LUẬN CỦA THỦ TƯỚNG …") under a symbol whose code names another
        # kind (288/TB-VPCP): the page dropped the type line ("THÔNG BÁO") and the code names the document (set or
        # ir_f725fded); the word is the title's
        kind, inline_title = kind_from_symbol(symbol), _strip(header[kind_k].text)
    if symbol is None and kind is not None and kind_k is not None:
        # a portal's lead sentence over the document it reproduces without a number line ("… vừa ký ban hành Nghị
        # quyết số 196/2025/QH15 …", then "## NGHỊ QUYẾT"): the symbol it announces for that kind is the document's.
        # The body is read from below that lead (its start skips a page's opening), so the few lines above count
        symbol, number, announced_on = _announced(kind, lines[max(0, lo - 4):lo + kind_k])
    else:
        announced_on = None
    symbol_above = symbol is None
    if symbol_above:
        symbol, number = _symbol_above(lines, lo)
    symbol_above = symbol_above and symbol is not None
    top = (kind_k + 1) if kind_k is not None else min(len(header), 30)
    place, date, date_text, precision = _date_line(header, top)
    if date is None and date_text is None and (passed := _passed_on(lines[lo:hi])):
        # no date line (a blank day stays blank: a draft, README): the day it was passed
        (date, date_text), precision = passed, "day"
    if date is None and date_text is None and announced_on:
        # nor a day it was passed: the day the lead sentence announcing its symbol says it was signed (y_7a402d0a)
        (date, date_text), precision = announced_on, "day"
    sign = _signature(lines[lo:hi])
    # a type read with its title on one line ("GIẤY PHÉP KHAI THÁC, SỬ DỤNG NƯỚC MẶT") is no line of the issuer block
    block = _issuer_block(header, kind_k if inline_title is not None else top)
    issuer = issuer_from_block(block, signing_body=sign[3]) if block else None
    if kind_k is not None:
        title, authority = _title(header[kind_k + 1:])
        if inline_title:
            title = f"{inline_title} {title}" if title else inline_title
    if issuer in party_organs() and organs_of_title(title):
        issuer = organs_of_title(title)  # "KẾT LUẬN CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ": both organs
    elif issuer in party_organs() and sign[3] is None and symbol:
        # no signature names the organ (the excerpt ends before it): the page names the document's authors by its
        # symbol ("Quy định số 97-QĐ/TW của Bộ Chính trị", o io_59e55d38)
        issuer = organs_naming(symbol, " ".join(ln.text for ln in lines[:hi])) or issuer
    if sign[3] is None:
        issuer = organ_enacting(issuer, lines[lo:hi])  # "Ban Bí thư quy định về …" under the shared header
    if issuer is not None and _broken(issuer):
        issuer = None  # a text layer that lost letters ("C N P Ủ" for CHÍNH PHỦ)
    # The issuer is the body of the header block, also when the authority line names its
    # chairman or standing committee ("CHỦ TỊCH ỦY BAN NHÂN DÂN …": GOLD.md, gold d033/o009)
    if issuer is None and authority:
        # its body, not its chairman: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU" → "UBND tỉnh Lai Châu" (k_50f7213d,
        # a draft without its header block)
        issuer = normalise_segment(_CHAIR_OF_COMMITTEE.sub("", authority))
    if issuer is not None and symbol:
        issuer = _completed_by_code(issuer, symbol)
    if issuer is None and symbol:
        issuer = issuer_of_code(symbol)
    if issuer is None and not block and title:
        issuer = _issuer_of_title(kind, title)
    if issuer is None:
        # a rendering without its header block (or whose block is not read): the enacting formula of its preamble
        # names who issues it ("Thủ tướng Chính phủ ban hành Quyết định quy định …", set f c_6f4888a0)
        issuer = _issuer_of_enacting(kind, lines[lo:hi])
    if issuer in _placeless():
        # a header block that lost its place line on the web page ("ỦY BAN NHÂN DÂN | CỘNG HÒA …"): the document
        # names the body elsewhere (set o-open, 9 of 31 documents)
        issuer = _placed(issuer, lines[:hi], lo, place) or issuer
    if issuer is not None and symbol:
        issuer = _department(issuer, symbol)
    blank = bool(symbol) and symbol[0] in "/-"
    if kind is None and _letter_line(header[:top], strict=True):
        # a Công văn has no type line: its "V/v …" summary names it, whatever its symbol's
        # code reads as elsewhere ("5348/CT-CS" of Cục Thuế is a letter, not a Chỉ thị); a
        # spelt-out "Về việc" also opens the titles of resolutions and decisions, so it only
        # decides below, when the symbol names no kind
        kind = "Công văn"
    if kind is None and symbol:
        numbered = "0" + symbol if blank else symbol
        kind = kind_from_symbol(numbered)
        if kind == "Công văn" and not _letter_line(header[:top]) and not re.fullmatch(PARTY, numbered):
            # an unknown code is a Công văn only with its "V/v" line (below); a party symbol names its kind by its
            # code alone, and "CV" is the party's letter ("Số -CV/ĐU" over a trích yếu without V/v, set bx)
            kind = None
    if kind is None and _letter_line(header[:top]):
        kind = "Công văn"
    if kind is None and _addressed_under_number(header[:top]):
        kind = "Công văn"
    if kind is None and symbol_above and any(ADDRESSEE.match(x.text) for x in header[:top]):
        # the number line kept alone above a letter's "Kính gửi:" (no type line): a letter, as one under a "Số" line
        kind = "Công văn"
    blank_code = symbol if blank else None
    if blank:
        symbol = None
    recipients = _recipients(lines[lo:hi])
    s = lf.to_source(lines[lo].start, lines[lo].start)[0]
    last = hi - 1
    while last > lo and lines[last].end == lines[last].start:
        last -= 1
    e = lf.to_source(lines[last].start, lines[last].end)[1] if lines[last].end > lines[last].start else s
    return DocInfo(kind, symbol, number, date, date_text, precision, issuer, False, place, title,
                   sign[0], sign[1], sign[2], tuple(recipients), (s, max(s, e)), number_blank=blank,
                   blank_code=blank_code)


@lru_cache(maxsize=None)
def _announced_rx() -> re.Pattern[str]:
    return re.compile(tables.load("signing")["announced"]["pattern"])


def _announced(kind: str, above: list[Line]) -> tuple[Optional[str], Optional[str], Optional[tuple[str, str]]]:
    """(symbol, number, (ISO date, its words) or None) a lead sentence above the type line announces for a document of
    ``kind`` (``announced`` of ``data/signing.json``: "Ngày 9/9/2025, … đã ký ban hành Nghị quyết số 05/2025/NQ-CP");
    (None, None, None) when none does."""
    import datetime as _dt

    for line in above:
        for m in _announced_rx().finditer(_strip(line.text)):
            if m.group("kind") == kind:
                symbol = canonical_symbol(m.group("symbol"))
                day = None
                if m.group("y"):
                    try:
                        day = (_dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat(),
                               m.group().split(",")[0])
                    except ValueError:
                        day = None
                return symbol, re.match(r"\d+", symbol).group().lstrip("0") or "0", day
    return None, None, None


@lru_cache(maxsize=None)
def _passed_rx() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(e["pattern"]) for e in tables.load("signing")["passed"])


def _passed_on(lines: list[Line]) -> Optional[tuple[str, str]]:
    """(ISO date, the sentence's words) of the day the document was passed ("Nghị quyết này được Quốc hội … thông
    qua ngày 19 tháng 02 năm 2025", ``passed`` of ``data/signing.json``); None when it states no real one."""
    import datetime as _dt

    # emphasis marks inside the sentence ("thông qua ngày 16 tháng** 6** năm 2025", a portal's rendering) are no words
    flat = re.sub(r"\s+", " ", " ".join(_strip(ln.text) for ln in lines).replace("*", ""))
    for rx in _passed_rx():
        for m in rx.finditer(flat):
            try:
                day = _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            return day.isoformat(), m.group()
    return None


@lru_cache(maxsize=None)
def _placeless() -> dict[str, str]:
    """The local bodies a header block may name without their place, by name: their written form (``placeless_bodies``
    of ``data/issuers.json``)."""
    return {e["name"]: e["written"] for e in tables.issuers()["placeless_bodies"]["bodies"]}


@lru_cache(maxsize=None)
def _level_alt() -> str:
    return "|".join(re.escape(w) for w in sorted(tables.issuers()["unit_words"], key=len, reverse=True))


def _placed(body: str, lines: list[Line], lo: int, place: Optional[str]) -> Optional[str]:
    """A placeless local body ("UBND") with the place the document itself gives it, most specific evidence first: the
    authority line of the same body above the Căn cứ ("HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH", its "KHÓA X …" aside);
    else the date line's place when it has its level word ("Thành phố Hồ Chí Minh, ngày …"); else that place with the
    one level word the page writes before it (the site's "Cơ quan ban hành | Tỉnh Bắc Ninh", a title's "… TỈNH BẮC
    NINH"); else, for a province's name, the level of the body's own act or its leader's ("UBND tỉnh xây dựng Kế
    hoạch …", "Phó Chủ tịch UBND tỉnh … có ý kiến như sau"). The level is never guessed: without it, None.

    >>> ls = [Line("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", 0, 0), Line("HỘI ĐỒNG NHÂN DÂN", 0, 0),
    ...       Line("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", 0, 0)]
    >>> _placed("UBND", ls, 0, "Quảng Trị"), _placed("HĐND", ls, 0, None)
    ('UBND tỉnh Quảng Trị', None)
    """
    written = _placeless()[body]
    level = rf"(?:{_level_alt()})"
    authority = re.compile(rf"{re.escape(written)}\s+{level.upper()}\s+\S.*?(?=\s+KHÓA\b|$)")
    for line in lines[lo:lo + 60]:
        t = _strip(line.text)
        if _BASIS_START.match(t) or _BODY_START.match(t):
            break
        m = authority.fullmatch(_CHAIR_OF_COMMITTEE.sub("", t.replace("UỶ", "ỦY"))) if t.isupper() else None
        if m:
            return normalise_segment(m.group())
    if not place:
        return None
    if re.match(rf"(?:{level.upper()}|TP\b\.?)\s", place.upper()):
        # the date line's place with its level word: "Thành phố Hồ Chí Minh, ngày …"
        return normalise_segment(f"{written} {place.upper()}")
    text = " ".join(ln.text for ln in lines)
    levels = {m.group(1).lower() for m in re.finditer(rf"(?<!\w)({level})\s+{re.escape(place)}(?!\w)", text, re.I)}
    if len(levels) == 1:
        return f"{body} {levels.pop()} {place}"
    if levels or place not in province_names():
        return None
    # the body's own act named by its level alone ("UBND tỉnh xây dựng Kế hoạch …"), under a date line that names a
    # province (a provincial document dated at its capital, "Nha Trang, ngày", is named by no such place)
    own = tables.issuers()["placeless_bodies"]["own_level"]
    forms = "|".join(map(re.escape, own["forms"][body]))
    verbs = "|".join(map(re.escape, own["verbs"]))
    levels = {m.group(1).lower() for m in re.finditer(rf"(?<!\w)(?:{forms})\s+({level})\s+(?:{verbs})\b", text)}
    # or its leader's opinion the letter conveys ("Phó Chủ tịch UBND tỉnh Lại Thanh Sơn có ý kiến như sau", o
    # io_2ef1cf42), his name between
    titles = "|".join(map(re.escape, own["leaders"]["titles"]))
    acts = "|".join(map(re.escape, own["leaders"]["acts"]))
    name = rf"(?:\s+[{_UP}][{_LOW}]*){{0,4}}"
    levels |= {m.group(1).lower()
               for m in re.finditer(rf"(?<!\w)(?:{titles})\s+(?:{forms})\s+({level}){name}\s+(?:{acts})\b", text)}
    return f"{body} {levels.pop()} {place}" if len(levels) == 1 else None


@lru_cache(maxsize=None)
def _department_codes() -> dict[str, str]:
    """The departments' symbol codes, by code (``department_codes`` of ``data/issuers.json``)."""
    return {e["code"]: e["name"] for e in tables.issuers()["department_codes"]["codes"]}


def _department(issuer: str, symbol: str) -> str:
    """The department whose code the symbol carries, under the place of a UBND that a header block read alone: a page
    that kept only the block's first line ("ỦY BAN NHÂN DÂN | CỘNG HÒA …" over "Số: 1557/SGDĐT-GDPT", set ou
    iu_130e06b6, iu_287516cb) lost the department's line, and a UBND never writes a department's code in its own
    symbols. A UBND without its place stays as it is: the department's place is not known either.

    >>> _department("UBND thành phố Hồ Chí Minh", "1557/SGDĐT-GDPT"), _department("UBND tỉnh Lào Cai", "12/UBND-VX")
    ('Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh', 'UBND tỉnh Lào Cai')
    """
    m = re.fullmatch(r"UBND (\S.*)", issuer)
    parts = re.split(r"[-/]", symbol)[1:]
    if not m or "UBND" in parts:
        return issuer
    name = next((_department_codes()[c] for c in parts if c in _department_codes()), None)
    return f"{name} {m.group(1)}" if name else issuer


def _broken(name: str) -> bool:
    """A name whose words lost letters in the text layer: two or more one-letter words ("C n p ủ")."""
    return sum(1 for w in name.split() if len(w) == 1 and w.isalpha()) >= 2


def _issuer_of_title(kind: Optional[str], title: str) -> Optional[str]:
    """The issuer a rendering without its header block names by its title (``data/issuers.json`` 'by_title'):
    "THÔNG BÁO / KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ …" is a notice of the Government Office."""
    t = re.sub(r"\s+", " ", title).strip().upper()
    return next((e["issuer"] for e in tables.issuers()["by_title"] if e["kind"] == kind and re.match(e["pattern"], t)),
                None)


@lru_cache(maxsize=None)
def _enacting() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], str]]]:
    t = tables.issuers()["enacting"]
    who = "|".join(f"(?:{a['pattern']})" for a in t["authorities"])
    return (re.compile(t["formula"].replace("{who}", who)),
            [(re.compile(a["pattern"] + r"$"), a["issuer"]) for a in t["authorities"]])


def _issuer_of_enacting(kind: Optional[str], lines: list[Line]) -> Optional[str]:
    """The issuer the enacting formula names ("Chính phủ ban hành Nghị định quy định …", ``enacting`` of
    ``data/issuers.json``), read at the start of a line of the preamble, before the first article, and only for the
    document's own kind when it is known. A paragraph whose authority wraps before "ban hành" ("*Bộ" / "trưởng Bộ
    Khoa học và Công nghệ ban hành Thông tư …", u_9172b78e; "Thống đốc Ngân hàng Nhà nước" / "Việt Nam ban hành Thông
    tư …", z_63e89f2c) is read with its next lines."""
    formula, authorities = _enacting()
    for i, line in enumerate(lines[:400]):
        t = _strip(line.text)
        if _ARTICLE_ONE.match(t):
            break
        m = formula.match(t)
        if not m and t and (i == 0 or not _strip(lines[i - 1].text)):
            nxt = [_strip(ln.text) for ln in lines[i + 1:i + 3]]
            nxt = nxt[:next((k for k, x in enumerate(nxt) if not x), len(nxt))]
            m = formula.match(" ".join([t] + nxt))
        if not m or (kind and m.group("kind") != kind):
            continue
        for rx, issuer in authorities:
            a = rx.match(m.group("who"))
            if a:
                return issuer.format(**a.groupdict())
    return None


@lru_cache(maxsize=None)
def _organ_enacting_rx() -> re.Pattern[str]:
    return re.compile(tables.issuers()["party_enacting"]["pattern"])


def organ_enacting(issuer: Optional[str], lines: list[Line]) -> Optional[str]:
    """The central organ that speaks in its own paragraph ("Ban Bí thư quy định về …", ``party_enacting`` of
    ``data/issuers.json``) for a document whose header block is the one the Central Committee shares with the
    Politburo and the Secretariat; any other issuer is returned as it is."""
    t = tables.issuers()["party_enacting"]
    if issuer != t["shared_by"]:
        return issuer
    for line in lines[:400]:
        m = _organ_enacting_rx().match(_strip(line.text))
        if m:
            return m.group("organ")
    return issuer


_ARTICLE_ONE = re.compile(rf"^(?:{OPERATIVE_OPENING}|Chương\s+I\b)")


def issuer_of_code(symbol: str) -> Optional[str]:
    """The issuer a symbol's last code names unambiguously (``47/2020/NĐ-CP`` → Chính phủ); a letter's symbol puts
    the issuer before its unit (``2739/VPCP-ĐMDN``, ``6087/BYT-KCB``: Công văn rendered without the header block, set
    n n_c1e67689, n_e12a508b).

    >>> issuer_of_code("47/2020/NĐ-CP"), issuer_of_code("6087/BYT-KCB"), issuer_of_code("12/QĐ-UBND")
    ('Chính phủ', 'Bộ Y tế', None)
    """
    codes = tables.issuers()["codes"]
    parts = re.split(r"[-/]", symbol)[1:]
    return next((codes[c] for c in reversed(parts) if c in codes), None)


def _completed_by_code(issuer: str, symbol: str) -> str:
    """The body the symbol's code names when the header block gave only the first words of its name: a site's header
    table that kept the issuer cell's first row and put the number's row where its second stood ("BỘ VĂN HOÁ, THỂ
    THAO | CỘNG HÒA …" / "Số: 274/CT-BVHTTDL | …", ov iv_73323fc2; "TỔNG LIÊN ĐOÀN LAO ĐỘNG | …" / "Số: 134/HD-TLĐ",
    ou iu_2c437b01). A whole name the code's body merely begins with differs from it by a word of its own, so is kept.

    >>> _completed_by_code("Bộ Văn hoá, Thể thao", "274/CT-BVHTTDL"), _completed_by_code("Bộ Y tế", "1/BYT-KCB")
    ('Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Y tế')
    """
    full = issuer_of_code(symbol)
    if full and fold_key(full).startswith(fold_key(issuer).rstrip(" ,") + " "):
        return full
    return issuer


# "V/v" may stand alone on its line with the summary below it (site renderings: "*V/v" /
# "thành lập Mạng lưới …", Công văn 11299/VPCP-KGVX)
# ("về việc …" in lower case under a party letter's number: "Số 2449 -CV/ĐU" / "về việc triển khai thực hiện …",
# l_a78bb8c6)
_LETTER = re.compile(r"^\s*(?:(?:V/v|V/V|v/v)\s*[:.]?\s*(?:\S|$)|[Vv]ề việc\s*[:.]?\s*\S)")
_LETTER_VV = re.compile(r"^\s*(?:V/v|V/V|v/v)\s*[:.]?\s*(?:\S|$)")


def _after_number(t: str) -> str:
    """What follows the symbol on a number line: the letter's summary when a flattened cell holds both ("| Số:
    648/VPCP-NN *V/v phê duyệt Đề án …* | *Hà Nội, ngày …* |", Công văn of Văn phòng Chính phủ rendered from Word)."""
    m = _NUMBER_LINE.match(t)
    rest = m.group("rest").split(None, 1) if m else []
    return _strip(rest[1]) if len(rest) > 1 else ""


def _letter_line(header: list[Line], *, strict: bool = False) -> bool:
    """Whether the header has a Công văn's "V/v …" summary line (``strict``: abbreviated
    "V/v" only, not a spelt-out "Về việc"), also right after the number in one cell."""
    rx = _LETTER_VV if strict else _LETTER
    return any(rx.match(_strip(x.text)) or rx.match(_after_number(_strip(x.text))) for x in header)


def _addressed_under_number(header: list[Line]) -> bool:
    """Whether a header without a type line has a number line (its number read or not) and, under it, a "Kính gửi:"
    line: a letter (vn-conventions §1.5: Tờ trình and Báo cáo, the other letters that address someone, have their type
    line), also when the scan's OCR garbled its "V/v" line ("Viv ding ký kho hàng …" under "Số: €2ŸÔ /CT-TTHT",
    j l_58ea45b2)."""
    number = next((k for k, x in enumerate(header) if GARBLED_NUMBER_LINE.match(_strip(x.text))
                   # (or its label alone, the number on the next line, as a page's cell wraps it: "Số:" /
                   # "1383/VPCP-KTN |", set or ir_827b059a)
                   or BARE_NUMBER_LABEL.fullmatch(_strip(x.text)) and k + 1 < len(header)
                   and SYMBOL_RX.match(symbol_form(_strip(header[k + 1].text)))), None)
    # (the addressee's label in a cell of its own, the colon left out: "Kính gửi |", ir_827b059a)
    return number is not None and any(ADDRESSEE.match(x.text) or ADDRESSEE_CELL.match(x.text)
                                      for x in header[number + 1:])




_KIND_TITLE: Optional[re.Pattern[str]] = None


def _kind_title_rx() -> re.Pattern[str]:
    """A type word in capitals followed by an upper-case title on the same line."""
    global _KIND_TITLE
    if _KIND_TITLE is None:
        words = tables.type_line_words()
        alt = "|".join(re.escape(w.upper()) for w in words)
        _KIND_TITLE = re.compile(rf"^[ \t*#]*({alt})\s+(?!SỐ\b)([{_UP}0-9][{_UP}0-9\s,()/.\-–]{{6,}})$")
    return _KIND_TITLE


def _kind_title_wrapped(header: list[Line], k: int) -> Optional[re.Match[str]]:
    """The type and its title on one line wrapped by a narrow cell after the title's first word, read with the next
    upper-case line ("QUY CHẾ LÀM" / "VIỆC" / "CỦA ỦY" / "BAN NHÂN DÂN XÃ XUÂN PHÚ …", a layout table flattened cell by
    cell, set op ip_05cd0385: kind None).

    >>> lines = [Line(t, 0, 0) for t in ("QUY CHẾ LÀM", "VIỆC", "CỦA ỦY")]
    >>> _kind_title_wrapped(lines, 0).group(1, 2)
    ('QUY CHẾ', 'LÀM VIỆC')
    >>> _kind_title_wrapped([Line("QUY", 0, 0), Line("ĐỊNH PHƯƠNG PHÁP XÁC ĐỊNH GIÁ DỊCH VỤ", 0, 0)], 0) is None
    True
    """
    first = _strip(header[k].text)
    if len(first.split()) > 4 or k + 1 >= len(header):
        return None
    nxt = _strip(header[k + 1].text)
    if not nxt or not _is_upper(nxt) or _MOTTO.search(nxt) or _NUMBER_LINE.match(nxt):
        return None
    m = _kind_title_rx().match(f"{first} {nxt}")
    # the type word whole on the first line, with the title's first word after it: "QUY" / "ĐỊNH PHƯƠNG PHÁP …" is a
    # title wrapped inside its type word (h_5c5bcda1's Thông tư), a blank line no type line at all
    return m if m and m.end(1) < len(first) - 1 else None


# A Công điện's authority line addresses its recipients: "THỦ TƯỚNG CHÍNH PHỦ điện:" (crawl c_043d969b, Công
# điện of 2025 rendered without its header); the word "điện" is not part of the authority
_CABLES = re.compile(r"\s+điện\s*:\s*$")


def _addressing(t: str) -> str:
    return _CABLES.sub("", t)


@lru_cache(maxsize=None)
def _authority_rx() -> re.Pattern[str]:
    """A line that opens with an authority's name or title (``authority_lines`` of ``data/signing.json``)."""
    words = "|".join(re.escape(w) for w in tables.load("signing")["authority_lines"]["words"])
    return re.compile(rf"^\s*(?:{words})\b")


@lru_cache(maxsize=None)
def _sign_title_rx() -> re.Pattern[str]:
    """A signer's title on a line of its own, a deputy's too ("PHÓ CHỦ TỊCH"; ``signer_titles`` of
    ``data/signing.json``)."""
    e = tables.load("signing")["signer_titles"]
    deputies = "|".join(re.escape(w) for w in e["deputies"])
    words = "|".join(re.escape(w) for w in e["words"])
    return re.compile(rf"^(?:(?:{deputies}) )?(?:{words})\b")


def _authority_wrapped(first: str, rest: list[Line]) -> str:
    """The authority line with its wrapped tail: a site rendering breaks a long one inside a word pair ("**TRƯỞNG BAN
    CHỈ ĐẠO QUỐC GIA VỀ PHÁT TRIỂN NGÀNH CÔNG" / "NGHIỆP BÁN DẪN**", p_e3ad5b1f); the tail is the next line when it
    follows at once, in capitals, opens nothing else (a basis clause, the enacting word, another authority) and a blank
    line ends it."""
    nxt = rest[0].text if rest else ""
    t = _addressing(_strip(nxt))
    if not t or not _is_upper(t) or len(t) > 60 or _BASIS_START.match(t) or _BODY_START.match(t) \
            or _SEPARATOR.match(t) or _kind_line_rx().match(t) or _authority_rx().match(t) \
            or (len(rest) > 1 and _strip(rest[1].text)):
        return first
    return f"{first} {t}"


def _title(after: list[Line]) -> tuple[Optional[str], Optional[str]]:
    """The summary lines after the type line, and the authority line that may follow them."""
    parts: list[str] = []
    authority = None
    blank_run = 0
    for i, line in enumerate(after[:16]):
        t = _addressing(_strip(line.text))
        if not t:
            blank_run += 1
            if parts and blank_run >= 3:
                break
            continue
        blank_run = 0
        if _SEPARATOR.match(t):
            if parts:
                break
            continue
        # a title wrapped after a comma or "VÀ" goes on, also onto an authority-looking line
        # ("KẾT LUẬN / CỦA BỘ CHÍNH TRỊ, / BAN BÍ THƯ / VỀ …", Kết luận 221-KL/TW)
        if parts and _authority_rx().match(t) and _is_upper(t) and not t.startswith("BAN HÀNH") \
                and not re.search(r"(?:,|\bVÀ)$", parts[-1].rstrip()):
            authority = _authority_wrapped(t, after[i + 1:])
            break
        if not parts and re.match(r"^(?:Triển khai|Thực hiện|TRIỂN KHAI|THỰC HIỆN)\b", t) \
                and not t.endswith((";", ":")):
            parts.append(t)  # "KẾ HOẠCH / Triển khai Kết luận số 91-KL/TU …" is the title itself
            continue
        if _BASIS_START.match(t) or _BODY_START.match(t) or t.startswith("(") or _ATTACHED.match(t):
            break
        if _NUMBER_LINE.match(t) and SYMBOL_RX.search(symbol_form(t)):
            break
        if parts and not _is_upper(t) and _is_upper(" ".join(parts)) and len(" ".join(parts)) > 20:
            break  # an upper-case title followed by body text
        parts.append(t)
        if len(parts) >= 8 or sum(map(len, parts)) > 500:
            break
    if authority is None:
        # the authority line right after the title (seed 000: "ỦY BAN NHÂN DÂN PHƯỜNG …")
        seen = 0
        for line in after[:30]:
            t = _addressing(_strip(line.text))
            if not t:
                continue
            seen += 1
            if _BASIS_START.match(t) or _BODY_START.match(t):
                break
            if seen > len(parts) and _authority_rx().match(t) and _is_upper(t):
                authority = t
                break
    title = re.sub(r"\s+", " ", " ".join(parts)).strip() or None
    return title, authority


def _signature(lines: list[Line]) -> tuple[Optional[str], Optional[str], Optional[str], Optional[str]]:
    """(signer, capacity, signer title, signing body) from the signature block."""
    texts = [_strip(ln.text) for ln in lines]
    n = len(texts)
    # the block sits beside the document's own "Nơi nhận" (the first one: annexes and forms
    # attached after it carry signature blocks of their own), before it or after it
    rec = next((k for k, t in enumerate(texts) if _RECIPIENTS.match(t)), None)
    candidates = list(range(n - 1, -1, -1))
    if rec is not None:
        candidates = sorted((k for k in candidates if rec - 40 <= k <= rec + 60), key=lambda k: (abs(k - rec), k))
    for k in candidates:
        m = _SIGN_PREFIX.match(texts[k])
        if not m or not _is_upper(m.group("rest") or "X"):
            continue
        cap = tables.capacity_of()[m.group("cap")]
        body = m.group("rest").strip()
        # "TM. ỦY BAN NHÂN" / "DÂN": the body may wrap onto the next line
        j = k + 1
        while j < n and texts[j] and _is_upper(texts[j]) and not _SIGN_PREFIX.match(texts[j]) \
                and not _sign_title_rx().match(texts[j]) and len(body) < 60:
            body = f"{body} {texts[j]}"
            j += 1
        name, title = _name_after(texts, j)
        # a second prefix ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH") gives the actual capacity
        for t in texts[k + 1:j + 3]:
            m2 = _SIGN_PREFIX.match(t)
            if m2:
                cap = tables.capacity_of()[m2.group("cap")]
        signing = body if tables.capacity_of()[m.group("cap")] == "TM." else None
        return name, cap, title, signing
    # no prefix: a title line ("THỦ TƯỚNG", "CHỦ TỊCH") followed by a name
    start = rec if rec is not None else max(0, n - 60)
    for k in range(start, n):
        if _sign_title_rx().match(texts[k]) and _is_upper(texts[k]):
            name, title = _name_after(texts, k)
            if name:
                return name, None, title, None
    return None, None, None, None


def _name_after(texts: list[str], j: int) -> tuple[Optional[str], Optional[str]]:
    titles: list[str] = []
    for t in texts[j:j + 8]:
        if not t or _SIGNED.match(t) or _SEPARATOR.match(t):
            continue
        if _SIGN_PREFIX.match(t):
            continue
        if _is_upper(t):
            titles.append(t)
            continue
        if _NAME.match(t):
            return t, (titles[-1] if titles else None)
        break
    return None, (titles[-1] if titles else None)


def _recipients(lines: list[Line]) -> list[str]:
    for k, line in enumerate(lines):
        t0 = _strip(line.text)
        m = _RECIPIENTS.match(t0)
        if not m:
            continue
        out: list[str] = []
        rest = t0[m.end():].strip()
        for ln in lines[k + 1:k + 60]:
            t = _strip(ln.text)
            if not t:
                continue
            if t.startswith(("-", "+", "•")):
                out.append(t.lstrip("-+• ").rstrip(";,. "))
            elif out and not _is_upper(t) and not _SIGN_PREFIX.match(t) and re.match(rf"[{_LOW}(]", t):
                out[-1] = f"{out[-1]} {t.rstrip(';,. ')}"  # a wrapped recipient line
            else:
                break
        if rest and not out:
            out.append(rest)
        return out
    return []
