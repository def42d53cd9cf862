"""Is a text an official document, and where does the document itself start and end?

Most pages of the crawl are news, Q&A and encyclopedia pages that merely cite
documents; they are reported as not documents, with a reason, instead of being
invented into one. A crawled document page carries site clutter (a metadata
block before the header; related-document lists and a privacy notice citing
Nghị định 13/2023/NĐ-CP after it) that is cut off here; the markers are in
``data/site_clutter.json``, and the block before the header is read by ``site_metadata``.

A text is a document when it has

- a header (national or Party motto, or a ``Số:`` line with a symbol) together
  with a type line, a symbol or the structure of a document; or
- a type line in capitals followed by the structure of a document (basis clauses
  naming documents, ``Điều 1.`` / ``QUYẾT ĐỊNH:``, ``Nơi nhận``, a signature
  block) — pages that kept the text but lost the header table; or
- a ``Kính gửi:`` letter with ``Nơi nhận`` and a signature block (a Công văn); or
- three kinds of evidence of an official text, wherever a damaged page kept them (the symbol alone on its line, a
  place-and-date line, a type or subject line, ``Kính gửi:``, basis clauses, ``Điều 1.``, ``Nơi nhận``, a signature
  block), on a page that is no Q&A or encyclopedia page; or
- an annex printed alone: its title, then a caption "(Ban hành kèm theo Quyết định số …)" naming the document it
  is attached to (``data/annex_captions.json``); a document whose own header is unknown.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

from cancu.loaders import motto, tables
from cancu.loaders.normalize import CAPITALS
from cancu.loaders.site_metadata import SiteMetadata, site_metadata

# the motto's first line (data/mottos.json), also split by a rendering's bold markers
_MOTTO = motto.compiled("first_line")
# the motto as OCR reads a scan whose header lost its marks ("CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM", "CONG HÒA XA HOI",
# Tổng cục Thuế letters of set j): matched in capitals on the text with every mark dropped (one letter for one,
# so offsets hold)
_BARE_MOTTO = motto.compiled("first_line_unmarked")
_PLACEHOLDER = re.compile(r"[.…]{3,}")
_BARE = str.maketrans({"Đ": "D", "đ": "d"} | {
    chr(i): unicodedata.normalize("NFD", chr(i))[0] for i in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
    if unicodedata.normalize("NFD", chr(i))[0].isascii() and unicodedata.normalize("NFD", chr(i))[0].isalpha()})
_NUMBER_LINE = re.compile(
    r"^[ \t*|#_]*Số[ \t]*(?::|\b)[ \t*]*(?:\n[ \t|*]*)?(?:\d{1,6}(?:\.\d+)?[ \t]*(?:/|-(?!\d+[ \t]*,))[ \t]*[\dA-ZĐ]"
    r"|[ .…_]*[/-][ \t]*[A-ZĐ][A-Za-zĐđ]{0,5}[-/][A-ZĐ])", re.M)  # a blank number: "Số: /KH-UBND", "Số -QĐ/TU"
_BASIS_CLAUSE = re.compile(
    rf"^[ \t*_\-+|]*(?:{tables.basis_verb_alternation()})\s+"
    r"(?:các\s+)?(?:Hiến pháp|Luật|Bộ luật|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kết luận|"
    r"Kế hoạch|Quy định|Quy chế|Điều lệ|Chương trình|Hướng dẫn|Công văn|Văn bản|Thông báo|Tờ trình|của)\b", re.M)
# The operative part's opening, one definition for every reader (classify, header, pipeline): its first article
# ("Điều 1.", "Điều1." as a text layer glues it, never "Điều 10") or the "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" line above it
FIRST_ARTICLE = r"Điều\s*1(?!\d)"
OPERATIVE_OPENING = rf"{FIRST_ARTICLE}|QUYẾT[ \t]+(?:ĐỊNH|NGHỊ)[ \t]*:"
_ARTICLE = re.compile(rf"^[ \t*_#|]*(?:{OPERATIVE_OPENING}|[IVX]+\.\s+\S)", re.M)
_RECIPIENTS = re.compile(r"^[ \t*_|]*Nơi\s+nhận\s*:?", re.M | re.I)
_UPPER = CAPITALS  # the Vietnamese capitals, one table for every reader
# "TM. ỦY BAN NHÂN DÂN": the body after the prefix starts with any Vietnamese capital
_SIGNATURE = re.compile(rf"^[ \t*_|]*(?:{tables.signing_prefix_alternation()})\s*[{_UPPER}]", re.M)
# a letter's addressee line "Kính gửi:" (also read by rendering.py)
ADDRESSEE = re.compile(r"^[ \t*_|]*Kính\s+gửi\s*:", re.M)
# the addressee label as a table cell of its own, its colon lost ("Kính gửi |", set or ir_827b059a)
ADDRESSEE_CELL = re.compile(r"[ \t*_|]*Kính\s+gửi[ \t*_]*(?:\||$)")
# a telegram's address line: "THỦ TƯỚNG CHÍNH PHỦ điện:" (a Công điện on a portal, without its header)
_TELEGRAM = re.compile(rf"^[ \t*_|]*[{_UPPER}][{_UPPER} ]{{4,80}}\s+(?:\*\*)?điện\s*:", re.M)
_WIKI = re.compile(r"\[sửa \| sửa mã nguồn\]|^\|\s*-{3,}\s*\|", re.M)
_QA = re.compile(r"^#\s.*\?\s*$|Căn cứ (?:theo|tại|vào)\s+(?:quy định tại\s+)?(?:điểm|khoản|Điều)\b", re.M)
# a basis clause of a blank form, dotted out where the document's name goes: "*Căn cứ Luật Đất đai ........ ;*",
# "Căn cứ …………………7……………;" (Q&A pages reproducing a decision's form, set q q_693f9469)
_DOTTED_BASIS = re.compile(
    rf"^[ \t*_]*(?:{tables.basis_verb_alternation()})[^\n.…]{{0,40}}(?:[.…]{{5,}}|…{{3,}})", re.M)


@lru_cache(maxsize=None)
def _kind_line() -> re.Pattern[str]:
    words = tables.type_line_words()
    alt = "|".join(re.escape(w.upper()) for w in words)
    return re.compile(rf"^[ \t*#_|]*(?:{alt})[ \t*_]*$", re.M)


@lru_cache(maxsize=None)
def _end_markers() -> list[re.Pattern[str]]:
    return [re.compile(p, re.M) for p in tables.load("site_clutter")["end_markers"]]


def _bare_motto(text: str, pos: int = 0) -> Optional[re.Match[str]]:
    """The national motto as OCR read it without its marks ("CONG HOA XÃ HOI")."""
    return _BARE_MOTTO.search(text.translate(_BARE), pos)


# "Số:" (OCR: "Số;") then a number, whether a reader can take it or not, before a symbol's code
GARBLED_NUMBER_LINE = re.compile(r"Số\s*[:;]\s*\S{0,8}\s*/\s*[A-ZĐ]")
# a number line whose cell holds the label alone: its blank number's code read after the motto's cell, a text layer
# that reads the header cell by cell ("VĂN PHÒNG CHÍNH PHỦ" / "Số:" / "CỘNG HÒA …" / "/TTr-VPCP", a draft's)
BARE_NUMBER_LABEL = re.compile(r"Số\s*[:;]?")


@lru_cache(maxsize=None)
def _letter_subject() -> re.Pattern[str]:
    return re.compile(tables.load("kinds")["letter_subject"]["pattern"])


def _subject_line_before(text: str, end: int) -> bool:
    """Whether a letter's subject line opens a line of ``text`` before ``end``."""
    return any(_letter_subject().match(line.strip(" |*-_#\t")) for line in text[:end].split("\n"))


