"""DOCX → :class:`~cancu.loaders.blocks.Layout`, read from the WordprocessingML itself.

python-docx opens the package; the XML is walked with lxml because what Word
offices put in their documents goes beyond python-docx's paragraph/table view:

- the two-column header and the signature block are *layout tables*; task
  tables merge cells across rows (``vMerge``) and columns (``gridSpan``), and
  tables sit inside table cells;
- list numbers ("1.", "a)", "-") are not in the text but in ``numbering.xml``:
  they are rendered in front of the paragraph, as Word draws them, since a task
  row's number is often only there;
- text boxes (``w:txbxContent``; in ``mc:AlternateContent`` the ``mc:Choice``
  only, its ``mc:Fallback`` repeats it), footnotes and the first page's header
  hold text too.

Plain text (what offsets index): one line per paragraph; a table row is its
cells separated by TAB, a cell's paragraphs separated by line breaks, then a
line break after the row. Page headers come first, footnotes last.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Optional

from cancu.errors import UnreadableFileError
from cancu.loaders.blocks import Block, Cell, Layout, Paragraph, Table, TextBuilder
from cancu.loaders.formats.list_labels import number_text

__all__ = ["read_docx"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _val(el, tag: str) -> Optional[str]:
    """``w:val`` of the child ``w:<tag>`` of ``el`` (None when absent)."""
    if el is None:
        return None
    c = el.find(_q(tag))
    return None if c is None else c.get(_q("val"), "")


def _on(el, tag: str) -> Optional[bool]:
    """A toggle property (``w:b``, ``w:i``): True/False when set, None when not."""
    v = _val(el, tag)
    if v is None:
        return None
    return v not in ("0", "false", "off")


# --- numbering ------------------------------------------------------------------

@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"


@dataclass
class _Numbering:
    """numbering.xml: list instances → abstract definitions → levels, and the running counters."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # abstractNumId → levels
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId → (abstract, overrides)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def parse(cls, root) -> "_Numbering":
        n = cls()
        if root is None:
            return n
        for an in root.iter(_q("abstractNum")):
            lv: dict[int, _Level] = {}
            for lvl in an.iter(_q("lvl")):
                i = int(lvl.get(_q("ilvl"), "0"))
                start = _val(lvl, "start")
                lv[i] = _Level(int(start) if start and start.isdigit() else 1, _val(lvl, "numFmt") or "decimal",
                               _val(lvl, "lvlText") if _val(lvl, "lvlText") is not None else f"%{i + 1}.",
                               _val(lvl, "suff") or "tab")
            n.levels[an.get(_q("abstractNumId"))] = lv
        for num in root.iter(_q("num")):
            overrides = {}
            for ov in num.iter(_q("lvlOverride")):
                so = _val(ov, "startOverride")
                if so and so.isdigit():
                    overrides[int(ov.get(_q("ilvl"), "0"))] = int(so)
            n.nums[num.get(_q("numId"))] = (_val(num, "abstractNumId") or "", overrides)
        return n

    def label(self, num_id: str, ilvl: int) -> Optional[str]:
        """The label of the next item of list ``num_id`` at level ``ilvl`` ("1.", "a)", "-")."""
        if num_id not in self.nums or num_id == "0":
            return None
        abstract, overrides = self.nums[num_id]
        levels = self.levels.get(abstract, {})
        if ilvl not in levels:
            return None
        # instances of one abstract list share their count unless one restarts it
        key = num_id if overrides else abstract
        cnt = self.counters.setdefault(key, {})
        if ilvl not in cnt:
            cnt[ilvl] = overrides.get(ilvl, levels[ilvl].start)
        else:
            cnt[ilvl] += 1
        for deeper in [k for k in cnt if k > ilvl]:
            del cnt[deeper]  # a higher level moved on: the deeper ones restart
        lvl = levels[ilvl]
        if lvl.fmt == "bullet":
            return "-"
        if lvl.fmt == "none" and "%" not in lvl.text:
            return lvl.text.strip() or None

        def sub(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            value = cnt.get(k, levels.get(k, _Level()).start)
            return number_text(value, levels.get(k, lvl).fmt if k != ilvl else lvl.fmt)

        out = re.sub(r"%(\d)", sub, lvl.text).strip()
        return out or None


# --- styles -----------------------------------------------------------------------

@dataclass
class _Styles:
    names: dict[str, str]
    bold: dict[str, Optional[bool]]
    italic: dict[str, Optional[bool]]
    numpr: dict[str, tuple[str, int]]

    @classmethod
    def parse(cls, root) -> "_Styles":
        names: dict[str, str] = {}
        based: dict[str, str] = {}
        b: dict[str, Optional[bool]] = {}
        i: dict[str, Optional[bool]] = {}
        numpr: dict[str, tuple[str, int]] = {}
        if root is not None:
            for st in root.iter(_q("style")):
                sid = st.get(_q("styleId"))
                names[sid] = _val(st, "name") or sid
                if _val(st, "basedOn"):
                    based[sid] = _val(st, "basedOn")
                rpr = st.find(_q("rPr"))
                b[sid], i[sid] = _on(rpr, "b"), _on(rpr, "i")
                ppr = st.find(_q("pPr"))
                np_ = ppr.find(_q("numPr")) if ppr is not None else None
                if np_ is not None and _val(np_, "numId"):
                    numpr[sid] = (_val(np_, "numId"), int(_val(np_, "ilvl") or 0))

        def inherit(d: dict[str, Optional[bool]]) -> dict[str, Optional[bool]]:
            out = {}
            for sid in names:
                cur, seen = sid, set()
                while cur and d.get(cur) is None and cur in based and cur not in seen:
                    seen.add(cur)
                    cur = based[cur]
                out[sid] = d.get(cur)
            return out

        return cls(names, inherit(b), inherit(i), numpr)


# --- reading ----------------------------------------------------------------------

#: Fields whose result is the number of the page it is printed on (or of pages): a page header's
#: "16" (office o040's PAGE field) is not the document's text.
_PAGE_FIELD = re.compile(r"\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\b")

class _Reader:
    def __init__(self, numbering: _Numbering, styles: _Styles) -> None:
        self.num = numbering
        self.styles = styles
        self.out = TextBuilder()
        #: instructions of the fields the runs are in (complex fields: begin … separate … end)
        self._fields: list[str] = []

    # paragraph text: runs in order, text boxes aside
    def _collect(self, el, parts: list[tuple[str, bool, bool]], boxes: list, rpr=(None, None)) -> None:
        for c in el:
            tag = c.tag
            if not isinstance(tag, str):
                continue  # comments, processing instructions
            if tag == f"{{{MC}}}AlternateContent":
                choice = c.find(f"{{{MC}}}Choice")
                if choice is not None:
                    self._collect(choice, parts, boxes, rpr)
                continue
            if tag == _q("txbxContent"):
                boxes.append(c)
                continue
            if tag == _q("fldSimple"):
                if not _PAGE_FIELD.match(c.get(_q("instr")) or ""):
                    self._collect(c, parts, boxes, rpr)
                continue
            if tag == _q("fldChar"):
                kind = c.get(_q("fldCharType"))
                if kind == "begin":
                    self._fields.append("")
                elif kind == "end" and self._fields:
                    self._fields.pop()
                continue
            if tag == _q("instrText"):
                if self._fields:
                    self._fields[-1] += c.text or ""
                continue
            if tag in (_q("del"), _q("delText"), _q("rPr"), _q("pPr"), _q("fldData")):
                continue
            if tag == _q("r"):
                rp = c.find(_q("rPr"))
                style = _val(rp, "rStyle")
                b = _on(rp, "b")
                it = _on(rp, "i")
                if b is None and style:
                    b = self.styles.bold.get(style)
                if it is None and style:
                    it = self.styles.italic.get(style)
                self._collect(c, parts, boxes, (b, it))
                continue
            if tag == _q("t"):
                if not any(_PAGE_FIELD.match(f) for f in self._fields):
                    parts.append((c.text or "", bool(rpr[0]), bool(rpr[1])))
            elif tag == _q("tab"):
                parts.append(("\t", False, False))
            elif tag in (_q("br"), _q("cr")):
                parts.append(("\n", False, False))
            elif tag == _q("noBreakHyphen"):
                parts.append(("-", bool(rpr[0]), bool(rpr[1])))
            elif tag == _q("sym"):
                parts.append(("-", False, False))  # Wingdings bullets and dashes typed as symbols
            else:
                self._collect(c, parts, boxes, rpr)

    def paragraph(self, p, *, role: Optional[str] = None, inline: bool = False) -> list[Block]:
        """The paragraph's block (none when it is empty) followed by the paragraphs of its text boxes.

        ``inline``: the caller (a table cell) has placed the position already.
        """
        ppr = p.find(_q("pPr"))
        style_id = _val(ppr, "pStyle")
        parts: list[tuple[str, bool, bool]] = []
        boxes: list = []
        self._collect(p, parts, boxes)
        text = "".join(x for x, _, _ in parts)
        # indentation typed as tabs or spaces is not text; a line break keeps its place
        text = re.sub(r"[ \t\u00a0]+\n", "\n", text).strip(" \t\n\u00a0")
        blocks: list[Block] = []
        numpr = ppr.find(_q("numPr")) if ppr is not None else None
        num_id = ilvl = None
        if numpr is not None and _val(numpr, "numId") is not None:
            num_id, ilvl = _val(numpr, "numId"), int(_val(numpr, "ilvl") or 0)
        elif style_id in self.styles.numpr:
            num_id, ilvl = self.styles.numpr[style_id]
        if not text.strip() and num_id is not None and inline:
            # an empty numbered paragraph still shows its number: the "STT" cell of a task table
            # numbered by Word (x_qd2597_ttg: 1, 2, 3 … restarting in each section)
            text = self.num.label(num_id, ilvl) or ""
            num_id = None
        if text.strip():
            label = self.num.label(num_id, ilvl) if num_id is not None else None
            if label:
                text = f"{label} {text}"
            letters = [(len(x.strip()), b, i) for x, b, i in parts if x.strip()]
            total = sum(n for n, _, _ in letters) or 1
            style_b = self.styles.bold.get(style_id) if style_id else None
            style_i = self.styles.italic.get(style_id) if style_id else None
            bold = sum(n for n, b, _ in letters if b) / total >= 0.6 or (
                bool(style_b) and not any(b for _, b, _ in letters))
            italic = sum(n for n, _, i in letters if i) / total >= 0.6 or (
                bool(style_i) and not any(i for _, _, i in letters))
            if not inline:
                self.out.newline()
            s, e = self.out.write(text)
            blocks.append(Paragraph(text, s, e, style=self.styles.names.get(style_id, style_id) if style_id else None,
                                    numbering=label, bold=bold, italic=italic, role=role))
        for box in boxes:
            for child in box:
                if child.tag == _q("p"):
                    blocks.extend(self.paragraph(child, role="text_box"))
                elif child.tag == _q("tbl"):
                    blocks.extend(self.table(child))
        return blocks

    def container(self, el, *, role: Optional[str] = None) -> list[Block]:
        """Blocks of a body, cell, text box, header or footnote, in order."""
        out: list[Block] = []
        for c in el:
            if c.tag == _q("p"):
                out.extend(self.paragraph(c, role=role))
            elif c.tag == _q("tbl"):
                out.extend(self.table(c))
            elif c.tag in (_q("sdt"), _q("customXml")):
                content = c.find(_q("sdtContent")) if c.tag == _q("sdt") else c
                if content is not None:
                    out.extend(self.container(content, role=role))
        return out

    def table(self, tbl) -> list[Block]:
        grid = tbl.find(_q("tblGrid"))
        n_grid = len(grid.findall(_q("gridCol"))) if grid is not None else 0
        rows_xml = [tr for tr in tbl if tr.tag == _q("tr")]
        # first pass: positions and spans
        layout: list[list[dict]] = []
        open_cols: dict[int, dict] = {}  # column → the cell a vMerge continues
        for r, tr in enumerate(rows_xml):
            trpr = tr.find(_q("trPr"))
            col = int(_val(trpr, "gridBefore") or 0) if trpr is not None else 0
            row: list[dict] = []
            for tc in tr:
                if tc.tag == _q("sdt"):
                    inner = tc.find(_q("sdtContent"))
                    tcs = [x for x in inner if x.tag == _q("tc")] if inner is not None else []
                elif tc.tag == _q("tc"):
                    tcs = [tc]
                else:
                    continue
                for cell in tcs:
                    tcpr = cell.find(_q("tcPr"))
                    span = int(_val(tcpr, "gridSpan") or 1) if tcpr is not None else 1
                    vm = tcpr.find(_q("vMerge")) if tcpr is not None else None
                    vmerge = None if vm is None else (vm.get(_q("val")) or "continue")
                    if vmerge == "continue" and col in open_cols:
                        open_cols[col]["rowspan"] = r - open_cols[col]["row"] + 1
                    else:
                        d = {"row": r, "col": col, "rowspan": 1, "colspan": span, "xml": cell}
                        row.append(d)
                        if vmerge == "restart":
                            open_cols[col] = d
                        else:
                            open_cols.pop(col, None)
                    col += span
            layout.append(row)
            n_grid = max(n_grid, col)
        # second pass: write the text row by row
        out = self.out
        out.newline()
        t_start = out.pos
        cells_by_row: list[tuple[Cell, ...]] = []
        for row in layout:
            cells: list[Cell] = []
            for k, d in enumerate(row):
                if k:
                    out.write("\t")
                c_start = out.pos
                blocks = self._cell(d["xml"])
                while out.pos > c_start and out.unwrite_newline():
                    pass  # a cell ends without a line break: the next cell follows on the same line
                c_end = out.pos
                cells.append(Cell(d["row"], d["col"], d["rowspan"], d["colspan"], tuple(blocks), c_start, c_end,
                                  out.since(c_start)))
            out.write("\n")
            cells_by_row.append(tuple(cells))
        t_end = out.pos
        return [Table(tuple(cells_by_row), n_grid, t_start, t_end)]

    def _cell(self, tc) -> list[Block]:
        """A cell's blocks; its paragraphs written one per line, without a leading break."""
        out = self.out
        blocks: list[Block] = []
        first = True
        for c in tc:
            if c.tag == _q("p"):
                sub = self._inline_paragraph(c, first)
            elif c.tag == _q("tbl"):
                if not first:
                    out.write("\n")
                sub = self.table(c)
                out.unwrite_newline()  # a nested table ends with its own line break
            elif c.tag == _q("sdt"):
                content = c.find(_q("sdtContent"))
                sub = []
                if content is not None:
                    for x in content:
                        if x.tag == _q("p"):
                            sub += self._inline_paragraph(x, first and not sub)
            else:
                continue
            if sub:
                first = False
                blocks.extend(sub)
        return blocks

    def _inline_paragraph(self, p, first: bool) -> list[Block]:
        """A cell paragraph: written after a line break unless it is the cell's first."""
        out = self.out
        mark = out.pos
        if not first:
            out.write("\n")
        blocks = self.paragraph(p, inline=True)
        if not blocks and not first and out.pos == mark + 1:
            out.unwrite_newline()  # nothing written: take the break back
        return blocks


def _part_xml(document, suffix: str):
    """The parsed XML of the package part whose name ends with ``suffix`` (None when absent)."""
    from lxml import etree

    for part in document.part.package.iter_parts():
        if str(part.partname).endswith(suffix):
            try:
                return etree.fromstring(part.blob)
            except etree.XMLSyntaxError:
                return None
    return None


def _first_page_header(document):
    """The header part shown on the first page (the "first" one when the section has a title page)."""
    body = document.element.body
    sects = body.findall(f".//{_q('sectPr')}")
    if not sects:
        return None
    sect = sects[0]
    refs = {h.get(_q("type")): h.get(f"{{{R}}}id") for h in sect.findall(_q("headerReference"))}
    rid = refs.get("first") if sect.find(_q("titlePg")) is not None else None
    rid = rid or refs.get("default")
    if not rid:
        return None
    try:
        return document.part.related_parts[rid].element
    except (KeyError, AttributeError):
        return None


def read_docx(data: bytes, *, source: str) -> Layout:
    """Read DOCX bytes into a layout; an unreadable package is an UnreadableFileError."""
    import docx  # python-docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several unrelated types for bad packages
        raise UnreadableFileError(f"not a readable DOCX file ({exc.__class__.__name__})", source=source) from None
    numbering = _Numbering.parse(_part_xml(document, "/numbering.xml"))
    styles = _Styles.parse(_part_xml(document, "/styles.xml"))
    rd = _Reader(numbering, styles)
    blocks: list[Block] = []
    header = _first_page_header(document)
    if header is not None:
        blocks += rd.container(header, role="page_header")
    blocks += rd.container(document.element.body)
    notes = _part_xml(document, "/footnotes.xml")
    if notes is not None:
        for fn in notes.iter(_q("footnote")):
            if fn.get(_q("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            blocks += rd.container(fn, role="footnote")
    text = rd.out.text
    if not text.endswith("\n"):
        text += "\n"
    return Layout(text, blocks, "docx")
