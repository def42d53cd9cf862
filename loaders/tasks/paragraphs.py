"""Body paragraphs for the prose reader, from a structured layout or from flat text.

Prose assignments are read paragraph by paragraph, so a paragraph must be what the
author wrote as one, whatever the file kept of it:

- DOCX and HTML keep paragraphs: each layout paragraph is one;
- a PDF gives visual lines: a line starts a paragraph when it is indented past the
  page's left margin (the first-line indent of Vietnamese administrative style) — unless
  it sits under the text of a list item whose full line it goes on (Word's hanging
  indent) —, when the line before it stops short of the right margin, or when it opens
  with a list marker after a line that ends a sentence;
- flat text (Markdown crawl pages, pdftotext output) is soft-wrapped: a line goes on
  from the one above unless a blank line, a list marker or a label opens it.

Paragraphs inside tables, page headers, footnotes and text boxes are not body text.
Text is NFC with the character repairs of :func:`~cancu.loaders.normalize.normalize_chars`,
Markdown/HTML emphasis removed and whitespace collapsed; ``start``/``end`` are offsets
into the source text (what task spans index).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Optional

from cancu.loaders import tables
from cancu.loaders.normalize import normalize_chars
from cancu.loaders.text import MappedText

__all__ = ["Para", "layout_paragraphs", "text_paragraphs", "clean", "next_item_at", "topic_then_request", "UPPER",
           "LOWER"]

#: Latin capitals and small letters with Vietnamese diacritics, for regular-expression classes
#: ("À-Ỹ" spans both cases: the Latin Extended Additional block alternates them).
UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())
LOWER = "a-z" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).islower() and chr(c).isalpha())


@dataclass
class Para:
    text: str
    start: int
    end: int
    bold: bool = False
    #: the words set in bold at the paragraph's start when the rest is not ("**(1) Đảng uỷ Bộ
    #: Giáo dục và Đào tạo** chủ trì, …"): an agency heading run into its duty
    head: str = ""


# an article's number: "Điều 3." "Điều 3:" "Điều 3 Giao …"; "Điều 11 Nghị định số 186/2025/NĐ-CP …" at a line's start
# is a reference cut by the line break (crawl c2bf5a06388200a0), not an article; so is "Điều 1 chịu trách nhiệm thi
# hành Quyết định này./." (the execution clause of QĐ 798/QĐ-TTg, set k, wrapped after "… các thành viên quy định tại"):
# an article's words open with a capital
ARTICLE = (r"Điều\s+(\d{1,3}[a-z]?)(?:\s*[.:]\s*|\s+(?![a-zđà-ỹ])(?!(?:Nghị định|Luật|Bộ luật|Thông tư|Nghị quyết|"
           r"Quyết định|Pháp lệnh|Hiến pháp|của|này|khoản|điểm|và)(?![\wÀ-ỹ]))|\s*$)")
# the words of a chapter, section or part heading ("Chương III", "Mục 2", "PHẦN I"), shared with the outline
PART_WORDS = r"Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN"
# a list marker at the start of a line: "-", "+", "•", "1.", "1.2.", "a)", "(1)", "(i)", "II.", "Điều 3." (not a wrapped
# line that opens with the rest of a bracket: "1.16 )/Báo cáo chi tiết/…" after "(chức năng 8. 9.", set p p_f07fa9b8)
MARKER = re.compile(r"^\s*(?:[-•+–—*·●▪]\s|\d{1,2}(?:\.\d{1,2}){0,3}[.)]\s|\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\s(?![)\]])"
                    r"|\d{1,2}/\s+(?=[^\d\s])|[a-zđ][.)]\s|\(\s*(?:\d{1,2}|[a-zđ]|[ivx]{1,4})\s*\)\.?\s*|[IVXL]{1,5}(?:[.)]|\s?[-–])\s|"
                    + ARTICLE + ")")


_TAG = re.compile(r"(?i)</?(?:b|strong|i|em|u|span|p|div|li|ul|ol|br)\b[^>]*>")
_HEADING_MARK = re.compile(r"^\s*#{1,6}\s+")  # Markdown heading marks
# pandoc's Markdown escapes the punctuation that would read as Markdown: "1\. Chính phủ, Hội đồng nhân dân …"
# (an item number, a UBTVQH resolution of set k), "\- Các Bộ, ngành …"
_ESCAPE = re.compile(r"\\(?=[.()*_#+!\[\]-])")
_STAR = re.compile(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")  # *Đơn vị chủ trì: *Sở Nội vụ
_LONE_STAR = re.compile(r"(?<=\s)\*(?=\s)")
_SPACES = re.compile(r"\s+")


# text_paragraphs cleans each line, the line before it and the paragraph so far again and again (on the crawl's
# largest page, 17,721 lines: 78,654 calls on 18,420 distinct strings, ~45% of the reading of its paragraphs): a pure
# function of its string, remembered for the last 256 (the repeats are the lines just read: 20,577 computed where 4,096
# would compute 18,567; a server reading large texts keeps only a few paragraphs), with its patterns compiled once
@lru_cache(maxsize=256)
def clean(s: str) -> str:
    """Markup and spacing removed: "**1. Giao Sở Nội vụ**" → "1. Giao Sở Nội vụ"."""
    s = _TAG.sub(" ", s)
    s = _HEADING_MARK.sub("", s)
    s = _ESCAPE.sub("", s)
    s = s.replace("**", "").replace("__", "")
    s = _STAR.sub("", s)
    s = _LONE_STAR.sub("", s)
    return _SPACES.sub(" ", s).strip()


def _norm(s: str) -> str:
    return normalize_chars(MappedText.from_source(s)).text


def layout_paragraphs(layout, view: Optional[MappedText] = None) -> list[Para]:
    """The body paragraphs of a layout, in reading order (PDF lines joined into paragraphs). ``view``: the text the
    extractor reads, whose spaces between glued syllables each paragraph takes (:func:`_spaced_as`)."""
    from cancu.loaders.blocks import Paragraph

    body = [b for b in layout.blocks if isinstance(b, Paragraph) and b.role is None and b.text.strip()]
    if layout.format != "pdf":
        body = [part for b in body for part in _broken_lines(b)]
    if view is not None:
        body = [_spaced_as(b, view) for b in body]
    if layout.format != "pdf":
        return _marker_paragraphs_joined([Para(clean(_norm(p.text)), p.start, p.end, p.bold) for p in body])
    return _marker_paragraphs_joined(_pdf_paragraphs(body))


def _broken_lines(p) -> list:
    """The parts of a DOCX or HTML paragraph that its own line breaks set apart, each a paragraph with its offsets.

    A portal's editor writes a plan's section as one ``<p>`` of ``<br>``-broken lines, and Word's Shift+Enter does the
    same in a DOCX: "IV. TỔ CHỨC THỰC HIỆN" / "1. Sở Tư pháp" / "- Chủ trì rà soát …" in one paragraph read as one
    heading with no item under it. A line that opens with a list marker ("1.", "a)", "-", "Điều 3.") starts a part, as
    it starts a paragraph of flat text; any other break is a line wrapped by hand, and the words go on.
    """
    lines = p.text.split("\n")
    if len(lines) == 1:
        return [p]
    cuts = [0]
    pos = 0
    for k, line in enumerate(lines):
        if k and MARKER.match(clean(line)) and p.text[cuts[-1]:pos - 1].strip():
            cuts.append(pos)
        pos += len(line) + 1
    if len(cuts) == 1:
        return [p]
    ends = [c - 1 for c in cuts[1:]] + [len(p.text)]
    return [replace(p, text=p.text[a:b], start=p.start + a, end=p.start + b, numbering=p.numbering if not k else None)
            for k, (a, b) in enumerate(zip(cuts, ends))]


def _spaced_as(p, view: MappedText):
    """Paragraph ``p`` as ``view`` reads its words: the spaces :func:`~cancu.loaders.glue.unglue` and
    :func:`~cancu.loaders.glue.parted_at` put between glued syllables, and nothing else changed. Flat text is read from
    that view; a layout's paragraphs were read as the file writes them, so a glued name ran on into its verb in the
    Word file or PDF and not in the same words as text ("… các cấp cónhiệm vụ triển khai", set ot it_1c416567;
    "… Trung ươngbáo cáo về …", set ou iu_f525668b: the lead took the verb; "Kính gửi: BộCông Thương" over "BộCông
    Thương nghiên cứu giải quyết …", set o io_817328b1: no task)."""
    a, b = view.from_source_span(p.start, p.end)
    spaced = view.text[a:b]
    if spaced.count(" ") > p.text.count(" ") and "".join(spaced.split()) == "".join(_norm(p.text).split()):
        return replace(p, text=spaced)
    return p


# a list marker that can make a paragraph of its own, its item's words in the next: "-", "+", "1.", "2.2.", "a)", "II."
# (a chapter's or an article's number alone over its title, "Chương I" / "QUY ĐỊNH CHUNG", stays apart: office o040)
_BARE_MARKER = re.compile(r"[-–+•]|(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])\s*[.)]")


def _marker_paragraphs_joined(paras: list[Para]) -> list[Para]:
    """A paragraph that holds only a list marker opens the item the next paragraph writes, as a marker alone on its
    line does in flat text (:func:`text_paragraphs`): "1." then "Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên
    quan có trách nhiệm …", "-" then "Trường hợp chất lượng môi trường không khí bị ô nhiễm nghiêm trọng …" (fresh
    c_0fdb6c25, c_00caaa9c as DOCX and as PDF, the marker's line stopping short: the items lost their numbers, and
    the bullet's words their list)."""
    out: list[Para] = []
    for p in paras:
        prev = out[-1] if out else None
        if prev is not None and _BARE_MARKER.fullmatch(prev.text) and not _BARE_MARKER.fullmatch(p.text):
            out[-1] = Para(f"{prev.text} {p.text}", prev.start, p.end, p.bold, p.head)
        else:
            out.append(p)
    return out


def _pdf_paragraphs(lines) -> list[Para]:
    # per page: the left margin (the x0 most lines share) and the right margin (where full lines end)
    margins: dict[Optional[int], tuple[float, float]] = {}
    # the document's left margin: the leftmost start many lines share (the most common start can be the
    # first-line indent, in a document of short paragraphs)
    starts = Counter(round(p.x0) for p in lines if p.x0 is not None)
    shared = [x for x, n in starts.items() if n >= max(3, 0.05 * starts.total())]
    doc_left = min(shared) if shared else None
    ends = sorted(p.x1 for p in lines if p.x1 is not None)
    doc_right = ends[int(0.9 * (len(ends) - 1))] if ends else None
    for page in {p.page for p in lines}:
        on = [p for p in lines if p.page == page and p.x0 is not None]
        if not on:
            continue
        xs = sorted(round(p.x0) for p in on)
        left = max(set(xs), key=xs.count)
        at_doc_left = sum(abs(x - doc_left) <= 1 for x in xs) if doc_left is not None else 0
        if doc_left is not None and left > doc_left and (at_doc_left >= 2 or at_doc_left and doc_right is not None
                                                          and _no_full_line_at(on, left, doc_right)):
            # a page of short paragraphs starts most of its lines at their first-line indent: the document's
            # margin, where some of its lines start too, is its margin (page 9 of crawl m_0c0c2284 as a PDF: the
            # rest of an item over the page break read as a paragraph of its own, the task cut). On a last page
            # the list of recipients can set the most lines, none of them full: one line at the document's
            # margin then is its margin ("động và sự đồng thuận trong toàn Đảng bộ." over the page break, above
            # "Nơi nhận:" and its six items, set i l_a78bb8c6 as a Word-exported PDF: cut from its paragraph)
            left = doc_left
        right = sorted(p.x1 for p in on)[int(0.9 * (len(on) - 1))]
        margins[page] = (left, right)
    flush_at = _flush_items(lines, margins)
    out: list[Para] = []
    cur: list = []

    def flush() -> None:
        if cur:
            text = clean(" ".join(_norm(p.text) for p in cur))
            out.append(Para(text, cur[0].start, cur[-1].end, all(p.bold for p in cur)))
            cur.clear()

    for p in lines:
        # an item of a list that wraps at the margin: nothing set in under it is its text
        hangs = not cur or cur[0].x0 is None or not flush_at & {round(cur[0].x0) + d for d in (-1, 0, 1)}
        if cur and _starts_paragraph(cur[-1], p, margins, cur[0], hangs):
            flush()
        cur.append(p)
    flush()
    return out


def _no_full_line_at(on, left: float, right: float, size: float = 12.0) -> bool:
    """No line starting at ``left`` reaches the document's right margin (within two characters, as a justified
    line ends): a margin is where full lines start."""
    return not any(abs(p.x0 - left) <= 1 and p.x1 is not None and p.x1 >= right - 2 * size for p in on)


def _flush_items(lines, margins) -> set[int]:
    """Where (the marker's left edge, in whole points) the document's list items wrap back to the left margin and
    never under their text (Word's hanging indent).

    Evidence is a marked line that fills its line, followed by a line in lower case (its words going on, whatever the
    indent). Items set there indent only their first line, and a line set in after one of them is a paragraph's
    first-line indent, not the item going on: "- Sở Xây dựng các tỉnh, thành phố: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm
    Đồng." then "Triển khai chỉ đạo …" (a Công điện of Bộ Xây dựng, crawl c_538a7e1d as PDF: the lead-in read into
    the recipients, every task lost), "- Ra mắt AI pháp luật … trên địa bàn tỉnh." then "Đơn vị chủ trì tham mưu
    thực hiện: …" (a Kế hoạch of UBND tỉnh, crawl c_7d736b53 as PDF: the lead read into the task). Items set
    elsewhere keep their hanging indent (the recipients of crawl c_d83650c5, "- Thường trực Tỉnh ủy (Báo" / "cáo);",
    beside body items that wrap at the margin)."""
    size = 12.0
    flush: set[int] = set()
    hanging: set[int] = set()
    for a, b in zip(lines, lines[1:]):
        if a.page != b.page or a.x0 is None or b.x0 is None or a.page not in margins:
            continue
        left, right = margins[a.page]
        if not MARKER.match(a.text) or MARKER.match(b.text) or not b.text[:1].islower() or a.x1 < right - 2.5 * size:
            continue
        if abs(b.x0 - left) < 0.6 * size:
            flush.add(round(a.x0))
        elif _hanging(a, b, size):
            hanging.add(round(a.x0))
    return {x for x in flush if not hanging & {x - 1, x, x + 1}}


def _hanging(first, line, size: float) -> bool:
    """``line`` goes on under the text of a list item (Word's hanging indent): the item's first
    line opens with its marker at ``first.x0``, its wrapped lines start a little to the right,
    where the text after the marker starts."""
    return first is not None and first.x0 is not None and bool(MARKER.match(first.text)) \
        and not MARKER.match(line.text) and first.x0 + 0.3 * size < line.x0 <= first.x0 + 4 * size


def _centred_goes_on(prev, line, left: float, right: float, size: float) -> bool:
    """``line`` is the next line of a centred paragraph that ``prev`` wrapped: a document's subject under its type
    line, centred as every office sets it, wraps over two or three lines each set in on both sides.

    Each of them set in, each was read as a paragraph of its own, and a wrapped line that opens with a body's name
    became a task ("Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ" / "Tỉnh ủy về tăng
    cường sự lãnh đạo của Đảng …" / "khoáng sản trên địa bàn tỉnh Lào Cai", a Kế hoạch of UBND tỉnh Lào Cai as a
    Word-exported PDF: a task led by "Tỉnh ủy về"). ``prev`` was wrapped — set in, as wide as the text less a word or
    two (a centred line leaves its room on both sides), no sentence end — and ``line`` is centred between the margins
    and set in (a justified line that fills its line is centred too, but starts at the margin)."""
    if prev.x0 is None or prev.x1 is None or line.x1 is None or MARKER.match(line.text) \
            or not re.search(r"[^\W\d_]", line.text) or line.text.isupper() != prev.text.isupper():
        # a rule under the title, or the authority's line in capitals under a subject in lower case ("… thuộc thẩm
        # quyền giải quyết của Sở Nội vụ tỉnh Bà Rịa – Vũng Tàu" / "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", office o025):
        # the next element of the title block, centred too
        return False
    if line.text.lstrip().startswith("(") and prev.text.count("(") <= prev.text.count(")"):
        return False  # "(Kèm theo Quyết định số 06/2022/QĐ-UBND …)" under a regulation's title (office o028)
    centred = abs((line.x0 + line.x1) / 2 - (left + right) / 2) <= 0.25 * size
    wrapped = prev.x1 - prev.x0 >= right - left - 7 * size and not re.search(r"[.;:!?]\s*$", prev.text)
    return centred and wrapped and line.x0 > left + 0.6 * size and prev.x0 > left + 0.6 * size


def _starts_paragraph(prev, line, margins, first=None, hangs: bool = True) -> bool:
    """Whether a PDF line opens a new paragraph after ``prev`` (``first``: the paragraph's first line; ``hangs``:
    whether its list may wrap under its text, :func:`_flush_items`)."""
    if prev.x0 is None or line.x0 is None or line.page not in margins:
        return True
    left, right = margins[line.page]
    size = 12.0
    if line.page != prev.page:
        # a paragraph goes on over a page break when the last line was full and this one is not indented
        # (or sits under the text of the list item it goes on)
        _, pr = margins.get(prev.page, (left, right))
        return not (prev.x1 >= pr - 2 * size
                    and (abs(line.x0 - left) < 0.6 * size or hangs and _hanging(first, line, size)))
    if hangs and _hanging(first, line, size) and (prev.x1 >= right - 2.5 * size or (
            line.text[:1].islower() and not re.search(r"[.;:!?]\s*$", prev.text))):
        return False  # the wrapped text of a list item: a full line before it, or a sentence going on
    if _centred_goes_on(prev, line, left, right, size):
        return False
    if line.x0 > left + 0.6 * size:
        return True  # first-line indent, a centred line or a heading set in
    if _recipients_rx().match(line.text):
        # the list of recipients opens the closing block, whatever the line above: after a last sentence
        # justified to the margin it was read into it ("… nghiêm túc triển khai thực hiện." / "Nơi nhận:", the
        # Công văn of a party committee, set i l_a78bb8c6 as a Word-exported PDF)
        return True
    if prev.x1 < right - 2.5 * size:
        return True  # the line before stopped short: it ended its paragraph
    if first is not None and first.x0 is not None and MARKER.match(first.text) and line.x0 < first.x0 - 0.6 * size \
            and prev.x1 < right - size and re.search(r"[.;:!?]\s*$", prev.text):
        # a list item ended a sentence short of the margin, and the line under it starts left of the
        # item's marker: the paragraph after the list ("- Sở Xây dựng các tỉnh, thành phố: Gia Lai, Đắk
        # Lắk, Khánh Hòa, Lâm Đồng." then "Triển khai chỉ đạo …" of a Công điện of Bộ Xây dựng, crawl
        # c_538a7e1d as PDF). A justified line that wraps reaches the margin, however it is indented.
        return True
    if (MARKER.match(line.text) or _PART_LINE.match(line.text) or _BARE_MARKER.fullmatch(line.text.strip())) \
            and re.search(r"[.;:!?]\s*$", prev.text):
        # (a marker alone on its line, "… các văn bản quy phạm pháp luật liên quan." then "2." then "Kết hợp …", ends
        # the paragraph above as a marked line does: :func:`_marker_paragraphs_joined` gives it its words)
        return True
    if MARKER.match(line.text) and prev.x1 < right - size:
        # a numbered line under one that stopped short of the margin, even without a full stop: a
        # heading ends there ("I. Trách nhiệm phối hợp trong công tác thẩm định chủ trương đầu tư dự án"
        # then "1. Các cơ quan đăng ký đầu tư …" of a Chỉ thị of UBND tỉnh Đắk Lắk, crawl c_3ace1335 as
        # PDF); a justified line that wraps reaches the margin
        return True
    return False


# a chapter, section or part heading at the left margin after a sentence that ended on a full line
# ("… Liên hiệp các hội Khoa học và Kỹ thuật Việt Nam." / "Chương III" / "TỔ CHỨC THỰC HIỆN" of a
# Quy định exported to PDF, crawl c_0f154e9e): glued to that sentence, the chapter was lost and
# with it the implementation section whose articles assign work
_PART_LINE = re.compile(rf"^\s*(?:{PART_WORDS})\s+[IVXL\d]{{1,6}}\b")


_LABEL = re.compile(r"(?i)^(?:cơ quan|đơn vị|bộ phận|thời gian|thời hạn|tiến độ|sản phẩm|kết quả|nhiệm vụ|nội dung)"
                    r"[^:\n]{0,40}:")


@lru_cache(maxsize=None)
def _recipients_rx() -> re.Pattern[str]:
    # the list of recipients' words ("Nơi nhận") as a label: the word and its colon
    return re.compile(r"^\s*" + tables.recipients_alternation() + r"\s*:")


def merged_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted, overlapping ones merged."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _cell_lines(lines: list[str]) -> set[int]:
    """Lines inside thuvienphapluat table cells: a few lines between two "|" lines with no blank
    line between (the text after a table's last "|" is body text)."""
    out: set[int] = set()
    last_bar: Optional[int] = None
    for i, line in enumerate(lines):
        s = line.strip()
        if s == "|":
            # a short run between bars is a cell; a long one is a document body the site put in its
            # layout table (c_230317c8: the letter's whole body between two bars)
            if last_bar is not None and i - last_bar <= 5:
                out.update(range(last_bar + 1, i))
            last_bar = i
        elif not s:
            last_bar = None
    return out


def all_caps(s: str) -> bool:
    """Whether a line is written in capitals (six letters at least), as a heading is."""
    letters = re.sub(r"[^A-Za-zĐđÀ-ỹ]", "", s)
    return len(letters) >= 6 and letters == letters.upper()


def _caps_word(s: str) -> bool:
    """A line of capitals too short to tell a heading by itself ("ĐIỀU", "KIỂM"): letters, all upper case."""
    letters = re.sub(r"[^A-Za-zĐđÀ-ỹ]", "", s)
    return bool(letters) and letters == letters.upper() and not _LONE_MARKER.fullmatch(s)


# a marker that may stand alone on its line, its words on the next: "1." "II." "a)" "Điều 21." "Chương V"

# no printed page wraps a line this long (pdftotext writes ~100 characters, a two-column layout ~180): a line
# longer than this that closes a sentence is a paragraph of its own, written one per line by a web page, even when it
# is among the longest of its page and so reads as no short line ("…, Phó Thủ tướng Chính phủ Lê Văn Thành có ý kiến
# như sau." then "Bộ Kế hoạch và Đầu tư nghiên cứu kiến nghị …", set or ir_05737f72)
_UNWRAPPED = 200
_LONE_MARKER = re.compile(r"(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])\s*[.)]|Điều\s+\d{1,3}[a-z]?\s*[.:]?"
                          rf"|(?:{PART_WORDS})\s+[IVXL\d]{{1,6}}\s*[.:]?")


def text_paragraphs(t: MappedText, skip: Iterable[tuple[int, int]] = ()) -> list[Para]:
    """Paragraphs of flat text: split at blank lines, table rules ("|") and at lines opening a
    marker or a label; lines inside the ``skip`` spans (tables, in source offsets) are left out."""
    skip = merged_spans(skip)
    out: list[Para] = []
    cur: list[tuple[str, int]] = []
    lines = t.text.split("\n")
    filled = [x.strip() for x in lines if x.strip()]
    # pdftotext output with a blank line after every line: blank lines are no paragraph breaks
    lengths = sorted(len(x) for x in filled)
    width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 80
    # (Markdown with one paragraph per line has blank lines between long lines: those are paragraphs)
    double = sum(1 for a, b in zip(lines, lines[1:]) if a.strip() and not b.strip()) > 0.6 * max(1, len(filled)) \
        and width < 120

    def flush() -> None:
        if cur:
            raw = " ".join(x for x, _ in cur)
            s, _ = t.to_source(cur[0][1], cur[0][1])
            _, e = t.to_source(cur[-1][1] + len(cur[-1][0]), cur[-1][1] + len(cur[-1][0]))
            text = clean(raw)
            if text and text not in ("-", "–", "+", "•"):
                bold = raw.strip().startswith("**") and raw.strip().endswith("**")
                hm = re.match(r"\s*(?:[-+•]\s*)?\*\*(.+?)\*\*", raw)
                head = clean(hm.group(1)) if hm and not bold else ""
                if _LONE_MARKER.fullmatch(head):
                    head = ""  # "**1. **Sở Tài chính, Sở Xây dựng, …" (crawl c_3ace1335): only the number is bold
                out.append(Para(text, s, e, bold, head))
            cur.clear()

    def take(line: str, pos: int, cut: int) -> None:
        # a line that holds the end of one item and the start of the next (``cut`` > 0) ends this paragraph there
        if cut:
            cur.append((line[:cut], pos))
            flush()
            cur.append((line[cut:], pos + cut))
        else:
            cur.append((line, pos))

    starts = [a for a, _ in skip]

    def skipped(pos: int) -> bool:
        if not skip:
            return False
        src = t.to_source(pos, pos)[0]
        i = bisect_right(starts, src) - 1  # the spans are merged and sorted: only the last one before src
        return i >= 0 and src < skip[i][1]

    cells = _cell_lines(lines)
    gazette = page_furniture(lines)
    furniture = _page_break_numbers(lines) | _page_break_marks(lines) | gazette
    pos = 0
    for i, line in enumerate(lines):
        crumb = _breadcrumb_rx().match(line)
        if crumb:
            # a crawler's breadcrumb before a heading ("Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II.
            # NỘI DUNG HOẠT ĐỘNG"): the heading starts the line
            pos += crumb.end()
            line = line[crumb.end():]
        s = line.strip()
        plain = clean(s)
        if re.fullmatch(r"\d{1,3}", s) and line.lstrip(" \t").startswith("\f") or i in furniture:
            # pdftotext's page number, alone on the line after a form feed (Word's page number at the top
            # from page 2): page furniture inside a running sentence, not text
            pos += len(line) + 1
            continue
        if plain and annex_pointer(plain):
            # "(chi tiết Phụ lục 02 đính kèm)" alone under a list: it points to an annex, it is no item's text
            flush()
            pos += len(line) + 1
            continue
        if not s and double:
            pass
        elif width > 150 and cur and not double:
            # lines far longer than any wrap width: each line is a paragraph, except that a marker alone on its
            # line numbers the next one ("2.2." then "Tăng cường kiểm tra, thanh tra …", a thuvienphapluat
            # crawler's text of QĐ 435/QĐ-UBND of Kon Tum, set l), and that a sentence cut after its semicolon goes on
            # ("… chủ động xây dựng Kế hoạch triển khai thực hiện;" then "định kỳ hàng năm (trước ngày 15/11 …) báo
            # cáo kết quả …", same text)
            last = clean(cur[-1][0])
            lone = bool(_LONE_MARKER.fullmatch(clean(" ".join(x for x, _ in cur))))
            goes_on = bool(re.search(r";\W*$", last)) and not MARKER.match(last) or bool(re.match(rf"[{LOWER}]", plain))
            if not ((lone or goes_on) and plain and not MARKER.match(plain) and not _LABEL.match(plain)):
                flush()
            take(line, pos, _glued_first_subitem(clean(cur[0][0]) if cur else plain, line))
        elif s in ("-", "–", "+", "•") and not skipped(pos) and i not in cells:
            # a bullet alone on its line opens the paragraph the next line writes ("-" then "Nghiêm túc
            # thực hiện chế độ báo cáo …", crawl c_3f8b98fe)
            flush()
            cur.append((line, pos))
        elif not s and cur and not skipped(pos) and i not in cells \
                and _runs_on(lines, i, cur[-1][0], width, furniture, gazette):
            pass  # a sentence cut by a blank line or a page break goes on after it
        elif not s or plain in ("|", "") or set(s) <= set("|-: ") or skipped(pos) or i in cells:
            flush()
        else:
            prev = clean(cur[-1][0]) if cur else ""
            # a soft-wrapped paragraph ends at a short line closing a sentence
            # (an introduction "… có ý kiến như sau:" ends at its colon too)
            # (or at a line the next line's first word would have fitted on: "- Sở Xây dựng các tỉnh, thành
            # phố: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng." then "Triển khai chỉ đạo …", crawl a8e9e9675ab618ee)
            short = bool(cur) and len(cur[-1][0].strip()) < 0.88 * width or bool(cur) and \
                len(cur[-1][0].strip()) + 1 + len(plain.split()[0] if plain.split() else "") <= width \
                or bool(cur) and len(cur[-1][0].strip()) > _UNWRAPPED
            ended = (bool(re.search(r"(?:\bsau|sau đây|gồm|cụ thể)\s*:\W*$", prev))
                     or bool(re.search(r"[.;!?]\W*$", prev))
                     and (double or short)) \
                and bool(re.match(rf"\W*[{UPPER}0-9]", plain))
            # a bold heading line ("**1.1. Giao Sở Nông nghiệp và Môi trường**") ends at its closing mark
            ended = ended or bool(cur) and (cur[0][0].lstrip().startswith("**") and cur[-1][0].rstrip().endswith("**")
                              and not s.startswith("**"))
            # a title line in capitals stands alone ("IV. TỔ CHỨC THỰC HIỆN", "ỦY BAN NHÂN DÂN")
            # (not an acronym wrapped alone onto the line after a sentence's words: "… trên Hệ thống" then "QLVB&ĐH.",
            # the Quy chế of crawl c_a29c12f1; "… hướng dẫn của" then "UNESCO.")
            acronym = len(plain.split()) == 1 and bool(re.search(r"[a-zà-ỹđ]$", prev)) and not all_caps(prev)
            # (but a heading in capitals wrapped inside its bold run goes on: "**TỔ CHỨC THỰC" then "HIỆN**** **", the
            # chapter title of the Quy định of QĐ 80/2025/QĐ-UBND Bắc Ninh, set s s_4be61489: cut, the chapter no
            # longer read as the one organising the implementation; the bold opened and not yet closed)
            # (a first line shorter than six letters too, read with the rest of the title: "**ĐIỀU" then "KHOẢN THI
            # HÀNH**", the last chapter of NĐ 302/2025/NĐ-CP, set u u_f070c601; "**KIỂM" then "TRA HOẠT ĐỘNG**")
            wrapped_caps = bool(cur) and cur[0][0].lstrip().startswith("**") \
                and "".join(x for x, _ in cur).count("**") % 2 == 1 \
                and (all_caps(clean(cur[-1][0])) or _caps_word(clean(cur[-1][0])) and all_caps(f"{prev} {plain}")) \
                and plain == plain.upper() and not MARKER.match(plain)
            ended = ended or (all_caps(plain) and not acronym or bool(cur) and all_caps(clean(cur[-1][0]))) \
                and not wrapped_caps
            # pdftotext -layout keeps a paragraph's first-line indent: a sentence that ends at the end of a line and
            # a line set further in that opens with a capital start a new paragraph ("… của rừng trên địa bàn." then
            # "       Căn cứ nội dung chỉ đạo trên, yêu cầu các sở, ngành, …", a Lào Cai Công văn)
            # (so does one after a short line that ends no sentence: an agency heading "1. Công an tỉnh, các sở, …
            # và Ủy ban nhân dân" / "     các xã, phường" then "            Theo chức năng, nhiệm vụ, …", a Lào Cai
            # Công văn)
            # (a heading line far shorter than the text's lines, "       1. Công tác tuyên truyền, phổ biến" then
            # "      Tổ chức quán triệt, phổ biến …", is its own paragraph when the next line is set in too)
            ended = ended or bool(cur) and bool(re.match(rf"\W*[{UPPER}]", plain)) and (
                _indent(line) >= _indent(cur[-1][0]) + 4
                and (bool(re.search(r"[.;!?]\W*$", prev)) or len(cur[-1][0].strip()) < 0.6 * width)
                or _indent(line) >= 4 and len(cur[-1][0].strip()) < 0.6 * width)
            # a label opens a paragraph with a capital ("Cơ quan chủ trì: …"); "kết quả trực tiếp: …"
            # in lower case is the wrapped rest of "- Địa điểm tiếp nhận và trả"
            label = _LABEL.match(plain.lstrip("-•+– ")) and plain.lstrip("-•+– ")[:1].isupper()
            # a marker alone on its line ("**1." then "Các cơ quan đăng ký đầu tư (…):**", crawl c_3ace1335) numbers
            # the words on the next line, whatever they look like
            so_far = clean(" ".join(x for x, _ in cur)) if cur else ""
            lone = bool(cur) and bool(_LONE_MARKER.fullmatch(so_far))
            # "**Điều" then "10. Trách nhiệm của các sở, …**" (crawl c_0f154e9e): the word and its number were
            # wrapped apart; the number goes on the article's line, it opens no numbered item
            split_article = so_far == "Điều" and bool(re.match(r"\d{1,3}[a-z]?\s*[.:]", plain))
            # "… phối hợp tổ chức chính trị" then "- xã hội tại địa phương …" (crawl c_8f3b61eb; "… phát triển kinh tế"
            # then "- xã hội của tỉnh."): a compound's dash wrapped to the line start, the words go on in lower case
            compound = bool(cur) and s.startswith("- ") and s[2:3].islower() and prev[-1:].islower()
            # a numbered topic heading wrapped and closed by its colon ("2. Về lĩnh vực Văn hóa - Xã" / "hội:") ends
            # before the line in capitals under it ("Chỉ đạo Sở Văn hóa, Thể thao và Du lịch chủ động …", an HĐND
            # resolution on a question session, set k k_370e4f5b): the topic is no part of the duty's text
            topic = bool(cur) and prev.endswith(":") and len(so_far) <= 120 and _topic_heading(so_far) \
                and bool(re.match(rf"\W*[{UPPER}]", plain))
            # a marker alone on its line after a closed sentence ("1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai
            # thực hiện Nghị quyết." then "2." then "Giao Thường trực Hội đồng nhân dân tỉnh, …", crawl
            # d5f01e57dbf5a890, NQ 22/2025/NQ-HĐND Vĩnh Long) opens the next item (not after "… tại
            # khoản 3 Điều" then "2.": a reference wrapped before its number)
            marker_line = bool(_LONE_MARKER.fullmatch(plain)) and bool(re.search(r"[.;:!?]\W*$", prev))
            # a short line that only names bodies and ends with ";" shares the verb of the next line with the bodies
            # that line opens with ("2. Sở Văn hoá, Thể thao và Du lịch;" then "UBND các xã, phường niêm yết công khai
            # …", QĐ công bố TTHC of UBND tỉnh, set u u_23707bd2): one sentence, its first lead was dropped
            if ended and prev.endswith(";") and not double and _shares_next_verb(so_far, plain):
                ended = False
            if cur and not compound and not (lone and not MARKER.match(plain)) and not split_article and (
                    ended or topic or MARKER.match(plain) or marker_line or label or topic_then_request(so_far, plain)
                    or re.match(r"^\s*\*\*\s*(?:\d|[a-zđ]\)|[IVX]+\.|Điều)", line)):
                flush()
            # "d)" … "những đơn vị, chiến sĩ vi phạm pháp luật về phòng cháy, chữa cháy rừng. đ) Lực" (crawl
            # c_95ce1d1f): the next lettered item run into this one's last line opens a paragraph of its own
            # "1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện" … "… không để xảy ra tiêu cực.2. Giao Thường" (the
            # execution article of an HĐND resolution, set x x_7f912dba): the next numbered item glued after a full stop
            first = clean(cur[0][0]) if cur else plain
            take(line, pos, next_item_at(first, line))
        pos += len(line) + 1
    flush()
    return out


def _shares_next_verb(so_far: str, line: str) -> bool:
    """Whether ``so_far`` (a paragraph's text, maybe numbered) only names bodies and closes with ";" while ``line``
    opens with bodies and their verb: "2. Sở Văn hoá, Thể thao và Du lịch;" / "UBND các xã, phường niêm yết công khai
    nội dung TTHC …" is one duty of both (not "Sở Tài chính;" / "Sở Xây dựng;" of a list of recipients: no verb)."""
    from cancu.loaders.tasks.assign import start_rx
    from cancu.loaders.tasks.subjects import agencies, subject

    m = MARKER.match(so_far)
    names = so_far[m.end():] if m else so_far
    names = names.strip().rstrip(";").strip()
    if not names or len(names) > 120 or ";" in names or not start_rx().match(names) or not start_rx().match(line):
        return False
    s = subject(names)
    if s is not None and names[s.end:].strip(" .:;*"):
        return False  # a verb of its own: its own sentence
    if not agencies(names):
        return False
    after = subject(line)
    return after is not None and not after.heading and not after.request and after.start == 0


# a page number printed in the middle of the line (pdftotext -layout keeps its indent), the page break
# itself written as a blank line
_CENTRED_NUMBER = re.compile(r"[ \t]{20,}\d{1,3}[ \t]*")


def _page_break_numbers(lines: list[str]) -> set[int]:
    """Lines of a page break when the text has no form feed: the page number alone, far indented, then a
    blank line. The number is no text ("… có liên quan." / "   2" / "" / "b) Chủ trì, …": before, "… có liên
    quan. 2"); when the sentence goes on in lower case after it ("… trong hoạt động sản xuất, kinh" / "   4" /
    "" / "doanh vật liệu xây dựng …", a Lào Cai Công văn as pdftotext text) the blank lines are no paragraph
    break either. A number followed by its text on the next line is left alone (a list's or a table's
    number)."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if not _CENTRED_NUMBER.fullmatch(line) or i + 1 >= len(lines) or lines[i + 1].strip():
            continue
        out.add(i)
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j < len(lines) and re.match(rf"[{LOWER}]+(?:[\s,;.]|$)", lines[j].strip()):
            out.update(range(i, j))
    return out


# the line an OCR pipeline writes between pages ("--- PAGE BREAK ---", text of GitHub repositories in set j)
_PAGE_BREAK_LINE = re.compile(r"-{2,}\s*PAGE\s+BREAK\s*-{2,}")


def _page_break_marks(lines: list[str]) -> set[int]:
    """The written page breaks and the page number alone before one ("2" / "" / "--- PAGE BREAK ---"): page
    furniture, no text."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if not _PAGE_BREAK_LINE.fullmatch(line.strip()):
            continue
        out.add(i)
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        if j >= 0 and re.fullmatch(r"\d{1,3}", lines[j].strip()):
            out.add(j)
    return out


def _runs_on(lines: list[str], i: int, last: str, width: int, furniture: set[int],
             breaks: set[int] = frozenset()) -> bool:
    """Whether the blank line ``i`` falls inside a sentence: the line before it, a wrapped line of the
    paragraph (long, no sentence end), goes on after the blank lines and the page furniture in lower case
    ("… gia hạn nộp thuế và tiền thuê" / "" / "đất cho đối tượng …"), or in any case after a written page
    break ("… báo cáo Thủ tướng" / "2" / "--- PAGE BREAK ---" / "Chính phủ trong tháng 3 năm 2019.", an OCR'd
    Prime Minister directive of set j) or a gazette's running head (``breaks``: :func:`page_furniture`)."""
    prev = clean(last)
    if not prev or re.search(r"[.;:!?…]\W*$", prev) or all_caps(prev) or len(last.strip()) < 0.6 * width:
        return False
    k, broke = i, False
    while k >= 0 and (not lines[k].strip() or k in furniture):  # the blank lines after the break see it too
        broke = broke or k in breaks or bool(_PAGE_BREAK_LINE.fullmatch(lines[k].strip()))
        k -= 1
    j = i
    while j < len(lines) and (not lines[j].strip() or j in furniture):
        broke = broke or j in breaks or bool(_PAGE_BREAK_LINE.fullmatch(lines[j].strip()))
        j += 1
    if j >= len(lines):
        return False
    nxt = clean(lines[j])
    if not nxt or MARKER.match(nxt) or _LONE_MARKER.match(nxt) or _LABEL.match(nxt) or all_caps(nxt):
        return False  # (a marker alone on its line, "a)", opens an item whatever follows)
    if re.match(rf"[{LOWER}]+(?:[\s,;]|$)", nxt):
        return True
    return broke and len(last.strip()) >= 0.8 * width and bool(re.match(rf"[{UPPER}]", nxt))


@lru_cache(maxsize=None)
def _furniture_rules() -> list[tuple[re.Pattern[str], bool, Optional[re.Pattern[str]]]]:
    return [(re.compile(e["pattern"]), bool(e.get("page_number")), re.compile(e["fields"]) if e.get("fields") else None)
            for e in tables.load("task_prose")["page_furniture"]]


def page_furniture(lines: list[str]) -> set[int]:
    """The lines a gazette prints on its pages around the text (``page_furniture`` in ``data/task_prose.json``): its
    running head and the page number alone next to it ("CÔNG BÁO/Số 242/Ngày 22-04-2026" / "51"), and the digital
    signature stamp with its field lines ("Ký bởi: CÔNG BÁO …" / "Cơ quan: VĂN PHÒNG CHÍNH PHỦ" / "Ngày ký: …"). They
    fall inside sentences and lists of the pdftotext text; they are no text, and the sentence goes on after them."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        for rx, numbered, fields in _furniture_rules():
            if not rx.match(line):
                continue
            out.add(i)
            if numbered:
                # (the number on the line after the head, or else on the line before it)
                out.update([k for k in (i + 1, i - 1) if 0 <= k < len(lines)
                            and re.fullmatch(r"[\s\f]*\d{1,4}\s*", lines[k])][:1])
            k = i + 1
            while fields is not None and k < len(lines) and fields.match(lines[k]):
                out.add(k)
                k += 1
            break
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


@lru_cache(maxsize=None)
def _annex_pointer_rx() -> re.Pattern[str]:
    return re.compile(tables.load("task_prose")["annex_pointers"]["pattern"], re.I)


def annex_pointer(line: str) -> bool:
    """Whether a whole line only points to an annex for the details ("(chi tiết Phụ lục 02 đính kèm)";
    ``annex_pointers`` in ``data/task_prose.json``)."""
    return bool(_annex_pointer_rx().match(clean(line).strip("*_ ")))


@lru_cache(maxsize=None)
def _topic_request_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    t = tables.load("task_prose")
    words = "|".join(re.escape(w) for e in t["requests"] for w in e["words"])
    topics = "|".join(f"(?:{e['pattern']})" for e in t["topic_headings"])
    return re.compile(rf"^(?:{words})\s+(?:[{UPPER}]|các\s)"), re.compile(topics, re.I)


def topic_then_request(so_far: str, line: str) -> bool:
    """Whether ``line`` opens a request ("Đề nghị Thuế tỉnh Ninh Bình căn cứ …", ``requests`` in
    ``data/task_prose.json``, capitalised) under a numbered topic heading wrapped onto the lines before it ("1. Về
    thuế giá trị gia" / "tăng", ``topic_headings``): a reply letter's heading, then its request as a paragraph of its
    own, not the heading's words run on (crawl 6306120a4293b6e3, 795cf006dc2c6b76: Cục Thuế letters, 2025)."""
    request, _ = _topic_request_rx()
    return len(so_far) < 120 and bool(request.match(line)) and _topic_heading(so_far)


def _topic_heading(text: str) -> bool:
    """Whether ``text`` opens with a numbered or lettered heading that names a topic ("2. Về lĩnh vực Văn hóa - Xã
    hội:", "1. Về thuế giá trị gia tăng"; ``topic_headings`` in ``data/task_prose.json``)."""
    m = MARKER.match(text)
    return bool(m) and bool(_topic_request_rx()[1].match(text[m.end():]))


def next_item_at(first: str, line: str) -> int:
    """Where the next item a text layer ran onto ``line`` opens (a lettered item, a numbered one after a full stop, a
    first sub-item glued on), else 0; ``first``: the paragraph's first line, whose marker the next item follows."""
    return _inline_next_item(first, line) or _inline_next_number(first, line) or _glued_first_subitem(first, line)


def _glued_first_subitem(first: str, line: str) -> int:
    """Where in ``line`` the first sub-item of the numbered heading the paragraph opens (``first`` opens with "2.")
    starts when it was run onto the heading's line: "2. Nâng cao năng lực, hiệu quả quản lý nhà nước về quan hệ lao
    động 2.1." (its words on the next line) or "3. Giải quyết tốt tranh chấp lao động và đình công 3.1. Rà soát, kiện
    toàn …" (a thuvienphapluat crawler's text of QĐ 435/QĐ-UBND of Kon Tum, set l); else 0. Only the heading's own
    "N.1." counts, after a word that is no reference ("khoản 2.1."), and closing the line or before a capital."""
    m = re.match(r"\W*(\d{1,2})\.\s", first)
    if not m:
        return 0
    k = re.search(rf"(?<=[{LOWER}{UPPER}\d)\"”])\s+({m.group(1)}\.1\.)(?=\s*$|\s+[{UPPER}])", line)
    if not k or re.search(r"(?i)(?:khoản|điểm|mục|tiết|tại|số)$", line[:k.start()]):
        return 0
    return k.start(1)


def _inline_next_number(first: str, line: str) -> int:
    """Where in ``line`` the numbered item after the paragraph's own one (``first`` opens with "1.") starts when it
    was run onto a sentence's end, with or without a space ("… không để xảy ra tiêu cực.2. Giao Thường" after "1.
    Giao Ủy ban nhân dân Thành phố tổ chức thực hiện …", Điều 9 of an HĐND resolution of Hà Nội, set x x_7f912dba),
    else 0. Only the next number counts, after a word's full stop (not "Điều 5. 2."), and before a capital."""
    m = re.match(r"\W*(\d{1,2})\.\s", first)
    if not m:
        return 0
    k = re.search(rf"(?<=[{LOWER}]\.)\s*({int(m.group(1)) + 1}\.\s+[{UPPER}])", line)
    return k.start(1) if k else 0


@lru_cache(maxsize=None)
def _breadcrumb_rx() -> re.Pattern[str]:
    """A crawler's breadcrumb before a heading (``crawler_breadcrumbs`` in ``data/task_prose.json``)."""
    return re.compile(tables.load("task_prose")["crawler_breadcrumbs"]["pattern"])


@lru_cache(maxsize=None)
def _item_letters() -> str:
    return tables.load("task_prose")["item_letters"]["letters"]


def _inline_next_item(first: str, line: str) -> int:
    """Where in ``line`` the lettered item after the paragraph's own one (``first`` opens with "d)") starts when the
    two were run together after a sentence's end ("… chữa cháy rừng. đ) Lực lượng Quân đội …"), else 0. The order
    of the letters ("d)", "đ)", "e)", "g)": no f) is ``item_letters`` in ``data/task_prose.json``."""
    letters = _item_letters()
    m = re.match(r"\W*([a-zđ])\)", first)
    if not m or m.group(1) not in letters[:-1]:
        return 0
    nxt = letters[letters.index(m.group(1)) + 1]
    k = re.search(rf"(?<=[.;])\s+({nxt}\)(?:\s+[{UPPER}]|\s*$))", line)
    return k.start(1) if k else 0