def _subject_above(up: list[str], k: int) -> Optional[int]:
    """The index in ``up`` (the lines above the motto, nearest first) of a letter's subject line ("Về việc …", "V/v
    …") that line ``k`` is, or the wrapped subject ``k`` continues (at most two lines on), when an upper-case line
    (the issuer block, or its number) stands right above it: the issuer's column read before the motto's puts the
    subject between them (``letter_subject`` of ``data/kinds.json``)."""
    for j in range(k, min(k + 3, len(up))):
        if _letter_subject().match(up[j]):
            above = next((x for x in up[j + 1:] if x), "")
            return j if above.isupper() or re.match(r"Số\b", above) else None
        if not up[j]:
            return None
    return None


@lru_cache(maxsize=None)
def _header_lines() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The symbol alone on its line, the place-and-date line (``header_evidence`` of ``data/renderings.json``) and a
    letter's subject line, its kind word before it or not ("Công văn V/v …", "CÔNG VĂN Về việc …")."""
    t = tables.load("renderings")["header_evidence"]
    kinds = "|".join(re.escape(w) for k in tables.kinds() for w in (k["name"], k["name"].upper()))
    subject = re.compile(rf"^[ \t*_|#]*(?:(?:{kinds})[ \t]+)?(?:{_letter_subject().pattern})", re.M)
    return re.compile(t["symbol_line"]["pattern"], re.M), re.compile(t["place_date_line"]["pattern"], re.M), subject


