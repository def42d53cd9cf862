"""The extraction pipeline: body → documents → identity → citations → basis → tasks.

Kept apart from the package ``__init__`` so ``cancu.loaders.read`` stays cheap to import.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from cancu.loaders import basis as basis_mod
from cancu.loaders import citations as cit
from cancu.loaders import header as hdr
from cancu.loaders import normalize, tables
from cancu.loaders.classify import ADDRESSEE, FIRST_ARTICLE, annex_caption, body_range, caption_spans, classify
from cancu.loaders.context import locality_of
from cancu.loaders.glue import unglue
from cancu.loaders.read import SourceText
from cancu.loaders.records import Citation, DocInfo, Extraction
from cancu.loaders.rendering import Rendering, find_rendering
from cancu.loaders.site_metadata import SiteFields, site_metadata
from cancu.loaders.text import MappedText


def _body_issuer(ref_text: str, symbol: str | None) -> str | None:
    """Issuer stated in the body when the header has none ("… Kế hoạch số 298/KH-UBND … của UBND thành phố
    Nha Trang")."""
    if symbol:
        m = re.search(re.escape(symbol) + r"\s*(?:,?\s*ngày\s*[\d/]+)?\s*của\s+((?:UBND|Ủy ban nhân dân|"
                                          r"HĐND)[^;,.()]{3,60}?)(?=[;,.()]|\s+về\b|$)", ref_text)
        if m:
            return m.group(1).strip()
    m = re.search(r"(?:^|[.:]\s)((?:UBND|Ủy ban nhân dân) (?:tỉnh|thành phố|phường|xã|huyện|quận) [A-ZĐ][\wà-ỹ]*(?: "
                  r"[A-ZĐ][\wà-ỹ]*){0,3}) (?:xây dựng|ban hành)", ref_text)
    return m.group(1) if m else None


def _opens_with_addressee(text: str, start: int) -> bool:
    """Whether the body's first words are a letter's "Kính gửi:" (site cells and emphasis before it aside)."""
    m = ADDRESSEE.search(text, start)
    return bool(m) and not re.sub(r"[\s*_|]", "", text[start:m.start()])


def _identity_from(r: Rendering, d: DocInfo) -> DocInfo:
    """A rendering's identity, as the page states it (metadata block, the issuing sentence), over the
    header reader's reading of a page that has no header."""
    number = re.match(r"\d+[a-z]?", r.symbol).group() if r.symbol and re.match(r"\d", r.symbol) else d.number
    # a party page that states no date: the header reader's date of a page without a header is a date the text
    # cites ("Kết luận số 121-KL/TW, ngày 24/01/2025" in Kết luận 127-KL/TW's opening), not the document's
    date = r.date or (None if r.how == "party_conclusion" else d.date)
    d = d if date or not d.date else replace(d, date_text=None)
    return replace(d, kind=r.kind or d.kind, symbol=r.symbol or d.symbol, number=number, date=date,
                   date_precision="day" if r.date else (d.date_precision if date else None),
                   issuer=r.issuer or d.issuer,
                   issuer_inferred=bool(r.issuer) or d.issuer_inferred)


def _fills_blank(symbol: Optional[str], code: Optional[str]) -> bool:
    """Whether the symbol a page states is the number of a "Số" line left blank: it ends with that line's code.

    An e-signed copy leaves its number blank ("Số -TB/ĐU"), the catalogue that publishes it states it ("so_hieu:
    17-TB/ĐU", README: the collector took it); a stated symbol of another code names another document.

    >>> _fills_blank("17-TB/ĐU", "-TB/ĐU"), _fills_blank("7-QĐ/ĐU", "-QĐ/ĐU"), _fills_blank("17-TB/ĐU", "-KL/ĐU")
    (True, True, False)
    """
    if not symbol or not code:
        return False
    return re.sub(r"^\d+[a-z]?", "", symbol).upper() == code.upper()


def _identity_from_site(m: SiteFields, d: DocInfo) -> DocInfo:
    """The page's metadata fills what the document's own header does not state; the header wins where it does."""
    symbol = d.symbol or (m.symbol if not d.number_blank or _fills_blank(m.symbol, d.blank_code) else None)
    number = re.match(r"\d+[a-z]?", symbol) if symbol and symbol != d.symbol else None
    # a text without a number or date line has no header block: upper-case lines read as its issuer are headings
    # ("QUYẾT NGHỊ", a table's "STT")
    # a date line whose day is blank stays blank (a copy signed before it was dated, README): a catalogue's date of
    # such a copy is often another one's (the meeting's, the directive's it implements: set bx)
    date = d.date or (None if d.date_text else m.date)
    take_issuer = m.issuer and (d.issuer is None or d.issuer_inferred or not (d.symbol or d.date))
    return replace(d, kind=d.kind or m.kind, symbol=symbol, number=number.group() if number else d.number,
                   date=date, date_precision=d.date_precision if d.date else ("day" if date else None),
                   issuer=m.issuer if take_issuer else d.issuer,
                   issuer_inferred=d.issuer_inferred and not take_issuer,
                   number_blank=d.number_blank and not symbol)  # the number the page states is its number (README)


_ANNEX_NOTE = re.compile(r"kèm theo\s*$", re.I)
_ANNEX_CAPTION = re.compile(r"\(\s*(?:ban hành\s+)?kèm theo\s*$", re.I)


@lru_cache(maxsize=None)
def _amended_attachment() -> re.Pattern[str]:
    """An amending verb earlier in an annex note's sentence (``amended_attachment`` of ``data/amending_laws.json``):
    the note names the document whose attachment is amended, not the one read."""
    return re.compile(tables.load("amending_laws")["amended_attachment"]["pattern"])


def _identity_from_annex(d: DocInfo, ref, mentions) -> DocInfo:
    """A document read without its header (a portal's rendering that starts at the title) is named by the note under
    the title of its annex or attached plan: "(Ban hành kèm theo Nghị quyết số 1339/NQ-UBTVQH15 ngày 28 tháng 12 năm
    2024 của Uỷ ban thường vụ Quốc hội)", "(Kèm theo Nghị quyết số 394/NQ-CP ngày 03 tháng 12 năm 2025 của Chính
    phủ)". Only a note of the document's own kind counts, or of any kind when the page states none (a Công văn
    rendered from "Kính gửi" on, its annex "(Kèm theo Công văn số 6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025 của Bộ Văn
    hóa, Thể thao và Du lịch)", p_c46a56a0). An annex's own caption, in brackets, comes first: an amending circular's
    article "Sửa đổi, bổ sung Phụ lục số 02 kèm theo Thông tư số 18/2024/TT-NHNN" names the document it amends, its
    annex's "(Ban hành kèm theo Thông tư số 45/2025/TT-NHNN ngày 19 tháng 11 năm 2025 …)" names itself (z_63e89f2c)."""
    captioned = [m for m in mentions if _ANNEX_CAPTION.search(ref.text[max(0, m.start - 40):m.start])]
    # a document whose attachment the text amends, anywhere, is not the one read (its other notes, "… theo Điều 5 Quy
    # chế … ban hành kèm theo Thông tư số 06/2024/TT-BGDĐT", name it too)
    amended = {m.symbol for m in mentions if m.symbol and m not in captioned
               and _ANNEX_NOTE.search(ref.text[max(0, m.start - 40):m.start])
               and _amended_attachment().search(ref.text[max(0, m.start - 400):m.start])}
    for m in captioned + [m for m in mentions if m not in captioned]:
        if not m.symbol or not m.kind or (d.kind and m.kind != d.kind):
            continue
        if not (_ANNEX_NOTE if d.kind else _ANNEX_CAPTION).search(ref.text[max(0, m.start - 40):m.start]):
            continue  # a page without a kind: only an annex's own caption "(Kèm theo …)", not "hồ sơ kèm theo …"
        if m not in captioned and m.symbol in amended:
            continue  # "sửa đổi … Quy chế … ban hành kèm theo Thông tư số 06/2024/TT-BGDĐT": amended (bf f_4a75b09a)
        number = re.match(r"\d+[a-z]?", m.symbol)
        return replace(d, kind=d.kind or m.kind, symbol=m.symbol, number=number.group() if number else d.number,
                       date=d.date or m.date,
                       date_precision=d.date_precision or ("day" if m.date else None),
                       issuer=d.issuer or m.issuer_as_written, issuer_inferred=d.issuer_inferred or d.issuer is None)
    return d


def run(st: SourceText) -> Extraction:
    text = st.text
    ex = Extraction(source=st.source, format=st.format, text=text, is_document=False)
    if st.layout is not None and st.layout.ocr is not None:
        ex.ocr = st.layout.ocr.to_dict()  # said whether or not the text reads as a document
    if st.restored is not None:
        ex.restored = dict(st.restored)
    site = site_metadata(text)  # read once: the body's start, the classifier and a rendering's identity use it
    start, end = body_range(text, site)
    reason = classify(text, start, end, site)
    if reason and not unicodedata.is_normalized("NFC", text):
        # a text saved with decomposed letters (base letter + combining marks, the header's too: "Số", "CỘNG HÒA") is
        # no page for it: the classifier reads it composed, and its range maps back to the text as read, which every
        # later reader normalises for itself
        composed = normalize.nfc(MappedText.from_source(text))
        c_site = site_metadata(composed.text)
        c_start, c_end = body_range(composed.text, c_site)
        if classify(composed.text, c_start, c_end, c_site) is None:
            (start, end), site, reason = composed.to_source(c_start, c_end), c_site, None
    rendering = None
    if reason:
        rendering = find_rendering(text, start, end, site)  # a page reproducing a document without its header
        if rendering is None:
            ex.reason = reason
            return ex
        start, end = rendering.start, rendering.end
    ex.is_document = True
    ex.is_original = rendering is None
    body = MappedText.from_source(text)
    lf = hdr.line_form(body)
    lines = hdr.split_lines(lf.text)
    # Lines inside the document body (site clutter excluded).
    first = next((i for i, ln in enumerate(lines) if lf.to_source(ln.start, ln.start)[0] >= start), 0)
    last = max(first + 1, sum(1 for ln in lines if lf.to_source(ln.start, ln.start)[0] < end))
    # a text layer that drops the space after composed vowels ("Căn cứChỉ thị số 46-CT/TW", set bx) is read with
    # the spaces a reader sees, so citations and their names are found (spans still index the text as read)
    ref = cit.reference_form(unglue(body))
    locality = locality_of(text[start:end])
    # an annex printed alone: its captions (one over each of its tables) name the parent document, neither this
    # file's identity nor a citation
    caption = annex_caption(text, start, end) if rendering is None else None
    parent = caption_spans(text, start, end) if caption else []
    mentions = [m for m in cit.find_mentions(ref)
                if start <= ref.to_source(m.start, m.end)[0] < end
                and not any(a <= ref.to_source(m.start, m.end)[0] < b for a, b in parent)]

    cuts = [first] + [first + i for i in hdr.find_attached_starts(lines[first:last])] + [last]
    docs = []
    for k in range(len(cuts) - 1):
        lo, hi = cuts[k], cuts[k + 1]
        d = hdr.parse_document(lf, lines, lo, hi)
        if d.issuer is None:
            d = replace(d, issuer=locality.resolve(_body_issuer(ref.text, d.symbol)),
                        issuer_inferred=True)
        if k == 0 and rendering is not None:
            d = _identity_from(rendering, d)
        if k == 0 and site.table is not None:
            d = _identity_from_site(site.table, d)
        if k == 0 and rendering is None and d.kind is None and site.block is not None and site.block.kind \
                and d.symbol and site.block.symbol == d.symbol:
            # a header that states no kind (a Công văn whose summary line reads "Về hướng dẫn …", no "V/v"): the
            # site's block above it names the same document by its symbol, and its kind (set l m_1e51d31c)
            d = replace(d, kind=site.block.kind)
        if k == 0 and rendering is None and d.date is None and site.block is not None and site.block.date \
                and d.symbol and site.block.symbol == d.symbol:
            # the same for a date line the header reader cannot take ("*Hà Nội ngày 01 / tháng 12 năm 2025*", its
            # comma left out: set n n_025b7ab6): the site's block names the document by its symbol, and its date
            d = replace(d, date=site.block.date, date_precision="day")
        if k == 0 and d.issuer is None and d.symbol:
            # a symbol the page states (a rendering's, its site's) and the header did not: its code names the issuer
            # when unambiguous (b c_ef38edfc, "Toàn văn Công văn 9671-CV/BTCTW" → Ban Tổ chức Trung ương)
            d = replace(d, issuer=hdr.issuer_of_code(d.symbol), issuer_inferred=True)
        if k > 0:
            d = replace(d, relation="issued_with", parent=0)
            if d.issuer is None and docs:
                d = replace(d, issuer=docs[0].issuer, issuer_inferred=True)
        docs.append(d)
    if docs[0].symbol is None and not docs[0].number_blank and caption is None:
        docs[0] = _identity_from_annex(docs[0], ref, [m for m in mentions if start <= ref.to_source(m.start, m.end)[0]
                                                     < end])
    if docs[0].kind is None and docs[0].symbol is None and caption is None and _opens_with_addressee(text, start):
        # a rendering that starts at "Kính gửi:" (no header block, no number, no V/v line) is a letter: a Công văn
        # (the golds of n_552ee4a3, p_01c41420, p_e1262cda)
        docs[0] = replace(docs[0], kind="Công văn")
    if caption is not None and docs[0].symbol is None:
        # the annex's own header is unknown: its title lines are not an issuer, the caption's number is the parent's;
        # the title lines are what names it ("DANH MỤC SẢN PHẨM/CÔNG VIỆC CHUNG …", office o033), so its label in the
        # graph and the explorer is that title rather than an IRI
        title = " ".join(ln.strip(" \t*_#|>") for ln in text[start:caption[0]].split("\n")).split()
        docs[0] = replace(docs[0], kind=None, number=None, date=None, date_text=None, date_precision=None, issuer=None,
                          issuer_inferred=False, title=" ".join(title) or None)
    ex.doc, ex.documents = docs[0], docs[1:]
    if docs[0].issuer and not docs[0].issuer_inferred:  # the header names where the document stands
        locality = locality_of(text[start:end], issuer=docs[0].issuer)
    own = {d.symbol for d in docs if d.symbol}
    ex.citations = [c for c in cit.collect(ref, mentions, resolve_issuer=locality.resolve, exclude_symbols=own)
                    if not cit.not_yet_issued(c, docs[0].date)
                    and not any(cit.self_without_year(c, d.symbol, d.date) for d in docs)]

    # Basis per document, on the reference form.
    def ref_pos(src: int) -> int:
        # first reference-form index whose source offset is >= src
        lo_i, hi_i = 0, len(ref.text)
        while lo_i < hi_i:
            mid = (lo_i + hi_i) // 2
            if ref.to_source(mid, mid + 1)[0] < src:
                lo_i = mid + 1
            else:
                hi_i = mid
        return lo_i

    for idx, d in enumerate(docs):
        r_lo, r_hi = ref_pos(d.span[0]), ref_pos(d.span[1])
        title_span = None
        if d.title:
            # the title as the reference form writes it: its length there, not as the header wrote it, ends the span
            # ("… “XANH- SẠCH- ĐẸP” TRONG NGÀNH Y TẾ" is two characters shorter there, set ot it_5b45fc41; measured
            # as written the span ran into the next line's "Thực hiện Chỉ thị 05-CT/TW …", whose verb was then read
            # as the title's own and its basis lost)
            written = cit.reference_form(MappedText.from_source(d.title)).text
            k = ref.text.find(written[:40], r_lo, r_hi)
            if k != -1 and ref.text.startswith(written, k):
                title_span = (k, k + len(written))
            else:
                k = ref.text.find(d.title[:40], r_lo, r_hi)
                if k != -1:
                    title_span = (k, k + len(d.title))
        elif d.kind == "Công văn":
            title_span = _letter_summary(ref.text, r_lo, r_hi)
        ex.basis.extend(basis_mod.find_basis(
            ref, [m for m in mentions if r_lo <= m.start < r_hi and (m.symbol not in own)],
            doc_index=idx, lo=r_lo, hi=r_hi, title=d.title, title_span=title_span,
            resolve_issuer=locality.resolve))
    # Proposers name the issuer of a Tờ trình that the citation itself leaves blank.
    proposers = {b.symbol: b.proposer for b in ex.basis if b.relation == "theo_de_nghi" and b.symbol}
    ex.citations = [replace(c, issuer=proposers[c.symbol]) if c.issuer is None and c.symbol in proposers
                    else c for c in ex.citations]
    # A basis entry takes what another mention of the same document states (date, issuer, kind).
    by_symbol = {c.symbol: c for c in ex.citations if c.symbol}
    filled = []
    for b in ex.basis:
        c = by_symbol.get(b.symbol) if b.symbol else None
        if c is not None:
            b = replace(b, date=b.date or c.date, issuer=b.issuer or c.issuer, kind=b.kind or c.kind,
                        title=b.title or c.title)
        filled.append(b)
    ex.basis = filled
    # A proposal clause's document whose number no citation pattern knows, read by the clause itself ("Trên cơ sở Đơn
    # đề nghị … số 0825-05/HW-TCHQ đề ngày 05/9/2025 của Công ty …", customs rulings of sets p, q, u, v): cited too
    named = {m.symbol for m in mentions if m.symbol}
    for b in ex.basis:
        if b.relation == "theo_de_nghi" and b.symbol and b.symbol not in named:
            named.add(b.symbol)
            ex.citations.append(Citation(b.kind, b.symbol, b.symbol, b.date, b.issuer, b.issuer, None, (b.span,)))
    _add_tasks(ex, body, docs, st.layout, (start, end))
    ex.doc, ex.documents = _kind_of_code(ex.doc), [_kind_of_code(d) for d in ex.documents]
    return ex


def _kind_of_code(d: DocInfo) -> DocInfo:
    """A consolidated text repeats the type line of the text it consolidates ("THÔNG TƯ" over "Số: 57/VBHN-BCT",
    v_03b27001; "QUYẾT ĐỊNH" over 92/VBHN-BQP, a_bdb63e95) but is itself a Văn bản hợp nhất, as its code says
    (``code_over_type_line`` of ``data/kinds.json``). Set once its tasks are read: they are read as the type line's
    kind, the text's articles being that text's."""
    kind = cit.kind_from_symbol(d.symbol) if d.symbol else None
    return replace(d, kind=kind, read_as=d.kind) if kind in tables.kinds_over_type_line() and kind != d.kind else d


_SUMMARY = re.compile(r"\bV/[vV]\s*[:.]?\s*")
_SUMMARY_END = re.compile(rf"gửi\s*:|(?<=\s)(?:{tables.clause_opener_alternation()})\b")


def _letter_summary(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """A letter's "V/v …" summary, which is its title: "V/v triển khai thực hiện Quyết định số 1074/QĐ-BXD ngày
    29/6/2026 của Bộ Xây dựng …" names what the letter carries out (gold l_b94040ce) as a decision's title does."""
    m = _SUMMARY.search(text, lo, min(hi, lo + 3000))
    if m is None:
        return None
    # it ends at the addressee ("Kính gửi:", OCR'd "gửi:") or at the opening of a clause ("Thực hiện Thông báo …")
    end = _SUMMARY_END.search(text, m.end(), min(hi, m.end() + 400))
    return m.end(), end.start() if end else min(hi, m.end() + 300)


def _task_kind(d: DocInfo, alone: bool = False, text: str = "") -> Optional[str]:
    """The kind that says how a document assigns work: a People's Council resolution with a year in its symbol
    ("57/2025/NQ-HĐND") is a normative one (``normative_symbols`` in ``data/task_prose.json``); so is a People's
    Committee decision with a year in its symbol ("84/2025/QĐ-UBND") when it is ``alone`` in its file, its own
    articles being the regulation (``normative_decisions``), and so is a decision or resolution alone in its file
    whose ``text`` opens its articles with its scope (``normative_scope``)."""
    kind = d.read_as or d.kind  # a consolidated text: read as the type line it repeats (``_kind_of_code``)
    prose = tables.load("task_prose")
    rule = prose["normative_symbols"]
    if kind == "Nghị quyết" and d.symbol and re.match(rule["pattern"], d.symbol):
        return rule["kind"]
    regulation = prose["normative_decisions"]  # both readings below give its kind: a regulation
    if alone and kind == "Quyết định" and d.symbol and re.match(regulation["pattern"], d.symbol) \
            and not _first_article(text, regulation["delegations"]["pattern"]):
        return regulation["kind"]  # (a delegation of powers is a plain decision: ``delegations``)
    if alone and kind in prose["normative_scope"]["kinds"] \
            and _first_article(text, prose["normative_scope"]["pattern"]):
        return regulation["kind"]
    rule = prose["business_addressees"]
    if alone and kind in (None, "Công văn") and _addressed_to(text, rule["pattern"]):
        return rule["kind"]
    return kind


def _addressed_to(text: str, pattern: str) -> bool:
    """The first "Kính gửi:" of ``text`` names, first, whom ``pattern`` matches (``business_addressees``)."""
    m = ADDRESSEE.search(text)
    return bool(m) and re.match(pattern, re.sub(r"[*_\s]+", " ", text[m.end():m.end() + 200]).strip(" -").casefold()) \
        is not None


def _first_article(text: str, pattern: str) -> bool:
    """The first article of ``text`` opens as ``pattern`` says: its scope ("Điều 1. Phạm vi điều chỉnh",
    ``normative_scope``), a delegation ("Điều 1. Ủy quyền …", ``normative_decisions`` ``delegations``); an "Điều 1"
    later on, an attached Quy định's, is not looked at."""
    first = re.search(rf"(?m)^[*_\s]*{FIRST_ARTICLE}", text)
    return bool(first) and re.match(pattern, text[first.start():first.start() + 200]) is not None



def _add_tasks(ex: Extraction, body: MappedText, docs, layout, span: tuple[int, int]) -> None:
    # imported here only to keep ``import cancu.loaders`` light; a failing import is a bug, not "no tasks"
    from cancu.loaders.tasks import extract_tasks

    tasks, targets = extract_tasks(body, layout=layout,
                                   kinds=[(d.span[0], _task_kind(d, len(docs) == 1, body.source[d.span[0]:d.span[1]]))
                                          for d in docs], body=span)

    def owner(span) -> int:
        idx = 0
        for i, d in enumerate(docs):
            if d.span[0] <= span[0]:
                idx = i
        return idx

    from cancu.loaders.tasks.subjects import own_body
    # "Trách nhiệm của Bộ trưởng" in a ministry's own Thông tư: its minister, so the ministry leads
    ex.tasks = [replace(t, doc_index=(i := owner(t.span)), lead=own_body(t.lead, docs[i].issuer if docs else None))
                for t in tasks]
    ex.targets = [replace(t, doc_index=owner(t.span)) for t in targets]
