"""The same gold documents as HTML pages, Word files and Word-exported PDFs: how much does the format cost?

    python benchmarks/format_transfer.py [--sets NAME=DIR ...] [--out benchmarks/results/…]
        [--renders DIR] [--fonts DIR] [--tag=-SUFFIX]

Almost all hand-checked gold is crawl Markdown (thuvienphapluat pages) or text, while the
documents cancu is judged on arrive as DOCX files and signed PDFs. This benchmark takes
every gold document of the evaluation sets whose file is ``.md``/``.html``/``.txt`` and has
task rows, and renders it the way an office would have held it:

1. a small converter of its own writes HTML: the site's metadata block and trailing
   clutter cut (a Word file has neither), soft-wrapped lines joined into paragraphs,
   headings, bold and italic kept, ``-`` bullets as a list (Word numbering), typed
   markers ("1.", "a)") kept as text, HTML tables passed through, the crawl's flattened
   tables (one cell per line between ``|`` lines) rebuilt as HTML tables from the rows
   cancu's grid reader finds (a row with fewer cells than the header is merged with the
   row above, as ``rowspan``; pdftotext's task tables written one cell a line as well),
   the two-column header block and the signature block as layout tables; what only the
   text source has is left out (pdftotext page numbers, the gold set's extraction note,
   an OCR dataset's front matter and page markers), and pdftotext -layout paragraphs open
   at their indented first line;
2. LibreOffice (``soffice --headless``, a private profile) converts the HTML to DOCX,
   then that DOCX to PDF, as an office's "export to PDF" would. Offices set their text in
   Times New Roman: give LibreOffice a font with its metrics (``--fonts DIR``, Debian's
   fonts-liberation2 unpacked: ``apt-get download fonts-liberation2 && dpkg -x *.deb DIR``),
   else it falls back to the wider DejaVu Serif and wraps header cells and narrow table
   cells where no office's file does (the font used is written with the figures);
3. cancu extracts each format and its evaluator scores it against the same gold JSON
   (copied next to each render under the same stem); the HTML page of step 1 is scored
   too, as a portal or a "save as web page" would serve the document: paragraphs, lists
   drawn by the browser (``<ul>``/``<ol>``), tables with their spans; the same page with its body paragraphs joined
   into one ``<p>`` of ``<br>``-broken lines (``br``), as a portal's editor often writes a section; and the PDF as
   ``pdftotext -layout`` writes it (``txt``), the text a user without cancu's PDF reader
   hands over: Word's bullets as private-use glyphs, tables as columns of words, page
   breaks as form feeds.

Reported per set and format (md | html | br | docx | pdf | txt), from one run: task rows recall/precision,
whole text, lead, deadline end (recall), citations precision/recall, header field
accuracy; then every document that scores lower in another format than as Markdown, so the
differences can be read against the render (``/tmp/r23fmt-renders/<set>/<id>.html``).

Reads the gold sets under ``/tmp`` (and nothing of ``/work/shared``); writes renders and
per-format reports under ``/tmp/r23fmt-renders`` or ``--renders DIR`` (renders are cached: an HTML render that
did not change is not converted again) and the figures under ``benchmarks/results/``.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import html as _html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Optional

from cancu.loaders import tables
from cancu.loaders.classify import body_end
from cancu.loaders.evaluate import evaluate_dirs, format_report
from cancu.loaders.site_metadata import site_metadata
from cancu.loaders.tasks.cell_rows import cell_rows
from cancu.loaders.tasks.grid import find_grids
from cancu.loaders.tasks.paragraphs import next_item_at, page_furniture, topic_then_request
from cancu.loaders.tasks.pdf_columns import pdf_grid

RENDERS = Path("/tmp/r23fmt-renders")
PROFILE = "file:///tmp/r23fmt-lo"
SETS = {
    "lead-devgold": "/tmp/lead-devgold",
    "i12h-fresh-gold": "/tmp/i12h-fresh-gold",
    **{s: f"/tmp/holdout3/{s}" for s in ("bonly", "ac", "dall", "eall", "doc", "fall", "gall", "hall")},
}
SOURCE_SUFFIXES = (".md", ".html", ".txt")
FORMATS = ("md", "html", "br", "docx", "pdf", "txt")

# --- Markdown / text → HTML -------------------------------------------------------------

# a line that opens a paragraph of its own: a list marker, an article, a basis clause, …
# (an article cited in running text and wrapped to a line's start opens nothing: "… theo quy định tại" / "Điều 6,
# Điều 7, Điều 8 và Điều 9 Nghị quyết này; …", set g c_755c6cdc; "Điều 12, Điều 13 Nghị định số 268/2025/NĐ-CP, …",
# set be e_a9ba261c: an article's own heading is "Điều 6." or "Điều 6:", never "Điều 6,")
_OPENS = re.compile(
    r"^(?:[*_\s]*)(?:[-–+•]\s|\*\s+(?=[^\s*])|\d{1,2}(?:\.\d{1,2})*[.)](?:\s|(?=[A-ZĐ*]))|[a-zđ][).]\s|\([a-zđ\d]{1,3}\)\s|[IVXL]{1,5}[.)]\s|"
    r"(?:Điều|Chương|Mục|Phần|Phụ lục|PHỤ LỤC|CHƯƠNG|MỤC|PHẦN)\s+[\dIVXLC]+\b(?!,)|"
    r"(?:Căn cứ|Theo đề nghị|Xét đề nghị|Nơi nhận|Kính gửi|V/v)\b)")
_ENDS = re.compile(r"[.:;!?…][\s*_\"”’)]*$")
# "*   item": a Markdown bullet (crawl pages of the newer sets write their lists so; without it the
# items ran into one paragraph, k_8689cafd lost 30 rows as DOCX); "* *" (an emphasis left empty) is none
_BULLET = re.compile(r"^\s*(?:[-–•]\s+|\*\s+(?=[^\s*]))")


def _upper(line: str) -> bool:
    letters = [c for c in re.sub(r"[*_#]", "", line) if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _dedent_pages(text: str) -> tuple[str, bool]:
    """pdftotext -layout text with each page's left margin taken off (the indent most of its lines
    have, which differs from page to page), and whether the text is laid out so (a third of its lines
    indented); other text is returned as it is."""
    lines = [x for x in text.split("\n") if x.strip()]
    if not lines or sum(x.startswith(" ") for x in lines) < 0.3 * len(lines):
        return text, False
    pages = []
    for page in text.split("\f"):
        parts = []
        for part in _sheets(page.split("\n")):
            m = _margin([len(x) - len(x.lstrip(" ")) for x in part if x.strip()])[0]
            parts.append("\n".join(x[min(m, len(x) - len(x.lstrip(" "))):] for x in part))
        pages.append("\n".join(parts))
    return "\f".join(pages), True


def _margin(indents: list[int]) -> tuple[int, int]:
    """The indent most lines have (of those under 20 columns), and how many have it."""
    small = [i for i in indents if i < 20]
    m = max(set(small), key=small.count) if small else 0
    return m, small.count(m)


def _sheets(rows: list[str]) -> list[list[str]]:
    """A page's lines cut where pdftotext left out a page break's form feed, each part with a margin of its own.

    The page above sets its text 5 columns in (a paragraph's first line at 12), the page under it at the sheet's
    edge (first lines at 7; set i l_b94040ce): with one margin for both, every wrapped line of the upper page was
    indented past it and opened a paragraph of its own. The cut is where the lines at each part's own margin
    outnumber those at the whole page's by ``_SHEET_GAIN``.
    """
    # (a table's row set in columns, "5   Xã Bản Hồ     34    Xã Khao Mang …", set i l_8209de86, is no line of
    # text: its indent is the table's, and cut off as a margin of its own its rows ran into one paragraph)
    at = [k for k, x in enumerate(rows) if x.strip() and not re.search(r"\S {3,}\S", x)]
    ind = [len(rows[k]) - len(rows[k].lstrip(" ")) for k in at]
    best, cut = _margin(ind)[1] + _SHEET_GAIN - 1, None
    for j in range(_SHEET_LINES, len(at) - _SHEET_LINES):
        (m1, n1), (m2, n2) = _margin(ind[:j]), _margin(ind[j:])
        # (a shift of a column or two is one page's ragged margin; a part with many lines at the other's margin
        # is one page whose list is indented, "- Ông Đặng Hoài Nam - …" at 5 over wrapped lines at 0, set j
        # l_d7efaea7)
        if abs(m1 - m2) >= 3 and n1 + n2 > best and 4 * ind[:j].count(m2) <= n1 and 4 * ind[j:].count(m1) <= n2:
            best, cut = n1 + n2, at[j]
    return [rows] if cut is None else [rows[:cut]] + _sheets(rows[cut:])


#: lines a part of a page holds at least, and how many more lines its margin must explain, to be a sheet of its own
_SHEET_LINES = 8
_SHEET_GAIN = 8


#: an article's number alone on its line, its words on the next ("Điều 2." / "Giám đốc Sở …")
_ARTICLE_ALONE = re.compile(r"[*_\s]*Điều\s+\d{1,3}\s*[.:][*_\s]*")
#: longer than any line a page wraps a paragraph into (~80-100 columns)
_WRAP = 160

#: a paragraph in one bold run, "**" to "**" with no "**" inside
_BOLD_LINE = re.compile(r"\*\*(?:(?!\*\*).)+\*\*")


def _paragraphs(lines: list[str], blocks: bool = False) -> list[str]:
    """Soft-wrapped lines → paragraphs (a crawl page wraps each paragraph at ~80 columns).

    ``blocks``: the page separates its paragraphs by blank lines, so a line goes on from the
    line above unless it opens with a list marker.
    """
    out: list[str] = []
    last = ""  # the last line as read
    for raw in lines:
        line = raw.strip()
        if not line:
            last = ""
            if out and out[-1]:
                out.append("")
            continue
        if _PAGE_NUMBER.fullmatch(raw):
            continue  # a page number pdftotext wrote into the text: a Word file keeps it in the footer
        indent = len(raw) - len(raw.lstrip(" "))
        if _BLOCKS["indents"] is not None and last and indent >= _BLOCKS["indents"] + 3:
            # pdftotext -layout indents a paragraph's first line, not the lines it wraps into: a line indented
            # past the page's margin opens a paragraph ("1. Phó Giám đốc Sở - Hoàng Văn Thuân" / "Trực tiếp
            # chỉ đạo, …" are two, set i l_ae9a885a)
            last = ""
        if re.fullmatch(r"[\W_]+", line) and not re.fullmatch(r"[*_\s]+", line):
            out.append(line)  # a rule line ("-----") stands alone
            last = ""
            continue
        if _HEADER_FIELD.match(line) and not (
                out and "ngày" in line and re.search(r"(?:^|\s)[A-ZĐÀ-Ỹ][\wÀ-ỹ]*$", out[-1])):
            # a header's number line or place-and-date line the header table left out stands alone, as in the
            # Word file's cell: run into the line above ("THỦ TƯỚNG CHÍNH PHỦ Số: 159/TTg", set o io_714d6e7e;
            # "V/v tiếp tục triển khai … bầu cử Hà Nội, ngày 24 tháng 2 năm 2021", set or ir_55244127) the
            # header lost its number or its place as DOCX and PDF, which no office's file would cost it (a place
            # wrapped from the line above goes on: "Hà" / "Nội, ngày 07 tháng 01 năm 2022", set op ip_9fda9e01)
            out.append(line)
            last = ""
            continue
        prev = out[-1] if out else ""
        # upper-case lines (titles, header cells) go on only from a line wrapped near full width
        caps = _upper(line) or _upper(prev)
        if caps and prev[-1:].islower() and re.fullmatch(r"[A-ZĐ]{2,10}[.;,]?", line):
            # an acronym alone on the line a sentence wrapped its last word to ("… là các thành phần hồ sơ của" /
            # "TTHC.", set l m_2b23c6b9) is no title: it ends the sentence it goes on from
            caps = False
        if prev and re.search(r"\b(?:Điều|Chương|Mục|Phần|Khoản|Số|số)[*_\s]*$", prev):
            out[-1] = prev + " " + line  # "Điều" / "10. Trách nhiệm …": the number goes with its word
        elif prev and last and _ARTICLE_ALONE.fullmatch(prev) and not _OPENS.match(line):
            # an article's number alone on its line ("Điều 2." / "Giám đốc Sở Thông tin và Truyền thông phối hợp …",
            # set ou iu_85ffc8a7; "Điều 2." / "Giao Sở Lao động - Thương binh và Xã hội chủ trì, …", iu_a6df1e2c):
            # the page's line break; a Word file writes the article's words after its number
            out[-1] = prev + " " + line
        elif prev and last and re.match(r"[-–]\s+\w", line) and line.lstrip("-– ")[:1].islower() \
                and prev[-1:].islower():
            # a compound's dash wrapped to the line's start ("… phối hợp tổ chức chính trị" / "- xã hội tại địa phương
            # …", set c c_8f3b61eb), as cancu's text reader takes it: the words go on; a Word file has no bullet there
            out[-1] = prev + " " + line
        elif prev and last and topic_then_request(re.sub(r"[*_]", "", prev), line):
            # a reply's numbered topic heading wrapped onto two lines ("2. Về việc xử phạt vi phạm hành" / "chính và
            # tính tiền chậm nộp" / "Đề nghị Thuế tỉnh Phú Thọ rà soát …", set u u_8de0ceb3; "1. Về thuế giá trị gia" /
            # "tăng" / "Đề nghị Thuế tỉnh Ninh Bình …", set l m_dece5ccd): the request is a paragraph of its own, as
            # cancu's text reader takes it; run into the heading, the request was lost as DOCX and PDF
            out.append(line)
        elif prev and last and line[:1].islower() and not _OPENS.match(line) and not prev.startswith("#"):
            # a wrapped line that opens in lower case goes on, whatever ends the line above ("… nhất là thủ
            # tục hành chính;" / "xây dựng bộ cơ chế chính sách …", one item of crawl c_4e61a7c4)
            out[-1] = prev + " " + line
        elif re.sub(r"^[*_\s]+", "", prev).startswith("Kính gửi") and not blocks and line[:1].isupper():
            # "Kính gửi: Bộ Nội vụ" / "Phúc đáp Công văn số …": the letter opens after it (also after the label set in
            # bold, "**Kính gửi: **Ủy ban nhân dân các tỉnh, …" / "Triển khai việc phân bổ …", set h c_76e2aeaa: the
            # render ran the letter's first sentence, its basis, into the addressees)
            out.append(line)
        elif _BOLD_LINE.fullmatch(prev) and not line.startswith(("*", "_")):
            # a paragraph set in bold from its start to its end is a heading ("**Điều 4. Hiệu lực thi hành**" /
            # "Quyết định này có hiệu lực thi …", set be e_3e843967): the plain text under it is a paragraph of its
            # own (run into the heading, "Điều 5. Tổ chức thực hiện Chánh Văn phòng …" read as one line)
            out.append(line)
        elif (blocks or (_BLOCKS["indents"] is not None and indent < _BLOCKS["indents"] + 3
                         and not (_upper(prev) and not _upper(line)))) and prev and last \
                and not _OPENS.match(line) and not prev.startswith("#") \
                and not (blocks and len(last) > _WRAP and _ENDS.search(last)):
            # (a title in capitals centred on its line, then its subject at the margin: "QUYẾT ĐỊNH" / "Quy định cơ
            # quan tiếp nhận hồ sơ …", set i l_6bb7788a; "KẾ HOẠCH" / "Thực hiện Nghị quyết số 34-NQ/TU …", set i
            # l_aa920759: two paragraphs in the Word file, run into one the title was lost as DOCX and PDF)
            # (a line longer than any wrap that ends a sentence ends its paragraph, a blank line or not: "… Phó Thủ
            # tướng … có ý kiến như sau:" / "Ủy ban nhân dân thành phố Hồ Chí Minh quyết định …", set ow
            # iw_0c4819b6; "… có ý kiến như sau:" / "Xét tình hình thực tế hiện nay, …" / "Bộ Văn hóa, Thể thao và Du
            # lịch đề nghị …", set ot it_ef4f2510: run into one paragraph, the request was lost)
            out[-1] = prev + " " + line  # (pdftotext -layout: a line at the margin goes on, whatever ends the last)
        elif prev and last and not _ENDS.search(prev) and not _OPENS.match(line) and not prev.startswith("#") \
                and (not caps or (_upper(line) and _upper(last) and len(last) >= 45)):
            out[-1] = prev + " " + line
        else:
            out.append(line)
        last = line
    return [x for p in out if p for x in _unglued(p)]


def _unglued(par: str) -> list[str]:
    """A paragraph cut where a text layer ran the next item onto a sentence's end, as cancu's text reader cuts its
    lines ("… vi phạm pháp luật về phòng cháy, chữa cháy rừng. đ) Lực lượng Quân đội …", set g c_95ce1d1f; "… không
    để xảy ra tiêu cực.2. Giao Thường trực …", set x x_7f912dba): a Word file holds each item as a paragraph; run
    together, the second item was lost as DOCX and PDF."""
    out = []
    while cut := next_item_at(par, par):
        out.append(par[:cut].rstrip())
        par = par[cut:]
    return out + [par]


def _inline(s: str) -> str:
    """Markdown emphasis → HTML (unbalanced marks dropped); everything else escaped."""
    s = _html.escape(s, quote=False).replace("****", "")  # "**V****Ă****N PHÒNG": empty toggles
    s = re.sub(r"\*\*\*(.+?)\*\*\*", r"<b><i>\1</i></b>", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", s)
    return s.replace("*", "").replace("\\", "")


#: set by render_html: the document separates its paragraphs by blank lines ("on"), or is pdftotext
#: -layout text, whose paragraphs open with an indented line ("indents"); "title": how many of the title's
#: paragraphs may still follow (None: the type line not yet met, 0: the title is over)
_BLOCKS: dict[str, Any] = {"on": False, "indents": None, "title": None}
#: a paragraph that is the document's type line alone ("KẾ HOẠCH", "**QUYẾT ĐỊNH**"; never "QUYẾT ĐỊNH:", the
#: operative word)
_TYPE_LINE = re.compile(r"[*_#\s]*(?:" + "|".join(re.escape(w.upper()) for w in tables.type_line_words())
                        + r")[*_\s]*")
#: the subject under the type line is a short paragraph with no sentence end ("Về việc …", "Triển khai thực hiện …")
_SUBJECT_MAX = 300
_CENTRED = '<p align="center" style="text-align:center;text-indent:0">'


def _title_html(p: str) -> Optional[str]:
    """The type line and its subject, centred (the type line in bold) as every office sets them, or None.

    Set at the margin with the body's first-line indent, "NGHỊ QUYẾT" of set n n_7a1d8d69 was read by the PDF
    reader's header zone into the issuer's column: no office's file has its title so.
    """
    if _BLOCKS["title"] is None:
        if not _TYPE_LINE.fullmatch(p):
            return None
        _BLOCKS["title"] = 3
        return f"{_CENTRED}<b>{_inline(p.replace('*', ''))}</b></p>"
    if not _BLOCKS["title"]:
        return None
    if re.fullmatch(r"[\W_]+", p) and not re.fullmatch(r"[*_\s]+", p):
        _BLOCKS["title"] = 0  # the rule under the subject ends the title
        return f"{_CENTRED}{_inline(p)}</p>"
    if len(p) > _SUBJECT_MAX or _ENDS.search(p) or _OPENS.match(p) or _BULLET.match(p) or p.startswith("#"):
        _BLOCKS["title"] = 0
        return None
    _BLOCKS["title"] -= 1
    return f"{_CENTRED}{_inline(p)}</p>"


#: a page number alone on its line, centred or after the form feed of a page break (pdftotext)
_PAGE_NUMBER = re.compile(r"\f?\s*\f\s*\d{1,3}\s*|\s{12,}\d{1,3}\s*")


def _blocks_html(lines: list[str]) -> str:
    """Paragraph lines → <p>, <h2> and <ul> blocks."""
    out: list[str] = []
    in_list = False
    for p in _paragraphs(lines, _BLOCKS["on"]):
        bullet = _BULLET.match(p)
        if _BLOCKS["title"] and (bullet or p.startswith("#")):
            _BLOCKS["title"] = 0
        if bullet and not in_list:
            out.append("<ul>")
            in_list = True
        elif not bullet and in_list:
            out.append("</ul>")
            in_list = False
        if bullet:
            out.append(f"<li>{_inline(p[bullet.end():])}</li>")
        elif p.startswith("#"):
            body = p.lstrip("#").strip()
            if body:
                out.append(f"<h2>{_inline(body)}</h2>")
        elif (title := _title_html(p)) is not None:
            out.append(title)
        else:
            out.append(f"<p>{_inline(p)}</p>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def _cell_html(raw: str) -> str:
    # HTML left inside a cell (a DOCX → Markdown export): its breaks and items are lines
    raw = re.sub(r"(?i)<\s*(?:br|/li|/p|/div)\s*/?>", "\n", raw)
    if re.search(r"<[a-zA-Z/][^>]*>", raw):
        raw = _html.unescape(re.sub(r"(?i)<(?!/?b>)[^>]+>", "", raw).replace("<b>", "**").replace("</b>", "**"))
    lines = [x for x in raw.split("\n") if x.strip() != "|"]
    indents, _BLOCKS["indents"] = _BLOCKS["indents"], None  # a cell's lines: no page margin to read
    html = _blocks_html(lines) or "<p></p>"
    _BLOCKS["indents"] = indents
    return html


def _row_label(cell: str) -> str:
    """A row label's words without its number ("Bước 2" → "Bước"); "" for a cell that is no label."""
    m = re.fullmatch(r"[\s*_]*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s+\d{1,3}[.:]?[\s*_]*", cell)
    return m.group(1).casefold() if m else ""


def _table_html(rows: list[list[str]], *, border: bool = True) -> str:
    """Rows of raw cells → an HTML table; a row with fewer cells than the widest is merged with
    the row above on its left (rowspan), as the flattened layouts drop merged cells."""
    width = max(len(r) for r in rows)
    above: list[Optional[dict]] = [None] * width
    table: list[list[dict]] = []
    label = ""  # the first cell of the last row that opened at the left, its numbers cut ("Bước 1" → "Bước")
    for r in rows:
        # a short row is merged with the row above on its left, unless it opens with its own
        # number or section mark ("A.", "II", "2"): a section row across the table
        numbered = bool(re.fullmatch(r"[\s*_]*(?:\d{1,3}(?:\.\d+)*|[IVXL]{1,5}|[A-ZĐ])\.?[\s*_]*", r[0] if r else ""))
        # or it opens with a row label of the same kind as the row above ("Bước 2" under "Bước 1"): the cell
        # merged with the row above is on its right (a workflow's "Mức độ Dịch vụ công" set once for all its
        # steps, set t t_1a8766df; read as merged on the left, each step's person became its task)
        own = _row_label(r[0]) if r else ""
        right = bool(table) and not numbered and len(r) < width and own != "" and own == label \
            and all(a is not None for a in above[len(r):])
        missing = width - len(r) if table and not numbered and not right \
            and all(a is not None for a in above[:width - len(r)]) else 0
        for c in range(missing):
            above[c]["rowspan"] += 1
        if right:
            for c in range(len(r), width):
                above[c]["rowspan"] += 1
        if not missing:
            label = own
        tr = []
        for c, cell in enumerate(r):
            d = {"html": _cell_html(cell), "rowspan": 1, "colspan": 1}
            tr.append(d)
            above[missing + c] = d
        if missing + len(r) < width and not right:
            tr[-1]["colspan"] = width - missing - len(r) + 1
        table.append(tr)
    attrs = (' border="1" cellspacing="0" cellpadding="3" width="100%"' if border
             else ' cellspacing="0" cellpadding="2" width="100%"')
    out = [f"<table{attrs}>"]
    for tr in table:
        cells = []
        for d in tr:
            span = (f' rowspan="{d["rowspan"]}"' if d["rowspan"] > 1 else "") + \
                   (f' colspan="{d["colspan"]}"' if d["colspan"] > 1 else "")
            cells.append(f"<td{span}>{d['html']}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    if width >= 6:
        # a wide annex table is set small, as offices do, so that it stays on the page
        out = [x.replace("<p>", '<p style="font-size:9pt">').replace("<li>", '<li style="font-size:9pt">')
               for x in out]
    out.append("</table>")
    return "\n".join(out)


#: where a header cell run into one line goes on a new line: the motto's slogan and the rules under names
_HEAD_LINES = re.compile(r"\s+(?=Độc\s+lập\b)|\s+(?=[-_=]{3,}\s*$)")


def _grid_html(grid) -> str:
    """A grid of cancu's grid reader → an HTML table (cells with their markup).

    Cells past the header's width (what follows the table on the page, read into its last
    row: the next annex's title) are paragraphs after the table."""
    rows = [list(r.raw if r.raw and len(r.raw) == len(r.cells) else r.cells) for r in grid.rows]
    width = len(rows[0])
    if len(rows) <= 3 and width == 2 and any(_MOTTO.search(c) for c in rows[0]):
        # the header block written as a Markdown table (issuer | motto, number | date): a Word file lays it
        # out in a table without borders, as the crawl's flattened header already is
        # its lines, which the Markdown cell ran together, each on its own ("… MÔI TRƯỜNG -------")
        return _layout_table([[[x for line in c.split("\n") for x in _HEAD_LINES.split(line) if x.strip()]
                               for c in r[:2]] + [[]] * (2 - len(r[:2])) for r in rows])
    after = [c for r in rows for c in r[width:]]
    if len(rows) > 1 and len(rows[-1]) >= 2 and re.match(r"[\s*_]*(?:PHỤ LỤC|Phụ lục)\b", rows[-1][-1]):
        after.insert(0, rows[-1].pop())  # the next annex's title, read as the last row's last cell
    return _table_html([r[:width] for r in rows]) + "".join(_cell_html(c) for c in after)


def _header_cells(text: str, grid) -> list[str]:
    """The header row of a grid read from pdftotext lines, as the page writes it: a Markdown row and
    the cells after it, one a line ("| TT | Nội dung hoạt động | … |" then "Thời gian thực hiện"); else
    the words the reader matched ("Nội dung", "chủ trì"), the cells being cut one piece a line."""
    head = grid.rows[0]
    stop = grid.rows[1].start if len(grid.rows) > 1 else head.end
    cells: list[str] = []
    for line in text[head.start:stop].split("\n"):
        line = line.strip()
        if re.fullmatch(r"[|\s:-]*", line):
            continue
        cells += [c.strip() for c in line.strip("|").split("|")] if line.startswith("|") else [line]
    return cells if len(cells) == len(head.cells) else head.cells


_MOTTO = re.compile(r"CỘNG\s+H(?:ÒA|OÀ)|ĐẢNG\s+CỘNG\s+SẢN", re.I)


def _short(seg: list[str]) -> bool:
    """A cell of a table row rather than a body of text."""
    return 0 < len(seg) <= 4 and sum(len(x) for x in seg) <= 200


def _region(segs: list[list[str]]) -> str:
    """The segments of one flattened region (a ``|`` line before each cell, an empty segment
    between rows) → HTML: the header block and the signature as layout tables, runs of short
    cells as a bordered table, long segments (the body of the page) as paragraphs."""
    runs: list[list[list[str]]] = [[]]
    for seg in segs:
        if any(x.strip() for x in seg):
            runs[-1].append([x for x in seg if x.strip()])
        elif runs[-1]:
            runs.append([])
    runs = [r for r in runs if r]
    out: list[str] = []
    table: list[list[str]] = []
    width = 0

    def close() -> None:
        nonlocal table, width
        if len(table) >= 2:
            out.append(_table_html([["\n".join(c) for c in r] for r in table]))
        else:
            for r in table:
                out.append(_layout_table([[c for c in r]]) if len(r) > 1 else _blocks_html(r[0]))
        table, width = [], 0

    k = 0
    while k < len(runs):
        run = runs[k]
        # the header block: issuer | motto, then number | place and date
        if k + 1 < len(runs) and len(run) >= 2 and len(runs[k + 1]) >= 2 and _MOTTO.search(" ".join(run[-1])) \
                and re.match(r"[\s*_]*S[ốo]\b", runs[k + 1][0][0]) and "ngày" in " ".join(runs[k + 1][1]) \
                and len(runs[k + 1][1]) <= 3:
            close()
            for seg in run[:-2]:
                out.append(_blocks_html(seg))
            out.append(_layout_table([[run[-2], run[-1]], runs[k + 1][:2]]))
            runs[k + 1] = runs[k + 1][2:]
            if not runs[k + 1]:
                k += 1
            k += 1
            continue
        if table and any(sum(map(len, c)) > 800 for c in run):
            close()  # a body of text is no cell: the page's prose runs on after the table
            for seg in run:
                out.append(_blocks_html(seg))
            k += 1
            continue
        if table and len(run) <= width and _short(run[0]) and (len(run) > 1 or width <= 2):
            table.append(run)
            k += 1
            continue
        if table and len(run) > width and _short(run[0]):
            table.append(run[:width])  # the last row runs straight into what follows the table
            runs[k] = run[width:]
            continue
        close()
        n = 0
        while n < len(run) and _short(run[len(run) - 1 - n]):
            n += 1
        lead, cells = (run[:len(run) - n], run[len(run) - n:]) if n >= 2 else (run, [])
        i = 0
        while i < len(lead):
            seg = lead[i]
            # recipients | signature
            if re.match(r"[\s*_]*Nơi nhận", seg[0]) and i + 1 < len(lead + cells):
                nxt = (lead + cells)[i + 1]
                out.append(_layout_table([[seg, nxt]]))
                if i + 1 >= len(lead):
                    cells = cells[1:]
                i += 2
                continue
            out.append(_blocks_html(seg))
            i += 1
        if len(cells) >= 2:
            table, width = [cells], len(cells)
        elif cells:
            out.append(_blocks_html(cells[0]))
        k += 1
    close()
    return "\n".join(x for x in out if x)


def _layout_table(cells: list[list[list[str]]]) -> str:
    """The header block or the signature: a borderless table whose cells keep their lines."""
    saved = dict(_BLOCKS)  # a cell's lines are its own: neither blank-line nor indent paragraphs
    _BLOCKS.update(on=False, indents=None)
    # the issuer column is narrower than the motto's, as offices lay the header out
    widths = ["40%", "60%"] if len(cells[0]) == 2 else [""] * len(cells[0])
    rows = ["<tr>" + "".join(f'<td width="{w}">{_blocks_html(c) or "<p></p>"}</td>' if w else
                             f'<td>{_blocks_html(c) or "<p></p>"}</td>' for c, w in zip(r, widths)) + "</tr>"
            for r in cells]
    _BLOCKS.update(saved)
    return '<table cellspacing="0" cellpadding="2" width="100%">' + "".join(rows) + "</table>"


_DATE_LINE = re.compile(r"ngày\s+[\d.…_ ]*tháng")
#: a header's number line ("Số: 159/TTg") or place-and-date line ("Hà Nội, ngày 24 tháng 2 năm 2021"), alone on its line
_HEADER_FIELD = re.compile(r"[*_\s]*(?:S[ốo]\s*:[\s\d.…]*/\s*[^\s/]+|[A-ZĐÀ-Ỹ][\wÀ-ỹ.]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,4}"
                           r"\s*,\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})[\s.*_]*$")
_EXTRACT_NOTE = re.compile(r"\A\s*\[Bản trích chữ tự động[^\n]*\]\s*\n")
_FRONT_MATTER = re.compile(r"\A---\n(?:[\w ]+: [^\n]*\n){1,20}---\n")
_PAGE_MARK = re.compile(r"(?m)^--- PAGE BREAK ---\n")
_NUMBER_LINE = re.compile(r"(?:^|\s)S[ốo]\s*(?::|\s\s*\d)")


def _header_split(line: str) -> list[str]:
    """A header line of two columns → its two cells: at the gap before the date or the motto's lines
    where there is one ("Số:   4390     /UBND-NLN      Lào Cai, ngày …": the number's own blanks are no
    column gap), else at the first wide gap."""
    if " | " in line:  # a Word file's header row as a text extract writes it ("Số: 07/CT-TTg | Hà Nội, ngày …")
        return [x.strip() for x in line.split(" | ", 1)]
    gaps = list(_GAP.finditer(line))
    if not gaps:
        # the two columns run together with one space (pdftotext without -layout): before the motto, or
        # before the place of the date ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG CỘNG HÒA XÃ HỘI …", "Số: /BTNMT-ĐĐBĐVN
        # Hà Nội, ngày tháng 11 năm 2023")
        # (or before the motto's second line: "TỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc", set o io_0ffc79a6)
        m = _MOTTO.search(line) or re.search(r"(?i)(?<=\S\s)Độc\s+lập\b", line)
        if m is None and _NUMBER_LINE.match(line):
            m = re.search(r"(?<!\S)(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s){0,4}[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?=,\s*ngày)", line)
        if m is not None and m.start() > 0:
            return [line[:m.start()].strip(), line[m.start():].strip()]
        return [line]
    at = next((g for g in reversed(gaps) if re.search(r"ngày|CỘNG|ĐẢNG|Độc lập", line[g.end():])
               and not re.search(r"ngày|CỘNG|ĐẢNG|Độc lập", line[:g.start()])), gaps[0])
    return [line[:at.start()].strip(), line[at.end():].strip()]
_GAP = re.compile(r"(?<=\S)\s{4,}(?=\S)")


def _text_header(text: str, floor: int, end: int) -> Optional[tuple[int, int, str]]:
    """The header block of a text page (pdftotext columns side by side, or one cell a line)
    → a layout table, as the Word file holds it; ``None`` where there is none or the crawl's
    flattened form (``|`` lines, read by ``_region``) holds it.

    Without it the issuer, motto, number and date ran into one paragraph ("ỦY BAN NHÂN DÂN
    CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH LÀO CAI Độc lập …"): the header was lost as
    DOCX/PDF and the document's own number read as a citation (set i: 11 documents)."""
    # blank lines are no lines of the header: a page typed double-spaced ("ỦY BAN NHÂN DÂN     CỘNG HÒA …" / "" /
    # "TỈNH THỪA THIÊN HUẾ     Độc lập …" / "" / " " / … / "Số: 1991/UBND-VH     Huế, ngày …", set or ir_7988a9dc)
    # put its date eleven lines under the motto, out of reach, and its columns ran into one line of the Word file
    lines, pos = [], floor
    for line in text[floor:end].split("\n"):
        if line.strip():
            lines.append((pos, line))
        pos += len(line) + 1
        if len(lines) >= 30:
            break
    motto = next((i for i, (_, x) in enumerate(lines) if _MOTTO.search(x)), None)
    if motto is None or any(x.lstrip().startswith("|") for _, x in lines[:motto + 1]):
        return None
    date = next((i for i in range(motto, min(motto + 10, len(lines))) if _DATE_LINE.search(lines[i][1])), None)
    # the number line, above or below the date ("Số: 7103 /UBND-TH" under "Lào Cai, ngày …"); a party's
    # documents write it without the colon ("Số 2449 -CV/ĐU")
    numbers = [i for i in range(min(motto + 10, len(lines))) if _NUMBER_LINE.search(lines[i][1])]
    if date is None or not numbers or numbers[0] > date + 3:
        return None
    # a header typed column by column (the issuer, "*", the number and its "V/v …", then the motto and the date) has
    # its number line just above the motto: the left cell runs from the issuer down to it ("ỦY BAN MTTQ VIỆT NAM" /
    # "XÃ LƯƠNG MINH" / "BAN THƯỜNG TRỰC" / "Số: 16/KH-MTTQ-BTT" / "CỘNG HÒA …", set j l_eb137991; "**ĐẢNG ỦY CHÍNH
    # PHỦ**" / "**VĂN PHÒNG**" / "\*" / "Số 402-CV/VPĐU" / "V/v …" / "**ĐẢNG CỘNG SẢN VIỆT NAM**", set k
    # k_13a3bb35, whose issuer's two lines ran into one paragraph: "Đảng ủy Chính Phủ Văn Phòng")
    number = next((i for i in reversed(numbers) if motto - 3 <= i < motto), numbers[0])
    last = max(date, number)
    start = min(motto, number)  # the issuer's lines above the motto or the number (upper case, rules), at most four
    while start > 0 and min(motto, number) - start < 4 and (
            _upper(lines[start - 1][1]) or re.fullmatch(r"\s*(?:[-_=–—]{3,}|\\?\*)\s*", lines[start - 1][1])
            or not lines[start - 1][1].strip()):
        start -= 1
    while not lines[start][1].strip():
        start += 1
    def alone(i: int, x: str) -> bool:
        # the number's or the date's own blanks are no column gap: "Số:        /KH-MTTQ-BTT" and "Bắc Cam Ranh,
        # ngày    tháng 11 năm 2025", each alone on its line (set j l_35e4e5f8), "Số:     269 /UBND-THKH" (set ot
        # it_129dfbe4)
        return (i == number and not re.search(r"ngày|CỘNG|ĐẢNG|Độc lập", x)) \
            or (i == date != number and not re.search(r"\S\s{4,}\S.*ngày", x))

    columns = any(_GAP.search(x.strip()) for i, (_, x) in enumerate(lines[start:last + 1], start) if not alone(i, x))
    rows: list[list[list[str]]] = [[[], []], [[], []]]
    seen = False
    cell: list[str] = rows[0][0]  # the cell the last line went to
    for i in range(start, last + 1):
        x = lines[i][1]
        if not x.strip():
            continue
        seen = seen or bool(_MOTTO.search(x))
        if re.fullmatch(r"\s*[-_=–—]{3,}\s*", x) and not columns:
            # a rule stands under the line above, in its cell: the motto's rule under "Độc lập - Tự do - Hạnh phúc"
            # when the number line stands above the motto (set k k_6113947c)
            cell.append(x.strip())
            continue
        parts = [x.strip()] if alone(i, x) else _header_split(x.strip())
        row = rows[1] if i in (number, date) else rows[0]
        cell = row[0] if len(parts) == 2 else cell
        if len(parts) == 2:
            # the party's star beside the date stands under the committee's name, in the issuer's cell: put over the
            # number ("*" / "Số 1126- CV/HNDTW"), it ran into it as a list bullet, "- Số 1126- CV/HNDTW" (set or
            # ir_f7273e61: the number lost, read as a citation)
            (rows[0][0] if re.fullmatch(r"\\?\*", parts[0]) else row[0]).append(parts[0])
            row[1].append(parts[1])
        elif i == number or re.fullmatch(r"\s*\*\s*", x):
            cell = row[0]  # the number, or the star under a party committee's name
        elif i == date or re.match(r"\s*Độc lập", x) or _MOTTO.search(x):
            cell = row[1]
        elif columns:
            cell = row[1] if len(x) - len(x.lstrip()) >= 15 else row[0]
        elif rows[1][0]:
            cell = rows[1][0]  # "V/v …" under the number, as the number's cell holds it
        else:
            cell = row[1] if seen else row[0]
        if len(parts) != 2:
            cell.append(x.strip())
    html = _layout_table([r for r in rows if r[0] or r[1]])
    return lines[start][0], lines[last][0] + len(lines[last][1]), html


def _text_signature(text: str, floor: int, end: int) -> Optional[tuple[int, int, str]]:
    """The recipients and the signature of a pdftotext -layout page side by side ("Nơi nhận:   KT. BỘ
    TRƯỞNG" / "- Như trên;   THỨ TRƯỞNG" / … / "   Lê Công Thành") → a layout table, as the Word file
    holds them; without it the two columns ran into one paragraph."""
    m = re.search(r"(?m)^ *Nơi nhận\s*:?[^\n]*?\S {4,}\S", text[floor:end])
    if m is None:
        return None
    start = floor + m.start()
    left: list[str] = []
    right: list[str] = []
    pos, stop, left_done = start, start, False
    for line in text[start:end].split("\n")[:40]:
        at, pos = pos, pos + len(line) + 1
        if line.startswith("\f"):
            break
        if not line.strip():
            left_done = left_done or bool(left)
            continue
        indent = len(line) - len(line.lstrip(" "))
        parts = _GAP.split(line.strip(), maxsplit=1)
        if indent >= 25:
            right.append(line.strip())
        elif left_done or (left and not re.match(r"[-+•]", line.strip())):
            break
        else:
            left.append(parts[0])
            right += parts[1:]
        stop = at + len(line)
    return start, stop, _layout_table([[left, right]])


def _drop_furniture(text: str) -> str:
    """The text without what a gazette prints around its pages (cancu's ``page_furniture``: the running head with
    its page number, "CÔNG BÁO/Số 302/Ngày 02-06-2026" / "73", and the signing stamp "Ký bởi: …" with its fields)
    nor the blank lines of the page margin around them: a Word file holds its running head in the page header,
    not in the body. Left in, the head stood as a paragraph between a duty's words and its dashed items (set k
    k_6113947c, k_d6b53236, k_82114f00: the items read as rows of their own, or the duty cut at the page)."""
    lines = text.split("\n")
    cut = page_furniture(lines)
    for i in sorted(cut):
        for step in (1, -1):
            k = i + step
            while 0 <= k < len(lines) and k not in cut and not lines[k].strip():
                cut.add(k)
                k += step
    return "\n".join(x for i, x in enumerate(lines) if i not in cut) if cut else text


def render_html(text: str, *, title: str = "") -> str:
    """A Markdown/text gold document → the HTML an office's Word file would hold."""
    # the gold set's note on how the text was taken from the file ("[Bản trích chữ tự động bằng pdftotext từ
    # ….pdf — 2 trang. …]"): no Word file has it, and as the first paragraph above the header it was read
    # into the header block of the PDF (the issuer lost, set i: 7 documents)
    text = _EXTRACT_NOTE.sub("", text, count=1)
    # an OCR dataset's Markdown: its YAML front matter and its page markers ("--- PAGE BREAK ---") are the
    # converter's, not the letter's (set j: 6 documents; "Page break" was read as the issuer of l_cfaad6c6)
    text = _FRONT_MATTER.sub("", text, count=1)
    text = _PAGE_MARK.sub("", text)
    text = _drop_furniture(text)
    text, laid_out = _dedent_pages(text)
    block = site_metadata(text).block
    floor = block.end if block else 0
    end = body_end(text, floor) if floor else len(text)
    body_lines = text[floor:end].split("\n")
    _BLOCKS["on"] = sum(not x.strip() for x in body_lines) >= 0.2 * sum(bool(x.strip()) for x in body_lines)
    _BLOCKS["indents"] = 0 if laid_out else None
    _BLOCKS["title"] = None
    # tables cancu's reader finds (HTML tables left in the text pass through as written)
    spans: list[tuple[int, int, str]] = []
    for m in re.finditer(r"(?is)<table\b.*?</table>", text):
        if floor <= m.start() < end:
            spans.append((m.start(), m.end(), m.group()))
    grids = find_grids(text)
    if not any(len(g.rows) > 2 for g in grids):
        # a task table pdftotext wrote one cell a line, as cancu reads it (a Word file holds a table: run
        # together into paragraphs, the next row's lead and deadline were glued to each task, set i l_816d32b5;
        # its header, a Markdown row over the cells, is a one-row grid of its own)
        cells = pdf_grid(text) or (found[0] if (found := cell_rows(text)) else None)
        if cells is not None and floor <= cells.start < end and not any(a < cells.end and cells.start < b
                                                                        for a, b, _ in spans):
            grids = [g for g in grids if not (g.start < cells.end and cells.start < g.end)] + [cells]
            cells.rows[0].cells = _header_cells(text, cells)
    for g in grids:
        if g.layout == "html" or not floor <= g.start < end or any(a <= g.start < b for a, b, _ in spans):
            continue
        if g.layout == "tab" and all(sum(bool(c.strip()) for c in r.cells) <= 1 for r in g.rows):
            # a line indented with tabs is no table: "\t\t\t…\t UBND TX. ĐỒNG XOÀI       CỘNG HÒA …" (set os
            # is_70e52040) became a bordered row of nine empty cells, and its header was lost with it
            continue
        spans.append((g.start, g.end, _grid_html(g)))
    for block in (_text_header(text, floor, end), _text_signature(text, floor, end)):
        if block is not None and not any(a < block[1] and block[0] < b for a, b, _ in spans):
            spans.append(block)
    spans.sort()
    body: list[str] = []
    prose: list[str] = []  # lines of paragraphs
    segs: list[list[str]] = []  # a flattened region's segments

    def flush() -> None:
        nonlocal segs
        if segs:
            segs.append(prose[:])
            body.append(_region(segs))
            segs = []
        elif prose:
            body.append(_blocks_html(prose))
        prose.clear()

    pos = floor
    lines = text[floor:end].split("\n")
    for k, line in enumerate(lines):
        at, pos = pos, pos + len(line) + 1
        span = next((s for s in spans if s[0] < at + len(line) + 1 and at < s[1]), None)
        if span is not None:
            flush()
            if span[2]:
                body.append(span[2])
                spans[spans.index(span)] = (span[0], span[1], "")
            continue
        if re.fullmatch(r"\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*", line):
            continue  # a Markdown table's rule left after the rows cancu's grid reader took: no text in a Word file
        if line.strip() == "|":
            if segs or prose or not body:
                segs.append(prose[:])
            else:
                segs.append([])
            prose.clear()
        elif not line.strip():
            if prose and _PAGE_NUMBER.fullmatch(prose[-1]) \
                    and next((x.strip() for x in lines[k + 1:] if x.strip()), "")[:1].islower():
                continue  # "… sản xuất, kinh" / "   4" / "" / "doanh vật liệu …" (set i l_1092805a): one sentence
            flush()
        else:
            prose.append(line)
    flush()
    # body paragraphs open with a first-line indent, as offices set them (Nghị định 30/2020/NĐ-CP: 1 or
    # 1.27 cm); without it a sentence that ends on a full line runs into the paragraph under it in the PDF
    style = ("@page{size:21cm 29.7cm;margin:2cm 1.5cm 2cm 3cm}"
             "body,p,td,li{font-family:'Times New Roman';font-size:13pt}p,li{text-align:justify}"
             "p{text-indent:1cm}td p{text-indent:0}")
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_html.escape(title)}</title>'
            f"<style>{style}</style></head><body>\n" + "\n".join(x for x in body if x) + "\n</body></html>\n")


# --- conversion -------------------------------------------------------------------------

#: A folder of fonts LibreOffice is given besides the system's (``--fonts``), and the font it then
#: sets "Times New Roman" in (recorded with the figures).
FONTS: Optional[Path] = None


def _font_env() -> Optional[dict[str, str]]:
    """The environment of a LibreOffice that also sees the fonts of ``FONTS``, or None (the system's).

    Offices write in Times New Roman, and a signed PDF embeds it. A machine without it or a
    metric twin (Liberation Serif, Debian's fonts-liberation2) sets the text in DejaVu Serif, about
    a fifth wider: header cells wrap where no office's do ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM",
    "Số: 5155/SGDĐT-" / "GDTXNNĐH") and narrow table cells break words ("tỉnh/thà" / "nh phố").
    The fonts are given to LibreOffice alone (a fontconfig file of its own), so nothing else on the
    machine, PDFium's substitutes for unembedded fonts included, changes.
    """
    if FONTS is None:
        return None
    import os

    conf = RENDERS / "fonts.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
                    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
                    f"  <dir>{_html.escape(str(FONTS))}</dir>\n"
                    f"  <cachedir>{_html.escape(str(RENDERS / 'fontcache'))}</cachedir>\n</fontconfig>\n",
                    encoding="utf-8")
    return {**os.environ, "FONTCONFIG_FILE": str(conf)}