def _header_line_before(text: str, floor: int, first: int) -> int:
    """Where the symbol line or the place-and-date line stands, within the 1,000 characters above ``first`` (a type
    line or an addressee), else ``first``: a page that lost the motto and the "Số:" label keeps these lines of its
    header above the text, and they are the document's."""
    lo = max(floor, first - 1000)
    found = [m.start() for rx in _header_lines()[:2] for m in [rx.search(text, lo, first)] if m]
    return min(found, default=first)


def _evidence(page: str) -> int:
    """How many kinds of evidence of an official text ``page`` carries (0–8), wherever the page puts them: the symbol
    alone on its line, a place-and-date line, a type line or a letter's subject line, "Kính gửi:", basis clauses
    naming documents, "Điều 1.", "Nơi nhận", a signature block. A page that damaged one part of the header (a text
    layer, an OCR without marks, a site that kept only the symbol's line) keeps the others; a page that quotes one
    document line (a symbol, a "Căn cứ" clause) has one or two of them."""
    head = page[:3000]
    symbol, date, subject = _header_lines()
    return sum((bool(symbol.search(head[:600])), bool(date.search(head)),
                bool(_kind_line().search(head) or subject.search(head)), bool(ADDRESSEE.search(head)),
                bool(_BASIS_CLAUSE.search(head)), bool(_ARTICLE.search(page)), bool(_RECIPIENTS.search(page)),
                bool(_SIGNATURE.search(page))))


def _back_over_issuer(text: str, first: int, floor: int) -> int:
    """Move ``first`` back over the upper-case issuer lines just above it."""
    lines_before = text[floor:first].split("\n")
    up = [line.strip(" |*-_#\t") for line in reversed(lines_before[:-1])]
    keep = 0
    while keep < len(up):
        t = up[keep]
        # (the number line between the issuer and the motto is the header's too when its number is no number: the
        # handwritten number of a scan, OCR'd "Số; //6# /GP-BTNMT" under "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", set i o044)
        if t and not (t.isupper() or re.fullmatch(r"[\W\d]*", t) or GARBLED_NUMBER_LINE.match(t)
                      or BARE_NUMBER_LABEL.fullmatch(t)):
            subject = _subject_above(up, keep)
            if subject is None:
                break
            keep = subject  # a letter's subject line, wrapped or not, under its issuer's block
        keep += 1
        if keep > 14:
            break
    start = floor + sum(len(ln) + 1 for ln in lines_before[: len(lines_before) - 1 - keep])
    return min(start, first)


@lru_cache(maxsize=None)
def _annex_phrases() -> tuple[tuple[str, ...], tuple[str, ...]]:
    t = tables.load("annex_captions")
    return tuple(e["phrase"].casefold() for e in t["captions"]), tuple(e["phrase"].casefold() for e in t["labels"])