def times_font() -> str:
    """The font LibreOffice sets Times New Roman text in (``fc-match``), for the results header."""
    try:
        out = subprocess.run(["fc-match", "Times New Roman"], capture_output=True, text=True, env=_font_env(),
                             timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out or "unknown"


def _soffice(args: list[str], outdir: Path) -> None:
    # one LibreOffice profile per render folder: two runs sharing a profile block each other
    profile = PROFILE if RENDERS == Path("/tmp/r23fmt-renders") else f"file://{RENDERS}-lo"
    cmd = ["soffice", f"-env:UserInstallation={profile}", "--headless", *args, "--outdir", str(outdir)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800,
                   env=_font_env())


def _docs(set_dir: Path, skipped: list[str]) -> list[tuple[Path, Path]]:
    """(gold JSON, document) pairs of a set: Markdown/HTML/text documents with task rows.

    Left out, with the reason in ``skipped``: portal renderings (their identity is the site's
    metadata block, which a Word file never has) and text whose task table the converter
    cannot rebuild (pdftotext output: the table is only columns of words).
    """
    out = []
    for gf in sorted(set_dir.glob("*.json")):
        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except ValueError:
            continue
        if "doc" not in gold or not gold.get("tasks") or gold.get("tasks_annotated") == "none":
            continue
        doc = next((set_dir / (gf.stem + s) for s in SOURCE_SUFFIXES if (set_dir / (gf.stem + s)).is_file()), None)
        if doc is None:
            continue
        if "portal-rendering" in gold.get("layout", []):
            skipped.append(f"{set_dir.name}/{gf.stem}: portal rendering")
            continue
        if any(t.get("form") == "table" for t in gold["tasks"]) and doc.suffix != ".html" and not any(
                g.layout != "html" for g in find_grids(doc.read_text(encoding="utf-8", errors="replace"))) \
                and "<table" not in doc.read_text(encoding="utf-8", errors="replace"):
            skipped.append(f"{set_dir.name}/{gf.stem}: task table the converter cannot rebuild")
            continue
        out.append((gf, doc))
    return out


def joined_by_breaks(page: str) -> str:
    """The page as a portal's editor often writes it: the body's paragraphs (outside tables) one ``<p>`` of lines
    broken by ``<br>``.

    >>> joined_by_breaks("<p>1. Sở Nội vụ</p> <p>a) Phối hợp</p><table><tr><td><p>x</p><p>y</p></td></tr></table>")
    '<p>1. Sở Nội vụ<br>a) Phối hợp</p><table><tr><td><p>x</p><p>y</p></td></tr></table>'
    """
    parts = re.split(r"(<table.*?</table>)", page, flags=re.S)
    return "".join(p if k % 2 else re.sub(r"</p>\s*<p>", "<br>", p) for k, p in enumerate(parts))


def prepare(name: str, set_dir: Path, skipped: list[str]) -> dict[str, Path]:
    """Render, convert (cached) and lay out one folder per format with the gold copied in."""
    base = RENDERS / name
    dirs = {f: base / f for f in FORMATS}
    for d in dirs.values():
        d.mkdir(parents=True, exist_ok=True)
    stale_html = []
    for old in base.glob("*/*.json"):
        old.unlink()  # a document left out since the last run is not scored
    for gf, doc in _docs(set_dir, skipped):
        text = doc.read_text(encoding="utf-8", errors="replace")
        for f in FORMATS:
            shutil.copyfile(gf, dirs[f] / gf.name)
        shutil.copyfile(doc, dirs["md"] / doc.name)
        page = (text if doc.suffix == ".html" else render_html(text, title=gf.stem))
        hp = base / f"{gf.stem}.html"
        (dirs["html"] / hp.name).write_text(page, encoding="utf-8")
        (dirs["br"] / hp.name).write_text(joined_by_breaks(page), encoding="utf-8")
        if not hp.is_file() or hp.read_text(encoding="utf-8") != page \
                or not (dirs["docx"] / f"{gf.stem}.docx").is_file() or not (dirs["pdf"] / f"{gf.stem}.pdf").is_file():
            hp.write_text(page, encoding="utf-8")
            stale_html.append(hp)
    if stale_html:
        _soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML",
                  *map(str, stale_html)], dirs["docx"])
        _soffice(["--convert-to", "pdf:writer_pdf_Export",
                  *[str(dirs["docx"] / (h.stem + ".docx")) for h in stale_html]], dirs["pdf"])
    for pdf in dirs["pdf"].glob("*.pdf"):
        txt = dirs["txt"] / (pdf.stem + ".txt")
        if (dirs["txt"] / (pdf.stem + ".json")).is_file() and (
                not txt.is_file() or txt.stat().st_mtime < pdf.stat().st_mtime):
            subprocess.run(["pdftotext", "-layout", str(pdf), str(txt)], check=True, timeout=300)
    return dirs