def annex_caption(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """The span of the caption "(Ban hành kèm theo Quyết định số …/QĐ-UBND ngày …)" of an annex printed alone, when
    the text from ``start`` opens with the annex's title and then that caption (dev o026, o033), else None. Every line
    above the caption must be the title (capitals) or a label ("Phụ lục"): a header ("Số: …", the motto's second
    line) or a page's prose quoting "kèm theo Quyết định …" ends the search. Read with its marks: a scan whose OCR lost
    them ("(Kern theo _Sao coo s", i o023) lost its citations' dates and "Đ" too and reads no better as a document (as
    for the bare motto in :func:`classify`)."""
    captions, labels = _annex_phrases()
    pos, titles = start, 0
    for line in text[start:min(end, start + 2000)].split("\n")[:14]:
        t = line.strip(" \t*_#|>")
        b = t.casefold()
        if titles and b.startswith("(") and any(b[1:].lstrip(" *_").startswith(p) for p in captions):
            close = text.find(")", pos, min(end, pos + 400))
            return pos, (close + 1 if close != -1 else pos + len(line))
        if t and not (t.isupper() or b.rstrip(" .:ivxl0123456789") in labels):
            return None
        titles += bool(t)
        pos += len(line) + 1
    return None


def caption_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every annex caption "(Kèm theo Báo cáo số … )" between ``start`` and ``end``, to the end of the line that closes
    it: an annex printed alone may repeat its caption over each of its tables, each naming the parent."""
    captions = _annex_phrases()[0]
    spans, pos = [], start
    for line in text[start:end].split("\n"):
        b = line.strip(" \t*_#|>").casefold()
        if b.startswith("(") and any(b[1:].lstrip(" *_").startswith(p) for p in captions):
            # to the end of the line that closes it: the rest of that line is the caption's too
            close = text.find(")", pos, min(end, pos + len(line) + 400))
            stop = text.find("\n", close) if close != -1 else -1
            spans.append((pos, stop if stop != -1 else (end if close != -1 else pos + len(line))))
        pos += len(line) + 1
    return spans


def body_range(text: str, site: Optional[SiteMetadata] = None) -> tuple[int, int]:
    """The part of ``text`` that is the document (site clutter cut away); ``site``: the page's
    :func:`~cancu.loaders.site_metadata.site_metadata`, when the caller has read it already."""
    floor = (site or site_metadata(text)).end
    motto = _MOTTO.search(text, floor)
    if motto is None and ADDRESSEE.search(text, floor):
        motto = _bare_motto(text, floor)  # an OCR'd letter (see classify)
    anchors = [m.start() for m in (motto, _NUMBER_LINE.search(text, floor)) if m]
    kind = _kind_line().search(text, floor)
    start = floor
    if anchors:
        first = min(anchors)
        if kind and kind.start() < first and structure_parts(text[kind.start():first]) >= 2:
            first = kind.start()  # a document whose header comes after its text (rare)
        start = _back_over_issuer(text, first, floor)
    elif kind:
        start = _back_over_issuer(text, _header_line_before(text, floor, kind.start()), floor)
    else:
        m = ADDRESSEE.search(text, floor)
        if m:
            start = m.start()
    return start, body_end(text, start)


def body_end(text: str, start: int) -> int:
    """Where the document that starts at ``start`` ends: the first site-clutter marker after it."""
    end = len(text)
    for rx in _end_markers():
        m = rx.search(text, start + 1)
        if m and m.start() < end:
            end = m.start()
    return end


def structure_parts(body: str) -> int:
    """How many structural parts of a document the text has (0–4)."""
    return sum(bool(rx.search(body)) for rx in (_BASIS_CLAUSE, _ARTICLE, _RECIPIENTS, _SIGNATURE, _TELEGRAM))


def _assignment_fragment(body: str) -> bool:
    """``body`` is a portal's copy of a decision's operative items without its header, title or articles: it opens
    with a numbered assignment ("1. Giao Cục Kế hoạch - Tài chính:") over lettered items ("a) Chủ trì, …") —
    ``assignment_fragment`` in ``data/renderings.json`` (set a a_62ac6cb7)."""
    return re.match(tables.load("renderings")["assignment_fragment"]["pattern"], body) is not None


def classify(text: str, start: int, end: int, site: Optional[SiteMetadata] = None) -> Optional[str]:
    """None for an official document, else the reason it is not one; ``site`` as for :func:`body_range`."""
    body = text[start:end]
    head = body[:5000]
    has_motto = bool(_MOTTO.search(head))
    number = _NUMBER_LINE.search(head)
    # a form shown on a question-and-answer page: its number left blank, or its basis clauses dotted out (the number
    # line of q_693f9469, "Số: …. |", stands above the type line where the body starts)
    form = bool(_QA.search(text[:start])) and (
        (bool(number) and not re.search(r"\d", number.group())) or len(_DOTTED_BASIS.findall(body[:8000])) >= 2)
    if form:
        number = None  # a blank "Số: …/…" of a form template shown on a question-and-answer page
    kind = _kind_line().search(body[:8000])
    addressee = ADDRESSEE.search(head)
    if has_motto or number or kind or addressee:  # otherwise no need to look for the structure
        if (has_motto or number) and (kind or number or structure_parts(body) >= 1):
            return None
        if addressee and not has_motto and _bare_motto(head[:addressee.start()]) \
                and not _PLACEHOLDER.search(head, addressee.end(), addressee.end() + 80):
            # a letter under the motto, also when OCR lost the motto's marks: "CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM" …
            # "Kính gửi: Cục Thuế các tỉnh, thành phố …" (Tổng cục Thuế letters, l_cfaad6c6). The bare motto counts
            # only over a letter's addressee: a scan whose whole text lost its marks reads no better as a document
            # than as a page (its dates, "ngay 03/11/2014", and symbols are lost too); a form's "Kính gửi: ……(1)……"
            # addresses no one
            return None
        # (not the type line of that form: "Số: .../QĐ-UBND" over "QUYẾT ĐỊNH" and dotted-out articles on a Q&A page,
        # set p p_e76202c3, is a template, not a document)
        if kind and structure_parts(body) >= 2 and not _QA.search(body[: kind.start()]) and not form:
            return None
        if addressee and _RECIPIENTS.search(body) and _SIGNATURE.search(body):
            return None
        if has_motto and addressee and _subject_line_before(head, addressee.start()):
            # a letter under the motto, its subject line ("V/v …") above its addressee: a page that lost the
            # issuer's column, and the number with it (set or ir_55244127)
            return None
    site = site or site_metadata(text)
    meta = site.table
    if meta and meta.kind and meta.symbol and structure_parts(body) >= 1:
        return None  # a page's metadata table names the document above its text (l_ecd6ada6: "| Số hiệu | 159/NQ-CP |")
    if _assignment_fragment(body):
        return None  # a decision's operative items copied alone: "1. Giao Cục Kế hoạch - Tài chính:" over "a) …"
    wiki = _WIKI.search(text[:20000])
    if annex_caption(text, start, end) and not wiki:
        return None  # an annex printed alone, under its title and caption: official content without a header
    qa = not wiki and _QA.search(text[:20000])
    if not wiki and not qa and _evidence(text[max(site.end, start - 1000):end]) >= 3:
        # three kinds of evidence of an official text, whichever the page kept: "429/BVHTTDL-VHCS," / "Công văn V/v …"
        # / "Kính gửi: …" of a site that printed only the symbol's line of the header (or ir_26847d2f, ot
        # it_ef4f2510); "Thị trấn Chợ Chùa, ngày 10 tháng 03 năm 2014" / "Kính gửi:" / "Căn cứ …" under an OCR'd
        # header without marks (ot it_0e4c67f7); a date line, "KẾ HOẠCH", "Căn cứ Điều lệ …" under a Đội's header
        # (ou iu_c390ad19). Q&A pages quote documents (a form's type line, its Căn cứ clauses and articles) and
        # are left to the reasons below
        return None
    if wiki:
        return "an encyclopedia page (wiki markup, infobox), not an official document"
    if qa:
        return ("a question-and-answer or news article: it cites documents but has no document header "
                "(national motto, 'Số:' line, type line)")
    if has_motto:
        return "a header fragment without a document type line, number or body: not read as a document"
    return ("no document header: neither the national motto (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / "
            "ĐẢNG CỘNG SẢN VIỆT NAM), nor a 'Số:' line, nor a type line followed by basis clauses and "
            "articles; likely a news or reference page")