# --- scoring ----------------------------------------------------------------------------

def figures(total: dict[str, Any]) -> dict[str, Optional[float]]:
    t = total
    return {
        "rows_r": t["task_rows"]["recall"], "rows_p": t["task_rows"]["precision"],
        "text": t["task_text"]["recall"], "lead": t["task_lead"]["recall"],
        "dl": t["task_deadline_end"]["recall"],
        "cit_p": t["citations_precision"], "cit_r": t["citations_recall"],
        "header": t["header_accuracy"], "gold": t["task_rows"]["gold"], "docs": t["documents"],
    }


def _doc_score(res: dict[str, Any]) -> dict[str, int]:
    t = res["tasks"] or {}
    c = t.get("correct", {})
    return {"found": t.get("found", 0), "extra": t.get("counted_predicted", 0) - t.get("found", 0),
            "text": c.get("text", 0), "lead": c.get("lead", 0), "dl": c.get("deadline_end", 0),
            "cit": (res["citations"] or {}).get("tp", 0),
            "cit_extra": (res["citations"] or {}).get("predicted", 0) - (res["citations"] or {}).get("tp", 0),
            "header": sum(v["ok"] for v in (res["header"] or {}).values())}


def _fmt(x: Optional[float]) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def line(name: str, fmt: str, f: dict[str, Any]) -> str:
    return (f"{name:16s} {fmt:4s} rows {_fmt(f['rows_r'])}/{_fmt(f['rows_p'])} text {_fmt(f['text'])} "
            f"lead {_fmt(f['lead'])} dl {_fmt(f['dl'])} cit {_fmt(f['cit_p'])}/{_fmt(f['cit_r'])} "
            f"header {_fmt(f['header'])} docs {f['docs']} gold {f['gold']}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", nargs="*", help="NAME=DIR pairs (default: the ten evaluation sets)")
    ap.add_argument("--out", help="result file stem (default: benchmarks/results/format-transfer-<date>)")
    ap.add_argument("--tag", default="", help="suffix of the per-format reports, to score another cancu "
                    "(its python, this file) on the same renders")
    ap.add_argument("--renders", help="folder of the renders and per-format reports (default /tmp/r23fmt-renders): "
                    "one's own, so that two engineers' runs do not overwrite each other")
    ap.add_argument("--fonts", help="a folder of fonts LibreOffice sees besides the system's, e.g. Debian's "
                    "fonts-liberation2 unpacked (apt-get download fonts-liberation2; dpkg -x *.deb DIR): "
                    "Liberation Serif has Times New Roman's metrics, as an office's documents")
    args = ap.parse_args(argv)
    global RENDERS, FONTS
    if args.renders:
        RENDERS = Path(args.renders)
    if args.fonts:
        FONTS = Path(args.fonts).resolve()
    sets = dict(s.split("=", 1) for s in args.sets) if args.sets else SETS
    if not shutil.which("soffice") or not shutil.which("pdftotext"):
        print("soffice (LibreOffice) and pdftotext (poppler-utils) are needed", file=sys.stderr)
        return 2
    results: dict[str, Any] = {}
    worse: list[str] = []
    skipped: list[str] = []
    sums: dict[str, dict[str, int]] = {f: {} for f in FORMATS}
    for name, d in sets.items():
        dirs = prepare(name, Path(d), skipped)
        reports = {}
        for f in FORMATS:
            rep = evaluate_dirs(dirs[f], dirs[f])
            (RENDERS / name / f"{f}{args.tag}.txt").write_text(format_report(rep), encoding="utf-8")
            reports[f] = rep
            results.setdefault(name, {})[f] = figures(rep["total"])
            print(line(name, f, results[name][f]), flush=True)
        for stem, res in sorted(reports["md"]["documents"].items()):
            base = _doc_score(res)
            for f in FORMATS[1:]:
                other = reports[f]["documents"].get(stem)
                if other is None:
                    continue
                s = _doc_score(other)
                for k, v in s.items():
                    sums[f][k] = sums[f].get(k, 0) + v
                diff = {k: s[k] - base[k] for k in base if s[k] != base[k]}
                if any(v < 0 for k, v in diff.items() if k not in ("extra", "cit_extra")) \
                        or diff.get("extra", 0) > 0 or diff.get("cit_extra", 0) > 0:
                    worse.append(f"{name:16s} {stem:14s} {f:4s} " + " ".join(f"{k}{v:+d}" for k, v in diff.items()))
            for k, v in base.items():
                sums["md"][k] = sums["md"].get(k, 0) + v
    out = [line(n, f, results[n][f]) for n in results for f in FORMATS]
    out.append("")
    out.append("summed over the sets (correct counts): " + "; ".join(
        f"{f}: " + " ".join(f"{k} {v}" for k, v in sums[f].items()) for f in FORMATS))
    out.append("")
    out.append(f"Times New Roman set in: {times_font()}")
    out.append(f"left out ({len(skipped)}): " + "; ".join(skipped))
    out.append("")
    out.append(f"documents scoring lower in another format than as Markdown ({len(worse)}):")
    out.extend(worse)
    text = "\n".join(out) + "\n"
    print("\n".join(out[len(results) * len(FORMATS):]))
    stem = args.out or str(Path(__file__).resolve().parent / "results" /
                           f"format-transfer-{_dt.date.today().isoformat()}")
    Path(stem + ".txt").write_text(text, encoding="utf-8")
    Path(stem + ".json").write_text(json.dumps({"figures": results, "sums": sums, "worse": worse},
                                               ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
